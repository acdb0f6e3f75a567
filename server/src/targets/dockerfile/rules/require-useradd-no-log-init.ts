import { callsNamed } from '../programs';
import { insertAfter } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-useradd-no-log-init',
  aliases: ['DL3046'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-image-users'],
  subject: ['useradd'],
  summary: '`useradd` with a large UID needs `-l` (`--no-log-init`), or the image grows by gigabytes.',
  docs: {
    why:
      'useradd reserves a record for the new UID in the sparse files `/var/log/lastlog` and `faillog`. ' +
      'Docker layers do not keep files sparse, so a UID like 100000 writes tens of megabytes, a larger one ' +
      'gigabytes. `-l` skips those logs.',
    bad: 'RUN useradd -u 123456 app',
    good: 'RUN useradd -l -u 123456 app',
  },
  *check({ document, dockerfile }) {
    for (const { program, args } of callsNamed(document, dockerfile, 'useradd')) {
      const words = [program, ...args];
      if (words.some((word) => word.value === '-l' || word.value === '--no-log-init' || /^-[A-Za-z]*l[A-Za-z]*$/.test(word.value))) continue;
      const index = words.findIndex((word) => word.value === '-u' || word.value === '--uid' || word.value.startsWith('--uid='));
      const uid = index < 0 ? undefined : words[index].value.startsWith('--uid=') ? words[index].value.slice(6) : words[index + 1]?.value;
      if (!uid || !/^\d{6,}$/.test(uid)) continue;
      yield {
        range: words[0].range,
        message: `\`useradd\` with UID \`${uid}\` and no \`-l\` writes huge lastlog and faillog files into the layer.`,
        fixes: [{ title: 'Add `-l`', edits: [insertAfter(words[0], '-l')] }],
      };
    }
  },
});
