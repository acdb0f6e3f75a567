import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit } from 'vscode-languageserver-types';
import { computeCodeActions, fixAllAction } from '../../server/src/codeActions';
import { toDiagnostic } from '../../server/src/diagnostics';
import type { RuleFinding } from '../../server/src/engine/lint';
import { fixAll, parseProblems, selectFixes, stillParses, type FixAllOptions } from '../../server/src/engine/fixAll';
import type { FixSafety, TargetName as Target } from '../../server/src/engine/rule';
import { plainLinker } from '../../server/src/questions/links';
import { rules, rulesById, targetsByName } from '../../server/src/targets/index';

const NAMES: Record<Target, string> = { dockerfile: 'Dockerfile', compose: 'compose.yaml', kubernetes: 'pod.yaml' };

function documentOf(target: Target, text: string, version = 1): TextDocument {
  return TextDocument.create(`file:///project/${NAMES[target]}`, target, version, text);
}

function lint(target: Target, document: TextDocument): RuleFinding[] {
  return targetsByName[target].analyse(document, { maxFileSize: 1 << 20 }).result.findings;
}

function fixed(target: Target, text: string, options: FixAllOptions = {}) {
  const document = documentOf(target, text);
  return fixAll(document, target, lint(target, document), (next) => lint(target, next), options);
}

/** A finding of `rule` whose single fix makes the edits given as `[start, end, newText]` offsets. */
function synthetic(document: TextDocument, edits: [number, number, string][], safety: FixSafety = 'safe'): RuleFinding {
  const range = (start: number, end: number) => ({ start: document.positionAt(start), end: document.positionAt(end) });
  return {
    rule: rulesById.get('dockerfile/prefer-exec-form')!,
    severity: 'warning',
    message: 'm',
    range: range(edits[0][0], edits[0][1]),
    fixes: [{ title: 't', safety, edits: edits.map(([start, end, newText]) => ({ range: range(start, end), newText })) }],
  };
}

describe('fix safety', () => {
  it('lists exactly these rules as having unsafe fixes', () => {
    assert.deepEqual(
      rules.filter((rule) => rule.fixSafety === 'unsafe').map((rule) => rule.id).sort(),
      [
        'compose/no-dangerous-capabilities',
        'compose/no-host-ipc',
        'compose/no-host-pid',
        'compose/no-privileged',
        'compose/no-public-database-port',
        'compose/no-sensitive-host-mount',
        'compose/no-unconfined-security-opt',
        'compose/no-unknown-top-level-keys',
        'compose/require-cap-drop-all',
        'compose/require-healthcheck',
        'compose/require-healthy-dependency',
        'compose/require-log-rotation',
        'compose/require-no-new-privileges',
        'compose/require-read-only',
        'compose/require-resource-limits',
        'compose/require-restart-policy',
        'compose/require-stop-grace-period',
        'dockerfile/no-npm-only-production',
        'dockerfile/no-signature-bypass',
        'dockerfile/no-sudo',
        'dockerfile/no-tls-verification-bypass',
        'dockerfile/prefer-cache-mount',
        'dockerfile/prefer-npm-ci',
        'dockerfile/prefer-npm-omit-dev',
        'dockerfile/prefer-stopsignal',
        'dockerfile/require-healthcheck',
        'dockerfile/require-no-install-recommends',
        'dockerfile/require-pipefail',
        'dockerfile/require-user',
        'kubernetes/no-dangerous-capabilities',
        'kubernetes/no-host-ipc',
        'kubernetes/no-host-network',
        'kubernetes/no-host-pid',
        'kubernetes/no-host-port',
        'kubernetes/no-privilege-escalation',
        'kubernetes/no-privileged',
        'kubernetes/no-service-account-token-automount',
        'kubernetes/no-stale-image-pull-policy',
        'kubernetes/no-undrainable-pdb',
        'kubernetes/require-drop-all-capabilities',
        'kubernetes/require-liveness-probe',
        'kubernetes/require-memory-limit',
        'kubernetes/require-pod-security-labels',
        'kubernetes/require-read-only-root-filesystem',
        'kubernetes/require-readiness-probe',
        'kubernetes/require-resource-requests',
        'kubernetes/require-run-as-non-root',
        'kubernetes/require-runtime-default-seccomp',
      ],
    );
  });

  it('every rule whose documented bad example gets a fix states the kind of its fixes', () => {
    const fixing = rules.filter((rule) => rule.docs.bad && lint(rule.target, documentOf(rule.target, rule.docs.bad)).some((f) => f.rule === rule && f.fixes?.length));
    assert.ok(fixing.length > 40, `${fixing.length} rules fix their bad example`);
    assert.deepEqual(fixing.filter((rule) => !rule.fixSafety).map((rule) => rule.id), []);
  });

  it('never prefers an unsafe fix and keeps it out of Fix all', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    const document = documentOf('compose', text);
    const analysis = targetsByName.compose.analyse(document, { maxFileSize: 1 << 20 });
    const findings = analysis.result.findings;
    const diagnostics = findings.map((finding) => toDiagnostic(finding, 1, plainLinker(undefined)));
    const actions = computeCodeActions(document, diagnostics, plainLinker(undefined), { analysis });
    const remove = actions.find((action) => action.title === 'Remove `privileged: true`');
    assert.ok(remove, actions.map((action) => action.title).join('\n'));
    assert.equal(remove.isPreferred, false);
    assert.equal(fixAllAction(document, findings), undefined, 'every fix of this file is unsafe');
  });

  it('prefers a safe fix', () => {
    const document = documentOf('dockerfile', 'FROM alpine:3.23\nCMD node server.js\n');
    const analysis = targetsByName.dockerfile.analyse(document, { maxFileSize: 1 << 20 });
    const findings = analysis.result.findings.filter((finding) => finding.rule.id === 'dockerfile/prefer-exec-form');
    const diagnostics = findings.map((finding) => toDiagnostic(finding, 1, plainLinker(undefined)));
    const [first] = computeCodeActions(document, diagnostics, plainLinker(undefined), { analysis });
    assert.equal(first.isPreferred, true);
  });
});

