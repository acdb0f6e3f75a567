import { appendToRun, cacheMounted, packageCalls, runsLater } from '../../../shell/commands';
import { commandName } from '../../../shell/tokenizer';
import { isStageUsed, stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-apt-list-cleanup',
  aliases: ['DL3009'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['/var/lib/apt/lists'],
  summary: 'Delete `/var/lib/apt/lists/*` in the same RUN as `apt-get update`.',
  docs: {
    why:
      'The package lists that `apt-get update` downloads (tens of MB) stay in the layer unless the same RUN ' +
      'deletes them; a later RUN cannot shrink a layer that is already written. Stale lists also tempt a ' +
      'later `apt-get install` to skip the update and fetch outdated packages.',
    bad: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl \\\n    && rm -rf /var/lib/apt/lists/*',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    for (const call of packageCalls(document, dockerfile, ['apt-get', 'apt'], ['update'])) {
      if (call.stage && !isStageUsed(stages, call.stage)) continue;
      if (cacheMounted(call)) continue;
      const cleans = runsLater(
        call,
        'removes the apt lists',
        (command) =>
          (commandName(command.words[0]) === 'rm' && command.words.some((word) => word.value.startsWith('/var/lib/apt/lists'))) ||
          (/^apt(-get)?$/.test(commandName(command.words[0])) && command.words.some((word) => word.value === 'dist-clean')),
      );
      if (cleans) continue;
      const edit = appendToRun(document, call, 'rm -rf /var/lib/apt/lists/*');
      yield {
        range: call.subcommand!.range,
        message: `The lists fetched by \`${call.program.value} update\` stay in the image: delete \`/var/lib/apt/lists/*\` in the same RUN.`,
        fixes: edit ? [{ title: 'Append `rm -rf /var/lib/apt/lists/*`', edits: [edit] }] : undefined,
      };
    }
  },
});
