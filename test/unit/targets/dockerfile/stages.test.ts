import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../../../../server/src/targets/dockerfile/model';
import { copySourceStages, isStageUsed, stageChain, stageOf, stagesOf } from '../../../../server/src/targets/dockerfile/stages';

const stages = (text: string) => stagesOf(parseDockerfile(TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text)));

describe('dockerfile stages', () => {
  it('chains a stage to the stages it builds on, nearest first, ending at the external image', () => {
    const all = stages('FROM alpine:3.22 AS base\nFROM base AS build\nFROM build AS base\nFROM base AS final\n');
    assert.deepEqual(stageChain(all, all[3]!).map((stage) => stage.index), [3, 0]);
    assert.deepEqual(stageChain(all, all[2]!).map((stage) => stage.index), [2, 1, 0]);
    const chained = stages(['FROM alpine:3.22 AS s0', ...Array.from({ length: 3000 }, (_, index) => `FROM s${index} AS s${index + 1}`)].join('\n'));
    assert.equal(stageChain(chained, chained.at(-1)!).length, 3001);
  });

  it('counts a stage as used when a later one builds on it, or it is the last', () => {
    const all = stages('FROM alpine:3.22 AS base\nFROM node:24 AS unused\nFROM base AS final\n');
    assert.deepEqual(all.map((stage) => isStageUsed(all, stage)), [true, false, true]);
  });

  it('reads COPY --from by the first earlier stage of the name, or by index; not a later stage, an image, or 01', () => {
    const all = stages(
      'FROM alpine:3.22 AS tools\nFROM alpine:3.22 AS build\nCOPY --from=0 /a /a\nFROM alpine:3.22 AS tools\n' +
        'FROM scratch\nCOPY --from=TOOLS /b /b\nCOPY --from=late /c /c\nCOPY --from=01 /d /d\nCOPY --from=nginx:1.27 /e /e\nFROM alpine:3.22 AS late\n',
    );
    assert.deepEqual([...copySourceStages(all)].map((stage) => stage.index).sort(), [0]);
    const byIndex = stages('FROM alpine:3.22\nFROM alpine:3.22 AS b\nFROM scratch\nCOPY --from=1 /x /x\nCOPY --from=b /y /y\n');
    assert.deepEqual([...copySourceStages(byIndex)].map((stage) => stage.index), [1]);
  });

  it('finds the stage each instruction is written in: none before the first FROM, an ONBUILD trigger in the stage of its ONBUILD', () => {
    const text = 'ARG BASE=alpine:3.22\nFROM $BASE AS one\nRUN true\nONBUILD RUN make\nONBUILD FROM scratch\nUSER app\nFROM one\n  # a comment\nCOPY a b\n';
    const parsed = parseDockerfile(TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text));
    const written = parsed.instructions.map((instruction) => `${instruction.getKeyword()}@${instruction.getRange().start.line}:${stageOf(parsed, instruction)?.index ?? '-'}`);
    // The FROM trigger of `ONBUILD FROM scratch` starts a stage of its own (index 1), which USER is in.
    assert.deepEqual(written, ['ARG@0:-', 'FROM@1:0', 'RUN@2:0', 'ONBUILD@3:0', 'RUN@3:0', 'ONBUILD@4:0', 'FROM@4:0', 'USER@5:1', 'FROM@6:2', 'COPY@8:2']);
  });
});
