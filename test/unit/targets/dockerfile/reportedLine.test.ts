import assert from 'node:assert/strict';
import { rules } from '../../../../server/src/targets/index';
import { reportsOnInstructionLine } from '../../../../server/src/targets/dockerfile/reportedLine';
import { testRule } from '../../ruleTester';

// hadolint and `docker build --check` name the first line of the instruction: a finding whose word sits on a
// continuation line (or in a heredoc) starts at the keyword and still ends after the word; its fix is unchanged.

describe('the line a Dockerfile finding is reported on', () => {
  it('is the instruction line for every rule repeating a hadolint or BuildKit check but NoEmptyContinuation', () => {
    const dockerfileRules = rules.filter((rule) => rule.id.startsWith('dockerfile/'));
    const onTokens = dockerfileRules.filter((rule) => !reportsOnInstructionLine(rule)).map((rule) => rule.id);
    assert.ok(onTokens.includes('dockerfile/no-empty-continuation'));
    assert.ok(onTokens.includes('dockerfile/no-curl-pipe-shell'));
    assert.ok(!onTokens.includes('dockerfile/no-undefined-var'));
    assert.ok(!onTokens.includes('dockerfile/require-pinned-apt-packages'));
    for (const rule of dockerfileRules.filter((each) => !onTokens.includes(each.id))) assert.ok(rule.aliases.some((alias) => /^DL\d{4}$|^[A-Z][a-z]+[A-Z]/.test(alias)), rule.id);
  });
});

// BuildKit checks.
testRule('dockerfile/no-undefined-var', {
  valid: ['FROM alpine:3.20\nARG APP_HOME=/app\nCOPY a \\\n  $APP_HOME/\n'],
  invalid: [{ code: 'FROM alpine:3.20\nARG APP_HOME=/app\nCOPY a \\\n  $APP_HOEM/\n', errors: [{ line: 3, text: 'COPY a \\\n  $APP_HOEM' }] }],
});

testRule('dockerfile/prefer-lowercase-expose-protocol', {
  valid: ['FROM alpine:3.20\nEXPOSE 80 \\\n  443/tcp\n'],
  invalid: [
    { code: 'FROM alpine:3.20\nEXPOSE 80/UDP \\\n  443/TCP\n', errors: [{ line: 2, text: 'UDP', output: 'FROM alpine:3.20\nEXPOSE 80/udp \\\n  443/TCP\n' }, { line: 2, text: 'EXPOSE 80/UDP \\\n  443/TCP', output: 'FROM alpine:3.20\nEXPOSE 80/UDP \\\n  443/tcp\n' }] },
  ],
});

testRule('dockerfile/require-absolute-workdir', {
  valid: ['FROM alpine:3.20\nWORKDIR \\\n  /app\n'],
  invalid: [{ code: 'FROM alpine:3.20\nWORKDIR \\\n  app\n', errors: [{ line: 2, text: 'WORKDIR \\\n  app' }] }],
});

// hadolint rules, in an ONBUILD trigger and a heredoc too.
testRule('dockerfile/require-pip-no-cache-dir', {
  valid: ['FROM python:3.12\nRUN pip install --no-cache-dir -U pip \\\n  && pip install --no-cache-dir flask==3.0.0\n'],
  invalid: [
    {
      code: 'FROM python:3.12\nRUN pip install --no-cache-dir -U pip \\\n  && pip install flask==3.0.0\n',
      errors: [{ line: 2, text: 'RUN pip install --no-cache-dir -U pip \\\n  && pip install', output: 'FROM python:3.12\nRUN pip install --no-cache-dir -U pip \\\n  && pip install --no-cache-dir flask==3.0.0\n' }],
    },
    {
      code: 'FROM python:3.12\nONBUILD RUN echo start \\\n  && pip install flask==3.0.0\n',
      errors: [{ line: 2, text: 'ONBUILD RUN echo start \\\n  && pip install', output: 'FROM python:3.12\nONBUILD RUN echo start \\\n  && pip install --no-cache-dir flask==3.0.0\n' }],
    },
    {
      code: 'FROM python:3.12\nRUN <<EOF\npip install flask==3.0.0\nEOF\n',
      errors: [{ line: 2, text: 'RUN <<EOF\npip install', output: 'FROM python:3.12\nRUN <<EOF\npip install --no-cache-dir flask==3.0.0\nEOF\n' }],
    },
  ],
});

// No hadolint or BuildKit check: the finding stays on the word.
testRule('dockerfile/no-curl-pipe-shell', {
  valid: [],
  invalid: [{ code: 'FROM alpine:3.20\nRUN echo start && \\\n  curl -fsSL https://example.com/x | sh\n', errors: [{ line: 3, text: 'sh' }] }],
});
