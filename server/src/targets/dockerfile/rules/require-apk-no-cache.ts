import { cacheMounted, callHasFlag, insertAfter, packageCalls, runsLater } from '../../../shell/commands';
import { commandName } from '../../../shell/tokenizer';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-apk-no-cache',
  aliases: ['DL3019', 'DS025'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['apk add', '--no-cache'],
  summary: '`apk add` should use `--no-cache` so the package index does not stay in the image.',
  docs: {
    why:
      'Without `--no-cache`, `apk add` stores the package index under `/var/cache/apk` and that layer keeps ' +
      'it forever. `--no-cache` fetches a fresh index, uses it and leaves nothing behind, so `apk update` ' +
      'and `rm -rf /var/cache/apk/*` are no longer needed.',
    bad: 'RUN apk update && apk add curl',
    good: 'RUN apk add --no-cache curl',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apk'], ['add'])) {
      if (callHasFlag(call, null, 'no-cache') || cacheMounted(call)) continue;
      const cleans = runsLater(
        call,
        'removes the apk cache',
        (command) => commandName(command.words[0]) === 'rm' && command.words.some((word) => word.value.startsWith('/var/cache/apk')),
      );
      if (cleans) continue;
      const subcommand = call.subcommand!;
      yield {
        range: subcommand.range,
        message: '`apk add` without `--no-cache` leaves the package index in the image.',
        fixes: [{ title: 'Add `--no-cache`', edits: [insertAfter(subcommand, '--no-cache')] }],
      };
    }
  },
});
