/** How findings and hovers point at questions of the bank. */
import { escapeMarkdown } from '../text/markdown';

export interface QuestionTitles {
  get(id: string): { number: number | null; title: string } | undefined;
}

export interface QuestionLinker {
  /** A URI that opens the question, when the client can open one. */
  href(id: string): string | undefined;
  /** A short label such as `Q288: How do you implement graceful shutdown…`. */
  label(id: string): string;
}

export const OPEN_QUESTION_COMMAND = 'containerCoach.openQuestion';

function openQuestionUri(id: string): string {
  return `command:${OPEN_QUESTION_COMMAND}?${encodeURIComponent(JSON.stringify([id]))}`;
}

/** Links as `command:` URIs, for clients that register `containerCoach.openQuestion` (ours). */
export function commandLinker(titles: QuestionTitles | undefined): QuestionLinker {
  return { href: openQuestionUri, label: (id) => questionLabel(titles, id) };
}

/** Labels only, for other editors. */
export function plainLinker(titles: QuestionTitles | undefined): QuestionLinker {
  return { href: () => undefined, label: (id) => questionLabel(titles, id) };
}

function questionLabel(titles: QuestionTitles | undefined, id: string): string {
  const question = titles?.get(id);
  if (!question) return `Question ${id.replace(/^q/, '')}`;
  return question.number === null ? `Open question: ${question.title}` : `Q${question.number}: ${question.title}`;
}

/** The questions as Markdown links (labels only when the client cannot open them), joined by `·`. */
export function questionLinks(ids: readonly string[], linker: QuestionLinker): string {
  return ids
    .map((id) => {
      const label = escapeMarkdown(linker.label(id));
      const href = linker.href(id);
      return href ? `[${label}](${href})` : label;
    })
    .join(' · ');
}
