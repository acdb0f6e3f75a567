import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile, publishedRawArguments } from '../../../../server/src/targets/dockerfile/model';
import { splitArguments } from '../../../../server/src/targets/dockerfile/argumentSplit';

const shape = (args: ReturnType<typeof splitArguments>) => args.map((arg) => ({ value: arg.getValue(), range: arg.getRange() }));

/** Every instruction of the text (ONBUILD triggers included): our split and the published one. */
function compare(text: string): number {
  const dockerfile = parseDockerfile(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text));
  let seen = 0;
  for (const instruction of dockerfile.instructions) {
    const ours = shape(splitArguments(instruction));
    assert.deepEqual(ours, shape(publishedRawArguments(instruction)), JSON.stringify(text));
    seen += ours.length;
  }
  return seen;
}

/** A small deterministic generator (mulberry32), so a failure names its case. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['a', 'bc', ' ', '  ', '\t', '\\', '`', '$', '$x', '#', '# c', '\n', '\r\n', '\\\n', '\\ \n', '\\\r\n', '` \n', '"', "'", '=', '\\$', '\\ '];

describe('splitArguments', () => {
  it('splits as dockerfile-ast does: escaped `$`, escaped characters, continuations, comment lines', () => {
    const dockerfile = parseDockerfile(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, 'RUN a\\$b c\\d \\\n  # note\n  e" f"\n'));
    const args = splitArguments(dockerfile.instructions[0]);
    assert.deepEqual(args.map((arg) => arg.getValue()), ['a\\$b', 'cd', 'e"', 'f"']);
    assert.deepEqual(args[2].getRange(), { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } });
  });

  it('gives the values and ranges of the published split on hand-picked texts', () => {
    const texts = [
      'FROM alpine:3.22 AS build\nRUN echo hi && \\\n  echo there\n',
      'RUN a\\ b \\  \n c\\\r\n d\r\n',
      '# escape=`\nFROM mcr.microsoft.com/windows:ltsc2022\nRUN dir `\n  C:\\ `$x\n',
      'ENV A=1 \\\n# comment line\n    B=2\n',
      'ONBUILD RUN make \\\n  install\n',
      'LABEL a="b c" \\\n\n  d=e\n',
      'RUN echo \\',
      'RUN \\ \\\t\\x\n',
      'CMD ["a", "b c"]\n',
    ];
    assert.ok(texts.map(compare).reduce((sum, count) => sum + count, 0) > 30);
  });

  it('gives the values and ranges of the published split on 3,000 random instructions', () => {
    const next = random(17);
    for (let run = 0; run < 3000; run++) {
      const length = 1 + Math.floor(next() * 14);
      const body = Array.from({ length }, () => PIECES[Math.floor(next() * PIECES.length)]).join('');
      const head = next() < 0.2 ? '# escape=`\n' : '';
      compare(`${head}FROM alpine\n${['RUN', 'ENV', 'COPY', 'LABEL'][run % 4]} ${body}\nUSER x\n`);
    }
  });
});
