import hljs from 'highlight.js';
import MarkdownIt from 'markdown-it';
import { inferCodeLanguage } from './codeLanguage';
import type { QuestionNote } from '../../common/src/bank';
import type { SeedQuestion } from './parseSeeds';

export const noteTitle = 'Note from Container Coach';
export const openQuestionText = 'Open question: the source document asks it without giving an answer.';
export const ownQuestionText = 'Written by Container Coach: this question and its answer are ours, not from the source documents.';

export interface RenderOptions {
  /** Our corrections of the language of code blocks, by code block index. */
  codeLanguages?: ReadonlyMap<number, string>;
  /** Where the facts of a question of ours come from, as Markdown. */
  sources?: readonly string[];
}

/**
 * Renders a question's body (not its title) to HTML at build time. Nothing from the sources reaches the
 * HTML unescaped: raw HTML is off, links keep only http(s) targets, images stay as text. The words of our
 * own (notes, the open-question line) sit in elements with a `cc-own` class.
 */
export function renderQuestionHtml(question: SeedQuestion, notes: readonly QuestionNote[], options: RenderOptions = {}): string {
  const env: RenderEnv = { codeBlockCount: 0, codeLanguages: options.codeLanguages };
  const render = (source: string) => markdown.render(source, env);
  const parts: string[] = [];
  if (options.sources) parts.push(`<p class="cc-own cc-own-question">${escapeHtml(ownQuestionText)}</p>\n`);
  if (notes.length > 0) parts.push(renderNotes(notes));
  if (question.status === 'open') parts.push(`<p class="cc-own cc-open-question">${escapeHtml(openQuestionText)}</p>\n`);
  if (question.prompt !== undefined) parts.push(`<section class="cc-prompt">\n${render(question.prompt)}</section>\n`);
  if (question.shortAnswer !== undefined) parts.push(`<section class="cc-short-answer">\n${render(question.shortAnswer)}</section>\n`);
  for (const section of question.sections) {
    parts.push(`<section class="cc-section">\n<h2>${markdown.renderInline(section.heading)}</h2>\n${render(section.markdown)}</section>\n`);
  }
  if (question.inDepth !== undefined) parts.push(`<section class="cc-in-depth">\n<h2>In-depth</h2>\n${render(question.inDepth)}</section>\n`);
  if (options.sources) {
    const items = options.sources.map((source) => `<li>${markdown.renderInline(source)}</li>`).join('');
    parts.push(`<section class="cc-own cc-sources">\n<h2>Sources</h2>\n<ul>${items}</ul>\n</section>\n`);
  }
  return parts.join('');
}

/** Markdown to HTML with the same guarantees as question bodies, for notes and other text of ours. */
export function renderMarkdown(source: string): string {
  return markdown.render(source, {});
}

interface RenderEnv extends MarkdownIt.Env {
  /** Numbers the code blocks of a question's body in reading order, matching `SeedQuestion.codeBlocks`. */
  codeBlockCount?: number;
  codeLanguages?: ReadonlyMap<number, string>;
}

const markdown = createMarkdown();

function createMarkdown(): MarkdownIt.MarkdownIt {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: false });
  md.disable('image');
  md.validateLink = (url) => /^https?:\/\//i.test(url.trim());
  md.renderer.rules.fence = (tokens, index, _options, env: RenderEnv | undefined) => {
    const token = tokens[index]!;
    const code = token.content.replace(/\n$/, '');
    const blockIndex = env?.codeBlockCount;
    const language = (blockIndex !== undefined && env?.codeLanguages?.get(blockIndex)) || token.info.trim().split(/\s+/)[0] || inferCodeLanguage(code);
    const codeIndex = blockIndex === undefined ? '' : ` data-code-index="${env!.codeBlockCount!++}"`;
    return (
      `<pre class="cc-code"${codeIndex} data-language="${escapeHtml(language)}">` +
      `<code class="hljs language-${escapeHtml(language)}">${highlight(code, language)}</code></pre>\n`
    );
  };
  return md;
}

function highlight(code: string, language: string): string {
  if (!hljs.getLanguage(language)) return escapeHtml(code);
  return hljs.highlight(code, { language, ignoreIllegals: true }).value;
}

function renderNotes(notes: readonly QuestionNote[]): string {
  const items = notes.map((note) => `<div class="cc-note-item" data-note="${escapeHtml(note.id)}">\n${renderMarkdown(note.markdown)}</div>\n`);
  return `<aside class="cc-own cc-note">\n<p class="cc-note-title">${escapeHtml(noteTitle)}</p>\n${items.join('')}</aside>\n`;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => htmlEntities[char]!);
}

const htmlEntities: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
