import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDockerfile } from '../documents/dockerfile';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type Target = 'dockerfile' | 'compose' | 'kubernetes';

/** A safe edit that resolves one finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

/** What a rule's check yields: the offending range, an optional sharper message, its fixes. */
export interface Finding {
  range: Range;
  message: string;
  fixes?: Fix[];
}

export interface RuleDocs {
  /** Why the pattern hurts, in a sentence or two of Markdown. */
  why: string;
  bad?: string;
  good?: string;
}

export interface RuleMeta {
  /** `<target>/<kebab-name>`, shown as the diagnostic code. */
  id: string;
  /** Other tools' ids for the same check, so their ignore comments work too. */
  aliases: string[];
  severity: Severity;
  /** Ids of the questions of the bank that explain the rule, most relevant first. */
  questions: string[];
  /** One line: what the rule asks for. */
  summary: string;
  docs: RuleDocs;
}

export interface DockerfileContext {
  document: TextDocument;
  dockerfile: ParsedDockerfile;
}

export interface DockerfileRule extends RuleMeta {
  target: 'dockerfile';
  check(context: DockerfileContext): Iterable<Finding>;
}

export type Rule = DockerfileRule;

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'target'>): DockerfileRule {
  return { ...rule, target: 'dockerfile' };
}
