import assert from 'node:assert/strict';
import { assembleBank, BankBuildError } from '../../../scripts/bank/assembleBank';
import { parseMetadata } from '../../../scripts/bank/metadata';
import { readMetadataYaml, readSeedFiles } from './seedFixtures';

const seedFiles = readSeedFiles();
const yaml = readMetadataYaml();

function problemsOf(metadataYaml: string): readonly string[] {
  try {
    assembleBank(seedFiles, metadataYaml);
    return [];
  } catch (error) {
    if (error instanceof BankBuildError) return error.problems;
    throw error;
  }
}

describe('content/questions.yaml', () => {
  it('agrees with the seeds', () => assert.deepEqual(problemsOf(yaml), []));

  it('gives every question one topic, tags and related questions', () => {
    const { metadata } = parseMetadata(yaml);
    assert.equal(metadata.questions.size, 64);
    for (const [id, entry] of metadata.questions) {
      assert.ok(metadata.topics.includes(entry.topic), id);
      assert.ok(entry.tags.length > 0 && entry.related.length > 0, id);
    }
  });

  describe('the build refuses metadata that disagrees with the seeds, saying why', () => {
    const cases: Array<[name: string, edit: (text: string) => string, problem: string]> = [
      ['a question without an entry', (text) => text.replace(/^ {2}q288:\n( {4}.*\n)+/m, ''), 'questions.q288: missing; every question needs an entry with its topic'],
      ['an entry for a question that does not exist', (text) => `${text}  q999:\n    topic: Security\n`, 'questions.q999: no question with this id in the seeds'],
      ['a question without a topic', (text) => text.replace('  q1:\n    topic: Orchestration\n', '  q1:\n'), 'questions.q1: expected one `topic`'],
      ['two topics for one question', (text) => text.replace('  q1:\n    topic: Orchestration\n', '  q1:\n    topic: [Orchestration, Security]\n'), 'questions.q1: expected one `topic`'],
      ['a topic that is not listed', (text) => text.replace('  q1:\n    topic: Orchestration\n', '  q1:\n    topic: Clustering\n'), 'questions.q1.topic: "Clustering" is not one of the listed topics'],
      ['a related question that does not exist', (text) => text.replace('related: [q255, q298, q252]', 'related: [q255, q2980]'), 'questions.q1.related: no question with id q2980'],
      ['a note that does not exist', (text) => text.replace('notes: [docker-scan-retired, trivy-scanners-flag', 'notes: [docker-scan-gone, trivy-scanners-flag'), 'questions.q2.notes: no note with id docker-scan-gone'],
      ['a note no question uses', (text) => text.replace('notes:\n', 'notes:\n  unused-note: Text.\n'), 'notes.unused-note: not used by any question'],
      ['a tag that is not kebab-case', (text) => text.replace('tags: [swarm, kubernetes, comparison]', 'tags: [Swarm]'), 'questions.q1.tags: "Swarm" is not lower-case kebab-case'],
      ['a code language for a code block the question does not have', (text) => text.replace('codeLanguages: { 0: rego }', 'codeLanguages: { 3: rego }'), 'questions.q262.codeLanguages: the question has no code block 3'],
      ['a code language that is no language id', (text) => text.replace('codeLanguages: { 0: rego }', 'codeLanguages: { 0: "Rego policy" }'), 'questions.q262.codeLanguages: expected a code block index and a language id, not 0: Rego policy'],
      ['a listed topic without questions', (text) => text.replace('  - Development workflow\n', '  - Development workflow\n  - Empty topic\n'), 'topics: "Empty topic" has no questions'],
    ];
    for (const [name, edit, problem] of cases) {
      it(name, () => {
        const edited = edit(yaml);
        assert.notEqual(edited, yaml, 'the edit must change the file');
        assert.ok(problemsOf(edited).includes(problem), `expected "${problem}" among:\n${problemsOf(edited).join('\n')}`);
      });
    }

    it('lists every problem in one message', () => {
      assert.throws(
        () => assembleBank(seedFiles, 'topics: [Security]\nnotes: {}\nquestions: {}\n'),
        (error) => error instanceof BankBuildError && error.problems.length === 65 && /^The question bank cannot be built:\n {2}- questions\.q1: missing/.test(error.message),
      );
    });
  });
});
