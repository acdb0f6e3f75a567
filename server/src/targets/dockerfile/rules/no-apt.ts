import { packageCalls } from '../../../shell/commands';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

const SAME_AS_APT_GET = new Set(['install', 'update', 'upgrade', 'dist-upgrade', 'remove', 'purge', 'autoremove', 'clean', 'autoclean']);

export default defineDockerfileRule({
  id: 'dockerfile/no-apt',
  aliases: ['DL3027', 'CKV_DOCKER_9'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-package-installs', 'q269'],
  subject: ['apt-get', '`apt`'],
  summary: 'Use `apt-get` (or `apt-cache`) in scripts; `apt` is meant for people at a terminal.',
  docs: {
    why:
      '`apt` has no stable command-line interface: it warns "apt does not have a stable CLI interface. Use ' +
      'with caution in scripts", and its output and behaviour may change between releases. `apt-get` is ' +
      'the same tool with a stable interface for scripts.',
    bad: 'RUN apt update && apt install -y curl',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apt'])) {
      const subcommand = call.subcommand?.value ?? '';
      const fixable = SAME_AS_APT_GET.has(subcommand) && call.program.raw === 'apt';
      yield {
        range: call.program.range,
        message: `\`apt${subcommand ? ` ${subcommand}` : ''}\` has no stable interface for scripts: use \`${SAME_AS_APT_GET.has(subcommand) || !subcommand ? 'apt-get' : 'apt-cache'}\`.`,
        fixes: fixable ? [replaceFix('Use `apt-get`', call.program.range, 'apt-get')] : undefined,
      };
    }
  },
});
