import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ignore from 'ignore';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseAllDocuments, parse as parseYaml } from 'yaml';
import type { DocumentKind } from '../../server/src/targets/kind';
import { DEFAULT_MAX_FILE_SIZE, type RuleFinding } from '../../server/src/engine/lint';
import { expandSnippet } from '../../server/src/snippetSyntax';
import { SNIPPET_GROUPS, snippetsOf, type Snippet, type SnippetFiles } from '../../common/src/snippets';
import { documentKind, targetsByName } from '../../server/src/targets/index';

const ROOT = join(__dirname, '..', '..');
const files = Object.fromEntries(
  SNIPPET_GROUPS.map((group) => [group, JSON.parse(readFileSync(join(ROOT, 'snippets', `${group}.json`), 'utf8'))]),
) as SnippetFiles;
const snippets = snippetsOf(files);
const questionIds = new Set(Object.keys((parseYaml(readFileSync(join(ROOT, 'content', 'questions.yaml'), 'utf8')) as { questions: object }).questions));
const dockerignore = expandSnippet(snippets.find((snippet) => snippet.prefix === 'cc-dockerignore')!.body);

/** A Dockerfile fragment is linted inside this file, at the marker line. */
const DOCKERFILE_HOST = "# syntax=docker/dockerfile:1\nFROM debian:bookworm-slim\nWORKDIR /app\n@SNIPPET@\nUSER 10001:10001\n";

function lint(text: string, kind: DocumentKind): RuleFinding[] {
  const document = TextDocument.create(`file:///snippets/${kind === 'dockerfile' ? 'Dockerfile' : `${kind}.yaml`}`, kind, 1, text);
  const { result } = targetsByName[kind].analyse(document, { maxFileSize: DEFAULT_MAX_FILE_SIZE, workspace: { dockerignore } });
  assert.equal(result.skipped, undefined);
  assert.deepEqual(result.failures.map(({ ruleId, error }) => `${ruleId}: ${String(error)}`), []);
  return result.findings;
}

function describeFindings(findings: readonly RuleFinding[], text: string): string[] {
  const lines = text.split('\n');
  return findings.map((finding) => {
    const { start, end } = finding.range;
    const snippet = start.line === end.line ? lines[start.line].slice(start.character, end.character) : lines[start.line].slice(start.character);
    return `${finding.rule.id} line ${start.line + 1} \`${snippet}\`: ${finding.message}`;
  });
}

/** The findings the fragment brings: inside its lines, or elsewhere but absent from the host alone. */
function fragmentFindings(fragment: string): string[] {
  const [before, after] = DOCKERFILE_HOST.split('@SNIPPET@\n');
  const text = `${before}${fragment.endsWith('\n') ? fragment : `${fragment}\n`}${after}`;
  const first = before.split('\n').length - 1;
  const added = text.split('\n').length - DOCKERFILE_HOST.split('\n').length;
  const hostFindings = lint(DOCKERFILE_HOST.replace('@SNIPPET@\n', ''), 'dockerfile').map(
    (finding) => `${finding.rule.id}@${finding.range.start.line >= first ? finding.range.start.line + added : finding.range.start.line}`,
  );
  const findings = lint(text, 'dockerfile').filter((finding) => {
    const line = finding.range.start.line;
    return (line >= first && line < first + added) || !hostFindings.includes(`${finding.rule.id}@${line}`);
  });
  return describeFindings(findings, text);
}

function yamlErrors(text: string): string[] {
  return parseAllDocuments(text).flatMap((document) => [...document.errors, ...document.warnings].map((error) => error.message));
}

function indent(text: string, by: string): string {
  return text
    .split('\n')
    .map((line) => (line ? by + line : line))
    .join('\n');
}

