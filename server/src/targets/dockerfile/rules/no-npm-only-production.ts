import { packageCalls } from '../../../shell/commands';
import { defineDockerfileRule, type Finding } from '../../../engine/rule';
import type { ShellWord } from '../../../shell/tokenizer';

const INSTALLS = ['ci', 'install', 'i', 'isntall', 'add'];
const ONLY_PRODUCTION = /^--only=prod(uction)?$/;

export default defineDockerfileRule({
  id: 'dockerfile/no-npm-only-production',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q3', 'q4'],
  subject: ['--only=production', '--omit=dev'],
  summary: 'Write `--omit=dev` instead of the deprecated `--only=production` and `--production`.',
  docs: {
    why:
      'npm 7 and later deprecate `--only=production` and `--production`: npm warns "Use `--omit=dev` instead" ' +
      'and reads them as `--omit=dev` for now. Write `--omit=dev`, which says the same and stays supported.',
    bad: 'FROM node:24-alpine\nCOPY package*.json ./\nRUN npm ci --only=production',
    good: 'FROM node:24-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['npm'], INSTALLS)) {
      const words = [...call.globalFlags, ...call.args];
      for (const [index, word] of words.entries()) {
        const finding = deprecatedFlag(word, words[index + 1]);
        if (finding) yield finding;
      }
    }
  },
});

function deprecatedFlag(word: ShellWord, next: ShellWord | undefined): Finding | undefined {
  const replace = (end: ShellWord): Finding => {
    const range = { start: word.range.start, end: end.range.end };
    return {
      range,
      message: `\`${word.value}${end === word ? '' : ` ${end.value}`}\` is deprecated since npm 7: write \`--omit=dev\`.`,
      fixes: [{ title: 'Use `--omit=dev`', edits: [{ range, newText: '--omit=dev' }] }],
    };
  };
  if (ONLY_PRODUCTION.test(word.value) || word.value === '--production') return replace(word);
  if (word.value === '--only' && next && /^prod(uction)?$/.test(next.value)) return replace(next);
  return undefined;
}
