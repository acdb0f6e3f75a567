import assert from 'node:assert/strict';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { reparseDockerfile } from '../../../../server/src/targets/dockerfile/reparse';
import { commandsOf, type ShellScript } from '../../../../server/src/shell/tokenizer';

/** Everything a rule can read of a script, ranges computed. */
function read(script: ShellScript): unknown {
  const word = ({ raw, value, start, end, range, dynamic, json }: ShellScript['commands'][number]['words'][number]) => ({ raw, value, start, end, range, dynamic, json });
  return {
    ...script,
    commands: script.commands.map((command) => ({
      ...command,
      words: command.words.map(word),
      assignments: command.assignments.map(word),
      redirects: command.redirects.map(({ operator, target }) => ({ operator, target: target && word(target) })),
    })),
  };
}

const runs = (instructions: Instruction[]) => instructions.filter((instruction) => instruction.getKeyword() === 'RUN');

describe('the shell analysis of a RUN an edit left as it was', () => {
  const text = [
    'FROM debian:12',
    'RUN set -o pipefail && curl -fsSL https://example.com/x | sh > /dev/null 2>&1',
    'RUN ["apt-get", "install", "-y", "curl"]',
    'ARG EDITED=1',
    'RUN A=1 apt-get update \\',
    '    && apt-get install -y --no-install-recommends curl \\',
    '    && rm -rf /var/lib/apt/lists/*',
    'RUN <<EOF',
    'cd /app && make | tee build.log',
    'EOF',
    'CMD ["sh"]',
    '',
  ].join('\n');

  for (const lineEnding of ['\n', '\r\n']) {
    for (const [name, replacement] of [['longer', 'ARG EDITED_TO_BE_LONGER=1'], ['shorter', 'ARG E=1'], ['as long', 'ARG EDITED=2']] as const) {
      it(`is carried before and after an edit that makes a line ${name} (${JSON.stringify(lineEnding)}), as a fresh analysis reads it`, () => {
        const before = text.replace(/\n/g, lineEnding);
        const after = before.replace('ARG EDITED=1', replacement);
        const earlier = DockerfileParser.parse(before);
        const earlierDocument = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, before);
        for (const run of runs(earlier.getInstructions())) commandsOf(earlierDocument, run, '\\');
        const edited = reparseDockerfile(after, earlier)!;
        const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 2, after);
        const carried = runs(edited.getInstructions()).map((run) => read(commandsOf(document, run, '\\')));
        const fresh = runs(DockerfileParser.parse(after).getInstructions()).map((run) => read(commandsOf(document, run, '\\')));
        assert.equal(carried.length, 4);
        assert.deepEqual(carried, fresh);
        // Before the edit, and after one that kept the length, the words are where they were: the analysis itself is lent.
        const same = runs(edited.getInstructions()).map((run, index) => commandsOf(document, run, '\\') === commandsOf(earlierDocument, runs(earlier.getInstructions())[index]!, '\\'));
        assert.deepEqual(same, name === 'as long' ? [true, true, true, true] : [true, true, false, false]);
      });
    }
  }

  it('is not tokenized again, through several edits, and is tokenized where an edit is', () => {
    const first = DockerfileParser.parse(text);
    const firstDocument = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text);
    for (const run of runs(first.getInstructions())) commandsOf(firstDocument, run, '\\');
    // The second version is never analysed: the third is lent the first's analyses, moved by both edits.
    const second = reparseDockerfile(text.replace('ARG EDITED=1', 'ARG EDITED=12'), first)!;
    const thirdText = text.replace('ARG EDITED=1', 'ARG EDITED=12').replace('make |', 'make all |');
    const third = reparseDockerfile(thirdText, second)!;
    const thirdDocument = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 3, thirdText);
    const tokenized = runs(third.getInstructions()).map((run) => {
      // The tokenizer reads where the instruction's arguments start; a carried analysis reads nothing of it.
      let reads = 0;
      const own = run.getInstructionRange.bind(run);
      run.getInstructionRange = () => (reads++, own());
      commandsOf(thirdDocument, run, '\\');
      return reads > 0;
    });
    assert.deepEqual(tokenized, [false, false, false, true]);
    const fresh = runs(DockerfileParser.parse(thirdText).getInstructions()).map((run) => read(commandsOf(thirdDocument, run, '\\')));
    assert.deepEqual(runs(third.getInstructions()).map((run) => read(commandsOf(thirdDocument, run, '\\'))), fresh);
    assert.equal(commandsOf(thirdDocument, runs(third.getInstructions())[2]!, '\\').commands[0]!.words[0]!.range.start.line, 4);
  });
});
