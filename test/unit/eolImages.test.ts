import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { endOfLifeImage, endOfLifeImages, endOfLifeTableDate } from '../../server/src/targets/eolImages';
import { parseImageReference } from '../../server/src/parsing/imageReference';
import { targetsByName } from '../../server/src/targets/index';

const TODAY = '2026-12-01';
const versionOf = (image: string, today = TODAY): string | undefined => endOfLifeImage(parseImageReference(image), today)?.version;

describe('the end-of-life image table', () => {
  it('is dated, and every entry has a date, tags and its endoflife.date page', () => {
    assert.match(endOfLifeTableDate, /^\d{4}-\d{2}-\d{2}$/);
    for (const entry of endOfLifeImages) {
      const where = `${entry.name} ${entry.version}`;
      assert.match(entry.eol, /^\d{4}-\d{2}-\d{2}$/, where);
      assert.ok(entry.tags.length > 0 && entry.tags.every((tag) => /^[\w.]+$/.test(tag)), where);
      assert.match(entry.source, /^https:\/\/endoflife\.date\/\w+$/, where);
    }
    const names = new Set(endOfLifeImages.map((entry) => entry.name));
    assert.deepEqual([...names].sort(), ['alpine', 'debian', 'golang', 'node', 'python', 'ubuntu']);
  });

  it('matches official images by version prefix, not longer versions, other publishers or digests alone', () => {
    assert.equal(versionOf('node:16'), '16');
    assert.equal(versionOf('library/node:16.20.2-bullseye'), '16');
    assert.equal(versionOf('docker.io/library/node:gallium-alpine'), '16');
    assert.equal(versionOf('node:160'), undefined);
    assert.equal(versionOf('bitnami/node:16'), undefined);
    assert.equal(versionOf('node@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef'), undefined);
    assert.equal(versionOf('node'), undefined);
    assert.equal(versionOf('scratch'), undefined);
    assert.equal(versionOf('redis:6'), undefined, 'an image the table does not list');
  });

  it('compares the end-of-life date with the day it is asked on', () => {
    assert.equal(versionOf('node:22-alpine'), undefined, 'Node.js 22 is supported until 2027-04-30');
    assert.equal(versionOf('node:22-alpine', '2027-04-30'), '22');
    assert.equal(versionOf('python:3.10-slim', '2026-10-30'), undefined);
    assert.equal(versionOf('python:3.10-slim', '2026-10-31'), '3.10');
    assert.equal(versionOf('alpine:3.21'), '3.21', 'Alpine 3.21 ended on 2026-11-01');
  });

  it('takes today from the clock of the lint options', () => {
    const document = TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, 'FROM node:22-alpine\n');
    const ids = (day: string): string[] =>
      targetsByName.dockerfile
        .analyse(document, { maxFileSize: 1 << 20, today: () => new Date(`${day}T08:00:00Z`) })
        .result.findings.filter((finding) => finding.rule.id === 'dockerfile/no-eol-base-image')
        .map((finding) => finding.message);
    assert.deepEqual(ids('2027-04-29'), []);
    assert.deepEqual(ids('2027-05-01'), ['`node:22-alpine` is node 22, which reached its end of life on 2027-04-30 and gets no more security fixes; move to a maintained version.']);
  });

  it('has its date printed by the build of the rule catalog', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-rules-'));
    try {
      const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/buildRules.ts', join(dir, 'rules.json')], { encoding: 'utf8' });
      assert.equal(result.status, 0, result.stderr);
      assert.ok(result.stdout.includes(`End-of-life image table: ${endOfLifeImages.length} versions, checked ${endOfLifeTableDate}`), result.stdout);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
