import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commandLinker, plainLinker, type QuestionTitles } from '../../server/src/questions/links';
import { loadServerContent } from '../../server/src/nodeContent';
import { contentBank } from './questions/seedFixtures';

const bank = contentBank();
const titles: QuestionTitles = { get: (id) => bank.questions.find((question) => question.id === id) };

describe('question links', () => {
  it('labels a seed question by its number and a question of ours as ours', () => {
    assert.equal(plainLinker(titles).label('q288'), 'Q288: How do you implement graceful shutdown in Docker containers?');
    assert.equal(commandLinker(titles).label('cc-image-references'), "Container Coach's own question: Which image reference should you build on and deploy: `latest`, a version tag or a digest?");
    assert.equal(plainLinker(titles).label('followup-1'), 'Open question: How would you implement zero-downtime deployments with Docker?');
  });

  it('keeps the origin of every question when the server loads bank.json', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-links-'));
    try {
      writeFileSync(join(dir, 'bank.json'), JSON.stringify(bank));
      const loaded = loadServerContent(dir).titles!;
      assert.equal(commandLinker(loaded).label('cc-package-installs'), "Container Coach's own question: How do you install packages in a Dockerfile without prompts or leftover caches?");
      assert.equal(loaded.get('q3')?.origin, 'seed');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
