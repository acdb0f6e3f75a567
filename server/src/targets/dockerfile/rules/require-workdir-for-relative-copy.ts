import { stagesOf, type Stage } from '../stages';
import { stageInstructions } from '../stageKeywords';
import type { ParsedDockerfile } from '../model';
import { defineDockerfileRule } from '../../../engine/rule';

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
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      let workdir = inheritsWorkdir(dockerfile, stage.parent);
      for (const instruction of stageInstructions(dockerfile, stage, 'WORKDIR', 'COPY', 'ADD')) {
        const keyword = instruction.getKeyword();
        if (keyword === 'WORKDIR') workdir = true;
        if (workdir || (keyword !== 'COPY' && keyword !== 'ADD')) continue;
        const raw = instruction.getRawArgumentsContent() ?? '';
        const args = instruction.getArguments();
        const destination = args[args.length - 1];
        if (args.length < 2 || !destination || raw.trimStart().startsWith('[') || raw.includes('<<')) continue;
        const value = destination.getValue().replace(/^(["'])(.*)\1$/, '$2');
        if (value.startsWith('/') || value.startsWith('$') || /^[A-Za-z]:[\\/]/.test(value) || value.startsWith('\\')) continue;
        yield { range: destination.getRange(), message: `\`${value}\` is relative, and no WORKDIR is set yet, so it depends on the base image's working directory.` };
      }
    }
  },
});

function inheritsWorkdir(dockerfile: ParsedDockerfile, stage: Stage | undefined): boolean {
  for (let current = stage, hops = 0; current && hops < 64; current = current.parent, hops++) {
    if (stageInstructions(dockerfile, current, 'WORKDIR').length > 0) return true;
  }
  return false;
}
