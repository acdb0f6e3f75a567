import { DidOpenTextDocumentNotification, type Diagnostic, type MarkupContent } from 'vscode-languageserver-protocol/node';
import type { LspClient } from './lspClient';

/** A document the protocol tests open, as an editor sends it. */
export interface OpenDocument {
  uri: string;
  languageId: string;
  text: string;
}

export const DOCKERFILE: OpenDocument = { uri: 'file:///workspace/app/Dockerfile', languageId: 'dockerfile', text: 'FROM node:24\nWORKDIR /app\nCMD node server.js\n' };

export const COMPOSE: OpenDocument = {
  uri: 'file:///workspace/shop/compose.yaml',
  languageId: 'yaml',
  text: [
    'services:',
    '  web:',
    '    image: nginx:1.27.2@sha256:0c5d4b2a5e1f6a3b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b',
    '    privileged: true  # needed?',
    '    cap_drop: [ALL]',
    '',
  ].join('\r\n'),
};

export const KUBERNETES: OpenDocument = {
  uri: 'file:///workspace/shop/k8s/app.yaml',
  languageId: 'yaml',
  text: [
    'apiVersion: v1',
    'kind: Service',
    'metadata:',
    '  name: api',
    'spec:',
    '  selector:',
    '    app: api',
    '  ports:',
    '    - port: 80',
    '---',
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    '  name: api',
    'spec:',
    '  selector:',
    '    matchLabels:',
    '      app: api',
    '  template:',
    '    metadata:',
    '      labels:',
    '        app: api',
    '    spec:',
    '      hostNetwork: true # debugging, remove me',
    '      containers:',
    '        - name: api',
    '          image: "registry.example.com/api:2.4.1"',
    '          securityContext:',
    '            capabilities:',
    "              drop: ['ALL']",
    '',
  ].join('\r\n'),
};

/** The `command:` link our client's diagnostics and hovers carry to a question. */
export const questionLink = (id: string): string => `command:containerCoach.openQuestion?${encodeURIComponent(JSON.stringify([id]))}`;

/** Opens the document at version 1; resolves with its first diagnostics. */
export async function openDocument(client: LspClient, { uri, languageId, text }: OpenDocument): Promise<Diagnostic[]> {
  await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
  return client.diagnostics(uri, (params) => params.version === 1);
}

export function hoverText(contents: unknown): string {
  return (contents as MarkupContent).value;
}
