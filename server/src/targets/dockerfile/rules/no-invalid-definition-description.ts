import type { From, Instruction } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import { parseSuppressionComment } from '../../../suppressions/suppressions';
import { insertLineBefore } from '../../../edits/lines';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** The names a description comment above the instruction may start with, each with its range. */
function definedNames(instruction: Instruction): { name: string; range: Range }[] {
  const keyword = instruction.getKeyword();
  if (keyword === 'FROM') {
    const from = instruction as From;
    const name = from.getBuildStage();
    const range = from.getBuildStageRange();
    return name && range ? [{ name, range }] : [];
  }
  if (keyword !== 'ARG') return [];
  return instruction.getArguments().map((argument) => {
    const name = argument.getValue().split('=')[0];
    const { start } = argument.getRange();
    return { name, range: { start, end: { line: start.line, character: start.character + name.length } } };
  });
}

export default defineDockerfileRule({
  id: 'dockerfile/no-invalid-definition-description',
  aliases: ['InvalidDefinitionDescription'],
  severity: 'hint',
  enabledByDefault: false,
  fixSafety: 'safe',
  questions: ['cc-multi-stage-names'],
  subject: ['description'],
  summary: 'A comment right above `FROM … AS <stage>` or `ARG <name>` is its description and should start with that name.',
  docs: {
    why:
      '`docker buildx build --call=outline` and `--call=targets` describe stages and build arguments with the comment ' +
      'right above their FROM or ARG, when it starts with the stage or argument name. A comment there that starts ' +
      'otherwise is shown as nothing; if it is not meant as a description, an empty line between keeps it apart. ' +
      'Experimental in BuildKit and off by default there, so off by default here too.',
    bad: '# compile the sources\nFROM golang:1.23 AS build',
    good: '# build compiles the sources\nFROM golang:1.23 AS build',
  },
  *check({ document, dockerfile }) {
    const directiveLines = new Set(dockerfile.ast.getDirectives().map((directive) => directive.getRange().start.line));
    for (const instruction of dockerfile.instructions) {
      const line = instruction.getRange().start.line;
      const names = definedNames(instruction);
      if (names.length === 0 || line === 0 || directiveLines.has(line - 1) || dockerfile.triggers.has(instruction)) continue;
      const above = document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).trim();
      const description = above.slice(1).trim();
      if (!above.startsWith('#') || description === '' || parseSuppressionComment(above)) continue;
      const first = description.split(' ')[0].toLowerCase();
      if (names.some(({ name }) => name.toLowerCase() === first)) continue;
      const named = names.length === 1 ? code(names[0].name) : 'one of its names';
      yield {
        range: names[0].range,
        message: `The comment above this ${instruction.getKeyword()} does not start with ${named}, so \`--call=outline\` does not show it as the description: start it with the name, or leave an empty line between.`,
        fixes: [{ title: 'Insert an empty line after the comment', edits: [insertLineBefore(document, line, '')] }],
      };
    }
  },
});
