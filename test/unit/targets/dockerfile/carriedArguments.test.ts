import assert from 'node:assert/strict';
import { DockerfileParser, type Argument, type Instruction, type Variable } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reparseDockerfile } from '../../../../server/src/targets/dockerfile/reparse';
import { variablesOf } from '../../../../server/src/targets/dockerfile/model';
import { argumentsText } from '../../../../server/src/targets/dockerfile/instructions';
import { argumentCache } from '../../../../server/src/targets/dockerfile/instructionCaches';

/** Everything a rule reads of an instruction's arguments, through the document of its version. */
function read(document: TextDocument, instruction: Instruction): unknown {
  const argument = (each: Argument) => ({ value: each.getValue(), range: each.getRange() });
  const variable = (each: Variable) => ({ name: each.getName(), range: each.getRange(), nameRange: each.getNameRange() });
  return {
    keyword: instruction.getKeyword(),
    arguments: instruction.getArguments().map(argument),
    variables: variablesOf(instruction).map(variable),
    text: argumentsText(document, instruction, '\\'),
  };
}

describe('the arguments of an instruction an edit left as it was', () => {
  const text = [
    'FROM debian:12 AS base',
    'ENV A=1 B="two words" \\',
    '    C=$A',
    'ARG EDITED=1',
    'COPY --chown=app:app src/ /app/${TARGET:-x}/',
    'RUN apt-get update \\',
    '    # a comment line inside',
    '    && apt-get install -y curl',
    'LABEL org.opencontainers.image.title="t"',
    '',
  ].join('\n');

  for (const lineEnding of ['\n', '\r\n']) {
    for (const [name, replacement] of [['longer', 'ARG EDITED_TO_BE_LONGER=1'], ['shorter', 'ARG E=1'], ['as long', 'ARG EDITED=2']] as const) {
      it(`is lent to the next version after an edit that makes a line ${name} (${JSON.stringify(lineEnding)}), as a fresh parse reads it`, () => {
        const before = text.replace(/\n/g, lineEnding);
        const after = before.replace('ARG EDITED=1', replacement);
        const earlier = DockerfileParser.parse(before);
        const earlierDocument = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, before);
        for (const instruction of earlier.getInstructions()) read(earlierDocument, instruction);
        const edited = reparseDockerfile(after, earlier)!;
        const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 2, after);
        const fresh = DockerfileParser.parse(after).getInstructions();
        assert.equal(edited.getInstructions().length, 6);
        assert.deepEqual(
          edited.getInstructions().map((instruction) => read(document, instruction)),
          fresh.map((instruction) => read(document, instruction)),
        );
        // The split of every instruction but the edited one is the earlier one's, not split again.
        const shared = edited.getInstructions().map((instruction, index) => argumentCache.get(instruction) === argumentCache.get(earlier.getInstructions()[index]!));
        assert.deepEqual(shared, [true, true, false, true, true, true]);
      });
    }
  }

  it('is lent through a version nobody read, its offsets moved by both edits', () => {
    const first = DockerfileParser.parse(text);
    const firstDocument = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text);
    for (const instruction of first.getInstructions()) read(firstDocument, instruction);
    const secondText = text.replace('ARG EDITED=1', 'ARG EDITED=12');
    const thirdText = secondText.replace('update', 'update -q');
    const third = reparseDockerfile(thirdText, reparseDockerfile(secondText, first)!)!;
    const thirdDocument = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 3, thirdText);
    const fresh = DockerfileParser.parse(thirdText).getInstructions();
    assert.deepEqual(
      third.getInstructions().map((instruction) => read(thirdDocument, instruction)),
      fresh.map((instruction) => read(thirdDocument, instruction)),
    );
    const label = third.getInstructions().at(-1)!;
    assert.equal(argumentsText(thirdDocument, label, '\\')!.offset, thirdText.indexOf('org.opencontainers'));
  });
});
