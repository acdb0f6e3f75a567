import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../../../server/src/engine/lint';
import { compose } from '../../../server/src/targets/compose/index';

function found(text: string): string[] {
  const document = TextDocument.create('file:///w/compose.yaml', 'dockercompose', 1, text);
  return lintDocument(document, compose, { maxFileSize: 1 << 20 })
    .findings.filter((finding) => ['compose/no-privileged', 'compose/require-healthcheck', 'compose/no-host-network'].includes(finding.rule.id))
    .map((finding) => `${finding.range.start.line + 1}:${finding.rule.id}`)
    .sort((a, b) => parseInt(a) - parseInt(b));
}

describe('YAML suppressions', () => {
  const base = 'services:\n  a:\n    image: a:1\n    privileged: true\n    network_mode: host\n';

  it('reports without comments', () => {
    assert.deepEqual(found(base), ['2:compose/require-healthcheck', '4:compose/no-privileged', '5:compose/no-host-network']);
  });

  it('silences the key below a comment, by id, short id or alias', () => {
    assert.deepEqual(found(base.replace('    privileged', '    # container-coach ignore=compose/no-privileged -- needs /dev\n    privileged')), ['2:compose/require-healthcheck', '6:compose/no-host-network']);
    assert.deepEqual(found(base.replace('    network_mode', '    # container-coach ignore=host-network\n    network_mode')), ['2:compose/require-healthcheck', '4:compose/no-privileged']);
  });

  it('silences a whole service below a comment above its name', () => {
    assert.deepEqual(found(base.replace('  a:', '  # container-coach ignore=no-privileged,require-healthcheck\n  a:')), ['6:compose/no-host-network']);
  });

  it('silences a whole document from its top, and nothing in the next document', () => {
    const text = `# container-coach ignore=compose/no-privileged\n${base}---\n${base}`;
    assert.deepEqual(found(text), ['3:compose/require-healthcheck', '6:compose/no-host-network', '9:compose/require-healthcheck', '11:compose/no-privileged', '12:compose/no-host-network']);
  });

  it('reads Trivy comments above a key and file-wide container-coach comments', () => {
    assert.deepEqual(found(base.replace('    network_mode', '    #trivy:ignore:host-network\n    network_mode')), ['2:compose/require-healthcheck', '4:compose/no-privileged']);
    assert.deepEqual(found(`${base}# container-coach ignore-file=require-healthcheck\n---\n${base}`), ['4:compose/no-privileged', '5:compose/no-host-network', '11:compose/no-privileged', '12:compose/no-host-network']);
  });

  it('reads Checkov comments through aliases and trailing comments on the line', () => {
    assert.deepEqual(found(`#checkov:skip=CKV_DOCKER_2:not a server\n${base}`), ['5:compose/no-privileged', '6:compose/no-host-network']);
    assert.deepEqual(found(base.replace('privileged: true', 'privileged: true # container-coach ignore=no-privileged')), ['2:compose/require-healthcheck', '5:compose/no-host-network']);
  });
});
