import assert from 'node:assert/strict';
import type { Question } from '../../../common/src/bank';
import { QuestionBank } from '../../../common/src/bank';
import { repairMojibake } from '../../../scripts/bank/repairMojibake';
import { noteTitle, ownQuestionText } from '../../../scripts/bank/renderQuestionHtml';
import { advancedTopicsFile, contentBank, expertProductionFile, readSeedFiles } from './seedFixtures';

const bank = contentBank();
const question = (id: string) => bank.questions.find((candidate) => candidate.id === id)!;
const repairedSource = (fileName: string) => repairMojibake(readSeedFiles().find((file) => file.fileName === fileName)!.text);

/** Everything in a question that comes from the seed (not our metadata, not the rendering). */
function seedText(entry: Question): string {
  const sections = entry.sections.flatMap((section) => [section.heading, section.markdown]);
  return [entry.title, entry.prompt, entry.shortAnswer, ...sections, entry.inDepth].filter((part) => part !== undefined).join('\n');
}

function decodeHtmlText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(lt|gt|quot|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', amp: '&' })[name]!);
}

/** Letters and digits only: what is left when markdown syntax, HTML markup, punctuation and whitespace are gone. */
const lettersAndDigits = (text: string) => (text.match(/[\p{L}\p{N}]/gu) ?? []).join('');

/** The visible text of a question body without the parts that are ours (notes, the open-question line). */
const visibleSeedText = (html: string) =>
  decodeHtmlText(html.replace(/<aside class="cc-own[^"]*">[\s\S]*?<\/aside>/g, '').replace(/<p class="cc-own[^"]*">[\s\S]*?<\/p>/g, ''));

