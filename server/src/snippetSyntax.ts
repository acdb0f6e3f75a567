/**
 * Expands VS Code snippet syntax to the text an editor inserts when every placeholder keeps its default:
 * `$1`, `${1}`, `${1:default}` (nested), `${1|first,second|}`, `$NAME`, `${NAME}`, `${NAME:default}`,
 * escapes (`\$`, `\}`, `\\`; `\,` and `\|` inside a choice). A tabstop without a default mirrors the
 * default given to the same number elsewhere, as in the editor. Variable transforms are refused.
 */

type Node =
  | { type: 'text'; value: string }
  | { type: 'tabstop'; index: number; children?: Node[]; choices?: string[] }
  | { type: 'variable'; name: string; children?: Node[] };

export interface ExpandOptions {
  /** Values of variables such as `TM_FILENAME`; an unknown variable expands to its name, as in VS Code. */
  variables?: Readonly<Record<string, string>>;
}

export function expandSnippet(body: string | readonly string[], options: ExpandOptions = {}): string {
  const text = typeof body === 'string' ? body : body.join('\n');
  const parser = new Parser(text);
  const nodes = parser.parseUntil(false);
  const defaults = new Map<number, Node[] | string>();
  collectDefaults(nodes, defaults);
  return render(nodes, defaults, options.variables ?? {});
}

class Parser {
  private position = 0;

  constructor(private readonly text: string) {}

  /** Parses up to the end, or up to an unescaped `}` when `inside` (consumed). */
  parseUntil(inside: boolean): Node[] {
    const nodes: Node[] = [];
    let literal = '';
    const flush = (): void => {
      if (literal) nodes.push({ type: 'text', value: literal });
      literal = '';
    };
    while (this.position < this.text.length) {
      const char = this.text[this.position];
      if (char === '\\' && '$}\\'.includes(this.text[this.position + 1] ?? '')) {
        literal += this.text[this.position + 1];
        this.position += 2;
        continue;
      }
      if (inside && char === '}') {
        this.position += 1;
        flush();
        return nodes;
      }
      if (char === '$') {
        const node = this.parseDollar();
        if (node) {
          flush();
          nodes.push(node);
          continue;
        }
      }
      literal += char;
      this.position += 1;
    }
    if (inside) throw new Error(`Unclosed placeholder in snippet: ${this.text}`);
    flush();
    return nodes;
  }

  private parseDollar(): Node | undefined {
    const rest = this.text.slice(this.position + 1);
    const simple = /^(\d+)|^([A-Za-z_][A-Za-z0-9_]*)/.exec(rest);
    if (simple) {
      this.position += 1 + simple[0].length;
      return simple[1] !== undefined ? { type: 'tabstop', index: Number(simple[1]) } : { type: 'variable', name: simple[2] };
    }
    const braced = /^\{(?:(\d+)|([A-Za-z_][A-Za-z0-9_]*))([}:|/])/.exec(rest);
    if (!braced) return undefined;
    this.position += 1 + braced[0].length;
    const [, index, name, next] = braced;
    if (next === '/') throw new Error(`Variable transforms are not supported: ${this.text}`);
    if (next === '}') return index !== undefined ? { type: 'tabstop', index: Number(index) } : { type: 'variable', name };
    if (next === '|') {
      if (index === undefined) throw new Error(`A choice needs a tabstop number: ${this.text}`);
      return { type: 'tabstop', index: Number(index), choices: this.parseChoices() };
    }
    const children = this.parseUntil(true);
    return index !== undefined ? { type: 'tabstop', index: Number(index), children } : { type: 'variable', name, children };
  }

  private parseChoices(): string[] {
    const choices: string[] = [];
    let current = '';
    while (this.position < this.text.length) {
      const char = this.text[this.position];
      if (char === '\\' && ',|\\'.includes(this.text[this.position + 1] ?? '')) {
        current += this.text[this.position + 1];
        this.position += 2;
      } else if (char === ',') {
        choices.push(current);
        current = '';
        this.position += 1;
      } else if (char === '|' && this.text[this.position + 1] === '}') {
        choices.push(current);
        this.position += 2;
        return choices;
      } else {
        current += char;
        this.position += 1;
      }
    }
    throw new Error(`Unclosed choice in snippet: ${this.text}`);
  }
}

function collectDefaults(nodes: readonly Node[], defaults: Map<number, Node[] | string>): void {
  for (const node of nodes) {
    if (node.type === 'text') continue;
    if (node.type === 'tabstop' && !defaults.has(node.index)) {
      if (node.choices) defaults.set(node.index, node.choices[0] ?? '');
      else if (node.children) defaults.set(node.index, node.children);
    }
    if (node.children) collectDefaults(node.children, defaults);
  }
}

function render(nodes: readonly Node[], defaults: ReadonlyMap<number, Node[] | string>, variables: Readonly<Record<string, string>>): string {
  return nodes
    .map((node) => {
      if (node.type === 'text') return node.value;
      if (node.type === 'variable') {
        if (node.name in variables) return variables[node.name];
        return node.children ? render(node.children, defaults, variables) : node.name;
      }
      const value = defaults.get(node.index);
      if (value === undefined) return '';
      return typeof value === 'string' ? value : render(value, defaults, variables);
    })
    .join('');
}