describe('fix all: one overlap policy', () => {
  const document = documentOf('dockerfile', 'FROM alpine:3.23\nRUN true\n');
  const applied = (...findings: RuleFinding[]) => selectFixes(document, findings).applied.map((finding) => findings.indexOf(finding));
  const cases: [string, [number, number, string][][], number[]][] = [
    ['two insertions at one point: only the first', [[[17, 17, 'A\n']], [[17, 17, 'B\n']]], [0]],
    ['the same insertion twice: once', [[[17, 17, 'SHELL x\n']], [[17, 17, 'SHELL x\n']]], [0]],
    ['an insertion where a replacement starts', [[[17, 20, 'run']], [[17, 17, '# x\n']]], [0]],
    ['intersecting replacements', [[[17, 20, 'run']], [[19, 24, 'x']]], [0]],
    ['a replacement ending where another starts: both', [[[17, 20, 'run']], [[20, 24, ' ok;']]], [0, 1]],
    ['in document order, whatever the order of findings', [[[21, 25, 'false']], [[0, 4, 'from']]], [1, 0]],
    ['a fix whose second edit overlaps is skipped whole', [[[0, 4, 'from']], [[21, 25, 'x'], [2, 3, 'y']]], [0]],
  ];
  for (const [name, fixes, expected] of cases) {
    it(name, () => {
      assert.deepEqual(applied(...fixes.map((edits) => synthetic(document, edits))), expected);
    });
  }

  it('takes unsafe fixes only when asked to', () => {
    const unsafe = synthetic(document, [[0, 4, 'from']], 'unsafe');
    assert.deepEqual(selectFixes(document, [unsafe]).applied, []);
    assert.deepEqual(selectFixes(document, [unsafe], { unsafe: true }).applied, [unsafe]);
  });
});

