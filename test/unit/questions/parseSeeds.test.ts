import assert from 'node:assert/strict';
import { repairMojibake } from '../../../scripts/bank/repairMojibake';
import { parseSeedFile, parseSeeds, SeedParseError, type SeedQuestion } from '../../../scripts/bank/parseSeeds';
import { advancedTopicsFile, expertProductionFile, readSeedFiles } from './seedFixtures';

const seeds = parseSeeds(readSeedFiles());
const question = (id: string) => seeds.questions.find((candidate) => candidate.id === id)!;
const repairedSource = (fileName: string) => repairMojibake(readSeedFiles().find((file) => file.fileName === fileName)!.text);

/** The lines of each numbered question's block in a source, split at its `## 1.` / `### 251.` headings. */
function sourceBlocks(fileName: string, heading: RegExp): Map<number, string[]> {
  const blocks = new Map<number, string[]>();
  let current: string[] | undefined;
  for (const line of repairedSource(fileName).split('\n')) {
    const number = heading.exec(line)?.[1];
    if (number) blocks.set(Number(number), (current = []));
    else if (/^## Follow-up Questions/.test(line)) current = undefined;
    else current?.push(line);
  }
  return blocks;
}

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');

describe('parseSeeds', () => {
  it('finds the 64 questions: 1 to 10, the 4 follow-ups, then 251 to 300', () => {
    const expectedIds = [
      ...Array.from({ length: 10 }, (_, index) => `q${index + 1}`),
      'followup-1', 'followup-2', 'followup-3', 'followup-4',
      ...Array.from({ length: 50 }, (_, index) => `q${index + 251}`),
    ];
    assert.deepEqual(seeds.questions.map((entry) => entry.id), expectedIds);
    assert.equal(seeds.questions.filter((entry) => entry.status === 'answered').length, 60);
    assert.equal(seeds.questions.filter((entry) => entry.status === 'open').length, 4);
  });

  it('keeps the original numbers', () => {
    for (const entry of seeds.questions) {
      assert.equal(entry.number, entry.status === 'open' ? null : Number(entry.id.slice(1)), entry.id);
    }
  });

  it('keeps the original titles', () => {
    const titles: Record<string, string> = {
      q1: 'Docker Swarm vs Kubernetes - When to Use Which?',
      q4: 'Docker in CI/CD Pipelines',
      q10: 'Docker and Cloud Integration',
      q251: 'How does a Docker image become a Kubernetes pod?',
      q257: 'What is the `docker buildx` command and its use cases?',
      q288: 'How do you implement graceful shutdown in Docker containers?',
      q299: "What is Docker Hub's image pull rate limit and how do you work around it?",
      q300: 'How do you implement disaster recovery for Docker-based applications?',
      'followup-1': 'How would you implement zero-downtime deployments with Docker?',
      'followup-4': 'What is the future of container technology beyond Docker?',
    };
    for (const [id, title] of Object.entries(titles)) assert.equal(question(id).title, title, id);
  });

  it('takes every title from its heading in the source', () => {
    const headings = [
      ...repairedSource(advancedTopicsFile).matchAll(/^## (\d+)\. (.+)$/gm),
      ...repairedSource(expertProductionFile).matchAll(/^### (\d+)\. (.+)$/gm),
    ];
    assert.equal(headings.length, 60);
    for (const [, number, title] of headings) assert.equal(question(`q${number}`).title, title);
  });

  it('names each source document and where each question starts', () => {
    assert.deepEqual(seeds.documents, [
      { fileName: advancedTopicsFile, title: 'Advanced Docker Topics', repaired: false },
      { fileName: expertProductionFile, title: '🔗 Docker + Kubernetes, Tooling & Expert Production (251–300)', repaired: true },
    ]);
    assert.deepEqual(question('q1').source, { fileName: advancedTopicsFile, line: 3 });
    assert.deepEqual(question('q251').source, { fileName: expertProductionFile, line: 5 });
    for (const entry of seeds.questions) {
      const line = repairedSource(entry.source.fileName).split('\n')[entry.source.line - 1]!;
      assert.ok(line.includes(entry.title), `${entry.id}: line ${entry.source.line} is "${line}"`);
    }
  });

  it('gives the first document a prompt and `###` sections, the second a short answer and an in-depth part', () => {
    for (const entry of seeds.questions.filter((candidate) => candidate.status === 'answered')) {
      if (entry.source.fileName === advancedTopicsFile) {
        assert.ok(entry.prompt && entry.sections.length > 0 && entry.shortAnswer === undefined, entry.id);
      } else {
        assert.ok(entry.shortAnswer && entry.inDepth && entry.prompt === undefined && entry.sections.length === 0, entry.id);
      }
    }
    assert.deepEqual(question('q1').sections.map((section) => section.heading), ['Docker Swarm', 'Kubernetes', 'When to Choose:']);
    assert.equal(question('q1').prompt, 'Compare Docker Swarm and Kubernetes for container orchestration. When would you choose one over the other?');
  });

  it('keeps tables in the markdown', () => {
    assert.match(question('q1').sections[2]!.markdown, /^\| Scenario \| Recommendation \| Reason \|\n\|-+\|-+\|-+\|/);
    assert.match(question('q5').sections.at(-1)!.markdown, /^\| Driver \| Performance \| Storage Efficiency \| Complexity \|/);
    assert.match(question('q254').shortAnswer!, /\| `--read-only` \| `securityContext.readOnlyRootFilesystem: true` \|/);
  });

  it('strips exactly the one pair of quotes that wraps each short answer', () => {
    assert.match(question('q251').shortAnswer!, /^The journey: image → pod spec/);
    assert.match(question('q251').shortAnswer!, /understands natively\.$/);
    assert.match(question('q253').shortAnswer!, /8080:8080\n```$/);
    assert.match(question('q289').shortAnswer!, /`\{"log-opts": \{"max-size": "10m", "max-file": "5"\}\}`/);
    for (const entry of seeds.questions.filter((candidate) => candidate.shortAnswer !== undefined)) {
      assert.ok(!entry.shortAnswer!.startsWith('"') && !entry.shortAnswer!.endsWith('"'), entry.id);
    }
  });

  it('leaves the open follow-up questions without an answer', () => {
    for (const id of ['followup-1', 'followup-2', 'followup-3', 'followup-4']) {
      const entry = question(id);
      assert.equal(entry.status, 'open');
      assert.deepEqual([entry.prompt, entry.shortAnswer, entry.inDepth, entry.sections, entry.codeBlocks], [undefined, undefined, undefined, [], []]);
    }
  });

  describe('keeps the text verbatim', () => {
    const numberedBlocks = [
      ...[...sourceBlocks(advancedTopicsFile, /^## (\d+)\. /)].map(([number, lines]) => ({ number, lines, file: advancedTopicsFile })),
      ...[...sourceBlocks(expertProductionFile, /^### (\d+)\. /)].map(([number, lines]) => ({ number, lines, file: expertProductionFile })),
    ];
    /** The question's text as the source lays it out: labels of the first document, quotes and `#### In-depth` of the second. */
    const asSourceLaysItOut = (entry: SeedQuestion) =>
      entry.source.fileName === advancedTopicsFile
        ? ['### Question:', entry.prompt, '### Answer:', ...entry.sections.flatMap((section) => [`### ${section.heading}`, section.markdown])].join('\n')
        : [`"${entry.shortAnswer}"`, '#### In-depth', entry.inDepth, '---'].join('\n');

    it('covers all 60 numbered questions', () => assert.equal(numberedBlocks.length, 60));
    for (const { number, lines } of numberedBlocks) {
      it(`q${number}: the record's text equals the repaired source, whitespace aside`, () => {
        assert.equal(withoutWhitespace(asSourceLaysItOut(question(`q${number}`))), withoutWhitespace(lines.join('\n')));
      });
    }
  });

  describe('code blocks', () => {
    /** Fenced blocks found independently of the parser: an opening fence line, then up to the next bare fence. */
    const sourceCodeBlocks = (fileName: string) =>
      [...repairedSource(fileName).matchAll(/^```(\w*)\n([\s\S]*?)\n```"?$/gm)].map(([, tag, code]) => ({ tag: tag!, code: code! }));
    const parsedCodeBlocks = (fileName: string) =>
      seeds.questions.filter((entry) => entry.source.fileName === fileName).flatMap((entry) => entry.codeBlocks);

    for (const [fileName, count] of [[advancedTopicsFile, 38], [expertProductionFile, 30]] as const) {
      it(`keeps all ${count} blocks of ${fileName}, with their code and tag`, () => {
        const fenceLines = repairedSource(fileName).split('\n').filter((line) => line.startsWith('```')).length;
        assert.equal(fenceLines, 2 * count);
        const expected = sourceCodeBlocks(fileName);
        assert.equal(expected.length, count);
        const parsed = parsedCodeBlocks(fileName);
        assert.deepEqual(parsed.map((block) => block.code), expected.map((block) => block.code));
        for (const [index, block] of parsed.entries()) {
          if (expected[index]!.tag) assert.deepEqual([block.language, block.inferred], [expected[index]!.tag, false]);
        }
      });
    }

    it('gives every block a language, inferring it where the fence has none', () => {
      const blocks = seeds.questions.flatMap((entry) => entry.codeBlocks.map((block) => ({ id: entry.id, ...block })));
      for (const block of blocks) assert.match(block.language, /^[a-z]+$/, block.id);
      assert.deepEqual(
        blocks.filter((block) => block.inferred).map((block) => [block.id, block.language]),
        [['q292', 'plaintext']],
      );
    });
  });

  describe('refuses malformed sources, saying where', () => {
    const cases: Array<[name: string, text: string, message: RegExp]> = [
      ['a short answer without its quotes', '# T\n\n### 1. A?\nAnswer.\n\n#### In-depth\nMore.\n', /seed\.txt:4: .*double quotes/],
      ['a question without "#### In-depth"', '# T\n\n### 1. A?\n"Answer."\n', /seed\.txt:3: question 1 has no "#### In-depth"/],
      ['a question without "### Question:"', '# T\n\n## 1. A\n\n### Answer:\n\n### Part\ntext\n', /seed\.txt:3: question 1 has no "### Question:"/],
      ['an unknown `##` heading', '# T\n\n## 1. A\n### Question:\nQ?\n\n## Appendix\n', /seed\.txt:7: unexpected heading "## Appendix"/],
      ['a document without numbered questions', '# T\n\nJust prose.\n', /seed\.txt:1: no numbered questions/],
      ['text between the title and the first question', '# T\n\nIntro.\n\n### 1. A?\n"a"\n\n#### In-depth\nb\n', /seed\.txt:3: text before the first question/],
      ['text before the first `###` of an answer', '# T\n\n## 1. A\nStray.\n### Question:\nQ?\n', /seed\.txt:4: question 1 has text before its first `###` heading/],
    ];
    for (const [name, text, message] of cases) {
      it(name, () => assert.throws(() => parseSeedFile({ fileName: 'seed.txt', text }), (error) => error instanceof SeedParseError && message.test(error.message)));
    }

    it('a question id used twice', () => {
      const file = { fileName: 'seed.txt', text: '# T\n\n### 1. A?\n"a"\n\n#### In-depth\nb\n' };
      assert.throws(() => parseSeeds([file, file]), /duplicate question id q1/);
    });
  });
});