/** Each numbered question's source lines, without its heading, fence lines, list numbers and the labels the view does not show. */
function sourceAnswers(fileName: string, heading: RegExp): Map<string, string> {
  const answers = new Map<string, string[]>();
  let current: string[] | undefined;
  let inFence = false;
  for (const line of repairedSource(fileName).split('\n')) {
    if (line.startsWith('```')) {
      inFence = !inFence;
      continue;
    }
    const number = inFence ? undefined : heading.exec(line)?.[1];
    if (number) answers.set(`q${number}`, (current = []));
    else if (line.startsWith('## Follow-up Questions')) current = undefined;
    else if (inFence || !/^### (Question|Answer):$/.test(line)) current?.push(inFence || line.startsWith('#') ? line : line.replace(/^\s*\d+\.\s/, ''));
  }
  return new Map([...answers].map(([id, lines]) => [id, lines.join('\n')]));
}

describe('the question bank built from content/', () => {
  it('has exactly the 64 questions of the seeds, each once, and ours after them', () => {
    const seeds = bank.questions.filter((entry) => entry.origin === 'seed');
    assert.equal(seeds.length, 64);
    assert.equal(new Set(bank.questions.map((entry) => entry.id)).size, bank.questions.length);
    assert.deepEqual(bank.questions.slice(0, 64), seeds);
    assert.ok(bank.questions.slice(64).every((entry) => entry.origin === 'container-coach' && entry.id.startsWith('cc-') && entry.number === null));
    assert.deepEqual(
      bank.questions.filter((entry) => entry.number !== null).map((entry) => entry.number),
      [...Array.from({ length: 10 }, (_, index) => index + 1), ...Array.from({ length: 50 }, (_, index) => index + 251)],
    );
    assert.equal(question('q288').title, 'How do you implement graceful shutdown in Docker containers?');
  });

  describe('no mojibake remains', () => {
    const json = JSON.stringify(bank);
    const patterns: Array<[name: string, pattern: RegExp]> = [
      ['â€ (a mis-decoded punctuation mark)', /â€/],
      ['Ã (a mis-decoded Latin-1 letter)', /Ã/],
      ['Â (a mis-decoded no-break space or sign)', /Â/],
      ['ðŸ (a mis-decoded emoji)', /ðŸ/],
      ['U+FFFD (a replacement character)', /\uFFFD/],
      ['C1 control characters', /[\u0080-\u009F]/],
    ];
    for (const [name, pattern] of patterns) it(`no ${name}`, () => assert.doesNotMatch(json, pattern));
  });

  describe('the repaired punctuation is all there', () => {
    const counts: Array<[name: string, pattern: RegExp, count: number]> = [
      ['em dashes', /\u2014/g, 80],
      ['arrows', /\u2192/g, 51],
      ['en dashes', /\u2013/g, 2],
      ['emoji', /\p{Extended_Pictographic}/gu, 1],
    ];
    const bankText = [...bank.documents.map((document) => document.title), ...bank.questions.filter((entry) => entry.source.fileName === expertProductionFile).map(seedText)].join('\n');
    for (const [name, pattern, count] of counts) {
      it(`${count} ${name} in the repaired source and in the bank`, () => {
        assert.equal(repairedSource(expertProductionFile).match(pattern)?.length, count);
        assert.equal(bankText.match(pattern)?.length, count);
      });
    }
  });

  describe("the rendered text is the source's text", () => {
    const answers = new Map([...sourceAnswers(advancedTopicsFile, /^## (\d+)\. /), ...sourceAnswers(expertProductionFile, /^### (\d+)\. /)]);
    it('covers all 60 answered questions', () => assert.equal(answers.size, 60));
    for (const [id, source] of answers) {
      it(`${id}: letters and digits of the HTML equal those of the repaired source`, () => {
        assert.equal(lettersAndDigits(visibleSeedText(question(id).html)), lettersAndDigits(source));
      });
    }
  });

  it('renders every code block, highlighted, numbered as in `codeBlocks`', () => {
    for (const entry of bank.questions) {
      const rendered = [...entry.html.matchAll(/<pre class="cc-code" data-code-index="(\d+)" data-language="([^"]+)"><code class="hljs language-\2">([\s\S]*?)<\/code><\/pre>/g)];
      assert.equal(rendered.length, entry.codeBlocks.length, entry.id);
      rendered.forEach(([, index, language, code], position) => {
        assert.equal(Number(index), position);
        assert.equal(language, entry.codeBlocks[position]!.language);
        assert.equal(decodeHtmlText(code!), entry.codeBlocks[position]!.code, `${entry.id} block ${position}`);
      });
    }
    assert.match(question('q3').html, /<span class="hljs-keyword">FROM<\/span>/);
  });

  it('keeps the tables', () => {
    const tableRows = (html: string) => html.match(/<tr>/g)?.length ?? 0;
    assert.equal(tableRows(question('q1').html), 7);
    assert.equal(tableRows(question('q5').html), 5);
    assert.equal(tableRows(question('q254').html), 7);
  });

  it('shows the open questions as open', () => {
    for (const id of ['followup-1', 'followup-2', 'followup-3', 'followup-4']) {
      assert.match(question(id).html, /<p class="cc-own cc-open-question">Open question/);
    }
  });

  describe('notes of ours on what is outdated or wrong', () => {
    const outdated: Array<{ note: string; pattern: RegExp; questions: string[] }> = [
      { note: 'docker-scan-retired', pattern: /\bdocker scan\b/, questions: ['q2'] },
      { note: 'trivy-scanners-flag', pattern: /--security-checks/, questions: ['q2'] },
      { note: 'compose-version-obsolete', pattern: /^version:/m, questions: ['q6', 'q10'] },
      { note: 'npm-omit-dev', pattern: /--only=production/, questions: ['q3', 'q4'] },
      { note: 'cmd-single-quotes-not-exec-form', pattern: /CMD \['/, questions: ['q284', 'q288'] },
      { note: 'actions-checkout-v2-eol', pattern: /actions\/checkout@v2/, questions: ['q4'] },
      { note: 'node-16-eol', pattern: /\bnode:16\b/, questions: ['q3', 'q4'] },
      { note: 'npm-build-stage-needs-dev-dependencies', pattern: /RUN npm ci --only=production\nCOPY \. \.\nRUN npm run build/, questions: ['q4'] },
      { note: 'overlay2-kernel-check-removed', pattern: /overlay2\.override_kernel_check/, questions: ['q3'] },
      { note: 'storage-drivers-removed', pattern: /--storage-driver=(aufs|devicemapper)/, questions: ['q5'] },
      { note: 'net-bind-service-capability', pattern: /--cap-add=NET_BIND\b(?!_)/, questions: ['q254'] },
      { note: 'dockerfile-comment-at-line-start', pattern: /^FROM \S+\s+#/m, questions: ['q273'] },
      { note: 'docker-hub-limits-changed', pattern: /100 pulls per 6 hours/, questions: ['q299'] },
      { note: 'encrypted-overlay-needs-attachable', pattern: /--opt encrypted secure-network/, questions: ['q2'] },
      { note: 'nginx-needs-root-setup', pattern: /--user 1000:1000 (--read-only )?nginx/, questions: ['q2', 'q8'] },
      { note: 'registry-not-a-proxy-by-itself', pattern: /registry:2\b/, questions: ['q3'] },
      { note: 'ci-pipeline-push-and-scan', pattern: /trivy-action@master/, questions: ['q4'] },
      { note: 'overlay-subnet-ingress-collision', pattern: /--driver overlay --subnet=10\.0\.0\.0\/24/, questions: ['q6'] },
      { note: 'jaeger-v1-eol', pattern: /jaegertracing\/all-in-one/, questions: ['q7', 'q287'] },
      { note: 'fluentd-driver-needs-fluentd', pattern: /--log-driver=fluentd/, questions: ['q7'] },
      { note: 'gcr-shut-down-placement-swarm', pattern: /Use GCR for image storage/, questions: ['q10'] },
      { note: 'run-as-non-root-needs-numeric-user', pattern: /`USER app`\) → set in `securityContext\.runAsNonRoot: true`/, questions: ['q252'] },
      { note: 'security-context-container-only-fields', pattern: /How do Docker security contexts compare to Kubernetes security contexts\?/, questions: ['q254'] },
      { note: 'qemu-is-emulation', pattern: /QEMU emulation \(for cross-compilation\)/, questions: ['q258'] },
      { note: 'scout-compare-needs-to', pattern: /docker scout compare myapp:v1\.0 myapp:v2\.0/, questions: ['q259'] },
      { note: 'trivy-k8s-cluster-removed', pattern: /trivy k8s --report summary cluster/, questions: ['q260'] },
      { note: 'rego-v1-syntax', pattern: /^deny\[msg\] \{/m, questions: ['q262'] },
      { note: 'docker-run-name-conflict', pattern: /docker stop app && docker run -d --name app/, questions: ['q264'] },
      { note: 'docker-does-not-restart-unhealthy', pattern: /Health check \+ restart policy combination/, questions: ['q265'] },
      { note: 'watchtower-cron-and-archive', pattern: /--schedule '0 \*\/6 \* \* \*'/, questions: ['q267'] },
      { note: 'no-buildkit-reproducible-flag', pattern: /BuildKit `--reproducible`/, questions: ['q269'] },
      { note: 'oci-artifact-manifest-dropped', pattern: /\*\*artifact manifest\*\*/, questions: ['q270'] },
      { note: 'rootless-privileged-ports', pattern: /port numbers <1024 require additional privilege/, questions: ['q271'] },
      { note: 'dct-retired-cosign-identity', pattern: /--certificate-identity github-actions@/, questions: ['q276'] },
      { note: 'cluster-image-policy-identities', pattern: /authorities: \[\{keyless: \{url: /, questions: ['q277'] },
      { note: 'bridge-network-not-zero-trust', pattern: /containers on the same bridge network can't talk unless explicitly allowed/, questions: ['q280'] },
      { note: 'ephemeral-containers-stay', pattern: /then delete the ephemeral container/, questions: ['q281'] },
      { note: 'coreos-eol', pattern: /CoreOS \(now Flatcar Container Linux\)/, questions: ['q282'] },
      { note: 'paketo-bionic-builder-archived', pattern: /paketobuildpacks\/builder:base/, questions: ['q283'] },
      { note: 'jupyter-version', pattern: /jupyter==7\.0/, questions: ['q284'] },
      { note: 'falco-detects-only', pattern: /block the syscall \(enforcement mode\)/, questions: ['q290'] },
      { note: 'pdb-not-for-rolling-updates', pattern: /\(drains, rolling updates, node maintenance\)/, questions: ['q294'] },
      { note: 'flagger-not-argo-analysis', pattern: /thresholdRange:/, questions: ['q296'] },
      { note: 'docker-login-password-stdin', pattern: /docker login -u \S+ -p /, questions: ['q299'] },
    ];

    it('covers every note the bank has', () => {
      const notes = new Set(bank.questions.flatMap((entry) => entry.notes.map((note) => note.id)));
      assert.deepEqual([...notes].sort(), outdated.map(({ note }) => note).sort());
    });

    for (const { note, pattern, questions } of outdated) {
      it(`${note}: on exactly the questions whose text has ${pattern}`, () => {
        const mentioning = bank.questions.filter((entry) => entry.origin === 'seed' && pattern.test(seedText(entry))).map((entry) => entry.id);
        const noted = bank.questions.filter((entry) => entry.notes.some((candidate) => candidate.id === note)).map((entry) => entry.id);
        assert.deepEqual(mentioning, questions);
        assert.deepEqual(noted, questions);
      });
    }

    it(`renders notes in a "${noteTitle}" block, apart from the seed's text`, () => {
      for (const entry of bank.questions) {
        const notesBlock = /<aside class="cc-own cc-note">\n<p class="cc-note-title">([^<]*)<\/p>\n([\s\S]*?)<\/aside>/.exec(entry.html);
        if (entry.notes.length === 0) {
          assert.equal(notesBlock, null, entry.id);
          continue;
        }
        assert.equal(notesBlock?.[1], noteTitle, entry.id);
        assert.deepEqual([...notesBlock![2]!.matchAll(/data-note="([^"]+)"/g)].map((match) => match[1]), entry.notes.map((note) => note.id));
      }
      assert.match(question('q288').html, /Write <code>CMD \[&quot;node&quot;, &quot;server.js&quot;\]<\/code>/);
    });
  });

  describe('topics', () => {
    it('puts every question in exactly one listed topic', () => {
      const groups = QuestionBank.fromJson(bank).topics();
      assert.deepEqual(groups.map((group) => group.topic), bank.topics);
      const placed = groups.flatMap((group) => group.questions.map((entry) => entry.id));
      assert.deepEqual([...placed].sort(), bank.questions.map((entry) => entry.id).sort());
      for (const entry of bank.questions) assert.ok(bank.topics.includes(entry.topic), entry.id);
    });

    it('links only to questions that exist', () => {
      const ids = new Set(bank.questions.map((entry) => entry.id));
      for (const entry of bank.questions) for (const related of entry.related) assert.ok(ids.has(related), `${entry.id} -> ${related}`);
    });
  });

  describe('our corrections of the seeds\' code languages', () => {
    it('shows q262\'s policy as Rego and q268\'s containerd configuration as TOML', () => {
      assert.deepEqual([question('q262').codeBlocks[0]!.language, question('q268').codeBlocks[0]!.language], ['rego', 'toml']);
      assert.match(question('q262').html, /<pre class="cc-code" data-code-index="0" data-language="rego">/);
      assert.match(question('q268').html, /<pre class="cc-code" data-code-index="0" data-language="toml"><code class="hljs language-toml">[\s\S]*?<span class="hljs-section">\[proxy_plugins\]<\/span>/);
    });
  });

  it('names the seed document of every seed question', () => {
    const titles = new Map(bank.documents.map((document) => [document.fileName, document.title]));
    for (const entry of bank.questions.filter((candidate) => candidate.origin === 'seed')) assert.equal(entry.documentTitle, titles.get(entry.source.fileName), entry.id);
  });

  describe('our own questions', () => {
    const own = bank.questions.filter((entry) => entry.origin === 'container-coach');

    it('are in the bank\'s shape: question, short answer, in-depth part with code, and sources with links', () => {
      assert.ok(own.length >= 15);
      for (const entry of own) {
        assert.ok(entry.prompt && entry.shortAnswer && entry.inDepth, entry.id);
        assert.ok(entry.codeBlocks.length > 0, `${entry.id} has code`);
        assert.ok(entry.sources!.length > 0 && entry.sources!.some((source) => /https:\/\/(docs\.docker\.com|kubernetes\.io)\//.test(source)), `${entry.id} names its sources`);
      }
    });

    it('are marked as ours at the top of their page and list their sources', () => {
      for (const entry of own) {
        assert.ok(entry.html.startsWith(`<p class="cc-own cc-own-question">${ownQuestionText}</p>`), entry.id);
        assert.match(entry.html, /<section class="cc-own cc-sources">\n<h2>Sources<\/h2>\n<ul><li>/, entry.id);
      }
      assert.ok(bank.questions.filter((entry) => entry.origin === 'seed').every((entry) => !entry.html.includes('cc-own-question')));
    });
  });
});
