import assert from 'node:assert/strict';
import { DockerfileParser, type Dockerfile, type JSONInstruction } from 'dockerfile-ast';
import { reparseDockerfile } from '../../../../server/src/targets/dockerfile/reparse';
import { dump } from './parseDump';

const text = [
  '# syntax=docker/dockerfile:1',
  'ARG BASE=alpine:3.22',
  'FROM $BASE AS build',
  '# a comment between instructions',
  'ENV A=1 B="two words"',
  'LABEL org.opencontainers.image.title=app',
  'COPY ["a b", "/app/"]',
  'RUN echo middle',
  'RUN --mount=type=cache,target=/root/.npm npm ci',
  'ONBUILD RUN make',
  'CMD ["node", "server.js"]',
  '',
].join('\n');

/** Each line's class and own fields, in order, once dockerfile-ast's lazy accessors have run: its shape. */
function shapes(ast: Dockerfile): string[] {
  return [...ast.getDirectives(), ...ast.getInstructions(), ...ast.getComments()].map((line) => {
    if ('getKeyword' in line) {
      line.getKeyword();
      line.getArguments();
    }
    return `${line.constructor.name}(${Object.keys(line).join(',')})`;
  });
}

describe('the parse of an edited Dockerfile built from the earlier one', () => {
  const edited = text.replace('echo middle', 'echo edited');

  it('equals a fresh parse, with lines of the same classes and fields, and leaves the earlier parse as it was', () => {
    const earlier = DockerfileParser.parse(text);
    const before = dump(earlier);
    const quick = reparseDockerfile(edited, earlier);
    assert.ok(quick, 'the edit is parsed again in part');
    const fresh = DockerfileParser.parse(edited);
    assert.equal(dump(quick), dump(fresh));
    assert.deepEqual(shapes(quick), shapes(fresh));
    assert.equal(dump(earlier), before);
  });

  it('copies what the constructors read from the text (JSON strings, an ARG property), then parses afresh as before', () => {
    const quick = reparseDockerfile(edited, DockerfileParser.parse(text))!;
    const strings = (ast: Dockerfile) => (ast.getInstructions().find((instruction) => instruction.getKeyword() === 'COPY') as JSONInstruction).getJSONStrings();
    assert.equal(strings(quick).length, 2);
    assert.deepEqual(strings(quick), strings(DockerfileParser.parse(edited)));
    assert.equal(quick.getInstructions()[0]!.getKeyword(), 'ARG');
    assert.deepEqual(quick.getARGs().map((arg) => [arg.getProperty()?.getName(), arg.getProperty()?.getValue()]), [['BASE', 'alpine:3.22']]);
    // The constructors read their text again once the copies are made.
    const cmd = DockerfileParser.parse('FROM scratch\nCMD ["a", "b"]\nARG X=1\n');
    assert.equal((cmd.getInstructions()[1] as JSONInstruction).getJSONStrings().length, 2);
    assert.equal(cmd.getARGs()[0]!.getProperty()?.getValue(), '1');
  });
});
