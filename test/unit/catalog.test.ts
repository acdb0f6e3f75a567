import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { QuestionBank, questionBody, type Question } from '../../common/src/bank';
import { RuleCatalog } from '../../common/src/ruleCatalog';
import type { Rule, TargetName, WorkspaceFacts } from '../../server/src/engine/rule';
import { composeRules } from '../../server/src/targets/compose/rules/index';
import { dockerfileRules } from '../../server/src/targets/dockerfile/rules/index';
import { recogniseTarget, rules } from '../../server/src/targets/index';
import { kubernetesRules } from '../../server/src/targets/kubernetes/rules/index';
import { rulesJson } from '../../scripts/buildRules';
import { ruleMarkdown } from '../../cli/src/bank';
import { contentBank } from './questions/seedFixtures';

const bank = QuestionBank.fromJson(contentBank());

/** Each target's rules, the file a documented example is linted as, and how many rules it has at least. */
const TARGETS: Record<TargetName, { rules: readonly Rule[]; uri: string; languageId: string; atLeast: number }> = {
  dockerfile: { rules: dockerfileRules, uri: 'file:///docs/Dockerfile', languageId: 'dockerfile', atLeast: 60 },
  compose: { rules: composeRules, uri: 'file:///docs/compose.yaml', languageId: 'dockercompose', atLeast: 20 },
  kubernetes: { rules: kubernetesRules, uri: 'file:///docs/manifest.yaml', languageId: 'yaml', atLeast: 30 },
};

