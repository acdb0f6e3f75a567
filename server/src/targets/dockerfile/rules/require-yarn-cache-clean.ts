import { appendToRun, packageCalls } from '../../../shell/commands';
import { commandName } from '../../../shell/tokenizer';
import { hasCacheMount } from '../runs';
import { isStageUsed, stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-yarn-cache-clean',
  aliases: ['DL3060'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['q261', 'q3'],
  summary: 'Run `yarn cache clean` in the same RUN as `yarn install`.',
  docs: {
    why:
      'Yarn keeps a copy of every package it downloaded in its global cache; in an image that cache is never ' +
      'reused and often weighs as much as `node_modules` itself. Clean it in the same RUN, or use a ' +
      '`RUN --mount=type=cache` for the cache directory.',
    bad: 'RUN yarn install --frozen-lockfile',
    good: 'RUN yarn install --frozen-lockfile && yarn cache clean',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    for (const call of packageCalls(document, dockerfile, ['yarn'], ['install'])) {
      if (call.stage && !isStageUsed(stages, call.stage)) continue;
      if (['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn'].some((directory) => hasCacheMount(call.instruction, directory))) continue;
      const cleans = call.script.commands.some((command) => commandName(command.words[0]) === 'yarn' && command.words[1]?.value === 'cache' && command.words[2]?.value === 'clean');
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
