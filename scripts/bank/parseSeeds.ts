import { inferCodeLanguage } from './codeLanguage';
import { repairMojibake } from './repairMojibake';

/** One source document as read from `content/seeds/`. */
export interface SeedFile {
  fileName: string;
  text: string;
}

export interface SeedDocument {
  fileName: string;
  /** The document's `#` heading, without its `**` emphasis. */
  title: string;
  /** Whether the text was mojibake and has been repaired. */
  repaired: boolean;
}

export interface QuestionSection {
  heading: string;
  markdown: string;
}

export interface CodeBlock {
  language: string;
  /** True when the fence had no language tag and `language` was inferred from the code. */
  inferred: boolean;
  code: string;
}

/** One question of a seed document, its words verbatim (after mojibake repair). */
export interface SeedQuestion {
  /** `q<number>` for numbered questions, `followup-<n>` for the open follow-up questions. */
  id: string;
  number: number | null;
  title: string;
  status: 'answered' | 'open';
  source: { fileName: string; line: number };
  /** The `### Question:` text (first document). */
  prompt?: string;
  /** The quoted answer (second document), without its wrapping quotes. */
  shortAnswer?: string;
  /** The `#### In-depth` part (second document). */
  inDepth?: string;
  /** The answer's `###` sub-sections (first document). */
  sections: QuestionSection[];
  /** Every fenced code block of the question, in reading order. */
  codeBlocks: CodeBlock[];
}

export interface ParsedSeeds {
  documents: SeedDocument[];
  questions: SeedQuestion[];
}

export class SeedParseError extends Error {
  constructor(fileName: string, line: number, problem: string) {
    super(`${fileName}:${line}: ${problem}`);
    this.name = 'SeedParseError';
  }
}

export function parseSeeds(files: readonly SeedFile[]): ParsedSeeds {
  const documents: SeedDocument[] = [];
  const questions: SeedQuestion[] = [];
  for (const file of files) {
    const parsed = parseSeedFile(file);
    documents.push(parsed.document);
    questions.push(...parsed.questions);
  }
  assertUniqueIds(questions);
  return { documents, questions };
}

export function parseSeedFile(file: SeedFile): { document: SeedDocument; questions: SeedQuestion[] } {
  const text = repairMojibake(file.text);
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const document: SeedDocument = { fileName: file.fileName, title: documentTitle(file.fileName, lines), repaired: text !== file.text };
  const layout = seedLayouts.find((candidate) => candidate.recognises(lines));
  if (!layout) throw new SeedParseError(file.fileName, 1, 'no numbered questions (`## 1.` or `### 251.`) found');
  return { document, questions: layout.parse(file.fileName, lines) };
}

interface SeedLayout {
  recognises(lines: readonly string[]): boolean;
  parse(fileName: string, lines: readonly string[]): SeedQuestion[];
}

const sectionedHeading = /^## (\d+)\. (.+)$/;
const quotedHeading = /^### (\d+)\. (.+)$/;

/** "Advanced Docker Topics": `## 1. Title`, then `### Question:`, `### Answer:` and `###` sub-sections. */
const sectionedLayout: SeedLayout = {
  recognises: (lines) => lines.some((line) => sectionedHeading.test(line)),
  parse: (fileName, lines) =>
    splitDocument(fileName, lines, /^## /).flatMap((chunk) => {
      const numbered = sectionedHeading.exec(chunk.heading);
      if (numbered) return [sectionedQuestion(fileName, chunk, Number(numbered[1]), numbered[2]!.trim())];
      if (/^## Follow-up Questions:?\s*$/.test(chunk.heading)) return followUpQuestions(fileName, chunk);
      throw new SeedParseError(fileName, chunk.line, `unexpected heading "${chunk.heading}"`);
    }),
};

