import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentEdit } from 'vscode-languageserver-types';
import { fixAllAction } from '../../server/src/codeActions';
import { lintDocument } from '../../server/src/engine/lint';
import { dockerfile } from '../../server/src/targets/dockerfile/index';

function lint(text: string) {
  const document = TextDocument.create('file:///project/Dockerfile', 'dockerfile', 1, text);
  return { document, findings: lintDocument(document, dockerfile, { maxFileSize: 1 << 20 }).findings };
}

describe('fix all', () => {
  it('applies the safe fixes and leaves templates to adapt (USER, HEALTHCHECK) for a person', () => {
    const { document, findings } = lint('FROM node:24\nMAINTAINER someone\nEXPOSE 3000\nCMD node server.js\n');
    const ruleIds = findings.map((finding) => finding.rule.id);
    assert.ok(ruleIds.includes('dockerfile/require-user'), ruleIds.join());
    assert.ok(ruleIds.includes('dockerfile/require-healthcheck'), ruleIds.join());
    assert.ok(findings.find((f) => f.rule.id === 'dockerfile/require-user')?.fixes?.every((fix) => fix.safety === 'unsafe'));

    const action = fixAllAction(document, findings);
    assert.ok(action?.edit?.documentChanges);
    const [change] = action.edit.documentChanges as TextDocumentEdit[];
    const fixed = TextDocument.applyEdits(document, change.edits as never);
    assert.match(fixed, /^CMD \["node", "server.js"\]$/m);
    assert.doesNotMatch(fixed, /MAINTAINER/);
    assert.doesNotMatch(fixed, /^USER /m);
    assert.doesNotMatch(fixed, /^HEALTHCHECK /m);
  });
});
