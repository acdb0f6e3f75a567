import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from './documents/dockerfile';
import type { DocumentKind } from './documents/kind';
import { rules } from './rules/index';
import type { Finding, Rule, Severity } from './rules/rule';

export interface RuleFinding extends Finding {
  rule: Rule;
  severity: Severity;
}

export interface LintOptions {
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  severities?: Readonly<Record<string, Severity | 'off'>>;
}

export interface LintResult {
  findings: RuleFinding[];
  /** Why the document was not analysed, when it was not. */
  skipped?: string;
  /** Rules that threw; the other rules still ran. */
  failures: { ruleId: string; error: unknown }[];
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export function lintDocument(document: TextDocument, kind: DocumentKind, options: LintOptions): LintResult {
  const text = document.getText();
  const skipped = reasonToSkip(text, options.maxFileSize);
  if (skipped) return { findings: [], skipped, failures: [] };

  const result: LintResult = { findings: [], failures: [] };
  const context = kind === 'dockerfile' ? { document, dockerfile: parseDockerfile(document) } : undefined;
  if (!context) return result;
  for (const rule of rules) {
    if (rule.target !== kind) continue;
    const severity = options.severities?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    try {
      for (const finding of rule.check(context)) result.findings.push({ ...finding, rule, severity });
    } catch (error) {
      result.failures.push({ ruleId: rule.id, error });
    }
  }
  return result;
}

export function reasonToSkip(text: string, maxFileSize: number): string | undefined {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > maxFileSize) {
    return `Container Coach skipped this file: it is ${formatSize(size)}, over the ${formatSize(maxFileSize)} limit (setting containerCoach.maxFileSize).`;
  }
  if (looksBinary(text)) return 'Container Coach skipped this file: it looks binary (it contains NUL or control bytes).';
  return undefined;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 8192);
  if (sample.includes('\0')) return true;
  const controls = sample.match(/[\u0001-\u0008\u000e-\u001f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && controls / sample.length > 0.1;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}
