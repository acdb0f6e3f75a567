import {
  CodeActionKind,
  TextDocumentSyncKind,
  TextDocuments,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { computeCodeActions } from './codeActions';
import { loadServerContent } from './content';
import { skippedDiagnostic, toDiagnostic } from './diagnostics';
import { parseDockerfile } from './documents/dockerfile';
import { documentKind } from './documents/kind';
import { computeHover } from './hover';
import { DEFAULT_MAX_FILE_SIZE, lintDocument, type LintResult } from './linter';
import { commandLinker, plainLinker, type QuestionLinker } from './questions/links';

/** Options our own client sends in `initializationOptions`; other editors send none. */
export interface InitializationOptions {
  /** `command`: link questions as `command:containerCoach.openQuestion` URIs. */
  questionLinks?: 'command' | 'none';
  maxFileSize?: number;
}

const VALIDATION_DELAY_MS = 120;

export function startServer(connection: Connection, contentDir: string = __dirname): void {
  const documents = new TextDocuments(TextDocument);
  const content = loadServerContent(contentDir);
  const results = new Map<string, { version: number; result: LintResult }>();
  const pending = new Map<string, NodeJS.Timeout>();
  let linker: QuestionLinker = plainLinker(content.titles);
  let maxFileSize = DEFAULT_MAX_FILE_SIZE;

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const options = (params.initializationOptions ?? {}) as InitializationOptions;
    if (options.questionLinks === 'command') linker = commandLinker(content.titles);
    if (typeof options.maxFileSize === 'number' && options.maxFileSize > 0) maxFileSize = options.maxFileSize;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: 'container-coach' },
    };
  });

  function lintResult(document: TextDocument): LintResult | undefined {
    const kind = documentKind(document.uri, document.languageId);
    if (!kind) return undefined;
    const cached = results.get(document.uri);
    if (cached?.version === document.version) return cached.result;
    const result = lintDocument(document, kind, { maxFileSize });
    for (const { ruleId, error } of result.failures) {
      connection.console.error(`Rule ${ruleId} failed on ${document.uri}: ${error instanceof Error ? error.stack : String(error)}`);
    }
    results.set(document.uri, { version: document.version, result });
    return result;
  }

  function publishDiagnostics(document: TextDocument): void {
    const result = lintResult(document);
    if (!result) return;
    const diagnostics = result.skipped
      ? [skippedDiagnostic(result.skipped)]
      : result.findings.map((finding) => toDiagnostic(finding, document.version, linker));
    void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
  }

  function scheduleValidation(document: TextDocument): void {
    clearTimeout(pending.get(document.uri));
    pending.set(
      document.uri,
      setTimeout(() => {
        pending.delete(document.uri);
        const latest = documents.get(document.uri);
        if (latest) publishDiagnostics(latest);
      }, VALIDATION_DELAY_MS),
    );
  }

  documents.onDidOpen(({ document }) => publishDiagnostics(document));
  documents.onDidChangeContent(({ document }) => scheduleValidation(document));
  documents.onDidClose(({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    results.delete(document.uri);
    void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
  });

  connection.onHover(({ textDocument, position }) => {
    const document = documents.get(textDocument.uri);
    const result = document && lintResult(document);
    if (!document || !result || result.skipped) return null;
    const isDockerfile = documentKind(document.uri, document.languageId) === 'dockerfile';
    return computeHover({
      position,
      findings: result.findings,
      linker,
      dockerfile: isDockerfile ? parseDockerfile(document) : undefined,
      docs: content.dockerfileDocs,
    });
  });

  connection.onCodeAction(({ textDocument, context }) => {
    const document = documents.get(textDocument.uri);
    return document ? computeCodeActions(document, context.diagnostics, linker) : [];
  });

  documents.listen(connection);
  connection.listen();
}