/** Facts some Dockerfile examples describe in a comment (`# .dockerignore: dist`), as the server would gather them. */
const WORKSPACE: Record<string, { bad: WorkspaceFacts; good: WorkspaceFacts }> = {
  'dockerfile/no-copy-ignored-file': { bad: { dockerignore: 'dist\n' }, good: { dockerignore: 'node_modules\n' } },
  'dockerfile/require-dockerignore': { bad: { dockerignore: null }, good: { dockerignore: '.git\nnode_modules\n.env\n' } },
  'dockerfile/no-untrusted-registry': { bad: { trustedRegistries: ['registry.example.com'] }, good: { trustedRegistries: ['registry.example.com'] } },
  ...labelSchemaExamples({
    'dockerfile/require-schema-labels': { labelSchema: { 'org.opencontainers.image.source': 'url' } },
    'dockerfile/no-labels-outside-schema': { labelSchema: { version: 'semver' }, strictLabels: true },
    'dockerfile/no-empty-schema-label': { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
    'dockerfile/require-label-url': { labelSchema: { 'org.opencontainers.image.source': 'url' } },
    'dockerfile/require-label-rfc3339': { labelSchema: { 'org.opencontainers.image.created': 'rfc3339' } },
    'dockerfile/require-label-spdx': { labelSchema: { 'org.opencontainers.image.licenses': 'spdx' } },
    'dockerfile/require-label-git-hash': { labelSchema: { 'org.opencontainers.image.revision': 'hash' } },
    'dockerfile/require-label-semver': { labelSchema: { 'org.opencontainers.image.version': 'semver' } },
    'dockerfile/require-label-email': { labelSchema: { maintainer: 'email' } },
  }),
};

/** The label schema (and strict labels) the examples of the label rules describe in their first comment, for both examples. */
function labelSchemaExamples(facts: Record<string, WorkspaceFacts>): Record<string, { bad: WorkspaceFacts; good: WorkspaceFacts }> {
  return Object.fromEntries(Object.entries(facts).map(([id, workspace]) => [id, { bad: workspace, good: workspace }]));
}

/** The messages a documented example yields for its own rule, linted as written by the real engine. */
function messagesOf(rule: Rule, example: string, workspace: WorkspaceFacts | undefined): string[] {
  const { uri, languageId } = TARGETS[rule.target];
  const target = recogniseTarget(uri, languageId, example);
  assert.equal(target?.name, rule.target, 'the example is recognised as a complete file of its target');
  const document = TextDocument.create(uri, languageId, 1, example);
  const result = target!.analyse(document, { maxFileSize: 1 << 20, severities: { [rule.id]: 'on' }, ...(workspace ? { workspace } : {}) }).result;
  assert.deepEqual(result.failures, []);
  assert.equal(result.skipped, undefined);
  return result.findings.filter((finding) => finding.rule.id === rule.id).map((finding) => finding.message);
}

/** The subject words of `subject` that `question` mentions, case-insensitively, in its title or body (code included). */
export function subjectWordsIn(question: Pick<Question, 'title'> & Parameters<typeof questionBody>[0], subject: readonly string[]): string[] {
  const text = `${question.title}\n${questionBody(question)}`.toLowerCase();
  return subject.filter((word) => text.includes(word.toLowerCase()));
}

const maxRuleLinksPerQuestion = 12;

/** Rules that cite no question because none of the bank discusses them (a loose link would mislead), in registry order. */

describe('catalog: rules and the question bank', () => {
  it('has rule ids that are unique', () => {
    const ids = rules.map((rule) => rule.id);
    assert.deepEqual(ids.filter((id, index) => ids.indexOf(id) !== index), []);
  });

  it('lists every rule, the cross-file ones included, in the order the locale collation gives their ids', () => {
    const ids = rules.map((rule) => rule.id);
    assert.deepEqual(ids, [...ids].sort((a, b) => a.localeCompare(b)));
    assert.ok(ids.every((id) => /^[a-z]+\/[a-z0-9-]+$/.test(id)), 'lowercase ASCII ids');
  });

  it('has every rule link to at least one question', () => {
    assert.deepEqual(rules.filter((rule) => rule.questions.length === 0).map((rule) => rule.id), []);
  });

  it('has every question a rule cites exist in the bank, answered', () => {
    const broken = rules.flatMap((rule) =>
      rule.questions.filter((id) => bank.get(id)?.status !== 'answered').map((id) => `${rule.id} → ${id}${bank.get(id) ? ' (open question)' : ' (missing)'}`),
    );
    assert.deepEqual(broken, []);
  });

  it('lists every rule in dist/rules.json, with its docs rendered', () => {
    const json = rulesJson();
    assert.deepEqual(json.rules.map((rule) => rule.id), rules.map((rule) => rule.id));
    for (const rule of json.rules) {
      assert.match(rule.html.why, /\S/, `${rule.id} has no why`);
      assert.equal(rule.html.bad !== undefined, rule.docs.bad !== undefined, rule.id);
      assert.equal(rule.html.good !== undefined, rule.docs.good !== undefined, rule.id);
    }
  });

  it('has every rule declare the words of its subject', () => {
    assert.deepEqual(rules.filter((rule) => rule.subject.length === 0 || rule.subject.some((word) => word.trim() === '')).map((rule) => rule.id), []);
  });

  it('links a rule only to questions whose text mentions its subject, the first one included', () => {
    const broken = rules.flatMap((rule) =>
      rule.questions.filter((id) => bank.get(id) && subjectWordsIn(bank.get(id)!, rule.subject).length === 0).map((id) => `${rule.id} → ${id}`),
    );
    assert.deepEqual(broken, []);
  });

  it(`has no question cited by more than ${maxRuleLinksPerQuestion} rules`, () => {
    const catalog = RuleCatalog.fromJson(rulesJson());
    const crowded = bank.all().filter((question) => catalog.citing(question.id).length > maxRuleLinksPerQuestion);
    assert.deepEqual(crowded.map((question) => `${question.id}: ${catalog.citing(question.id).length} rules`), []);
  });

  it('has every question of ours cited by a rule, first by at least one', () => {
    const own = bank.all().filter((question) => question.origin === 'container-coach');
    assert.ok(own.length >= 15, `${own.length} questions of ours`);
    const uncited = own.filter((question) => !rules.some((rule) => rule.questions[0] === question.id)).map((question) => question.id);
    assert.deepEqual(uncited, []);
  });

  it('cites the seed questions the rules have always been about', () => {
    const cites = (ruleId: string, questionId: string) => rules.find((rule) => rule.id === ruleId)!.questions.includes(questionId);
    const expected: Array<[string, string]> = [
      ['dockerfile/prefer-exec-form', 'q284'],
      ['dockerfile/require-dockerignore', 'q261'],
      ['kubernetes/no-docker-socket', 'q290'],
      ['kubernetes/no-docker-socket', 'q291'],
      ['kubernetes/prefer-image-digest', 'q279'],
      ['compose/require-healthcheck', 'q296'],
      ['compose/require-healthcheck', 'q297'],
      ['dockerfile/no-untrusted-registry', 'q299'],
    ];
    assert.deepEqual(expected.filter(([rule, question]) => !cites(rule, question)), []);
    assert.equal(rules.find((rule) => rule.id === 'kubernetes/prefer-image-digest')!.questions[0], 'q279');
  });

  it('finds, for every question a rule cites, that rule among the citing ones', () => {
    const catalog = RuleCatalog.fromJson(rulesJson());
    for (const rule of rules) {
      for (const id of rule.questions) assert.ok(catalog.citing(id).some((citing) => citing.id === rule.id), `${id} ← ${rule.id}`);
    }
  });
});

for (const [target, { rules: targetRules, atLeast }] of Object.entries(TARGETS)) {
  describe(`catalog: ${target} rules`, () => {
    const dir = `server/src/targets/${target}/rules`;
    const files = readdirSync(dir).filter((file) => file.endsWith('.ts') && file !== 'index.ts').map((file) => file.slice(0, -3));

    it('registers every rule file once, sorted, under an id named after its file', () => {
      assert.deepEqual(targetRules.map((rule) => rule.id), files.sort().map((file) => `${target}/${file}`));
      assert.ok(targetRules.length >= atLeast);
    });

    it('has a table test beside every rule', () => {
      assert.deepEqual(files.filter((file) => !existsSync(`test/unit/rules/${target}/${file}.test.ts`)), []);
    });

    it('gives each alias to one rule only, so an ignore comment names one check', () => {
      const aliases = targetRules.flatMap((rule) => rule.aliases.map((alias) => alias.toLowerCase()));
      assert.deepEqual(aliases.filter((alias, index) => aliases.indexOf(alias) !== index), []);
    });

    for (const rule of targetRules) {
      it(`${rule.id}: its documented bad example is caught and its good one is not`, () => {
        assert.ok(rule.docs.bad && rule.docs.good, 'documents a bad and a good example');
        const facts = WORKSPACE[rule.id];
        const bad = messagesOf(rule, rule.docs.bad, facts?.bad);
        assert.notDeepEqual(bad, [], 'bad example caught');
        // Each Compose example shows one service with one problem (some Dockerfile and Kubernetes ones show two forms).
        if (rule.target === 'compose') assert.equal(bad.length, 1);
        assert.deepEqual(messagesOf(rule, rule.docs.good, facts?.good), []);
      });
    }
  });
}

describe('catalog: kubernetes rule names', () => {
  it('names rules with a verb a user can read: no-, require-, prefer-', () => {
    for (const rule of kubernetesRules) assert.match(rule.id, /^kubernetes\/(?:no|require|prefer)-[a-z0-9-]+$/);
  });
});

describe('catalog: what each side may import', () => {
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true }).map(String).filter((file) => file.endsWith('.ts')).map((file) => join(dir, file));
  const imports = (file: string): string[] =>
    [...readFileSync(file, 'utf8').matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*|^import\s+)['"]([^'"]+)['"]/gm)].map((match) => match[1]);

  it('never imports vscode from the server, the CLI or the shared models, so the CLI and other editors share them', () => {
    const offenders = ['server/src', 'cli/src', 'common/src']
      .flatMap(sources)
      .filter((file) => imports(file).some((specifier) => specifier === 'vscode' || specifier.startsWith('vscode/')));
    assert.deepEqual(offenders, []);
  });

  it('has the client import nothing from the server: only common/src, vscode-languageclient and protocol types', () => {
    const offenders = sources('client/src').flatMap((file) =>
      imports(file)
        .filter((specifier) =>
          specifier.startsWith('.')
            ? !/^(?:client|common)\//.test(relative('.', resolve(dirname(file), specifier)))
            : /^vscode-languageserver(?:$|\/)|^vscode-languageserver-textdocument/.test(specifier),
        )
        .map((specifier) => `${file} → ${specifier}`),
    );
    assert.deepEqual(offenders, []);
  });
});

