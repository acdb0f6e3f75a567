import { callsNamed } from '../programs';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-shell-instruction',
  aliases: ['DL4005'],
  severity: 'warning',
  questions: ['cc-run-shell'],
  subject: ['SHELL ['],
  summary: 'Change the shell with SHELL, not by replacing `/bin/sh`.',
  docs: {
    why:
      'Linking `/bin/sh` to bash changes the shell of every script in the image, including system scripts ' +
      'written for a POSIX sh, and hides the change from readers. `SHELL ["/bin/bash", "-c"]` changes it ' +
      'for the following RUN instructions only, visibly.',
    bad: 'RUN ln -sf /bin/bash /bin/sh',
    good: 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]',
  },
  *check({ document, dockerfile }) {
    for (const { args } of callsNamed(document, dockerfile, 'ln')) {
      if (!args.some((word) => /^-[A-Za-z]*s/.test(word.value) || word.value === '--symbolic')) continue;
      const target = args[args.length - 1];
      if (args.length < 2 || target.value !== '/bin/sh') continue;
      yield { range: target.range, message: 'Replacing `/bin/sh` changes the shell of every script in the image: use the SHELL instruction.' };
    }
  },
});
