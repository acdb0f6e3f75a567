import { argumentsText, instructionText } from '../instructions';
import { finalStage, isDevelopmentStage } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { rangeAt } from '../../../text/ranges';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

const MANAGER = /\b(?:apt-get|apt|apk|yum|dnf|microdnf|zypper)\s/;
const INSTALL_WORD = /\s(?:install|add|in)\s/;
const TOOLS = new Set(['gcc', 'g++', 'clang', 'make', 'cmake', 'build-essential', 'build-base', 'autoconf', 'automake', 'libtool', 'git', 'golang', 'gcc-c++', 'musl-dev', 'libc6-dev', 'libc-dev']);
/** A tool's name somewhere in the text: without one, no install can name a tool. */
const MENTIONS_TOOL = new RegExp([...TOOLS].map((tool) => tool.replace(/[+]/g, '\\+')).join('|'));
/** A removal in the same stage (`apt-get purge`, `apk del .build-deps`) means the tools do not stay. */
const REMOVAL = /\bapk\s+del\b|\b(?:yum|dnf|microdnf)\s+(?:remove|erase|autoremove)\b|\bzypper\s+(?:rm|remove)\b/;
const APT = /\b(?:apt-get|apt)\s/;
const APT_REMOVAL = /\s(?:purge|remove|autoremove)\b/;

/**
 * The commands of a script, split at `&`, `;`, `|` and line breaks, with their offsets. A pattern of a
 * manager and a later word is tried from the segment's first manager only (a later one sees less of the
 * segment): one scan per segment, where a regular expression would rescan the rest at every manager.
 */
function* segments(text: string): Generator<{ text: string; offset: number }> {
  let offset = 0;
  for (const segment of text.split(/[&;|\n]/)) {
    yield { text: segment, offset };
    offset += segment.length + 1;
  }
}

function removesTools(text: string): boolean {
  if (REMOVAL.test(text)) return true;
  // A removal found in a segment is found in the whole text too: most texts need no split.
  if (!APT.test(text) || !APT_REMOVAL.test(text)) return false;
  for (const segment of segments(text)) {
    const apt = APT.exec(segment.text);
    if (apt && APT_REMOVAL.test(segment.text.slice(apt.index + apt[0].length - 1))) return true;
  }
  return false;
}

/** `apt-get install -y gcc make`: the whole command and where its package list starts. */
function* installs(text: string): Generator<{ command: string; list: string; listOffset: number }> {
  for (const segment of segments(text)) {
    const manager = MANAGER.exec(segment.text);
    if (!manager) continue;
    const from = manager.index + manager[0].length - 1;
    const word = INSTALL_WORD.exec(segment.text.slice(from));
    if (!word) continue;
    const listStart = from + word.index + word[0].length;
    yield { command: segment.text.slice(manager.index), list: segment.text.slice(listStart), listOffset: segment.offset + listStart };
  }
}

export default defineDockerfileRule({
  id: 'dockerfile/no-build-tools-in-final-stage',
  aliases: [],
  severity: 'info',
  questions: ['q3', 'q4', 'q252'],
  subject: ['build-essential', 'gcc', 'compiler', 'multi-stage'],
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
    const runs = stageInstructions(dockerfile, stage, 'RUN');
    if (runs.some((run) => removesTools(argumentsText(document, run, dockerfile.escapeChar)?.text ?? ''))) return;
    for (const run of runs) {
      if (!/\b(?:install|add|in)\s/.test(instructionText(document, run))) continue;
      const args = argumentsText(document, run, dockerfile.escapeChar);
      if (!args || !MENTIONS_TOOL.test(args.text)) continue;
      for (const install of installs(args.text)) {
        if (/--virtual|\s-t\s/.test(install.command)) continue;
        for (const word of install.list.matchAll(/\S+/g)) {
          const name = word[0].replace(/[=:].*$/, '').replace(/^["']|["']$/g, '');
          if (!TOOLS.has(name)) continue;
          yield {
            range: rangeAt(document, args.offset + install.listOffset + word.index, word[0].length),
            message: `${code(name)} stays in the final image; build in an earlier stage and copy only the result, or remove it in the same RUN.`,
          };
        }
      }
    }
  },
});
