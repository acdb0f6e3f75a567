import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from '../../server/src/linter';
import { expectedFindings } from './composeFixtures.test';

const DIR = 'test/fixtures/dockerfile';
/** The fixtures stand for a project with a `.dockerignore`. */
const WORKSPACE = { dockerignore: '.git\nnode_modules\n' };

describe('Dockerfile fixtures (inline expectations)', () => {
  for (const name of readdirSync(DIR).filter((file) => file.endsWith('.Dockerfile'))) {
    it(name, () => {
      const text = readFileSync(join(DIR, name), 'utf8');
      const document = TextDocument.create(`file:///fixtures/${name}`, 'dockerfile', 1, text);
      const result = lintDocument(document, 'dockerfile', { maxFileSize: 1 << 20, workspace: WORKSPACE });
      assert.deepEqual(result.failures, []);
      const actual = result.findings.map((finding) => `${finding.range.start.line + 1} ${finding.rule.id}`).sort();
      assert.deepEqual(actual, expectedFindings(text));
    });
  }
});
