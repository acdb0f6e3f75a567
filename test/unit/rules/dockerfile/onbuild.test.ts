import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../../../../server/src/targets/dockerfile/model';
import { stagesOf } from '../../../../server/src/targets/dockerfile/stages';
import { testRule } from '../../ruleTester';

// The trigger of an ONBUILD runs in every image built from this one: the rules about its instruction
// check it where it is written, and their fixes edit inside it.

describe('the triggers of ONBUILD', () => {
  it('follow their ONBUILD among the instructions, outside the stage', () => {
    const text = 'FROM alpine:3.20\nONBUILD RUN make\nUSER app\n';
    const parsed = parseDockerfile(TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text));
    assert.deepEqual(parsed.instructions.map((instruction) => instruction.getKeyword()), ['FROM', 'ONBUILD', 'RUN', 'USER']);
    const trigger = parsed.instructions[2];
    assert.deepEqual(trigger.getRange(), { start: { line: 1, character: 8 }, end: { line: 1, character: 16 } });
    assert.equal(parsed.triggers.get(trigger), parsed.instructions[1]);
    assert.deepEqual(stagesOf(parsed)[0].instructions.map((instruction) => instruction.getKeyword()), ['ONBUILD', 'USER']);
  });
});

testRule('dockerfile/prefer-copy', {
  valid: ['FROM alpine:3.20\nONBUILD COPY app.js /app/\n'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nONBUILD ADD app.js /app/\n',
      errors: [{ line: 2, text: 'ADD', output: 'FROM alpine:3.20\nONBUILD COPY app.js /app/\n' }],
    },
  ],
});