describe('snippets', () => {
  it('has at least 25 snippets with unique cc- prefixes, a description and existing questions named in it', () => {
    assert.ok(snippets.length >= 25, `${snippets.length} snippets`);
    const prefixes = snippets.map((snippet) => snippet.prefix);
    assert.deepEqual(prefixes.filter((prefix, index) => prefixes.indexOf(prefix) !== index), []);
    for (const snippet of snippets) {
      assert.match(snippet.prefix, /^cc-[a-z0-9-]+$/, snippet.name);
      assert.ok(snippet.questions.length > 0, `${snippet.prefix} names no question`);
      for (const id of snippet.questions) {
        assert.ok(questionIds.has(id), `${snippet.prefix}: unknown question ${id}`);
        assert.ok(snippet.description.includes(`Q${id.slice(1)}`), `${snippet.prefix}: the description does not name Q${id.slice(1)}`);
      }
    }
  });

  it('gives every YAML snippet a context and lists the Dockerfile snippets for VS Code in package.json', () => {
    for (const snippet of snippets.filter((snippet) => snippet.group !== 'dockerfile')) assert.ok(snippet.context, snippet.prefix);
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { contributes: { snippets: { language: string; path: string }[] } };
    assert.deepEqual(manifest.contributes.snippets, [{ language: 'dockerfile', path: './snippets/dockerfile.json' }]);
  });

  it('uses current tools and versions, not the ones the seeds show', () => {
    for (const snippet of snippets) {
      const text = expandSnippet(snippet.body);
      for (const outdated of [/node:1[0-8]\b/, /actions\/checkout@v[1-4]\b/, /@master\b/, /--security-checks/, /docker scan\b/, /--only=production/, /^version:/m]) {
        assert.doesNotMatch(text, outdated, snippet.prefix);
      }
    }
  });

  it('explains every suppression it carries', () => {
    for (const snippet of snippets) {
      for (const match of snippet.body.matchAll(/#\s*container-coach ignore[^\n]*/g)) assert.match(match[0], / -- \S/, `${snippet.prefix}: ${match[0]}`);
    }
  });

  describe('expanded with their defaults, lint clean', () => {
    it('(the same linting does find problems in bad files of each kind)', () => {
      assert.ok(lint('FROM node:24\nCMD node server.js\n', 'dockerfile').length > 0);
      assert.ok(fragmentFindings('RUN apt-get install curl').length > 0);
      assert.ok(lint('services:\n  web:\n    image: nginx:1.27\n    privileged: true\n', 'compose').length > 0);
      assert.ok(lint('apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n', 'kubernetes').length > 0);
    });

    const byGroup = (group: Snippet['group']): Snippet[] => snippets.filter((snippet) => snippet.group === group);

    for (const snippet of byGroup('dockerfile')) {
      it(`${snippet.prefix} (${snippet.isFileTemplate ? 'Dockerfile' : 'fragment in a Dockerfile'})`, () => {
        const text = expandSnippet(snippet.body);
        const findings = snippet.isFileTemplate ? describeFindings(lint(text, 'dockerfile'), text) : fragmentFindings(text);
        assert.deepEqual(findings, []);
      });
    }

    for (const snippet of byGroup('compose')) {
      it(`${snippet.prefix} (compose ${snippet.context})`, () => {
        const expanded = expandSnippet(snippet.body);
        const text = snippet.context === 'service' ? `services:\n${indent(expanded, '  ')}` : expanded;
        assert.deepEqual(yamlErrors(text), []);
        assert.equal(documentKind('file:///snippet.yaml', 'yaml', text), 'compose');
        assert.deepEqual(describeFindings(lint(text, 'compose'), text), []);
      });
    }

    for (const snippet of byGroup('kubernetes')) {
      it(`${snippet.prefix} (Kubernetes)`, () => {
        const text = expandSnippet(snippet.body);
        assert.deepEqual(yamlErrors(text), []);
        assert.equal(documentKind('file:///snippet.yaml', 'yaml', text), 'kubernetes');
        assert.deepEqual(describeFindings(lint(text, 'kubernetes'), text), []);
      });
    }

    for (const snippet of byGroup('ci')) {
      it(`${snippet.prefix} (GitHub Actions ${snippet.context}) parses and pins every action to a release`, () => {
        const text = expandSnippet(snippet.body);
        assert.deepEqual(yamlErrors(text), []);
        const uses = [...text.matchAll(/uses: (\S+)/g)].map((match) => match[1]);
        assert.ok(uses.length > 0);
        for (const action of uses) assert.match(action, /@v?\d+(?:\.\d+)*$/, action);
        const parsed = parseYaml(text) as unknown;
        if (snippet.context === 'workflow') assert.ok((parsed as { jobs?: object }).jobs, 'a workflow has jobs');
        else assert.ok(Array.isArray(parsed), 'steps are a sequence');
      });
    }

    it('cc-dockerignore keeps VCS data, dependencies and secrets out and the sources in', () => {
      const rules = ignore().add(dockerignore);
      for (const path of ['.git/config', 'node_modules/x/index.js', 'web/node_modules/y.js', '.env', '.env.local', 'tls/server.key', 'dist/app.js']) {
        assert.ok(rules.ignores(path), path);
      }
      for (const path of ['package.json', 'package-lock.json', 'src/server.js', 'go.mod', 'requirements.txt', 'pom.xml', '.mvn/wrapper/maven-wrapper.properties']) {
        assert.ok(!rules.ignores(path), path);
      }
    });
  });
});

describe('snippet expansion', () => {
  const cases: [string, string][] = [
    ['FROM node:${1:24} AS ${2:build}', 'FROM node:24 AS build'],
    ['${1:app} and $1 and ${1}', 'app and app and app'],
    ['${1|SIGTERM,SIGINT|}', 'SIGTERM'],
    ['${1:outer ${2:inner}} $2', 'outer inner inner'],
    ['ENV PATH="/venv/bin:\\$PATH" \\\\ \\}', 'ENV PATH="/venv/bin:$PATH" \\ }'],
    ['${1|a\\,b,c|}', 'a,b'],
    ['$TM_FILENAME ${TM_FILENAME} ${UNKNOWN:fallback} $UNKNOWN', 'Dockerfile Dockerfile fallback UNKNOWN'],
    ['cost: $ 5 and ${', 'cost: $ 5 and ${'],
    ['$0 end', ' end'],
  ];
  for (const [body, expected] of cases) {
    it(`expands ${JSON.stringify(body)}`, () => {
      assert.equal(expandSnippet(body, { variables: { TM_FILENAME: 'Dockerfile' } }), expected);
    });
  }

  it('refuses transforms and unclosed placeholders instead of guessing', () => {
    assert.throws(() => expandSnippet('${1/(.*)/$1/}'), /transforms/);
    assert.throws(() => expandSnippet('${1:open'), /Unclosed/);
  });
});
