import { expandVariables, globalArgs } from '../variables';
import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';
import { variablesOf } from '../model';

const REFERENCE =
  /^(?:(?:[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)*|\[[0-9a-fA-F:]+\])(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+(?:[.+_-][a-z0-9]+)*:[0-9a-fA-F]{32,})?$/;

export default defineDockerfileRule({
  id: 'dockerfile/require-valid-default-arg-in-from',
  aliases: ['InvalidDefaultArgInFrom'],
  severity: 'warning',
  questions: ['cc-dockerfile-variables'],
  subject: ['InvalidDefaultArgInFrom'],
  summary: 'The defaults of the ARGs used in FROM should give a valid image reference.',
  docs: {
    why:
      'Without `--build-arg`, Docker builds with the defaults: an `ARG` without one expands to an empty string, ' +
      'which leaves `FROM alpine:` or an empty `FROM`, and the build fails.',
    bad: 'ARG TAG\nFROM alpine:${TAG}',
    good: 'ARG TAG=3.20\nFROM alpine:${TAG}',
  },
  *check({ dockerfile }) {
    const args = globalArgs(dockerfile);
    for (const { from } of stagesOf(dockerfile)) {
      const range = from.getImageRange();
      const image = from.getImage();
      if (!range || !image || !image.includes('$')) continue;
      if (variablesOf(from).some((variable) => !args.has(variable.getName()))) continue;
      const expanded = expandVariables(image, args);
      if (expanded === undefined || REFERENCE.test(expanded)) continue;
      yield {
        range,
        message:
          expanded === ''
            ? `${code(image)} is empty with the default build arguments; give the ARG a default.`
            : `${code(image)} becomes ${code(expanded)} with the default build arguments, which is not a valid image reference.`,
      };
    }
  },
});
