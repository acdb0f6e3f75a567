import { callHasFlag, insertAfter, isSimulation, packageCalls } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-no-install-recommends',
  aliases: ['DL3015', 'DS029'],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['cc-package-installs'],
  subject: ['--no-install-recommends'],
  summary: '`apt-get install` should use `--no-install-recommends` to keep the image small.',
  docs: {
    why:
      'By default apt-get also installs every "recommended" package: documentation, extra tools, sometimes ' +
      'hundreds of megabytes the container never uses, each one more to patch when a CVE lands.',
    bad: 'RUN apt-get update && apt-get install -y curl',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apt-get'], ['install'])) {
      if (isSimulation(call)) continue;
      if (callHasFlag(call, null, 'no-install-recommends')) continue;
      const words = [...call.globalFlags, ...call.args].map((w) => w.value);
      if (words.some((w) => /^APT::Install-Recommends=("?)(false|0)\1$/i.test(w))) continue;
      const subcommand = call.subcommand!;
      yield {
        range: subcommand.range,
        message: '`apt-get install` without `--no-install-recommends` also installs every recommended package.',
        fixes: [{ title: 'Add `--no-install-recommends`', edits: [insertAfter(subcommand, '--no-install-recommends')] }],
      };
    }
  },
});
