import { commandName, effectiveWords } from '../../../shell/tokenizer';
import { runScripts } from '../runs';
import { defineDockerfileRule } from '../../../engine/rule';

const INTERPRETERS = /^(sh|bash|ash|dash|zsh|ksh|python[0-9.]*|perl|ruby|node|php)$/;

export default defineDockerfileRule({
  id: 'dockerfile/no-curl-pipe-shell',
  aliases: [],
  severity: 'warning',
  questions: ['cc-verified-downloads', 'q269'],
  subject: ['| sh', '| bash', 'curl'],
  summary: 'Do not pipe a download straight into a shell (`curl … | sh`): download, verify, then run.',
  docs: {
    why:
      'Piping a script into a shell runs whatever the server sends at build time, unchecked: a compromised ' +
      'or hijacked host, or a script that changed since you read it, runs as root in your build. Download ' +
      'it to a file, verify its checksum, then run it.',
    bad: 'RUN curl -fsSL https://example.com/install.sh | sh',
    good: 'RUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n    && echo "<sha256>  /tmp/install.sh" | sha256sum -c - \\\n    && sh /tmp/install.sh',
  },
  *check({ document, dockerfile }) {
    for (const { script } of runScripts(document, dockerfile)) {
      for (let index = 0; index + 1 < script.commands.length; index++) {
        const download = script.commands[index];
        if (download.after !== '|') continue;
        const downloader = commandName(effectiveWords(download)[0]);
        if (downloader !== 'curl' && downloader !== 'wget') continue;
        let next = index + 1;
        while (script.commands[next]?.before === '|' && !INTERPRETERS.test(commandName(effectiveWords(script.commands[next])[0]))) next++;
        const shell = script.commands[next];
        const interpreter = shell && shell.before === '|' ? effectiveWords(shell)[0] : undefined;
        if (!interpreter || !INTERPRETERS.test(commandName(interpreter))) continue;
        if (effectiveWords(shell).slice(1).some((word) => !word.value.startsWith('-') && word.value !== '-')) continue;
        yield {
          range: interpreter.range,
          message: `Piping \`${downloader}\` into \`${interpreter.value}\` runs whatever the server sends without verifying it.`,
        };
      }
    }
  },
});
