import assert from 'node:assert/strict';
import {
  CompletionRequest,
  DidOpenTextDocumentNotification,
  InsertTextFormat,
  type CompletionItem,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { type LspClient, useLspClient } from './lspClient';

const SNIPPET_CAPABILITIES = { completion: { completionItem: { snippetSupport: true } } };
const COMPOSE_AND_KUBERNETES = /^cc-(?:compose|k8s)/;

let version = 0;

/** Opens `text` (with `|` marking the cursor) as a new document and asks for completion there. */
async function complete(client: LspClient, uri: string, languageId: string, marked: string): Promise<CompletionItem[]> {
  const offset = marked.indexOf('|');
  const text = marked.slice(0, offset) + marked.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  version += 1;
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: `${uri}?v=${version}`, languageId, version: 1, text } });
  const result = (await client.connection.sendRequest(CompletionRequest.type, {
    textDocument: { uri: `${uri}?v=${version}` },
    position: { line: before.length - 1, character: before.at(-1)!.length },
  })) as CompletionItem[] | CompletionList | null;
  return Array.isArray(result) ? result : (result?.items ?? []);
}

function labels(items: readonly CompletionItem[]): string[] {
  return items.map((item) => item.label);
}

function docs(item: CompletionItem | undefined): string {
  return (item?.documentation as MarkupContent | undefined)?.value ?? '';
}

function item(items: readonly CompletionItem[], label: string): CompletionItem {
  const found = items.find((candidate) => candidate.label === label);
  assert.ok(found, `no ${label} in ${labels(items).join(', ')}`);
  return found;
}

