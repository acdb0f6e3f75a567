import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { MarkupContent } from 'vscode-languageserver-types';
import { parse } from 'yaml';
import { computeHover } from '../../server/src/hover';
import type { DockerfileDocs } from '../../server/src/content';
import { analyse } from '../../server/src/engine/lint';
import { commandLinker } from '../../server/src/questions/links';
import { dockerfile } from '../../server/src/targets/dockerfile/index';

const docs = parse(readFileSync(join(__dirname, '..', '..', 'content', 'hovers', 'dockerfile.yaml'), 'utf8')) as DockerfileDocs;
const linker = commandLinker({ get: (id) => ({ number: Number(id.slice(1)), title: `Question ${id}` }) });

const INSTRUCTIONS = ['ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL', 'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR'];
const FLAGS: Record<string, string[]> = {
  FROM: ['platform'],
  COPY: ['from', 'chown', 'chmod', 'link', 'exclude', 'parents'],
  ADD: ['checksum', 'keep-git-dir', 'link', 'chown', 'chmod'],
  RUN: ['mount', 'network', 'security'],
  HEALTHCHECK: ['interval', 'timeout', 'start-period', 'start-interval', 'retries'],
};

function hoverAt(text: string, line: number, character: number, lint = false): string | undefined {
  const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text);
  const analysis = analyse(document, dockerfile, { maxFileSize: 1 << 20, excluded: !lint });
  const hover = computeHover(analysis, { line, character }, { linker, dockerfileDocs: docs });
  return hover ? (hover.contents as MarkupContent).value : undefined;
}

describe('computeHover', () => {
  it('has an explanation for every instruction, flag and parser directive, each question id well-formed', () => {
    for (const keyword of INSTRUCTIONS) assert.ok(docs.instructions[keyword]?.summary, keyword);
    for (const [keyword, flags] of Object.entries(FLAGS)) for (const flag of flags) assert.ok(docs.flags?.[keyword]?.[flag]?.summary, `${keyword} --${flag}`);
    for (const name of ['syntax', 'escape', 'check']) assert.ok(docs.directives?.[name]?.summary, name);
    const all = [...Object.values(docs.instructions), ...Object.values(docs.flags ?? {}).flatMap((flags) => Object.values(flags)), ...Object.values(docs.directives ?? {})];
    for (const doc of all) for (const id of doc.questions ?? []) assert.match(id, /^q([1-9]|10|2[5-9]\d|300)$/);
  });

  it('explains a flag under the cursor, with its question links', () => {
    const text = 'FROM node:24 AS build\nFROM nginx\nCOPY --from=build --chown=101:101 /app/dist /usr/share/nginx/html\n';
    const value = hoverAt(text, 2, 8);
    assert.ok(value);
    assert.match(value, /^\*\*COPY \\-\\-from\*\*/);
    assert.match(value, /multi-stage build/);
    assert.ok(value.includes(`](command:containerCoach.openQuestion?${encodeURIComponent('["q3"]')})`), value);
    assert.match(hoverAt(text, 2, 22) ?? '', /^\*\*COPY \\-\\-chown\*\*/);
  });

  it('explains RUN --mount, HEALTHCHECK flags and FROM --platform', () => {
    assert.match(hoverAt('FROM node:24\nRUN --mount=type=secret,id=npmrc npm ci\n', 1, 6) ?? '', /type=secret/);
    assert.match(hoverAt('FROM nginx\nHEALTHCHECK --start-period=10s CMD curl -f http://localhost/\n', 1, 15) ?? '', /time to start/);
    assert.match(hoverAt('FROM --platform=$BUILDPLATFORM golang:1.26\n', 0, 8) ?? '', /BUILDPLATFORM/);
  });

  it('explains the parser directives', () => {
    const text = '# syntax=docker/dockerfile:1\n# check=skip=StageNameCasing\nFROM alpine\n';
    assert.match(hoverAt(text, 0, 4) ?? '', /^\*\*\\# syntax=\*\*/);
    assert.match(hoverAt(text, 1, 4) ?? '', /skip=all/);
  });

  it('says nothing on arguments, comments or unknown flags', () => {
    assert.equal(hoverAt('FROM alpine\n# COPY --from=x\nCOPY --frobnicate=1 a b\n', 1, 4), undefined);
    assert.equal(hoverAt('FROM alpine\nCOPY --frobnicate=1 a b\n', 1, 8), undefined);
    assert.equal(hoverAt('FROM alpine\nCOPY a b\n', 1, 6), undefined);
  });

  it('leads with the finding when the cursor is on one', () => {
    const value = hoverAt('FROM golang:1.26 AS Build\n', 0, 7, true) ?? '';
    assert.match(value, /^\*\*dockerfile\/prefer-base-image-digest\*\*/);
    const onName = hoverAt('FROM golang:1.26 AS Build\n', 0, 22, true) ?? '';
    assert.match(onName, /^\*\*dockerfile\/prefer-lowercase-stage-name\*\* \(warning\): Stage name `Build`/);
  });
});
