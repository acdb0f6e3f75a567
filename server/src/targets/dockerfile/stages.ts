import type { From, Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDockerfile } from './model';
import { parseExecForm } from './execForm';
import { flagNamed, keywordIs } from './instructions';
import { insertLineAfter, insertLineBefore } from '../../edits/lines';
import { slot } from '../../parsing/slots';
import { fromImage } from './fromImage';

/**
 * One build stage: its FROM and the instructions up to the next FROM. The trigger of an ONBUILD is not
 * among them: it runs in the images built from this one, after every instruction of the stage.
 */
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

const cache = slot<ParsedDockerfile, Stage[]>('stages');

export function stagesOf(dockerfile: ParsedDockerfile): Stage[] {
  const cached = cache.get(dockerfile);
  if (cached) return cached;
  const stages: Stage[] = [];
  /** The first stage of each name. */
  const named = new Map<string, Stage>();
  for (const instruction of dockerfile.instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      const { image, tag, digest, stage: written } = fromImage(from);
      const parent = image ? named.get(image.toLowerCase()) : undefined;
      const stage: Stage = { index: stages.length, from, name: written?.toLowerCase(), image, tag, digest, parent, instructions: [] };
      stages.push(stage);
      if (stage.name !== undefined && !named.has(stage.name)) named.set(stage.name, stage);
    } else if (stages.length > 0 && !dockerfile.triggers.has(instruction)) {
      stages[stages.length - 1].instructions.push(instruction);
    }
  }
  cache.set(dockerfile, stages);
  return stages;
}

/** The instructions of the stage that run before this one: all of them for the trigger of an ONBUILD. */
export function instructionsBefore(stage: Stage, instruction: Instruction): Instruction[] {
  const index = countBefore(stage, instruction);
  return index === stage.instructions.length ? stage.instructions : stage.instructions.slice(0, index);
}

/** Per stage: where each instruction is, and where the instructions of each keyword are (lookups per RUN stay linear). */
const layouts = slot<Stage, { positions: Map<Instruction, number>; byKeyword: Map<string, number[]> }>('stage layout');

function layoutOf(stage: Stage): { positions: Map<Instruction, number>; byKeyword: Map<string, number[]> } {
  let layout = layouts.get(stage);
  if (!layout) {
    layout = { positions: new Map(), byKeyword: new Map() };
    for (const [index, instruction] of stage.instructions.entries()) {
      if (!layout.positions.has(instruction)) layout.positions.set(instruction, index);
      const keyword = instruction.getKeyword();
      const list = layout.byKeyword.get(keyword);
      if (list) list.push(index);
      else layout.byKeyword.set(keyword, [index]);
    }
    layouts.set(stage, layout);
  }
  return layout;
}

/** The last instruction of the keyword among those of the stage that run before `instruction` (see `instructionsBefore`). */
export function lastBefore(stage: Stage, instruction: Instruction | undefined, keyword: string): Instruction | undefined {
  const count = instruction ? countBefore(stage, instruction) : stage.instructions.length;
  const positions = layoutOf(stage).byKeyword.get(keyword) ?? [];
  let last = positions.length - 1;
  while (last >= 0 && positions[last] >= count) last--;
  return last >= 0 ? stage.instructions[positions[last]] : undefined;
}

/** How many instructions of the stage run before this one: all of them for one not in it (an ONBUILD trigger). */
function countBefore(stage: Stage, instruction: Instruction): number {
  return layoutOf(stage).positions.get(instruction) ?? stage.instructions.length;
}

/** The stage an instruction is written in (for the trigger of an ONBUILD, the stage of the ONBUILD); undefined before the first FROM. */
export function stageOf(dockerfile: ParsedDockerfile, instruction: Instruction): Stage | undefined {
  const stages = stagesOf(dockerfile);
  // The last stage whose FROM starts at or before the instruction: a stage holds the instructions up to the
  // next FROM. By position, not line: the FROM trigger of `ONBUILD FROM x` starts a stage on the ONBUILD's line.
  const { line, character } = (dockerfile.triggers.get(instruction) ?? instruction).getRange().start;
  let low = 0;
  let high = stages.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const start = stages[middle]!.from.getRange().start;
    if (start.line < line || (start.line === line && start.character <= character)) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? stages[low - 1] : undefined;
}

