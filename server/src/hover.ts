import type { Hover, Position, Range } from 'vscode-languageserver-types';
import type { ParsedDockerfile } from './targets/dockerfile/model';
import { flagsOf } from './targets/dockerfile/instructions';
import type { RuleFinding } from './engine/lint';
import { codeBlock, escapeMarkdown } from './text/markdown';
import type { QuestionLinker } from './questions/links';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedYaml } from './parsing/yaml';
import { composeKeyHover, type YamlHoverDocs } from './targets/compose/hover';
import { kubernetesKeyHover } from './targets/kubernetes/hover';

/** Explanations of Dockerfile syntax, from content/hovers (ours, not the seeds'). */
export interface KeywordDoc {
  summary: string;
  questions?: string[];
}

export interface DockerfileDocs {
  instructions: Record<string, KeywordDoc>;
  /** Per instruction, its flags by name without dashes: `flags.COPY.from` explains `COPY --from`. */
  flags?: Record<string, Record<string, KeywordDoc>>;
  /** Parser directives by name: `syntax`, `escape`, `check`. */
  directives?: Record<string, KeywordDoc>;
}

export interface HoverInput {
  position: Position;
  findings: readonly RuleFinding[];
  linker: QuestionLinker;
  dockerfile?: ParsedDockerfile;
  docs?: DockerfileDocs;
  /** A Compose or Kubernetes file parsed by the YAML layer, for explanations of its keys. */
  yaml?: { document: TextDocument; parsed: ParsedYaml; kind: 'compose' | 'kubernetes' };
  yamlDocs?: YamlHoverDocs;
}

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

/** A hover on a finding leads with the finding; a hover on a keyword explains the keyword. */
export function computeHover({ position, findings, linker, dockerfile, docs, yaml, yamlDocs }: HoverInput): Hover | null {
  const here = findings.filter((finding) => contains(finding.range, position));
  const sections = here.map((finding) => findingMarkdown(finding, linker));
  let range = here[0]?.range;
  if (dockerfile && docs) {
    const syntax = syntaxAt(dockerfile, docs, position);
    if (syntax && (syntax.doc.summary || syntax.doc.questions?.length)) {
      sections.push(keywordMarkdown(syntax.title, syntax.doc, linker));
      range ??= syntax.range;
    }
  }
  if (yaml?.kind === 'kubernetes' && yamlDocs?.kubernetes) {
    const key = kubernetesKeyHover(yaml.document, yaml.parsed, position, yamlDocs.kubernetes, yamlDocs.dockerKubernetes ?? [], linker, questionLinks);
    if (key) {
      sections.push(key.markdown);
      range ??= key.range;
    }
  }
  if (yaml?.kind === 'compose' && yamlDocs) {
    const key = composeKeyHover(yaml.document, yaml.parsed, position, yamlDocs, linker, questionLinks);
    if (key) {
      sections.push(key.markdown);
      range ??= key.range;
    }
  }
  if (sections.length === 0) return null;
  return { contents: { kind: 'markdown', value: sections.join('\n\n---\n\n') }, range };
}

function findingMarkdown(finding: RuleFinding, linker: QuestionLinker): string {
  const { rule } = finding;
  const parts = [`**${rule.id}** (${finding.severity}): ${finding.message}`, rule.docs.why];
  if (rule.docs.bad) parts.push(`Instead of:\n\n${codeBlock(rule.docs.bad, languageOf(rule.target))}`);
  if (rule.docs.good) parts.push(`Prefer:\n\n${codeBlock(rule.docs.good, languageOf(rule.target))}`);
  parts.push(questionLinks(rule.questions, linker));
  return parts.filter(Boolean).join('\n\n');
}

function keywordMarkdown(name: string, doc: KeywordDoc, linker: QuestionLinker): string {
  return [`**${escapeMarkdown(name)}**`, doc.summary, questionLinks(doc.questions ?? [], linker)].filter(Boolean).join('\n\n');
}

export function questionLinks(ids: readonly string[], linker: QuestionLinker): string {
  return ids
    .map((id) => {
      const label = escapeMarkdown(linker.label(id));
      const href = linker.href(id);
      return href ? `[${label}](${href})` : label;
    })
    .join(' · ');
}

/** The instruction keyword, flag or parser directive under the cursor, with its explanation. */
function syntaxAt(dockerfile: ParsedDockerfile, docs: DockerfileDocs, position: Position): { title: string; doc: KeywordDoc; range: Range } | undefined {
  for (const directive of dockerfile.ast.getDirectives()) {
    const range = directive.getRange();
    const name = directive.getName().toLowerCase();
    const doc = docs.directives?.[name];
    if (doc && contains(range, position)) return { title: `# ${name}=`, doc, range };
  }
  for (const instruction of dockerfile.instructions) {
    const range = instruction.getInstructionRange();
    if (instruction.getRange().start.line > position.line) break;
    const keyword = instruction.getKeyword();
    if (contains(range, position)) {
      const doc = docs.instructions[keyword];
      return doc ? { title: keyword, doc, range } : undefined;
    }
    if (!contains(instruction.getRange(), position)) continue;
    for (const flag of flagsOf(instruction)) {
      if (!contains(flag.getRange(), position)) continue;
      const name = flag.getName().toLowerCase();
      const doc = docs.flags?.[keyword]?.[name];
      return doc ? { title: `${keyword} --${name}`, doc, range: flag.getRange() } : undefined;
    }
  }
  return undefined;
}

function languageOf(target: string): string {
  return target === 'dockerfile' ? 'dockerfile' : 'yaml';
}

export function contains(range: Range, position: Position): boolean {
  const afterStart =
    position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
