import assert from 'node:assert/strict';
import { DockerfileParser, From } from 'dockerfile-ast';
import { fromImage } from '../../../../server/src/targets/dockerfile/fromImage';
import { reparseDockerfile } from '../../../../server/src/targets/dockerfile/reparse';

const froms = (text: string) => DockerfileParser.parse(text).getInstructions().filter((instruction): instruction is From => instruction instanceof From);

describe('what a FROM names, read once', () => {
  const cases: [string, string][] = [
    ['tag and stage', 'FROM node:24-alpine AS build\n'],
    ['platform flag, digest', 'FROM --platform=$BUILDPLATFORM golang:1.22@sha256:0123456789abcdef AS Builder\n'],
    ['registry with a port', 'FROM registry.example.com:5000/team/app:1.2\n'],
    ['scratch, no tag', 'FROM scratch\n'],
    ['a variable', 'ARG BASE=alpine\nFROM ${BASE}:${VERSION:-3.22}\n'],
    ['a continuation', 'FROM \\\n  alpine:3.22 \\\n  AS base\n'],
    ['no image', 'FROM\n'],
    ['escape directive', '# escape=`\nFROM `\n  alpine AS b\n'],
  ];
  for (const [name, text] of cases) {
    it(`reads as dockerfile-ast's getters do: ${name}`, () => {
      for (const from of froms(text)) {
        const expected = { image: from.getImageName() ?? undefined, tag: from.getImageTag() ?? undefined, digest: from.getImageDigest() ?? undefined, stage: from.getBuildStage() ?? undefined };
        assert.deepEqual(fromImage(from), expected);
        assert.equal(fromImage(from), fromImage(from));
      }
    });
  }

  it('is carried to the copies of FROMs an edit elsewhere left as they were, and read again where the edit is', () => {
    const text = 'FROM node:24 AS build\nRUN make\nFROM alpine:3.22\nCOPY --from=build /app /app\n';
    const earlier = DockerfileParser.parse(text);
    const [first, second] = earlier.getInstructions().filter((instruction): instruction is From => instruction instanceof From);
    fromImage(first!);
    fromImage(second!);
    const edited = reparseDockerfile(text.replace('alpine:3.22', 'alpine:3.23'), earlier)!;
    const [copy, reparsed] = edited.getInstructions().filter((instruction): instruction is From => instruction instanceof From);
    assert.notEqual(copy, first);
    let reads = 0;
    const getImageName = From.prototype.getImageName;
    From.prototype.getImageName = function (this: From) {
      reads++;
      return getImageName.call(this);
    };
    try {
      assert.deepEqual(fromImage(copy!), { image: 'node', tag: '24', digest: undefined, stage: 'build' });
      assert.equal(reads, 0);
      assert.deepEqual(fromImage(reparsed!), { image: 'alpine', tag: '3.23', digest: undefined, stage: undefined });
      assert.equal(reads, 1);
    } finally {
      From.prototype.getImageName = getImageName;
    }
  });
});
