import type { Instruction, Onbuild } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDockerfile } from './model';
import { flagsOf } from './instructions';
import { stagesOf, type Stage } from './stages';
import { commandsOf, type ShellCommand, type ShellScript } from '../../shell/tokenizer';
import { slot } from '../../parsing/slots';

export interface RunScript {
  stage: Stage | undefined;
  instruction: Instruction;
  /** For the trigger of an ONBUILD, the ONBUILD: the RUN runs in the images built from this stage's. */
  onbuild?: Onbuild;
  script: ShellScript;
}

const runCache = slot<ParsedDockerfile, { scripts: RunScript[]; commands: RunCommand[] }>('RUN scripts');

/** Drops the file's cached RUN analysis (computed again if asked for). */
export function forgetRuns(dockerfile: ParsedDockerfile): void {
  runCache.delete(dockerfile);
}

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
    const onbuild = dockerfile.triggers.get(instruction);
    const script = commandsOf(document, instruction, dockerfile.escapeChar);
    scripts.push(onbuild ? { stage: stages[stageIndex], instruction, onbuild, script } : { stage: stages[stageIndex], instruction, script });
  }
  const commands: RunCommand[] = [];
  for (const run of scripts) for (const command of run.script.commands) commands.push(runCommand(run, command));
  runs = { scripts, commands };
  runCache.set(dockerfile, runs);
  return runs;
}

/** Written out rather than spread: a spread copy is several times larger, and a 40,000-line heredoc holds 80,000 of them. */
function runCommand({ stage, instruction, onbuild, script }: RunScript, command: ShellCommand): RunCommand {
  return onbuild ? { stage, instruction, onbuild, script, command } : { stage, instruction, script, command };
}

/** Every RUN of the file with its shell analysis, computed once per parsed document. */
export function runScripts(document: TextDocument, dockerfile: ParsedDockerfile): readonly RunScript[] {
  return runsOf(document, dockerfile).scripts;
}

/** Every simple command of every RUN. */
export function runCommands(document: TextDocument, dockerfile: ParsedDockerfile): readonly RunCommand[] {
  return runsOf(document, dockerfile).commands;
}

/**
 * The targets of the RUN's `--mount=type=cache` and `type=tmpfs` mounts, without a trailing slash;
 * `~/`, `$HOME/` and `/home/<user>/` are written `/root/`.
 */
export function cacheMountTargets(instruction: Instruction): string[] {
  return runFlagValues(instruction, 'mount').flatMap((mount) => {
    const options = new Map(mount.split(',').map((part) => part.split('=', 2) as [string, string]));
    const written = options.get('target') ?? options.get('dst') ?? options.get('destination') ?? '';
    const target = written.replace(/^(~|\$HOME|\$\{HOME\}|\/home\/[^/]+)(?=\/|$)/, '/root').replace(/\/$/, '');
    return /^(cache|tmpfs)$/.test(options.get('type') ?? '') && target !== '' ? [target] : [];
  });
}

/** True when a cache or tmpfs mount of the RUN covers the directory: it targets it, one inside it or one around it. */
export function hasCacheMount(instruction: Instruction, directory: string): boolean {
  return cacheMountTargets(instruction).some((target) =>
    target === directory || target.startsWith(`${directory}/`) || directory.startsWith(`${target}/`));
}

/** The values of a flag such as `--network`, or every `--mount` value. */
function runFlagValues(instruction: Instruction, name: string): string[] {
  return flagsOf(instruction).filter((flag) => flag.getName() === name).map((flag) => flag.getValue() ?? '');
}