/**
 * The SHELL in effect for an instruction: the last SHELL before it in its stage or the stages it builds
 * on, as its JSON array (`['']` when that is malformed); undefined when none was set, so the default shell runs.
 */
export function shellBefore(stage: Stage | undefined, instruction: Instruction): string[] | undefined {
  for (let current = stage, limit: Instruction | undefined = instruction, hops = 0; current && hops < 64; current = current.parent, limit = undefined, hops++) {
    const shell = lastBefore(current, limit, 'SHELL');
    if (shell) return parseExecForm(shell.getRawArgumentsContent() ?? '') ?? [''];
  }
  return undefined;
}

/** The stage and the earlier stages it builds on (`FROM build`), nearest first. */
export function stageChain(_stages: readonly Stage[], stage: Stage): Stage[] {
  const chain = [stage];
  // A parent is always an earlier stage: following falling indexes ends, without a search of the chain.
  for (let parent = stage.parent; parent && parent.index < chain.at(-1)!.index; parent = parent.parent) chain.push(parent);
  return chain;
}

/** The stage at the root of a stage's chain: the one whose FROM names an external image. */
export function baseImageOf(stage: Stage): Stage {
  return stageChain([], stage).at(-1) ?? stage;
}

/** The external image at the root of a stage's chain (`scratch` included), or undefined for a variable. */
export function rootImage(_stages: readonly Stage[], stage: Stage): string | undefined {
  return baseImageOf(stage).from.getImage() ?? undefined;
}

/** True when a later stage builds on this one or copies from it, or it is the last stage. */
export function isStageUsed(stages: Stage[], stage: Stage): boolean {
  if (stage.index === stages.length - 1) return true;
  let parents = parentsOf.get(stages);
  if (!parents) parentsOf.set(stages, (parents = new Set(stages.flatMap((other) => (other.parent ? [other.parent] : [])))));
  return parents.has(stage);
}

const parentsOf = slot<readonly Stage[], Set<Stage>>('parent stages');

/** The stages a `COPY --from` of a later stage reads, by name or index. */
export function copySourceStages(stages: readonly Stage[]): Set<Stage> {
  const copied = new Set<Stage>();
  /** The first stage of each name among the stages before the one read. */
  const named = new Map<string, Stage>();
  for (const stage of stages) {
    for (const instruction of stage.instructions) {
      const source = keywordIs(instruction, 'COPY') ? flagNamed(instruction, 'from')?.getValue()?.toLowerCase() : undefined;
      if (source === undefined) continue;
      const byIndex = /^(?:0|[1-9]\d*)$/.test(source) && Number(source) < stage.index ? stages[Number(source)] : undefined;
      const byName = named.get(source);
      const read = byIndex && byName ? (byIndex.index < byName.index ? byIndex : byName) : (byIndex ?? byName);
      if (read) copied.add(read);
    }
    if (stage.name !== undefined && !named.has(stage.name)) named.set(stage.name, stage);
  }
  return copied;
}

export function finalStage(dockerfile: ParsedDockerfile): Stage | undefined {
  return stagesOf(dockerfile).at(-1);
}

/** A final stage meant for development or tests (`AS dev`, `AS dev-envs`, `AS test`), not for shipping. */
export function isDevelopmentStage(stage: Stage): boolean {
  return /^(?:dev|devel|develop|development|dev-?envs?|devcontainer|debug|test|tests|testing|ci)$/.test(stage.name ?? '');
}

/** Where to add an instruction to a stage so it comes before its CMD/ENTRYPOINT: that line, or after the stage's last line. */
export function insertionBeforeCommand(document: TextDocument, stage: Stage, text: string): TextEdit {
  const command = stage.instructions.find((instruction) => keywordIs(instruction, 'CMD', 'ENTRYPOINT'));
  if (command) {
    const indentation = /^\s*/.exec(document.getText({ start: { line: command.getRange().start.line, character: 0 }, end: command.getRange().start }))?.[0] ?? '';
    return insertLineBefore(document, command.getRange().start.line, `${indentation}${text}`);
  }
  const last = stage.instructions.at(-1) ?? stage.from;
  return insertLineAfter(document, last.getRange().end.line, text);
}
