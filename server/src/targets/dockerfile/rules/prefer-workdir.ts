import type { Instruction } from 'dockerfile-ast';
import type { TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandName, type ShellWord } from '../../../shell/tokenizer';
import { runScripts } from '../runs';
import type { Stage } from '../stages';
import { lineAbove } from '../../../edits/textEdits';
import { defineDockerfileRule, type Fix } from '../../../engine/rule';

const USES_WORKDIR = new Set(['RUN', 'COPY', 'ADD', 'CMD', 'ENTRYPOINT', 'HEALTHCHECK', 'ONBUILD', 'WORKDIR']);

export default defineDockerfileRule({
  id: 'dockerfile/prefer-workdir',
  aliases: ['DL3003', 'DS013'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['q3', 'q4', 'q284'],
  subject: ['WORKDIR', 'cd '],
  summary: 'Set the directory with WORKDIR instead of starting a RUN with `cd`.',
  docs: {
    why:
      'A `cd` lasts for one RUN only, so every later step repeats it or silently runs elsewhere. WORKDIR ' +
      'sets the directory for all following instructions (and the container), creates it if needed and ' +
      'documents where the app lives.',
    bad: 'RUN cd /app && npm ci',
    good: 'WORKDIR /app\nRUN npm ci',
    differsFromHadolint:
      'only a RUN that starts with `cd <dir> &&` is reported, where WORKDIR says the same; a `cd` later in the RUN, ' +
      'in a subshell or one of several is left alone. hadolint reports every `cd`.',
  },
  *check({ document, dockerfile }) {
    for (const { script, stage, instruction, onbuild } of runScripts(document, dockerfile)) {
      const [first] = script.commands;
      if (!first || first.before !== null || first.subshell || commandName(first.words[0]) !== 'cd' || first.after !== '&&') continue;
      if (script.commands.filter((command) => commandName(command.words[0]) === 'cd').length > 1) continue;
      const target = first.words[1];
      if (!target || first.words.length !== 2) continue;
      const fix = target.dynamic || !target.value.startsWith('/') || onbuild ? undefined : fixFor(document, stage, instruction, target, first.afterOffset!);
      yield {
        range: { start: first.words[0].range.start, end: target.range.end },
        message: `\`cd ${target.value}\` lasts for this RUN only: set the directory with \`WORKDIR ${target.value}\`.`,
        fixes: fix ? [fix] : undefined,
      };
    }
  },
});

/**
 * Safe when the directory is already the WORKDIR (the `cd` is dropped), or when the next instruction
 * that depends on the directory is an absolute WORKDIR, so moving the `cd` into a WORKDIR changes nothing else.
 */
function fixFor(document: TextDocument, stage: Stage | undefined, instruction: Instruction, target: ShellWord, joinerOffset: number): Fix | undefined {
  if (!stage) return undefined;
  const index = stage.instructions.indexOf(instruction);
  const text = document.getText();
  let end = joinerOffset + 2;
  while (text[end] === ' ' || text[end] === '\t') end++;
  if (text[end] === '\\' || text[end] === '\r' || text[end] === '\n') return undefined;
  const cdStart = document.offsetAt(instruction.getArgumentsRange()!.start);
  if (!/^cd[ \t]+$/.test(text.slice(cdStart, target.start)) || document.positionAt(cdStart).line !== document.positionAt(end).line) return undefined;
  const dropCd: TextEdit = { range: { start: document.positionAt(cdStart), end: document.positionAt(end) }, newText: '' };
  const current = [...stage.instructions.slice(0, index)].reverse().find((item) => item.getKeyword() === 'WORKDIR');
  const currentPath = current?.getArguments().map((argument) => argument.getValue()).join(' ');
  if (currentPath?.startsWith('/') && currentPath.replace(/\/+$/, '') === target.value.replace(/\/+$/, '')) {
    return { title: `Remove \`cd ${target.value}\`: it is already the WORKDIR`, edits: [dropCd] };
  }
  const next = stage.instructions.slice(index + 1).find((item) => USES_WORKDIR.has(item.getKeyword()));
  const nextPath = next?.getKeyword() === 'WORKDIR' ? next.getArguments()[0]?.getValue() : undefined;
  if (!nextPath?.startsWith('/') || /['"\s$]/.test(target.value)) return undefined;
  return { title: `Move \`cd ${target.value}\` into a WORKDIR`, edits: [lineAbove(document, instruction.getRange().start, `WORKDIR ${target.value}`), dropCd] };
}
