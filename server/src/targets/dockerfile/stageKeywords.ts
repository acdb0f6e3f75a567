import type { Instruction } from 'dockerfile-ast';
import type { ParsedDockerfile } from './model';
import { byKeyword } from './instructions';
import { stageOf, type Stage } from './stages';
import { slot } from '../../parsing/slots';

const stageIndex = slot<ParsedDockerfile, Map<string, Map<Stage, Instruction[]>>>('instructions by stage and keyword');

/**
 * The instructions of `stage.instructions` with one of the keywords, in order (FROM is not among them, nor
 * the triggers of ONBUILD): indexed once per parse and keywords, so a rule about a stage's USER reads its USER lines.
 */
export function stageInstructions(dockerfile: ParsedDockerfile, stage: Stage, ...keywords: string[]): readonly Instruction[] {
  let byKeywords = stageIndex.get(dockerfile);
  if (!byKeywords) {
    byKeywords = new Map();
    stageIndex.set(dockerfile, byKeywords);
  }
  const key = keywords.length === 1 ? keywords[0] : keywords.join(' ');
  let index = byKeywords.get(key);
  if (!index) {
    index = new Map();
    for (const instruction of byKeyword(dockerfile, ...keywords)) {
      const owner = dockerfile.triggers.has(instruction) ? undefined : stageOf(dockerfile, instruction);
      if (!owner || owner.from === instruction) continue;
      const list = index.get(owner);
      if (list) list.push(instruction);
      else index.set(owner, [instruction]);
    }
    byKeywords.set(key, index);
  }
  return index.get(stage) ?? [];
}

/**
 * The CMD or ENTRYPOINT that `chain` (a stage and the stages it builds on, nearest first) ends with: the
 * last one of the nearest member that has one, as the image inherits its base's command unless it sets its own.
 */
export function lastCommandOf(dockerfile: ParsedDockerfile, chain: readonly Stage[]): Instruction | undefined {
  for (const member of chain) {
    const command = stageInstructions(dockerfile, member, 'CMD', 'ENTRYPOINT').at(-1);
    if (command) return command;
  }
  return undefined;
}

/** Drops the file's index of stage instructions by keyword (built again if asked for). */
export function forgetStageInstructions(dockerfile: ParsedDockerfile): void {
  stageIndex.delete(dockerfile);
}
