import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { Analysis, RuleFinding } from './engine/lint';
import { hadolintDifferenceNote } from './engine/rule';
import { codeBlock } from './text/markdown';
import { questionLinks, type QuestionLinker } from './questions/links';
import type { HoverEnv } from './targets/target';
import type { DockerfileDocs, YamlHoverDocs } from './content';

/**
 * The docs without their reference text (every summary), for when another extension already explains
 * the syntax: a keyword hover keeps its question links, a key hover its Docker↔Kubernetes table.
 */
export function withoutReference(content: { dockerfileDocs?: DockerfileDocs; yamlDocs?: YamlHoverDocs }): { dockerfileDocs?: DockerfileDocs; yamlDocs?: YamlHoverDocs } {
  const strip = <T extends { summary: string }>(record: Record<string, T>): Record<string, T> =>
    Object.fromEntries(Object.entries(record).map(([name, doc]) => [name, { ...doc, summary: '' }]));
  const { dockerfileDocs: dockerfile, yamlDocs: yaml } = content;
  return {
    dockerfileDocs: dockerfile && {
      instructions: strip(dockerfile.instructions),
      flags: dockerfile.flags && Object.fromEntries(Object.entries(dockerfile.flags).map(([name, flags]) => [name, strip(flags)])),
      directives: dockerfile.directives && strip(dockerfile.directives),
    },
    yamlDocs: yaml && {
      ...yaml,
      compose: yaml.compose && { service: strip(yaml.compose.service), top: strip(yaml.compose.top) },
      kubernetes: yaml.kubernetes && { keys: strip(yaml.kubernetes.keys) },
    },
  };
}

/** A hover on a finding leads with the finding; then the target explains the syntax under the cursor. */
export function computeHover(analysis: Analysis, position: Position, env: HoverEnv): Hover | null {
  if (analysis.result.skipped) return null;
  const here = analysis.result.findings.filter((finding) => contains(finding.range, position));
  const sections = here.map((finding) => findingMarkdown(finding, env.linker));
  let range = here[0]?.range;
  const syntax = analysis.hover(position, env);
  if (syntax) {
    sections.push(syntax.markdown);
    range ??= syntax.range;
  }
  if (sections.length === 0) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range };
}

function findingMarkdown(finding: RuleFinding, linker: QuestionLinker): string {
  const { rule } = finding;
  const language = rule.target === 'dockerfile' ? 'dockerfile' : 'yaml';
  const parts = [`**${rule.id}** (${finding.severity}): ${finding.message}`, rule.docs.why, hadolintDifferenceNote(rule.docs)];
  if (rule.docs.bad) parts.push(`Instead of:\n\n${codeBlock(rule.docs.bad, language)}`);
  if (rule.docs.good) parts.push(`Prefer:\n\n${codeBlock(rule.docs.good, language)}`);
  parts.push(questionLinks(rule.questions, linker));
  return parts.filter(Boolean).join('\n\n');
}

export function contains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
