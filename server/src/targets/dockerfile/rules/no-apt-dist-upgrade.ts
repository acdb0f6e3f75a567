import { packageCalls } from '../../../shell/commands';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-apt-dist-upgrade',
  aliases: ['DL3005'],
  severity: 'warning',
  questions: ['cc-package-installs'],
  subject: ['dist-upgrade'],
  summary: 'No `apt-get dist-upgrade` in a Dockerfile: take a newer base image instead.',
  docs: {
    why:
      '`apt-get dist-upgrade` resolves changed dependencies by installing new packages and removing ' +
      'installed ones, so the image ends up with a package set its base image never had, and two builds of ' +
      'the same file can differ. `apt-get upgrade` applies the updates of the release and never removes a ' +
      'package; for a newer distribution, change the `FROM` tag.',
    bad: 'FROM debian:12\nRUN apt-get update && apt-get dist-upgrade -y && rm -rf /var/lib/apt/lists/*',
    good: 'FROM debian:12\nRUN apt-get update && apt-get upgrade -y && rm -rf /var/lib/apt/lists/*',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['apt-get'], ['dist-upgrade'])) {
      yield {
        range: call.subcommand!.range,
        message: `${code('apt-get dist-upgrade')} may install and remove packages inside the image: use \`apt-get upgrade\`, or a newer base image.`,
      };
    }
  },
});
