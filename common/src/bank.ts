import type { SeedDocument, SeedQuestion } from '../../scripts/bank/parseSeeds';

/** A note of Container Coach's own on a question, shown apart from the seed's text. */
export interface QuestionNote {
  id: string;
  markdown: string;
}

/** One entry of the Q&A bank: the seed's question and answer plus our own metadata. */
export interface Question extends SeedQuestion {
  /** `seed` for the source documents' questions; `container-coach` for ours, written where the seeds have none. */
  origin: 'seed' | 'container-coach';
  /** The `#` title of the seed document the question comes from (seeds only). */
  documentTitle?: string;
  /** Where the facts of a question of ours come from, as Markdown (ours only). */
  sources?: string[];
  topic: string;
  tags: string[];
  related: string[];
  notes: QuestionNote[];
  /**
   * The body (everything but the title) rendered at build time: no HTML from the sources, code
   * highlighted with highlight.js classes, each `<pre data-code-index="i">` being `codeBlocks[i]`.
   */
  html: string;
}

/** The words shown before a question's title: `Q288`, `Open question`, or `Container Coach` for ours. */
export function questionTag(question: Pick<Question, 'number'> & { origin?: Question['origin'] }): string {
  if (question.origin === 'container-coach') return 'Container Coach';
  return question.number === null ? 'Open question' : `Q${question.number}`;
}

/** A title as plain text: the seeds write inline code in titles (`docker buildx`), which labels cannot show. */
export function plainTitle(title: string): string {
  return title.replace(/`([^`]+)`/g, '$1');
}

/** The shape of `dist/bank.json`. */
export interface BankJson {
  formatVersion: 1;
  documents: SeedDocument[];
  /** Topics in browsing order. */
  topics: string[];
  /** Questions in source order. */
  questions: Question[];
}

export interface TopicGroup {
  topic: string;
  questions: Question[];
}

export interface SearchMatch {
  question: Question;
  score: number;
}

export class QuestionBank {
  private readonly byId = new Map<string, Question>();
  private readonly searchable: SearchableQuestion[];

  constructor(
    private readonly questions: readonly Question[],
    private readonly topicOrder: readonly string[] = [],
  ) {
    for (const question of questions) {
      if (this.byId.has(question.id)) throw new Error(`Duplicate question id ${question.id}`);
      this.byId.set(question.id, question);
    }
    this.searchable = questions.map(toSearchable);
  }

  static fromJson(bank: BankJson): QuestionBank {
    return new QuestionBank(bank.questions, bank.topics);
  }

  get(id: string): Question | undefined {
    return this.byId.get(id);
  }

  all(): readonly Question[] {
    return this.questions;
  }

  /** Topics in the bank's topic order (topics it does not list come last), each with its questions in source order. */
  topics(): TopicGroup[] {
    const groups = new Map<string, Question[]>(this.topicOrder.map((topic) => [topic, []]));
    for (const question of this.questions) {
      const group = groups.get(question.topic);
      if (group) group.push(question);
      else groups.set(question.topic, [question]);
    }
    return [...groups].filter(([, questions]) => questions.length > 0).map(([topic, questions]) => ({ topic, questions }));
  }

  /**
   * Questions whose title, tags or answer text contain every word of `text` (as word prefixes), best
   * first: the whole phrase in the title ranks highest, then words in the title, tags, and answer.
   */
  search(text: string): SearchMatch[] {
    const query = normaliseForSearch(text).trim();
    const terms = query.split(/\s+/).filter(Boolean);
    if (terms.length === 0) return [];
    return this.searchable
      .map((entry, order) => ({ question: entry.question, score: scoreMatch(entry, query, terms), order }))
      .filter((match) => match.score > 0)
      .sort((a, b) => b.score - a.score || a.order - b.order)
      .map(({ question, score }) => ({ question, score }));
  }
}

interface SearchableQuestion {
  question: Question;
  title: string;
  tags: string;
  body: string;
}

/** A question's own words, code included: prompt, answers, sections, in-depth part (not the title, not our notes). */
export function questionBody(question: SeedQuestion): string {
  const parts = [question.prompt, question.shortAnswer, ...question.sections.flatMap((section) => [section.heading, section.markdown]), question.inDepth];
  return parts.filter((part) => part !== undefined).join('\n');
}

function toSearchable(question: Question): SearchableQuestion {
  return {
    question,
    title: normaliseForSearch(question.title),
    tags: normaliseForSearch(question.tags.join(' ')),
    body: normaliseForSearch(questionBody(question)),
  };
}

/** Lower case, with the markdown punctuation that sits between words (`**`, backticks, pipes, `#`) turned into spaces. */
function normaliseForSearch(text: string): string {
  return text.toLowerCase().replace(/[`*_|#>]+/g, ' ').replace(/\s+/g, ' ');
}

function scoreMatch(entry: SearchableQuestion, query: string, terms: readonly string[]): number {
  let score = 0;
  for (const term of terms) {
    const inTitle = countWordPrefixes(entry.title, term);
    const inTags = countWordPrefixes(entry.tags, term);
    const inBody = countWordPrefixes(entry.body, term);
    if (inTitle + inTags + inBody === 0) return 0;
    score += (inTitle > 0 ? 10 : 0) + (inTags > 0 ? 4 : 0) + Math.min(inBody, 5);
  }
  if (terms.length > 1 && countWordPrefixes(entry.title, query) > 0) score += 30;
  if (terms.length > 1) score += 3 * Math.min(countWordPrefixes(entry.body, query), 3);
  return score;
}

/** Occurrences of `term` that start a word (so `shutdown` matches `shutdowns`, `cri` does not match `describe`). */
function countWordPrefixes(text: string, term: string): number {
  let count = 0;
  for (let index = text.indexOf(term); index >= 0; index = text.indexOf(term, index + 1)) {
    if (index === 0 || !/[\p{L}\p{N}]/u.test(text[index - 1]!)) count++;
  }
  return count;
}
