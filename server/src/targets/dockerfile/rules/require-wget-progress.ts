import { callsNamed } from '../programs';
import type { ShellWord } from '../../../shell/tokenizer';
import { defineDockerfileRule } from '../../../engine/rule';

/** Long options that set the progress display or silence or redirect wget's log. */
const QUIET_LONG = /^--(?:progress|quiet|no-verbose|output-file|append-output)(?:=|$)/;
/** Short options that take a value: the rest of a cluster after one of them is its value (`-qO-`). */
const SHORT_WITH_VALUE = 'oaeOPUtTwiBlARDIXQ';

/** True when the words quiet wget or set its progress: `--progress=…`, `-q`, `-nv`, `-o log`, `-a log` and long forms. */
function setsProgressOrQuiet(args: readonly ShellWord[]): boolean {
  return args.some(({ value }) => {
    if (QUIET_LONG.test(value) || value === '-nv') return true;
    if (!/^-[A-Za-z]/.test(value) || value.startsWith('--')) return false;
    for (const letter of value.slice(1)) {
      if (letter === 'q' || letter === 'o' || letter === 'a') return true;
      if (SHORT_WITH_VALUE.includes(letter)) return false;
    }
    return false;
  });
}

export default defineDockerfileRule({
  id: 'dockerfile/require-wget-progress',
  aliases: ['DL3047'],
  severity: 'info',
  questions: ['cc-verified-downloads'],
  subject: ['wget'],
  summary: '`wget` in a build should set `--progress=dot:giga`, or run quietly (`-q`, `-nv`).',
  docs: {
    why:
      'Without a terminal, wget prints its progress as a line of dots per few kilobytes: a large download ' +
      'fills the build log with thousands of lines. `--progress=dot:giga` prints one dot per megabyte; `-q` or ' +
      '`-nv` (`--no-verbose`) print nothing or one line, and `-o`/`-a` send the log to a file.',
    bad: 'FROM debian:12\nRUN wget https://example.com/model.bin',
    good: 'FROM debian:12\nRUN wget --progress=dot:giga https://example.com/model.bin',
  },
  *check({ document, dockerfile }) {
    for (const call of callsNamed(document, dockerfile, 'wget')) {
      if (setsProgressOrQuiet(call.args)) continue;
      yield { range: call.program.range, message: '`wget` without `--progress` fills the build log with progress dots: add `--progress=dot:giga`, or `-q`/`-nv`.' };
    }
  },
});
