import { argumentsText, instructionText } from '../instructions';
import { finalStage, isDevelopmentStage } from '../stages';
import { rangeAt } from '../../../text/ranges';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const INSTALL = /\b(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)\s+(?:[^&;|]*?\s)?(?:install|add|in)\s([^&;|]*)/g;
const TOOLS = new Set(['gcc', 'g++', 'clang', 'make', 'cmake', 'build-essential', 'build-base', 'autoconf', 'automake', 'libtool', 'git', 'golang', 'gcc-c++', 'musl-dev', 'libc6-dev', 'libc-dev']);
/** A removal in the same stage (`apt-get purge`, `apk del .build-deps`) means the tools do not stay. */
const REMOVAL = /\b(?:apt-get|apt)\s+(?:[^&;|]*\s)?(?:purge|remove|autoremove)\b|\bapk\s+del\b|\b(?:yum|dnf|microdnf)\s+(?:remove|erase|autoremove)\b|\bzypper\s+(?:rm|remove)\b/;

export default defineDockerfileRule({
  id: 'dockerfile/no-build-tools-in-final-stage',
  aliases: [],
  severity: 'info',
  questions: ['q3', 'q4', 'q252'],
  summary: 'Compilers and build tools belong in a build stage, not in the image you ship.',
  docs: {
    why:
      'gcc, make, git and friends add hundreds of megabytes and many packages for scanners to report, and give ' +
      'an attacker tools to build with. Compile in a builder stage and `COPY --from` only the result, or remove ' +
      'the tools in the same `RUN` that installed them.',
    bad: 'FROM python:3.12-slim\nRUN apt-get update && apt-get install -y gcc\nRUN pip install -r requirements.txt',
    good: 'FROM python:3.12-slim AS build\nRUN apt-get update && apt-get install -y gcc\nRUN pip wheel -r requirements.txt -w /wheels\n\nFROM python:3.12-slim\nCOPY --from=build /wheels /wheels\nRUN pip install /wheels/*',
  },
  *check({ document, dockerfile }) {
    const stage = finalStage(dockerfile);
    if (!stage || isDevelopmentStage(stage)) return;
    const runs = stage.instructions.filter((instruction) => instruction.getKeyword() === 'RUN');
    const texts = runs.map((run) => instructionText(document, run));
    if (texts.some((text) => REMOVAL.test(text))) return;
    for (const [index, run] of runs.entries()) {
      if (!/\b(?:install|add|in)\s/.test(texts[index])) continue;
      const args = argumentsText(document, run, dockerfile.escapeChar);
      if (!args) continue;
      for (const install of args.text.matchAll(INSTALL)) {
        if (/--virtual|\s-t\s/.test(install[0])) continue;
        const listStart = install.index + install[0].length - install[1].length;
        for (const word of install[1].matchAll(/\S+/g)) {
          const name = word[0].replace(/[=:].*$/, '').replace(/^["']|["']$/g, '');
          if (!TOOLS.has(name)) continue;
          yield {
            range: rangeAt(document, args.offset + listStart + word.index, word[0].length),
            message: `${code(name)} stays in the final image; build in an earlier stage and copy only the result, or remove it in the same RUN.`,
          };
        }
      }
    }
  },
});
