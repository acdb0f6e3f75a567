import { callHasFlag, insertAfter, isSimulation, packageCalls, quietLevel } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-apt-get-yes',
  aliases: ['DL3014', 'DS021'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['apt-get install -y'],
  summary: '`apt-get install` needs `-y`: a build cannot answer the confirmation prompt.',
  docs: {
    why:
      'Without `-y` apt-get asks "Do you want to continue?" and, with no terminal to answer, aborts the ' +
      'install as soon as it would add more than the named packages: the build fails or, worse, behaves ' +
      'differently from one base image version to the next.',
    bad: 'RUN apt-get update && apt-get install curl',
    good: 'RUN apt-get update && apt-get install -y --no-install-recommends curl',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apt-get', 'aptitude'], ['install'])) {
      if (isSimulation(call)) continue;
      if (callHasFlag(call, 'y', 'yes', 'assume-yes') || (call.manager === 'apt-get' && quietLevel(call) >= 2)) continue;
      const subcommand = call.subcommand!;
      yield {
        range: subcommand.range,
        message: `\`${call.program.value} install\` has no \`-y\`, so it stops at the confirmation prompt with no one to answer it.`,
        fixes: [{ title: 'Add `-y`', edits: [insertAfter(subcommand, '-y')] }],
      };
    }
  },
});
