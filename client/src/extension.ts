import { readFileSync } from 'node:fs';
import type * as vscode from 'vscode';
import { startExtension, stopExtension } from './activation';
import { createLanguageClient } from './languageClient';

export function activate(context: vscode.ExtensionContext): void {
  const started = performance.now();
  const assets = (relativePath: string): string => readFileSync(context.asAbsolutePath(relativePath), 'utf8');
  startExtension(context, assets, (output) => createLanguageClient(context, output), started);
}

export const deactivate = stopExtension;
