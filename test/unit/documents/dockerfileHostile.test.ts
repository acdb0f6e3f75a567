import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { rules, targetsByName } from '../../../server/src/targets/index';

/**
 * The findings of the file (of rule `only`, if given), with no cap or time budget, as `rule@line:character` of
 * where they start (or, with `end`, where they end); no rule may throw.
 */
function lint(text: string, only?: string, end?: 'end'): string[] {
  const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text);
  const severities = only ? Object.fromEntries(rules.filter((rule) => rule.id !== only).map((rule) => [rule.id, 'off' as const])) : {};
  const { result } = targetsByName.dockerfile.analyse(document, { maxFileSize: 1 << 20, maxFindings: Infinity, timeBudgetMs: Infinity, severities });
  assert.deepEqual(result.failures.map((failure) => `${failure.ruleId}: ${String(failure.error)}`), []);
  return result.findings.map(({ rule, range }) => `${rule.id}@${range[end ?? 'start'].line}:${range[end ?? 'start'].character}`);
}

const MB = 1024 * 1024;
const BUILD_TOOLS = 'dockerfile/no-build-tools-in-final-stage';

describe('Dockerfile rules on instructions with flags and no arguments', () => {
  for (const instruction of ['COPY --from=build', 'COPY --fro/usr/bin/app', 'ADD --chmod=644', 'RUN --mount=type=cache,target=/root/.cache', 'FROM --platform=linux/amd64', 'HEALTHCHECK --interval=5s', 'ONBUILD COPY --from=x']) {
    it(`lint \`${instruction}\` after a stage and an archive unpacked`, () => {
      lint(`FROM debian:12 AS build\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n${instruction}\nRUN tar -xzf /tmp/app.tar.gz\n`);
    });
  }
});

describe('Dockerfile rules on huge instructions', function () {
  // Bounded, not fast on a busy machine: the timings are measured apart, never asserted.
  this.timeout(180_000);

  it('lint a 40,000-line heredoc', () => {
    const text = `FROM debian:12\nRUN <<EOF\n${'apt install x | y\n'.repeat(40_000)}EOF\n`;
    // Each starts on the RUN line, as hadolint reports it, and ends after its `apt`.
    assert.deepEqual([...new Set(lint(text, 'dockerfile/no-apt'))], ['dockerfile/no-apt@1:0']);
    const ends = lint(text, undefined, 'end');
    assert.equal(ends.filter((finding) => finding.startsWith('dockerfile/no-apt@')).length, 40_000);
    assert.ok(ends.includes('dockerfile/no-apt@2:3'));
    assert.ok(ends.includes('dockerfile/no-apt@40001:3'));
  });

  it('see the cleanups and the export in the middle of a 25,000-line heredoc: they cover the installs before and after them', () => {
    const installs = 'apt-get update\napk add x\nyum install -y x\nyarn install\npip install x\n'.repeat(2_500);
    const cleanups = 'rm -rf /var/lib/apt/lists/* /var/cache/apk\nyum clean all\nyarn cache clean\nexport PIP_NO_CACHE_DIR=1\n';
    const findings = lint(`FROM debian:12\nRUN <<EOF\n${installs}${cleanups}${installs}EOF\n`, undefined, 'end');
    const firstLine = { 'require-apt-list-cleanup': 12_506, 'require-apk-no-cache': 12_507, 'require-rpm-cache-clean': 12_508, 'require-yarn-cache-clean': 12_509, 'require-pip-no-cache-dir': 6 };
    for (const [rule, line] of Object.entries(firstLine)) {
      const lines = findings.filter((finding) => finding.startsWith(`dockerfile/${rule}@`)).map((finding) => Number(/@(\d+):/.exec(finding)![1]));
      assert.deepEqual([lines.length, lines[0]], [2_500, line], rule);
    }
  });

  it('lint a 1 MB argument', () => {
    const findings = lint(`FROM debian:12\nRUN echo ${'a'.repeat(MB - 100)}\n`);
    assert.deepEqual(findings.filter((finding) => finding.includes('@1:')), []);
  });

  it('lint a 1 MB image name', () => {
    const findings = lint(`FROM ${'a'.repeat(MB - 100)}\n`);
    assert.ok(findings.includes('dockerfile/require-image-tag@0:5'));
  });

  it('find the build tools after a 240 KB line of package-manager words', () => {
    const words = 'apt-get '.repeat(30_000);
    const findings = lint(`FROM debian:12\nRUN ${words}; apt-get install -y gcc\n`, BUILD_TOOLS);
    assert.ok(findings.includes(`dockerfile/no-build-tools-in-final-stage@1:${4 + words.length + 'apt-get install -y '.length + 2}`));
  });

  it('see a removal after a 240 KB line of package-manager words', () => {
    assert.deepEqual(lint(`FROM debian:12\nRUN apt-get install -y gcc && ${'apt-get '.repeat(30_000)}purge gcc\n`, BUILD_TOOLS), []);
    assert.deepEqual(lint(`FROM debian:12\nRUN apt-get install -y gcc && ${'apt-get '.repeat(30_000)}; purge gcc\n`, BUILD_TOOLS), [`${BUILD_TOOLS}@1:23`]);
  });

  it('read a 300 KB install command for the manifests it needs', () => {
    const manifests = (run: string) => lint(`FROM node:20\nCOPY . .\nRUN ${run}\n`, 'dockerfile/require-manifests-before-sources');
    assert.deepEqual(manifests(`${'npm install -x '.repeat(20_000)}-g`), []);
    assert.deepEqual(manifests(`npm install -g x && ${'npm install -x '.repeat(20_000)}`), ['dockerfile/require-manifests-before-sources@1:5']);
    assert.deepEqual(manifests(`${'pip install x '.repeat(20_000)}-r requirements.txt`), ['dockerfile/require-manifests-before-sources@1:5']);
    assert.deepEqual(manifests('pip install x; pip -r requirements.txt'), []);
  });
});
