import assert from 'node:assert/strict';
import { DockerfileParser } from 'dockerfile-ast';
import { Parser } from 'dockerfile-ast/lib/parser';
import { publishedCreateInstruction } from '../../../../server/src/targets/dockerfile/instructionOnce';
import { dump } from './parseDump';

/** The parse with dockerfile-ast's own `createInstruction` in place, which builds each instruction with arguments twice. */
function publishedParse(text: string): string {
  const ours = Object.getOwnPropertyDescriptor(Parser.prototype, 'createInstruction')!;
  Object.defineProperty(Parser.prototype, 'createInstruction', { ...ours, value: publishedCreateInstruction });
  try {
    return dump(DockerfileParser.parse(text));
  } finally {
    Object.defineProperty(Parser.prototype, 'createInstruction', ours);
  }
}

/** How many instructions dockerfile-ast builds while parsing `text`. */
function built(text: string): number {
  const maker = Parser as unknown as { createInstruction(...args: unknown[]): unknown };
  const create = maker.createInstruction;
  let count = 0;
  maker.createInstruction = (...args: unknown[]) => {
    count++;
    return create.apply(Parser, args);
  };
  try {
    DockerfileParser.parse(text);
  } finally {
    maker.createInstruction = create;
  }
  return count;
}

const CASES: Record<string, string> = {
  'shell and JSON forms, flags, properties': 'FROM --platform=linux/amd64 node:24 AS build\nENV A=1 B="two words"\nLABEL x=y\nCOPY --chown=1000 ["a b", "/app/"]\nRUN npm ci\nCMD ["node", "server.js"]\n',
  'a continuation with a comment inside it': 'FROM alpine:3.22\nRUN apk add \\\n# a comment\n    curl \\\n    git\n',
  'RUN and COPY heredocs': 'FROM alpine:3.22\nRUN <<EOF\necho one\nEOF\nCOPY <<-CONF /etc/app.conf\n\tkey=value\n\tCONF\nRUN echo after\n',
  'an unterminated heredoc': 'FROM alpine:3.22\nRUN <<EOF\necho never ends\n',
  'ONBUILD with a heredoc trigger': 'FROM alpine:3.22\nONBUILD RUN <<EOF\necho later\nEOF\nONBUILD COPY . /app\n',
  'an escape directive and CRLF': '# escape=`\r\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\r\nRUN dir `\r\n  c:\\\r\nSHELL ["powershell"]\r\n',
  'no newline at the end, an instruction without arguments': 'FROM alpine:3.22\nHEALTHCHECK\nUSER app',
  'an escaped keyword and trailing blanks': 'FR\\\nOM alpine:3.22\nRUN echo hi \\ \n  there\n',
};

describe('createInstruction', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`parses as dockerfile-ast as published does: ${name}`, () => {
      assert.equal(dump(DockerfileParser.parse(text)), publishedParse(text));
    });
  }

  it('builds each instruction once when it holds no heredoc, and the heredoc instructions twice', () => {
    assert.equal(built('FROM alpine:3.22\nENV A=1\nRUN echo one \\\n  two\nUSER app\n'), 4);
    assert.equal(built('FROM alpine:3.22\nRUN <<EOF\necho one\nEOF\nUSER app\n'), 4);
  });
});