describe('deliberate differences from hadolint', () => {
  it('are stated by the rules that list them in the README table, and only by them', () => {
    const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
    const start = readme.split('\n').indexOf('| Rule | hadolint | Difference |');
    assert.ok(start >= 0, 'the README has the table');
    const rows = readme.split('\n').slice(start + 2);
    const table = rows.slice(0, rows.findIndex((line) => !line.startsWith('|')));
    const listed = table.flatMap((row) => [...row.split('|')[1].matchAll(/`(dockerfile\/[a-z-]+)`/g)].map(([, id]) => id));
    const documented = rules.filter((rule) => rule.docs.differsFromHadolint !== undefined).map((rule) => rule.id);
    assert.deepEqual(listed.sort(), documented.sort());
    for (const rule of rules.filter((each) => each.docs.differsFromHadolint !== undefined)) {
      assert.ok(rule.aliases.some((alias) => /^DL\d{4}$/.test(alias)), `${rule.id} differs from hadolint but has no hadolint alias`);
      assert.match(ruleMarkdown(rule, undefined), /Differs from hadolint: /, `${rule.id}: the CLI's and SARIF's documentation`);
      assert.match(rulesJson().rules.find((info) => info.id === rule.id)?.html.differsFromHadolint ?? '', /\S/, `${rule.id}: the rule page`);
    }
  });
});
