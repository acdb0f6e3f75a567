import assert from 'node:assert/strict';
import {
  DiagnosticSeverity,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  HoverRequest,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { COMPOSE, DOCKERFILE, KUBERNETES, openDocument, questionLink } from './documents';
import { useLspClient } from './lspClient';

const EXEC_FORM = 'dockerfile/prefer-exec-form';
const execForm = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === EXEC_FORM);

describe('textDocument/publishDiagnostics', () => {
  const client = useLspClient();

  describe('Dockerfile', () => {
    const { uri } = DOCKERFILE;

    it('publishes the shell-form CMD finding with its code, source, range and question link', async () => {
      const diagnostics = execForm(await openDocument(client, DOCKERFILE));
      assert.equal(diagnostics.length, 1);
      const [diagnostic] = diagnostics;
      assert.equal(diagnostic.code, 'dockerfile/prefer-exec-form');
      assert.equal(diagnostic.source, 'container-coach');
      assert.equal(diagnostic.severity, DiagnosticSeverity.Warning);
      assert.deepEqual(diagnostic.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 18 } });
      assert.match(String(diagnostic.message), /PID 1.*SIGTERM/);
      assert.equal(diagnostic.codeDescription?.href, questionLink('q288'));
    });

    it('clears the finding when a full change fixes it', async () => {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 2 },
        contentChanges: [{ text: 'FROM node:24\nWORKDIR /app\nCMD ["node", "server.js"]\n' }],
      });
      assert.deepEqual(execForm(await client.diagnostics(uri, (params) => params.version === 2)), []);
    });

    it('reports an incremental change that brings the finding back', async () => {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: 3 },
        contentChanges: [{ range: { start: { line: 2, character: 4 }, end: { line: 2, character: 25 } }, text: 'npm start' }],
      });
      const diagnostics = execForm(await client.diagnostics(uri, (params) => params.version === 3));
      assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.character, d.range.end.character]), [[EXEC_FORM, 4, 13]]);
    });

    it('clears the diagnostics when the document closes', async () => {
      await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
      assert.deepEqual(await client.diagnostics(uri, (params) => params.version === undefined), []);
    });

    it('recognises Containerfile and *.Dockerfile names whatever the language id', async () => {
      for (const name of ['Containerfile', 'api.Dockerfile', 'Dockerfile.prod']) {
        const other = `file:///workspace/${name}`;
        await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
          textDocument: { uri: other, languageId: 'plaintext', version: 1, text: 'FROM alpine\nENTRYPOINT run\n' },
        });
        const diagnostics = await client.diagnostics(other, (params) => params.version === 1);
        assert.deepEqual(execForm(diagnostics).map((d) => d.code), [EXEC_FORM], name);
      }
    });
  });

  describe('Compose', () => {
    it('publishes the privileged finding with its exact range and question link in a CRLF file', async () => {
      const diagnostics = await openDocument(client, COMPOSE);
      const privileged = diagnostics.find((diagnostic) => diagnostic.code === 'compose/no-privileged');
      assert.ok(privileged, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.equal(privileged.source, 'container-coach');
      assert.equal(privileged.severity, DiagnosticSeverity.Error);
      assert.deepEqual(privileged.range, { start: { line: 3, character: 4 }, end: { line: 3, character: 20 } });
      assert.match(String(privileged.message), /`web` runs privileged/);
      assert.equal(privileged.codeDescription?.href, questionLink('q254'));
    });

    it('skips a Helm template with one information message', async () => {
      const helm = 'file:///workspace/chart/templates/deployment.yaml';
      const template = 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ include "app.fullname" . }}\nspec:\n  replicas: {{ .Values.replicas }}\n';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: helm, languageId: 'yaml', version: 1, text: template } });
      const diagnostics = await client.diagnostics(helm, (params) => params.version === 1);
      assert.equal(diagnostics.length, 1);
      assert.equal(diagnostics[0].severity, DiagnosticSeverity.Information);
      assert.match(String(diagnostics[0].message), /Helm template/);
    });

    it('clears the findings of a YAML file that stops being a compose file', async () => {
      const stack = 'file:///workspace/deploy/stack.yml';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: stack, languageId: 'yaml', version: 1, text: 'services:\n  web:\n    image: nginx\n' },
      });
      assert.ok((await client.diagnostics(stack, (params) => params.version === 1)).some((d) => d.code === 'compose/no-latest-image'));
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: stack, version: 2 },
        contentChanges: [{ text: 'settings:\n  web:\n    image: nginx\n' }],
      });
      assert.deepEqual(await client.diagnostics(stack, (params) => params.version === 2), []);
    });

    it('leaves other YAML alone', async () => {
      const workflow = 'file:///workspace/.github/workflows/ci.yml';
      await client.connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri: workflow, languageId: 'yaml', version: 1, text: 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    services:\n      db:\n        image: postgres\n' },
      });
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: workflow }, position: { line: 4, character: 6 } });
      assert.equal(hover, null);
    });
  });

  describe('Kubernetes', () => {
    it('publishes the hostNetwork finding of the second document with its exact range and question link (CRLF)', async () => {
      const diagnostics = await openDocument(client, KUBERNETES);
      const hostNetwork = diagnostics.find((diagnostic) => diagnostic.code === 'kubernetes/no-host-network');
      assert.ok(hostNetwork, JSON.stringify(diagnostics.map((d) => d.code)));
      assert.equal(hostNetwork.source, 'container-coach');
      assert.equal(hostNetwork.severity, DiagnosticSeverity.Error);
      assert.deepEqual(hostNetwork.range, { start: { line: 23, character: 6 }, end: { line: 23, character: 23 } });
      assert.equal(hostNetwork.codeDescription?.href, questionLink('cc-kubernetes-host-access'));
      assert.equal(diagnostics.filter((diagnostic) => diagnostic.code === 'kubernetes/require-drop-all-capabilities').length, 0);
    });
  });
});
