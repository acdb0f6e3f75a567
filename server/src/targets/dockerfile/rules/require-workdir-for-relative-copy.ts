import type { Instruction } from 'dockerfile-ast';
import { stageOf, stagesOf, type Stage } from '../stages';
import { byKeyword } from '../instructions';
import { stageInstructions } from '../stageKeywords';
import type { ParsedDockerfile } from '../model';
import { defineDockerfileRule, type Finding } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-workdir-for-relative-copy',
  aliases: ['DL3045'],
  severity: 'warning',
  questions: ['q3', 'q4', 'q284'],
  subject: ['WORKDIR'],
  summary: 'Set a WORKDIR before copying to a relative destination.',
  docs: {
    why:
      'A relative COPY destination is resolved against the working directory, which comes from the base ' +
      'image when the Dockerfile has not set one: the same file lands in `/`, in `/go` or in `/usr/src/app` ' +
      'depending on the base. Set WORKDIR first, or copy to an absolute path.',
    bad: 'FROM node:24\nCOPY package.json .',
    good: 'FROM node:24\nWORKDIR /app\nCOPY package.json .',
    differsFromHadolint:
      'an `ONBUILD COPY` trigger runs in the child image, whose working directory is this image\'s: a WORKDIR ' +
      'anywhere in the stage (or an earlier `ONBUILD WORKDIR`) counts, where hadolint looks only at the ONBUILD lines.',
  },
  *check({ dockerfile }) {
    const triggers = triggersByStage(dockerfile);
    for (const stage of stagesOf(dockerfile)) {
      let workdir = inheritsWorkdir(dockerfile, stage.parent);
      for (const instruction of stageInstructions(dockerfile, stage, 'WORKDIR', 'COPY', 'ADD')) {
        if (instruction.getKeyword() === 'WORKDIR') workdir = true;
        else if (!workdir) yield* relativeDestination(instruction, 'no WORKDIR is set yet');
      }
      // A trigger runs in the child image, whose working directory is this image's: any WORKDIR of the stage counts.
      let triggerWorkdir = inheritsWorkdir(dockerfile, stage);
      for (const trigger of triggers.get(stage) ?? []) {
        if (trigger.getKeyword() === 'WORKDIR') triggerWorkdir = true;
        else if (!triggerWorkdir) yield* relativeDestination(trigger, 'neither this image nor an earlier ONBUILD sets a WORKDIR');
      }
    }
  },
});

function* relativeDestination(instruction: Instruction, why: string): Generator<Finding> {
  const raw = instruction.getRawArgumentsContent() ?? '';
  const args = instruction.getArguments();
  const destination = args[args.length - 1];
  if (args.length < 2 || !destination || raw.trimStart().startsWith('[') || raw.includes('<<')) return;
  const value = destination.getValue().replace(/^(["'])(.*)\1$/, '$2');
  if (value.startsWith('/') || value.startsWith('$') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\')) return;
  yield { range: destination.getRange(), message: `\`${value}\` is relative, and ${why}, so it depends on the base image's working directory.` };
}

/** The WORKDIR, COPY and ADD triggers of each stage's ONBUILDs, in order. */
function triggersByStage(dockerfile: ParsedDockerfile): Map<Stage, Instruction[]> {
  const byStage = new Map<Stage, Instruction[]>();
  for (const instruction of byKeyword(dockerfile, 'WORKDIR', 'COPY', 'ADD')) {
    const stage = dockerfile.triggers.has(instruction) ? stageOf(dockerfile, instruction) : undefined;
    if (!stage) continue;
    const list = byStage.get(stage);
    if (list) list.push(instruction);
    else byStage.set(stage, [instruction]);
  }
  return byStage;
}

function inheritsWorkdir(dockerfile: ParsedDockerfile, stage: Stage | undefined): boolean {
  for (let current = stage, hops = 0; current && hops < 64; current = current.parent, hops++) {
    if (stageInstructions(dockerfile, current, 'WORKDIR').length > 0) return true;
  }
  return false;
}
