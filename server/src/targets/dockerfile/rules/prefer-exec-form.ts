import type { Instruction } from 'dockerfile-ast';
import { byKeyword } from '../instructions';
import { hasEmbeddedComment, logicalArguments } from '../model';
import { parseExecForm } from '../execForm';
import { splitShellWords } from '../../../shell/tokenizer';
import { shellBefore, stageOf } from '../stages';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule, type Finding } from '../../../engine/rule';

const SINGLE_QUOTED_LIST = /^\[\s*'[^']*'(\s*,\s*'[^']*')*\s*\]$/;

export default defineDockerfileRule({
  id: 'dockerfile/prefer-exec-form',
  aliases: ['DL3025', 'JSONArgsRecommended'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['q288', 'q284'],
  subject: ['exec form', 'CMD [', 'ENTRYPOINT [', 'shell form', 'PID 1'],
  summary: 'CMD and ENTRYPOINT should use exec form so the process is PID 1 and receives SIGTERM.',
  docs: {
    why:
      'In shell form Docker runs the command as `/bin/sh -c "…"`: the shell is PID 1 and does not forward ' +
      'signals, so your process never sees SIGTERM. `docker stop` waits for the grace period (10 s) and ' +
      'then kills it, without a clean shutdown. Only a JSON array with double quotes is exec form. A stage ' +
      'that sets a SHELL chose its shell on purpose, so its shell-form CMD and ENTRYPOINT are left alone, as BuildKit does.',
    bad: 'CMD node server.js\nCMD [\'node\', \'server.js\']',
    good: 'CMD ["node", "server.js"]',
    differsFromHadolint:
      'a shell-form CMD or ENTRYPOINT under a SHELL set in its stage (or the stage it builds on) is not reported, as ' +
      'BuildKit documents for JSONArgsRecommended; hadolint reports it.',
  },
  *check({ dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'CMD', 'ENTRYPOINT')) {
      if (shellBefore(stageOf(dockerfile, instruction), instruction)) continue;
      const finding = checkInstruction(instruction, dockerfile.escapeChar);
      if (finding) yield finding;
    }
  },
});

function checkInstruction(instruction: Instruction, escapeChar: string): Finding | undefined {
  const range = instruction.getArgumentsRange();
  const raw = instruction.getRawArgumentsContent();
  if (!range || raw === null) return undefined;
  const command = logicalArguments(raw, escapeChar).trim();
  if (parseExecForm(command)) return undefined;

  const keyword = instruction.getKeyword();
  const singleQuoted = SINGLE_QUOTED_LIST.test(command);
  // With another escape character the image is usually Windows, whose default shell is `cmd /S /C`.
  const shell = escapeChar === '\\' ? '`/bin/sh -c`' : 'the default shell';
  const problem = singleQuoted
    ? `\`${command}\` is not JSON (single quotes), so Docker runs it through ${shell} and the process never receives SIGTERM.`
    : `\`${keyword} ${command}\` uses shell form, so ${shell} is PID 1 and the process never receives SIGTERM; \`docker stop\` kills it after the grace period.`;

  const words = singleQuoted ? wordsOfSingleQuotedList(command) : execWords(raw, command, escapeChar);
  if ('reason' in words) return { range, message: `${problem} No quick fix: ${words.reason}.` };
  return {
    range,
    message: problem,
    fixes: [replaceFix(`Rewrite ${keyword} in exec form`, range, toExecForm(words.words))],
  };
}

function execWords(raw: string, command: string, escapeChar: string): { words: string[] } | { reason: string } {
  if (hasEmbeddedComment(raw)) return { reason: 'it has comment lines between its continuation lines' };
  if (escapeChar !== '\\') {
    // With another escape character the default shell is usually cmd.exe, whose quoting differs.
    if (/["'%^&|<>$`]/.test(command)) return { reason: 'its quoting depends on the Windows shell' };
    return { words: command.split(/\s+/) };
  }
  return splitShellWords(command);
}

function wordsOfSingleQuotedList(command: string): { words: string[] } {
  return { words: [...command.matchAll(/'([^']*)'/g)].map((match) => match[1]) };
}

function toExecForm(words: string[]): string {
  return `[${words.map((word) => JSON.stringify(word)).join(', ')}]`;
}
