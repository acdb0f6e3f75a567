import type { Instruction } from 'dockerfile-ast';
import { copySources, flagNamed, flagsOf } from '../instructions';
import { stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const NODE = /\bnpm\s+ci|yarn(?:\s+install)?(?=\s*(?:$|&|;|\||--))|pnpm\s+(?:install|i)(?=\s*(?:$|&|;|\||-))/;
const PYTHON = /\bpoetry\s+install\b|\bpipenv\s+install\b|\buv\s+sync\b/;

/**
 * `npm install` not followed by `-g` in its command (up to `&`, `;` or `|`). A pattern with a lookahead
 * to the end of the command would rescan the rest at every `npm install`: one scan per command instead.
 */
function npmInstall(text: string): boolean {
  return text.split(/[&;|]/).some((command) => {
    let lastGlobal = -1;
    for (const global of command.matchAll(/\s(?:-g|--global)\b/g)) lastGlobal = global.index;
    for (const install of command.matchAll(/\bnpm\s+(?:install|i)(?=\s*(?:$|-))/g)) {
      if (install.index + install[0].length > lastGlobal) return true;
    }
    return false;
  });
}

/** `pip install … -r file` in one command: from the command's first `pip install` (a later one sees less of it). */
function pipRequirements(text: string): boolean {
  return text.split(/[&;|]/).some((command) => {
    const pip = /\bpip3?\s+install\b/.exec(command);
    return pip !== null && /\s-r\s/.test(command.slice(pip.index + pip[0].length));
  });
}

/** Install commands and the manifests they read. */
const INSTALLERS: { command: (text: string) => boolean; manifests: RegExp; example: string }[] = [
  { command: (text) => NODE.test(text) || npmInstall(text), manifests: /(^|\/)(package(-lock)?\.json|package\*\.json|yarn\.lock|pnpm-lock\.yaml|\.yarnrc\.yml)$/, example: 'package.json package-lock.json' },
  { command: (text) => PYTHON.test(text) || pipRequirements(text), manifests: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml|poetry\.lock|Pipfile(\.lock)?|uv\.lock|requirements)$/, example: 'requirements.txt' },
  { command: (text) => /\bgo\s+mod\s+download\b/.test(text), manifests: /(^|\/)go\.(mod|sum)$/, example: 'go.mod go.sum' },
  { command: (text) => /\bbundle\s+install\b/.test(text), manifests: /(^|\/)Gemfile(\.lock)?$/, example: 'Gemfile Gemfile.lock' },
  { command: (text) => /\bcomposer\s+install\b/.test(text), manifests: /(^|\/)composer\.(json|lock)$/, example: 'composer.json composer.lock' },
];

export default defineDockerfileRule({
  id: 'dockerfile/require-manifests-before-sources',
  aliases: [],
  severity: 'info',
  questions: ['q3', 'q4'],
  subject: ['package.json', 'requirements.txt', 'go.mod', 'package*.json'],
  summary: 'Copy the dependency manifests and install before copying the sources, so the install layer stays cached.',
  docs: {
    why:
      'A layer is rebuilt when anything it copies changes. After `COPY . .`, every edit to any source file ' +
      'reruns the dependency install. Copy `package.json` and the lock file first, install, then copy the rest.',
    bad: 'FROM node:24-slim\nCOPY . .\nRUN npm ci',
    good: 'FROM node:24-slim\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      const copied: string[] = [];
      let wholeContext: { instruction: Instruction; source: string } | undefined;
      for (const instruction of stageInstructions(dockerfile, stage, 'COPY', 'ADD', 'RUN')) {
        const keyword = instruction.getKeyword();
        if ((keyword === 'COPY' || keyword === 'ADD') && !flagNamed(instruction, 'from')) {
          const sources = copySources(instruction).map((source) => source.getValue());
          const whole = sources.find((source) => /^\.\/?$|^\*$|^\.\/\*$/.test(source));
          if (whole && !wholeContext) wholeContext = { instruction, source: whole };
          copied.push(...sources);
          continue;
        }
        if (keyword !== 'RUN' || !wholeContext) continue;
        if (flagsOf(instruction).some((flag) => flag.getName() === 'mount' && /type=bind/.test(flag.getValue() ?? ''))) continue;
        const text = instruction.getRawArgumentsContent() ?? '';
        const installer = INSTALLERS.find((candidate) => candidate.command(text));
        if (!installer) continue;
        const before = copied.slice(0, copied.indexOf(wholeContext.source));
        if (before.some((source) => installer.manifests.test(source))) continue;
        const source = copySources(wholeContext.instruction).find((arg) => arg.getValue() === wholeContext?.source);
        yield {
          range: source?.getRange() ?? wholeContext.instruction.getInstructionRange(),
          message: `Copying ${code(wholeContext.source)} before the dependency install on line ${instruction.getRange().start.line + 1} reinstalls every dependency whenever any file changes; copy ${code(installer.example)} and install first.`,
        };
        break;
      }
    }
  },
});
