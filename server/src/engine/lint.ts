import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../targets/dockerfile/model';
import type { DocumentKind } from '../targets/kind';
import { rules } from '../targets/index';
import type { ComposeContext, Finding, KubernetesContext, Rule, Severity, WorkspaceFacts } from './rule';
import { dockerfileSuppressions, Suppressions } from '../suppressions/suppressions';
import { annotationSuppressions } from '../targets/kubernetes/suppressions';
import { parseCompose } from '../targets/compose/model';
import { parseKubernetes } from '../targets/kubernetes/model';
import { isHelmTemplate, parseYaml } from '../parsing/yaml';
import { yamlSuppressions } from '../suppressions/yaml';

export interface RuleFinding extends Finding {
  rule: Rule;
  severity: Severity;
}

export interface LintOptions {
  /** Files larger than this many bytes are skipped. */
  maxFileSize: number;
  severities?: Readonly<Record<string, Severity | 'off'>>;
  /** Facts about the files around the document (`.dockerignore`, …), gathered by the caller. */
  workspace?: WorkspaceFacts;
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
  const skipped = reasonToSkip(text, options.maxFileSize) ?? (kind !== 'dockerfile' ? reasonToSkipYaml(text) : undefined);
  if (skipped) return { findings: [], skipped, failures: [] };

  const result: LintResult = { findings: [], failures: [] };
  const context =
    kind === 'dockerfile' ? { document, dockerfile: parseDockerfile(document), workspace: options.workspace ?? {} } : yamlContext(document, kind, options.workspace ?? {});
  const suppressions: Suppressions =
    'dockerfile' in context
      ? dockerfileSuppressions(context.dockerfile, document)
      : 'objects' in context
        ? new Suppressions([...yamlSuppressions(document, context.yaml).list, ...annotationSuppressions(document, context.objects)])
        : yamlSuppressions(document, context.yaml);
  const seen = new Set<string>();
  for (const rule of rules) {
    if (rule.target !== kind) continue;
    const severity = options.severities?.[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    try {
      for (const finding of checkRule(rule, context)) {
        if (suppressions.isSuppressed(rule, finding.range.start.line)) continue;
        // A pair merged into several YAML maps (`<<: *anchor`) is reported once, where it is written.
        const key = `${rule.id}@${JSON.stringify(finding.range)}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.findings.push({ ...finding, rule, severity });
      }
    } catch (error) {
      result.failures.push({ ruleId: rule.id, error });
    }
  }
  return result;
}

function yamlContext(document: TextDocument, kind: 'compose' | 'kubernetes', workspace: WorkspaceFacts): ComposeContext | KubernetesContext {
  const yaml = parseYaml(document);
  return kind === 'compose'
    ? { document, yaml, compose: parseCompose(document) }
    : { document, yaml, objects: parseKubernetes(document).objects, workspace };
}

function checkRule(rule: Rule, context: object): Iterable<Finding> {
  // The caller pairs a rule only with the context of its own target.
  return (rule.check as (context: object) => Iterable<Finding>)(context);
}

export function reasonToSkipYaml(text: string): string | undefined {
  if (isHelmTemplate(text)) {
    return 'Container Coach skipped this file: it is a Helm template ({{ }}), not YAML until rendered; lint the output of `helm template` instead.';
  }
  return undefined;
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