describe('completion over the protocol (our client)', () => {
  const client = useLspClient((lsp) => lsp.initialize({ questionLinks: 'command', clientDockerfileSnippets: true }, SNIPPET_CAPABILITIES));

  describe('in a Dockerfile', () => {
    const uri = 'file:///workspace/app/Dockerfile';

    it('offers instruction keywords at the start of a line, explained, and no snippets (VS Code shows those)', async () => {
      const items = await complete(client, uri, 'dockerfile', 'FROM node:24-slim\nHEA|\n');
      assert.deepEqual(labels(items).slice(0, 3), ['FROM', 'RUN', 'CMD']);
      const healthcheck = item(items, 'HEALTHCHECK');
      assert.deepEqual((healthcheck.textEdit as TextEdit).range, { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } });
      assert.match(docs(healthcheck), /service_healthy/);
      assert.ok(docs(item(items, 'CMD')).includes(`command:containerCoach.openQuestion?${encodeURIComponent('["q288"]')}`));
      assert.deepEqual(labels(items).filter((label) => label.startsWith('cc-')), []);
      const middle = await complete(client, uri, 'dockerfile', 'FROM node:24-slim\nHEA|LTH --interval=30s CMD true\n');
      assert.deepEqual((item(middle, 'HEALTHCHECK').textEdit as TextEdit).range, { start: { line: 1, character: 0 }, end: { line: 1, character: 6 } });
    });

    it('offers RUN mount, network and security flags as snippets', async () => {
      const items = await complete(client, uri, 'dockerfile', 'FROM node:24-slim\nRUN --|\n');
      assert.deepEqual(labels(items), [
        '--mount=type=cache',
        '--mount=type=secret',
        '--mount=type=bind',
        '--mount=type=ssh',
        '--mount=type=tmpfs',
        '--network',
        '--security',
      ]);
      const cache = item(items, '--mount=type=cache');
      assert.equal(cache.insertTextFormat, InsertTextFormat.Snippet);
      assert.deepEqual(cache.textEdit, {
        range: { start: { line: 1, character: 4 }, end: { line: 1, character: 6 } },
        newText: '--mount=type=cache,target=${1:/root/.cache}',
      });
      assert.match(docs(cache), /Q272: How do you handle Docker image layers and caching in large teams\?/);
    });

    it('offers the COPY flags not yet written, and the FROM, ADD and HEALTHCHECK ones, each explained', async () => {
      const copy = await complete(client, uri, 'dockerfile', 'FROM node:24-slim AS build\nFROM node:24-slim\nCOPY --from=build |');
      assert.deepEqual(copy.filter((flag) => !docs(flag)).map((flag) => flag.label), []);
      assert.match(docs(item(copy, '--chown')), /non-root/);
      assert.deepEqual(labels(copy), [
        '--chown',
        '--chmod',
        '--link',
        '--exclude',
        '--parents',
      ]);
      assert.deepEqual(labels(await complete(client, uri, 'dockerfile', 'FROM |')), ['--platform']);
      assert.ok(labels(await complete(client, uri, 'dockerfile', 'FROM alpine:3.22\nADD |')).includes('--checksum'));
      assert.deepEqual(labels(await complete(client, uri, 'dockerfile', 'FROM alpine:3.22\nHEALTHCHECK --interval=30s --timeout=3s |')), [
        '--start-period',
        '--start-interval',
        '--retries',
      ]);
    });

    it('offers nothing inside arguments, on a continuation line or in a heredoc', async () => {
      assert.deepEqual(await complete(client, uri, 'dockerfile', 'FROM alpine:3.22\nRUN apk add |'), []);
      assert.deepEqual(await complete(client, uri, 'dockerfile', 'FROM alpine:3.22\nRUN apk add curl \\\n  |'), []);
      assert.deepEqual(await complete(client, uri, 'dockerfile', 'FROM alpine:3.22\nRUN <<EOF\nset -e\n|\nEOF\n'), []);
    });
  });

  describe('in a compose file', () => {
    const uri = 'file:///workspace/compose.yaml';

    it('offers the service keys not yet written, each explained with its question', async () => {
      const items = await complete(client, uri, 'yaml', 'services:\n  api:\n    image: nginx:1.27\n    |\n');
      assert.ok(!labels(items).includes('image'));
      for (const key of ['read_only', 'cap_drop', 'security_opt', 'healthcheck', 'logging', 'deploy', 'user']) assert.ok(labels(items).includes(key), key);
      const capDrop = item(items, 'cap_drop');
      assert.deepEqual(capDrop.textEdit, { range: { start: { line: 3, character: 4 }, end: { line: 3, character: 4 } }, newText: 'cap_drop:\n  - ALL' });
      assert.equal(capDrop.insertTextMode, 2);
      assert.ok(docs(capDrop).includes(`command:containerCoach.openQuestion?${encodeURIComponent('["q254"]')}`));
    });

    it('offers the service snippets under services, and no Kubernetes snippets', async () => {
      const items = await complete(client, uri, 'yaml', 'services:\n  api:\n    image: nginx:1.27\n  cc|\n');
      assert.deepEqual(labels(items), ['cc-compose-service', 'cc-compose-jaeger', 'cc-compose-dev']);
      assert.deepEqual((item(items, 'cc-compose-service').textEdit as TextEdit).range, { start: { line: 3, character: 2 }, end: { line: 3, character: 4 } });
      assert.match(docs(item(items, 'cc-compose-service')), /```yaml\napi:\n {2}# container-coach ignore=compose\/prefer-image-digest/);
    });

    it('offers the whole-file compose snippets in an empty compose file', async () => {
      assert.deepEqual(labels(await complete(client, 'file:///workspace/docker-compose.yml', 'dockercompose', '|')), ['cc-compose', 'cc-compose-postgres']);
    });
  });

  describe('in a Kubernetes manifest', () => {
    const uri = 'file:///workspace/k8s/app.yaml';
    const deployment = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: app',
      'spec:',
      '  template:',
      '    spec:',
      '      securityContext:',
      '        runAsNonRoot: true',
      '        @POD@',
      '      containers:',
      '        - name: app',
      '          image: registry.example.com/app:1.0.0',
      '          securityContext:',
      '            @CONTAINER@',
      '@TOP@',
    ].join('\n');
    const at = (marker: string): string => deployment.replace(`@${marker}@`, '|').replace(/@[A-Z]+@/g, '');

    it('offers the container securityContext keys in a container, explained from the hovers', async () => {
      const items = await complete(client, uri, 'yaml', at('CONTAINER'));
      for (const key of ['allowPrivilegeEscalation', 'readOnlyRootFilesystem', 'capabilities', 'runAsNonRoot', 'seccompProfile']) assert.ok(labels(items).includes(key), key);
      assert.ok(!labels(items).includes('fsGroup'));
      assert.equal(item(items, 'capabilities').detail, 'Container securityContext');
      assert.match(docs(item(items, 'allowPrivilegeEscalation')), /no-new-privileges/);
    });

    it('offers the pod securityContext keys at pod level, without those already written', async () => {
      const items = await complete(client, uri, 'yaml', at('POD'));
      assert.ok(labels(items).includes('fsGroup'));
      assert.ok(labels(items).includes('seccompProfile'));
      assert.ok(!labels(items).includes('runAsNonRoot'));
      assert.ok(!labels(items).includes('allowPrivilegeEscalation'));
    });

    it('offers the manifest snippets below the last document, with a separator', async () => {
      const items = await complete(client, uri, 'yaml', at('TOP'));
      assert.ok(labels(items).includes('cc-k8s-pdb'));
      assert.deepEqual(labels(items).filter((label) => !label.startsWith('cc-k8s-')), []);
      assert.match((item(items, 'cc-k8s-pdb').textEdit as TextEdit).newText, /^---\n# maxUnavailable[^]*\$0$/);
    });

    it('offers the manifest snippets between documents with both separators, and none inside a document', async () => {
      const between = await complete(client, uri, 'yaml', 'apiVersion: v1\nkind: Namespace\n---\n|\napiVersion: v1\nkind: Service\n');
      assert.match((item(between, 'cc-k8s-hpa').textEdit as TextEdit).newText, /^apiVersion: autoscaling\/v2[^]*\$0\n---$/);
      assert.deepEqual(await complete(client, uri, 'yaml', 'apiVersion: v1\n|\nkind: Namespace\n'), []);
    });
  });

  describe('in other YAML', () => {
    it('offers compose and Kubernetes whole-file snippets in an empty YAML file', async () => {
      const items = await complete(client, 'untitled:Untitled-1', 'yaml', '# new file\n|');
      assert.deepEqual(labels(items).filter((label) => label.startsWith('cc-compose')), ['cc-compose', 'cc-compose-postgres']);
      assert.ok(labels(items).includes('cc-k8s-deployment'));
      assert.deepEqual(labels(items).filter((label) => label.startsWith('cc-gha')), []);
    });

    it('offers only CI snippets in a GitHub workflow: the workflow when empty, steps under steps', async () => {
      const workflow = 'file:///workspace/.github/workflows/image.yml';
      assert.deepEqual(labels(await complete(client, workflow, 'yaml', '|')), ['cc-gha-docker']);
      const steps = await complete(client, workflow, 'yaml', 'on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      |\n');
      assert.deepEqual(labels(steps), ['cc-gha-trivy', 'cc-gha-scout', 'cc-gha-sbom', 'cc-gha-cosign']);
      const top = await complete(client, workflow, 'yaml', 'on: push\n|\njobs: {}\n');
      assert.deepEqual(top, []);
    });

    it('offers none of our compose or Kubernetes snippets in a config file', async () => {
      for (const text of ['server:\n  port: 8080\n  |\n', 'server:\n  port: 8080\n|\n', 'items:\n  - |\n']) {
        const items = await complete(client, 'file:///workspace/config.yaml', 'yaml', text);
        assert.deepEqual(labels(items).filter((label) => COMPOSE_AND_KUBERNETES.test(label)), [], text);
        assert.deepEqual(items, [], text);
      }
    });

    it('offers the .dockerignore snippet in a .dockerignore', async () => {
      const items = await complete(client, 'file:///workspace/.dockerignore', 'ignore', '|');
      assert.deepEqual(labels(items), ['cc-dockerignore']);
    });
  });
});

describe('completion over the protocol (another editor, no snippet support)', () => {
  const client = useLspClient((lsp) => lsp.initialize({}));

  it('offers the Dockerfile snippets too, expanded to plain text with their defaults', async () => {
    const items = await complete(client, 'file:///workspace/other/Dockerfile', 'dockerfile', 'cc-no|');
    const node = item(items, 'cc-node');
    assert.equal(node.insertTextFormat, InsertTextFormat.PlainText);
    const text = (node.textEdit as TextEdit).newText;
    assert.match(text, /^# syntax=docker\/dockerfile:1\n/);
    assert.match(text, /FROM node:24-bookworm-slim AS build/);
    assert.doesNotMatch(text, /\$\{\d/);
    assert.match(docs(node), /Q3: /);
    assert.doesNotMatch(docs(node), /command:/);
  });
});
