import { callsNamed } from '../programs';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-chmod-777',
  aliases: [],
  severity: 'warning',
  questions: ['cc-image-users'],
  subject: ['chmod'],
  summary: 'Do not make files world-writable (`chmod 777`, `chmod o+w`).',
  docs: {
    why:
      'A world-writable file or directory lets any process in the container, whatever its user, replace ' +
      'scripts and binaries the app trusts. Give ownership to the user that needs it (`COPY --chown`, ' +
      '`chown app:app`) and keep modes like 755 or 750.',
    bad: 'RUN chmod -R 777 /app',
    good: 'COPY --chown=app:app . /app\nRUN chmod -R 755 /app',
  },
  *check({ document, dockerfile }) {
    for (const { args } of callsNamed(document, dockerfile, 'chmod')) {
      const mode = args.find((word) => !/^-[A-Za-z]+$/.test(word.value) && !word.value.startsWith('--'));
      if (!mode || mode.dynamic) continue;
      // The sticky bit (1777, like /tmp) marks a deliberately shared directory where users cannot delete each other's files.
      const octal = /^[0-7]{3,4}$/.test(mode.value) && (Number.parseInt(mode.value.slice(-1), 8) & 2) !== 0 && !/^[1357]...$/.test(mode.value);
      const symbolic = /(^|,)(a|o|[ugo]*o[ugo]*)?[+=][rwxXst]*w/.test(mode.value) && !/^(u|g|ug|gu)[+=]/.test(mode.value);
      if (!octal && !symbolic) continue;
      yield { range: mode.range, message: `\`chmod ${mode.value}\` makes the files writable by every user in the container.` };
    }
  },
});
