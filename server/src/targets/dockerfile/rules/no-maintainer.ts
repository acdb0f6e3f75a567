import { replaceFix } from '../../../edits/textEdits';
import { byKeyword } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-maintainer',
  aliases: ['DL4000', 'MaintainerDeprecated', 'CKV_DOCKER_6', 'DS022'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['MAINTAINER', 'org.opencontainers.image.authors'],
  summary: 'MAINTAINER is deprecated: use `LABEL org.opencontainers.image.authors=…`.',
  docs: {
    why:
      'MAINTAINER was deprecated in Docker 1.13: tools read the author from the standard OCI label ' +
      '`org.opencontainers.image.authors`, which also shows up in `docker inspect` and registries.',
    bad: 'MAINTAINER Jane Doe <jane@example.com>',
    good: 'LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'MAINTAINER')) {
      const author = (instruction.getRawArgumentsContent() ?? '').trim();
      const keyword = instruction.getInstructionRange();
      const argumentsRange = instruction.getArgumentsRange();
      const fixable = author !== '' && argumentsRange && !/[\r\n]/.test(author);
      const label = `LABEL org.opencontainers.image.authors="${author.replace(/[\\"$]/g, (char) => `\\${char}`)}"`;
      yield {
        range: keyword,
        message: '`MAINTAINER` is deprecated: record the author in the `org.opencontainers.image.authors` label.',
        fixes: fixable ? [replaceFix('Replace with an OCI authors LABEL', { start: keyword.start, end: argumentsRange.end }, label)] : undefined,
      };
    }
  },
});
