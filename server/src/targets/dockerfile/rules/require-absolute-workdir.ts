import type { Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { argumentWord, byKeyword } from '../instructions';
import { stageOf, stagesOf, type Stage } from '../stages';
import { stageInstructions } from '../stageKeywords';
import type { ParsedDockerfile } from '../model';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-absolute-workdir',
  aliases: ['DL3000', 'WorkdirRelativePath', 'CKV_DOCKER_10', 'DS009'],
  severity: 'warning',
  questions: ['q3', 'q4', 'q284'],
  subject: ['WORKDIR'],
  summary: 'Give WORKDIR an absolute path, at least the first one of a stage.',
  docs: {
    why:
      'A relative WORKDIR is resolved against the current directory, which comes from the base image when ' +
      'the stage has not set one: a base image update can silently move your app. An absolute path says ' +
      'where things are.',
    bad: 'FROM node:24\nWORKDIR app',
    good: 'FROM node:24\nWORKDIR /app',
    differsFromHadolint:
      'a relative WORKDIR after an absolute one of the stage (or of the stage it builds on) is not reported, as ' +
      'BuildKit\'s WorkdirRelativePath; hadolint reports every relative WORKDIR.',
  },
  *check({ document, dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      let anchored = hasAbsoluteWorkdir(document, dockerfile, stage.parent);
      for (const instruction of stageInstructions(dockerfile, stage, 'WORKDIR')) {
        const path = workdirOf(document, instruction);
        const range = instruction.getArgumentsRange();
        if (isAbsolute(path) || path.includes('$')) {
          anchored ||= isAbsolute(path);
          continue;
        }
        if (anchored || !range) continue;
        yield { range, message: `\`WORKDIR ${path}\` is relative to whatever directory the base image sets: use an absolute path.` };
      }
    }
    // A trigger runs right after the child's FROM, so it starts from the last WORKDIR of this image.
    for (const trigger of byKeyword(dockerfile, 'WORKDIR')) {
      if (!dockerfile.triggers.has(trigger)) continue;
      const path = workdirOf(document, trigger);
      const range = trigger.getArgumentsRange();
      if (isAbsolute(path) || path.includes('$') || !range || hasAbsoluteWorkdir(document, dockerfile, stageOf(dockerfile, trigger))) continue;
      yield { range, message: `\`ONBUILD WORKDIR ${path}\` is relative to whatever directory the child image's base sets: use an absolute path.` };
    }
  },
});

function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\');
}

function workdirOf(document: TextDocument, instruction: Instruction): string {
  return instruction.getArguments().map((argument) => argumentWord(document, argument)).join(' ');
}

function hasAbsoluteWorkdir(document: TextDocument, dockerfile: ParsedDockerfile, stage: Stage | undefined): boolean {
  for (let current = stage, hops = 0; current && hops < 64; current = current.parent, hops++) {
    if (stageInstructions(dockerfile, current, 'WORKDIR').some((instruction) => isAbsolute(workdirOf(document, instruction)))) return true;
  }
  return false;
}
