import type { From, Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDockerfile } from './model';
import { commandsOf, type ShellCommand, type ShellScript } from '../../shell/tokenizer';

/** One build stage: its FROM and the instructions up to the next FROM. */
export interface Stage {
  index: number;
  from: From;
  /** The `AS name`, lowercased as the builder compares it; undefined without one. */
  name?: string;
  /** The image name of the FROM (`node`, `docker.io/library/node`), undefined when it is missing. */
  image?: string;
  tag?: string;
  digest?: string;
  /** The earlier stage this one builds on (`FROM build AS test`). */
  parent?: Stage;
  instructions: Instruction[];
}

const cache = new WeakMap<ParsedDockerfile, Stage[]>();

export function stagesOf(dockerfile: ParsedDockerfile): Stage[] {
  const cached = cache.get(dockerfile);
  if (cached) return cached;
  const stages: Stage[] = [];
  /** The first stage of each name. */
  const named = new Map<string, Stage>();
  for (const instruction of dockerfile.instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const image = from.getImageName() ?? undefined;
      const parent = image ? named.get(image.toLowerCase()) : undefined;
      const stage: Stage = {
        index: stages.length,
        from,
        name: from.getBuildStage()?.toLowerCase() ?? undefined,
        image,
        tag: from.getImageTag() ?? undefined,
        digest: from.getImageDigest() ?? undefined,
        parent,
        instructions: [],
      };
      stages.push(stage);
      if (stage.name !== undefined && !named.has(stage.name)) named.set(stage.name, stage);
    } else if (stages.length > 0) {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  cache.set(dockerfile, stages);
  return stages;
}

/** The image a stage finally builds on, following `FROM <earlier stage>` links. */
export function baseImageOf(stage: Stage): Stage {
  let current = stage;
  for (let hops = 0; current.parent && hops < 64; hops++) current = current.parent;
  return current;
}

/** True when a later stage builds on this one or copies from it, or it is the last stage. */
export function isStageUsed(stages: Stage[], stage: Stage): boolean {
  if (stage.index === stages.length - 1) return true;
  return stages.some((other) => other.parent === stage);
}

export interface RunScript {
  stage: Stage | undefined;
  instruction: Instruction;
  script: ShellScript;
}

const runCache = new WeakMap<ParsedDockerfile, { scripts: RunScript[]; commands: RunCommand[] }>();

export interface RunCommand extends RunScript {
  command: ShellCommand;
}

function runsOf(document: TextDocument, dockerfile: ParsedDockerfile): { scripts: RunScript[]; commands: RunCommand[] } {
  let runs = runCache.get(dockerfile);
  if (runs) return runs;
  const stages = stagesOf(dockerfile);
  const scripts: RunScript[] = [];
  let stageIndex = -1;
  for (const instruction of dockerfile.instructions) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') stageIndex++;
    if (keyword !== 'RUN') continue;
    scripts.push({ stage: stages[stageIndex], instruction, script: commandsOf(document, instruction, dockerfile.escapeChar) });
  }
  const commands = scripts.flatMap((run) => run.script.commands.map((command) => ({ ...run, command })));
  runs = { scripts, commands };
  runCache.set(dockerfile, runs);
  return runs;
}

/** Every RUN of the file with its shell analysis, computed once per parsed document. */
export function runScripts(document: TextDocument, dockerfile: ParsedDockerfile): readonly RunScript[] {
  return runsOf(document, dockerfile).scripts;
}

/** Every simple command of every RUN. */
export function runCommands(document: TextDocument, dockerfile: ParsedDockerfile): readonly RunCommand[] {
  return runsOf(document, dockerfile).commands;
}

/** The value of a RUN flag such as `--network`, or every `--mount` value. */
export function runFlagValues(instruction: Instruction, name: string): string[] {
  const flags = (instruction as Instruction & { getFlags?: () => { getName(): string; getValue(): string | null }[] }).getFlags?.() ?? [];
  return flags.filter((flag) => flag.getName() === name).map((flag) => flag.getValue() ?? '');
}

/** True when a `RUN --mount=type=cache` targets the directory or one inside it. */
export function hasCacheMount(instruction: Instruction, directory: string): boolean {
  return runFlagValues(instruction, 'mount').some((mount) => {
    const options = new Map(mount.split(',').map((part) => part.split('=', 2) as [string, string]));
    const target = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '';
    return options.get('type') === 'cache' && (target === directory || target.startsWith(`${directory}/`) || directory.startsWith(`${target.replace(/\/$/, '')}/`));
  });
}
