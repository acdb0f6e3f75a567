import type { Onbuild } from 'dockerfile-ast';
import { byKeyword } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

const NOT_ALLOWED = new Set(['FROM', 'MAINTAINER', 'ONBUILD']);

export default defineDockerfileRule({
  id: 'dockerfile/no-invalid-onbuild',
  aliases: ['DL3043'],
  severity: 'error',
  questions: ['cc-dockerfile-syntax'],
  subject: ['ONBUILD'],
  summary: '`ONBUILD` cannot trigger FROM, MAINTAINER or another ONBUILD.',
  docs: {
    why:
      'ONBUILD stores an instruction to run when another Dockerfile builds FROM this image. The builder ' +
      'rejects `ONBUILD FROM`, `ONBUILD MAINTAINER` and `ONBUILD ONBUILD`, so the image that uses this one ' +
      'as its base fails to build.',
    bad: 'ONBUILD ONBUILD RUN make',
    good: 'ONBUILD RUN make',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'ONBUILD')) {
      const trigger = (instruction as Onbuild).getTrigger()?.toUpperCase();
      const range = (instruction as Onbuild).getTriggerRange();
      if (!trigger || !range || !NOT_ALLOWED.has(trigger)) continue;
      yield { range, message: `\`ONBUILD ${trigger}\` is not allowed, so every image built from this one fails.` };
    }
  },
});