/** "Docker + Kubernetes...": `### 251. Title`, a quoted answer, `#### In-depth`, then `---`. */
const quotedLayout: SeedLayout = {
  recognises: (lines) => lines.some((line) => quotedHeading.test(line)),
  parse: (fileName, lines) =>
    splitDocument(fileName, lines, quotedHeading).map((chunk) => {
      const [, number, title] = quotedHeading.exec(chunk.heading)!;
      return quotedQuestion(fileName, chunk, Number(number), title!.trim());
    }),
};

const seedLayouts: readonly SeedLayout[] = [sectionedLayout, quotedLayout];

function sectionedQuestion(fileName: string, chunk: Chunk, number: number, title: string): SeedQuestion {
  let prompt: string | undefined;
  const sections: QuestionSection[] = [];
  const { preamble, chunks } = splitAtHeadings(chunk.body, /^### /, chunk.line + 1);
  if (preamble.some(isNotBlank)) throw new SeedParseError(fileName, chunk.line + 1, `question ${number} has text before its first \`###\` heading`);
  for (const part of chunks) {
    const heading = part.heading.replace(/^###\s+/, '').trim();
    const markdown = trimBlankLines(part.body);
    if (heading === 'Question:') prompt = markdown;
    else if (heading === 'Answer:' && markdown === '') continue;
    else sections.push({ heading, markdown });
  }
  if (prompt === undefined) throw new SeedParseError(fileName, chunk.line, `question ${number} has no "### Question:"`);
  return {
    id: `q${number}`,
    number,
    title,
    status: 'answered',
    source: { fileName, line: chunk.line },
    prompt,
    sections,
    codeBlocks: extractCodeBlocks([prompt, ...sections.map((section) => section.markdown)]),
  };
}

function followUpQuestions(fileName: string, chunk: Chunk): SeedQuestion[] {
  const questions: SeedQuestion[] = [];
  chunk.body.forEach((text, index) => {
    const line = chunk.line + 1 + index;
    const item = /^[-*] (.+)$/.exec(text);
    if (!item) {
      if (text.trim() === '') return;
      throw new SeedParseError(fileName, line, 'a follow-up question must be a `- ` list item');
    }
    questions.push({
      id: `followup-${questions.length + 1}`,
      number: null,
      title: item[1]!.trim(),
      status: 'open',
      source: { fileName, line },
      sections: [],
      codeBlocks: [],
    });
  });
  return questions;
}

function quotedQuestion(fileName: string, chunk: Chunk, number: number, title: string): SeedQuestion {
  const inDepthIndex = chunk.body.findIndex((line) => /^#### In-depth\s*$/.test(line));
  if (inDepthIndex < 0) throw new SeedParseError(fileName, chunk.line, `question ${number} has no "#### In-depth"`);
  const shortAnswer = withoutWrappingQuotes(fileName, chunk.line + 1, trimBlankLines(chunk.body.slice(0, inDepthIndex)));
  const inDepth = trimBlankLines(withoutTrailingRule(chunk.body.slice(inDepthIndex + 1)));
  return {
    id: `q${number}`,
    number,
    title,
    status: 'answered',
    source: { fileName, line: chunk.line },
    shortAnswer,
    inDepth,
    sections: [],
    codeBlocks: extractCodeBlocks([shortAnswer, inDepth]),
  };
}

/** The short answers are wrapped in one pair of double quotes that are not part of the text. */
function withoutWrappingQuotes(fileName: string, line: number, answer: string): string {
  if (answer.length < 2 || !answer.startsWith('"') || !answer.endsWith('"')) {
    throw new SeedParseError(fileName, line, 'a short answer must be wrapped in one pair of double quotes');
  }
  return answer.slice(1, -1);
}

function withoutTrailingRule(lines: readonly string[]): readonly string[] {
  const last = lastNonBlankIndex(lines);
  return last >= 0 && lines[last]!.trim() === '---' ? lines.slice(0, last) : lines;
}

interface Chunk {
  heading: string;
  /** 1-based line number of the heading. */
  line: number;
  body: string[];
}

/**
 * Splits lines at the headings that `pattern` matches outside fenced code; `preamble` is what precedes
 * the first heading.
 */
function splitAtHeadings(lines: readonly string[], pattern: RegExp, firstLineNumber = 1): { preamble: string[]; chunks: Chunk[] } {
  const preamble: string[] = [];
  const chunks: Chunk[] = [];
  let inFence = false;
  lines.forEach((line, index) => {
    if (isFenceLine(line)) inFence = !inFence;
    if (!inFence && pattern.test(line)) chunks.push({ heading: line.trimEnd(), line: firstLineNumber + index, body: [] });
    else (chunks.at(-1)?.body ?? preamble).push(line);
  });
  return { preamble, chunks };
}

/** A document's questions; before the first one, only its `#` title and `---` rules may stand. */
function splitDocument(fileName: string, lines: readonly string[], pattern: RegExp): Chunk[] {
  const { preamble, chunks } = splitAtHeadings(lines, pattern);
  const titleIndex = preamble.findIndex(isNotBlank);
  const stray = preamble.findIndex((line, index) => index !== titleIndex && isNotBlank(line) && line.trim() !== '---');
  if (stray >= 0) throw new SeedParseError(fileName, stray + 1, 'text before the first question');
  return chunks;
}

/** Opening or closing: a closing fence here may still carry the short answer's closing quote (```"). */
function isFenceLine(line: string): boolean {
  return /^\s{0,3}(```|~~~)/.test(line);
}

function trimBlankLines(lines: readonly string[]): string {
  const first = lines.findIndex(isNotBlank);
  if (first < 0) return '';
  return lines.slice(first, lastNonBlankIndex(lines) + 1).join('\n');
}

function lastNonBlankIndex(lines: readonly string[]): number {
  for (let index = lines.length - 1; index >= 0; index--) if (isNotBlank(lines[index]!)) return index;
  return -1;
}

function isNotBlank(line: string): boolean {
  return line.trim() !== '';
}

function documentTitle(fileName: string, lines: readonly string[]): string {
  const heading = lines.find(isNotBlank);
  const title = heading && /^# (.+)$/.exec(heading)?.[1];
  if (!title) throw new SeedParseError(fileName, 1, 'the document must start with a `# ` title');
  return title.replace(/\*\*/g, '').trim();
}

/** Fenced code blocks as CommonMark reads them: a closing fence repeats the opening character, at least as many times. */
export function extractCodeBlocks(markdowns: readonly string[]): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  for (const markdown of markdowns) {
    let open: { fence: string; indent: number; tag: string; lines: string[] } | undefined;
    for (const line of markdown.split('\n')) {
      if (!open) {
        const opening = /^( {0,3})(`{3,}|~{3,})\s*([^\s`]*)/.exec(line);
        if (opening) open = { indent: opening[1]!.length, fence: opening[2]!, tag: opening[3]!, lines: [] };
      } else if (closesFence(line, open.fence)) {
        blocks.push(codeBlock(open.tag, open.lines.join('\n')));
        open = undefined;
      } else {
        open.lines.push(line.slice(Math.min(open.indent, leadingSpaces(line))));
      }
    }
    if (open) blocks.push(codeBlock(open.tag, open.lines.join('\n')));
  }
  return blocks;
}

function closesFence(line: string, openingFence: string): boolean {
  const closing = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(line)?.[1];
  return closing !== undefined && closing[0] === openingFence[0] && closing.length >= openingFence.length;
}

function leadingSpaces(line: string): number {
  return line.length - line.trimStart().length;
}

function codeBlock(tag: string, code: string): CodeBlock {
  return tag ? { language: tag, inferred: false, code } : { language: inferCodeLanguage(code), inferred: true, code };
}

function assertUniqueIds(questions: readonly SeedQuestion[]): void {
  const seen = new Set<string>();
  for (const question of questions) {
    if (seen.has(question.id)) {
      throw new SeedParseError(question.source.fileName, question.source.line, `duplicate question id ${question.id}`);
    }
    seen.add(question.id);
  }
}
