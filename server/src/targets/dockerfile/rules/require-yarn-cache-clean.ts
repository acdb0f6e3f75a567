import { appendToRun, cacheMounted, packageCalls, runsLater } from '../../../shell/commands';
import { commandName } from '../../../shell/tokenizer';
import { isStageUsed, stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-yarn-cache-clean',
  aliases: ['DL3060'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['yarn cache clean'],
  summary: 'Run `yarn cache clean` in the same RUN as `yarn install`.',
  docs: {
    why:
      'Yarn keeps a copy of every package it downloaded in its global cache; in an image that cache is never ' +
      'reused and often weighs as much as `node_modules` itself. Clean it in the same RUN, or use a ' +
      '`RUN --mount=type=cache` for the cache directory.',
    bad: 'RUN yarn install --frozen-lockfile',
    good: 'RUN yarn install --frozen-lockfile && yarn cache clean',
    differsFromHadolint:
      'a cache mount over the yarn cache (`RUN --mount=type=cache,target=/usr/local/share/.cache/yarn`) counts as cleanup: ' +
      'nothing of it stays in the image. hadolint still reports it.',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    for (const call of packageCalls(document, dockerfile, ['yarn'], ['install'])) {
      if (call.stage && !isStageUsed(stages, call.stage)) continue;
      if (cacheMounted(call)) continue;
      const cleans = runsLater(call, 'yarn cache clean', (command) => commandName(command.words[0]) === 'yarn' && command.words[1]?.value === 'cache' && command.words[2]?.value === 'clean');
      if (cleans) continue;
      const edit = appendToRun(document, call, 'yarn cache clean');
      yield {
        range: call.subcommand!.range,
        message: '`yarn install` leaves its download cache in the image: run `yarn cache clean` in the same RUN.',
        fixes: edit ? [{ title: 'Append `yarn cache clean`', edits: [edit] }] : undefined,
      };
    }
  },
});
