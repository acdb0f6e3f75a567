/**
 * Splits a simple shell command into the words the shell would pass to exec, or explains why it
 * cannot be done without running a shell (expansions, operators, redirections, globs).
 */
export type ShellWords = { words: string[] } | { reason: string };

const OPERATOR = /[|&;<>()]/;
const GLOB_OR_TILDE = /[*?[\]{}~]/;

export function splitShellWords(command: string): ShellWords {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  for (let i = 0; i < command.length; i++) {
    const char = command[i];
    if (char === ' ' || char === '\t') {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (char === "'") {
      const end = command.indexOf("'", i + 1);
      if (end < 0) return { reason: 'it has an unterminated single quote' };
      word += command.slice(i + 1, end);
      i = end;
    } else if (char === '"') {
      const parsed = readDoubleQuoted(command, i + 1);
      if ('reason' in parsed) return parsed;
      word += parsed.text;
      i = parsed.end;
    } else if (char === '\\') {
      if (i + 1 >= command.length) return { reason: 'it ends with a backslash' };
      word += command[++i];
    } else if (char === '$' || char === '`') {
      return { reason: `\`${expansionAt(command, i)}\` needs a shell to expand it` };
    } else if (OPERATOR.test(char)) {
      return { reason: `\`${/^(&&|\|\||>>|<<|.)/.exec(command.slice(i))?.[0]}\` is a shell operator` };
    } else if (char === '#' && word === '') {
      return { reason: 'it has a shell comment' };
    } else if (GLOB_OR_TILDE.test(char)) {
      return { reason: `\`${char}\` is expanded by the shell` };
    } else {
      word += char;
    }
  }
  if (inWord) words.push(word);
  return words.length > 0 ? { words } : { reason: 'it is empty' };
}

function readDoubleQuoted(command: string, start: number): { text: string; end: number } | { reason: string } {
  let text = '';
  for (let i = start; i < command.length; i++) {
    const char = command[i];
    if (char === '"') return { text, end: i };
    if (char === '$' || char === '`') return { reason: `\`${expansionAt(command, i)}\` needs a shell to expand it` };
    if (char === '\\' && i + 1 < command.length && '"\\$`'.includes(command[i + 1])) {
      text += command[++i];
    } else {
      text += char;
    }
  }
  return { reason: 'it has an unterminated double quote' };
}

function expansionAt(command: string, index: number): string {
  const match = /^(\$\{[^}]*\}?|\$\(|\$[A-Za-z_][A-Za-z0-9_]*|\$.|`)/.exec(command.slice(index));
  return match ? match[0] : command[index];
}
