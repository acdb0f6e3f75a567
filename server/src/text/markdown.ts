/** Markdown we build around user text: user text only ever appears escaped or inside code. */

/** A code span that holds any text safely: the fence is longer than any backtick run inside. */
export function code(text: string, maxLength = 80): string {
  let content = text.replace(/\s*[\r\n]+\s*/g, ' ');
  if (content.length > maxLength) content = `${content.slice(0, maxLength - 1)}…`;
  const longestRun = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = content.startsWith('`') || content.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}

/** Escapes every character Markdown could read as syntax. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (char) => `\\${char}`);
}

export function codeBlock(text: string, language: string): string {
  const longestRun = Math.max(2, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}
