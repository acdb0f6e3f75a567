import { packageCalls, packageOperands } from '../../../shell/commands';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-npm-ci',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q269', 'q4'],
  subject: ['npm ci'],
  summary: 'Install a project\'s dependencies with `npm ci`, which installs exactly what the lock file records.',
  docs: {
    why:
      '`npm install` resolves version ranges again and may rewrite `package-lock.json`, so two builds can ' +
      'install different dependencies. `npm ci` installs exactly the lock file (and fails when it does not ' +
      'match `package.json`), starts from a clean `node_modules` and is faster. Copy `package-lock.json` ' +
      'into the image before running it.',
    bad: 'COPY package*.json ./\nRUN npm install',
    good: 'COPY package*.json ./\nRUN npm ci --omit=dev',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['npm'], ['install', 'i'])) {
      const global = call.args.some((word) => /^(-g|--global)$/.test(word.value));
      if (global || packageOperands(call, new Set(['--prefix', '--registry', '--cache'])).length > 0) continue;
      const subcommand = call.subcommand!;
      yield {
        range: subcommand.range,
        message: `\`npm ${subcommand.value}\` may install other versions than \`package-lock.json\` records: use \`npm ci\`.`,
        fixes: [replaceFix('Use `npm ci`', subcommand.range, 'ci')],
      };
    }
  },
});