testRule('dockerfile/require-apk-no-cache', {
  valid: ['FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl=8.9.1-r0\n'],
  invalid: [
    {
      code: 'FROM alpine:3.20\nONBUILD RUN apk add curl=8.9.1-r0\n',
      errors: [{ line: 2, text: 'add', output: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache curl=8.9.1-r0\n' }],
    },
  ],
});

testRule('dockerfile/require-pinned-apk-packages', {
  valid: ['FROM alpine:3.20\nONBUILD RUN apk add --no-cache \\\n  curl=8.9.1-r0 \\\n  # the tools\n  git=2.45.2-r0\n'],
  invalid: [{ code: 'FROM alpine:3.20\nONBUILD RUN apk add --no-cache \\\n  curl\n', errors: [{ line: 2, text: 'ONBUILD RUN apk add --no-cache \\\n  curl' }] }],
});

testRule('dockerfile/prefer-exec-form', {
  valid: ['FROM node:20\nONBUILD CMD ["node", "server.js"]\n'],
  invalid: [
    {
      code: 'FROM node:20\nONBUILD CMD node server.js\n',
      errors: [{ line: 2, text: 'node server.js', output: 'FROM node:20\nONBUILD CMD ["node", "server.js"]\n' }],
    },
  ],
});

testRule('dockerfile/no-sudo', {
  valid: [],
  invalid: [
    {
      // The trigger runs as the last USER of the stage, whatever comes after the ONBUILD.
      code: 'FROM debian:12\nONBUILD RUN sudo make install\nUSER root\n',
      errors: [{ line: 2, text: 'sudo', output: 'FROM debian:12\nONBUILD RUN make install\nUSER root\n' }],
    },
    { code: 'FROM debian:12\nUSER root\nONBUILD RUN sudo make install\nUSER app\n', errors: [{ line: 3, text: 'sudo', output: null }] },
  ],
});

testRule('dockerfile/require-pip-no-cache-dir', {
  valid: ['FROM python:3.12\nONBUILD RUN pip install flask==3.0.3\nENV PIP_NO_CACHE_DIR=1\n'],
  invalid: [
    {
      code: 'FROM python:3.12\nONBUILD RUN pip install flask==3.0.3\n',
      errors: [{ line: 2, text: 'install', output: 'FROM python:3.12\nONBUILD RUN pip install --no-cache-dir flask==3.0.3\n' }],
    },
  ],
});

// A line inserted above the trigger would change this stage as well: these findings come without a fix.
testRule('dockerfile/prefer-workdir', {
  valid: [],
  invalid: [{ code: 'FROM alpine:3.20\nONBUILD RUN cd /app && make\nWORKDIR /srv\n', errors: [{ line: 2, text: 'cd /app', output: null }] }],
});

testRule('dockerfile/require-pipefail', {
  valid: ['FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nONBUILD RUN curl -fsSL https://example.com/a.tgz | tar -xz\n'],
  invalid: [{ code: 'FROM debian:12\nONBUILD RUN curl -fsSL https://example.com/a.tgz | tar -xz\n', errors: [{ line: 2, text: '|', output: null }] }],
});

// What a trigger does not change: the stage it is written in, and the build context of this image.
testRule('dockerfile/no-overridden-instruction', {
  valid: ['FROM alpine:3.20\nCMD ["serve"]\nONBUILD CMD ["test"]\n'],
  invalid: [],
});

testRule('dockerfile/no-root-user', {
  valid: ['FROM alpine:3.20\nUSER app\nONBUILD USER root\n'],
  invalid: [],
});

testRule('dockerfile/no-copy-ignored-file', {
  valid: [{ code: 'FROM alpine:3.20\nONBUILD COPY dist /app/\n', workspace: { dockerignore: 'dist\n' } }],
  invalid: [{ code: 'FROM alpine:3.20\nCOPY dist /app/\n', workspace: { dockerignore: 'dist\n' }, errors: [{ line: 2, text: 'dist' }] }],
});

testRule('dockerfile/require-dockerignore', {
  valid: [{ code: 'FROM alpine:3.20\nONBUILD COPY . /app/\n', workspace: { dockerignore: null } }],
  invalid: [],
});

testRule('dockerfile/no-empty-continuation', {
  valid: [],
  invalid: [
    {
      code: 'FROM alpine:3.20\nONBUILD RUN make \\\n\n  install\n',
      errors: [{ line: 4, text: 'install', output: 'FROM alpine:3.20\nONBUILD RUN make \\\n  install\n' }],
    },
  ],
});

testRule('dockerfile/prefer-consistent-instruction-casing', {
  valid: ['FROM alpine:3.20\nONBUILD run make\nCMD ["make"]\n'],
  invalid: [],
});

testRule('dockerfile/require-pinned-apk-packages', {
  // A line form above the ONBUILD covers its trigger.
  valid: ['FROM alpine:3.20\n# hadolint ignore=DL3018\nONBUILD RUN apk add --no-cache curl\n'],
  invalid: [],
});

describe('ONBUILD COPY triggers run in the child image', () => {
  testRule('dockerfile/no-undefined-copy-from', {
    valid: [
      'FROM alpine:3.23 AS build\nRUN echo hi > /out\nFROM alpine:3.23\nONBUILD COPY --from=assets /out /srv/\n',
      'FROM alpine:3.23\nONBUILD COPY --from=ghcr.io/acme/tools:1 /bin/tool /usr/bin/\n',
      'FROM alpine:3.23 AS build\nFROM alpine:3.23 AS base\nONBUILD COPY --from=build /out /srv/\nFROM base\n',
    ],
    invalid: [
      {
        code: 'FROM alpine:3.23 AS build\nRUN echo hi > /out\nFROM alpine:3.23\nONBUILD COPY --from=Build /out /srv/\n',
        errors: [{ line: 4, text: 'Build', message: /^`--from=Build` names a stage of this Dockerfile, but an ONBUILD trigger runs in the build of a child image/ }],
      },
      {
        code: 'FROM alpine:3.23 AS build\nFROM alpine:3.23\nONBUILD COPY \\\n  --from=build /out /srv/\n',
        errors: [{ line: 3, text: 'ONBUILD COPY \\\n  --from=build' }],
      },
    ],
  });

  testRule('dockerfile/require-workdir-for-relative-copy', {
    valid: [
      'FROM node:24\nONBUILD WORKDIR /app\nONBUILD COPY package.json .\n',
      'FROM node:24\nONBUILD COPY package.json .\nWORKDIR /app\n',
      'FROM node:24 AS base\nWORKDIR /app\nFROM base\nONBUILD COPY . .\n',
      'FROM node:24\nONBUILD COPY package.json /app/\n',
    ],
    invalid: [
      {
        code: 'FROM node:24\nONBUILD COPY package.json .\nONBUILD WORKDIR /app\nONBUILD ADD src src/\n',
        errors: [{ line: 2, text: '.', message: /^`\.` is relative, and neither this image nor an earlier ONBUILD sets a WORKDIR/ }],
      },
      {
        code: 'FROM node:24\nCOPY a b\nONBUILD COPY \\\n  c d\n',
        errors: [{ line: 2, text: 'b', message: /no WORKDIR is set yet/ }, { line: 3, text: 'ONBUILD COPY \\\n  c d' }],
      },
    ],
  });
});
