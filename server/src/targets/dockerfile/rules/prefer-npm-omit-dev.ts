import { argumentsText, instructionText } from '../instructions';
import { finalStage, isDevelopmentStage, stageChain, stagesOf } from '../stages';
import { rangeAt } from '../../../text/ranges';
import { insertFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

const NPM_CI = /(?<![\w-])npm\s+ci(?![\w-])/g;
const PRODUCTION_FLAG = /--omit[= ]dev|--production|--only[= ]prod|--omit=["']?dev/;
/** Later steps that need the dev dependencies (a build or test in the same stage). */
const NEEDS_DEV = /\bnpm\s+(?:run|run-script|test|t|exec|rebuild)\b|\bnpx\s|\byarn\s+(?:run|build|test)\b|\bpnpm\s+(?:run|build|test)\b/;

export default defineDockerfileRule({
  id: 'dockerfile/prefer-npm-omit-dev',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q3', 'q4'],
  subject: ['--omit=dev', '--only=production', '--production'],
  summary: 'The final stage should install only production dependencies: `npm ci --omit=dev`.',
  docs: {
    why:
      'Dev dependencies (test runners, bundlers, type definitions) make the runtime image larger and add packages ' +
      'that scanners report. Build in an earlier stage with every dependency, then install with `--omit=dev` ' +
      '(or set `NODE_ENV=production`) in the stage you ship. `--only=production` is the old spelling.',
    bad: 'FROM node:24-alpine\nCOPY package*.json ./\nRUN npm ci\nCOPY dist ./dist\nCMD ["node", "dist/server.js"]',
    good: 'FROM node:24-alpine\nCOPY package*.json ./\nRUN npm ci --omit=dev\nCOPY dist ./dist\nCMD ["node", "dist/server.js"]',
  },
  *check({ document, dockerfile }) {
    if (!/npm\s+ci/.test(document.getText())) return;
    const stages = stagesOf(dockerfile);
    const stage = finalStage(dockerfile);
    if (!stage || isDevelopmentStage(stage)) return;
    const chain = stageChain(stages, stage);
    const productionEnv = chain
      .flatMap((member) => member.instructions)
      .some((instruction) => /^(ENV|ARG)$/.test(instruction.getKeyword()) && /NODE_ENV[= ]+["']?production/.test(instructionText(document, instruction)));
    if (productionEnv) return;
    const runs = stage.instructions.filter((instruction) => instruction.getKeyword() === 'RUN');
    const texts = runs.map((run) => instructionText(document, run));
    for (const [index, run] of runs.entries()) {
      if (!/npm\s+ci/.test(texts[index])) continue;
      const args = argumentsText(document, run, dockerfile.escapeChar);
      if (!args) continue;
      const later = texts.slice(index).join('\n');
      for (const match of args.text.matchAll(NPM_CI)) {
        const rest = args.text.slice(match.index).split(/&&|\|\||;|\|/)[0];
        if (PRODUCTION_FLAG.test(rest) || /NODE_ENV=production/.test(args.text) || NEEDS_DEV.test(later.slice(later.indexOf(match[0]) + match[0].length))) continue;
        const range = rangeAt(document, args.offset + match.index, match[0].length);
        yield {
          range,
          message: '`npm ci` in the final stage also installs the dev dependencies; add `--omit=dev`.',
          fixes: [insertFix('Add --omit=dev', range.end, ' --omit=dev')],
        };
      }
    }
  },
});