describe('fix all: every pass is checked', () => {
  for (const [ruleId, run] of [
    ['dockerfile/require-apt-list-cleanup', 'RUN apt-get update && apt-get install -y curl "'],
    ['dockerfile/require-rpm-cache-clean', 'RUN yum install -y curl "'],
    ['dockerfile/require-yarn-cache-clean', 'RUN yarn install `'],
  ]) {
    it(`rolls back ${ruleId} when its finding comes back after the fix (unterminated quote)`, () => {
      const text = `FROM debian:12\n${run}\n`;
      const result = fixed('dockerfile', text);
      assert.equal(result.text, text);
      assert.deepEqual(result.rejected, [{ ruleId, line: 2, reason: 'no-progress' }]);
    });
  }

  it('keeps the other fixes of a pass it rolls back', () => {
    const result = fixed('dockerfile', 'FROM debian:12\nRUN apt-get update && apt-get install -y curl "\n', { unsafe: true });
    assert.equal(result.text, 'FROM debian:12\nRUN apt-get update && apt-get install --no-install-recommends -y curl "\n');
    assert.deepEqual(result.applied, [{ ruleId: 'dockerfile/require-no-install-recommends', line: 2 }]);
  });

  it('inserts one SHELL for a stage whose RUNs all need pipefail', () => {
    const result = fixed('dockerfile', 'FROM debian:12\nRUN curl -s a | sh\nRUN curl -s b | sh\nRUN curl -s c | sh\n', { unsafe: true });
    assert.equal(result.text.match(/^SHELL /gm)?.length, 1, result.text);
  });

  it('removes an emptied cap_add instead of leaving a null key', () => {
    const result = fixed('compose', 'services:\n  vpn:\n    image: wg:1\n    cap_drop: [ALL]\n    cap_add:\n      - NET_ADMIN\n      - SYS_MODULE\n', { unsafe: true });
    assert.match(result.text, /^services:\n {2}vpn:\n {4}image: wg:1\n {4}cap_drop: \[ALL\]\n/);
    assert.doesNotMatch(result.text, /cap_add/);
    assert.deepEqual(result.rejected, []);
  });

  it('removes the obsolete version after a byte order mark, keeping the mark', () => {
    const result = fixed('compose', '\ufeffversion: "3.8"\nservices:\n  web:\n    image: nginx:1.27\n');
    assert.equal(result.text, '\ufeffservices:\n  web:\n    image: nginx:1.27\n');
  });

  it('indents a key inserted beside an anchored first key like that key, so the YAML stays valid', () => {
    const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        &b runAsUser: 1000\n';
    const document = documentOf('kubernetes', text);
    const finding = lint('kubernetes', document).find((each) => each.rule.id === 'kubernetes/no-privilege-escalation');
    assert.ok(finding?.fixes?.[0]);
    const after = TextDocument.applyEdits(document, finding.fixes[0].edits);
    assert.equal(after, `${text}        allowPrivilegeEscalation: false\n`);
    assert.deepEqual(parseProblems('kubernetes', after), []);
    assert.deepEqual(fixed('kubernetes', text, { unsafe: true }).rejected, []);
  });

  it('applies no unsafe fix without --unsafe-fixes', () => {
    const text = 'services:\n  web:\n    image: nginx:1.27\n    privileged: true\n';
    assert.deepEqual(fixed('compose', text), { text, applied: [], rejected: [] });
  });
});

describe('fix all: what still parses', () => {
  const cases: [string, Target, string, string, boolean][] = [
    ['a YAML error that was not there', 'compose', 'a: 1\n', 'a: [1\n', true],
    ['the same YAML error as before', 'compose', 'a: [1\nb: 2\n', 'a: [1\n', false],
    ['a key left with no value', 'compose', 'a:\n  - x\n', 'a:\n', true],
    ['an explicit null is no problem', 'compose', 'a: ~\n', 'a: ~\nb: ~\n', false],
    ['a Dockerfile stage lost', 'dockerfile', 'FROM a\nFROM b\n', 'FROM a\n', true],
    ['an unknown instruction', 'dockerfile', 'FROM a\nRUN x\n', 'FROM a\nRUN x\nRNU y\n', true],
    ['an added known instruction', 'dockerfile', 'FROM a\nRUN x\n', 'FROM a\nSHELL ["/bin/bash", "-c"]\nRUN x\n', false],
  ];
  for (const [name, target, before, after, breaks] of cases) {
    it(`${breaks ? 'breaks' : 'keeps'}: ${name}`, () => {
      assert.equal(stillParses(parseProblems(target, before), parseProblems(target, after)), !breaks);
    });
  }
});

describe('fix all in the editor', () => {
  it('drops a fix that would break the parse and keeps the others', () => {
    const document = documentOf('dockerfile', 'FROM alpine:3.23\nRUN true\n');
    const breaking = synthetic(document, [[0, 4, 'FORM']]);
    const fine = synthetic(document, [[17, 20, 'run']]);
    const action = fixAllAction(document, [breaking, fine]);
    const [change] = action!.edit!.documentChanges as TextDocumentEdit[];
    assert.equal(TextDocument.applyEdits(document, change.edits as never), 'FROM alpine:3.23\nrun true\n');
  });
});

describe('fix safety in the README', () => {
  it('lists exactly the rules with safe fixes', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const line = /^Rules with safe fixes: (.*)$/m.exec(readme)?.[1] ?? '';
    const listed = [...line.matchAll(/(Dockerfile|Compose|Kubernetes) ([^;]*)/g)].flatMap(([, target, ids]) =>
      [...ids.matchAll(/`([a-z-]+)`/g)].map(([, id]) => `${target.toLowerCase()}/${id}`),
    );
    assert.deepEqual(listed.sort(), rules.filter((rule) => rule.fixSafety === 'safe').map((rule) => rule.id).sort());
  });
});
