import { packageCalls } from '../../../shell/commands';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-zypper-dist-upgrade',
  aliases: ['DL3035'],
  severity: 'warning',
  questions: ['cc-package-installs'],
  subject: ['dist-upgrade'],
  summary: 'No `zypper dist-upgrade` in a Dockerfile: take a newer base image instead.',
  docs: {
    why:
      '`zypper dist-upgrade` (`dup`) moves every package to the versions of the configured repositories, ' +
      'across releases, removing or replacing packages as it goes: the image no longer matches the base ' +
      'image it names, and two builds of the same file can differ. To get a newer distribution, change the ' +
      '`FROM` tag; `zypper update` (or `patch`) applies updates within the release.',
    bad: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive dist-upgrade && zypper clean --all',
    good: 'FROM opensuse/leap:15.6\nRUN zypper --non-interactive update && zypper clean --all',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['zypper'], ['dist-upgrade'])) {
      yield {
        range: call.subcommand!.range,
        message: `${code(`zypper ${call.subcommand!.value}`)} upgrades the whole distribution inside the image: use a newer base image instead.`,
      };
    }
  },
});
