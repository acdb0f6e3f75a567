import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

const markdown = new MarkdownIt({ html: false, linkify: false });

/**
 * Markdown as readable terminal text: emphasis and code marks dropped, headings underlined, lists
 * bulleted, code blocks and tables indented, links as `text (url)`, wrapped at `width`.
 */
export function markdownToPlainText(source: string, width = 100): string {
  const out: string[] = [];
  const lists: { ordered: boolean; next: number }[] = [];
  let quote = 0;
  let pendingBullet: string | undefined;
  let row: string[] | undefined;
  const indent = () => '  '.repeat(lists.length) + '> '.repeat(quote);

  for (const token of markdown.parse(source, {})) {
    switch (token.type) {
      case 'heading_open':
        out.push('');
        break;
      case 'heading_close': {
        const title = out.pop() ?? '';
        out.push(title, '-'.repeat(Math.min(title.trim().length, width)), '');
        break;
      }
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1) });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        if (lists.length === 0) out.push('');
        break;
      case 'list_item_open': {
        const list = lists[lists.length - 1]!;
        pendingBullet = list.ordered ? `${list.next++}. ` : '- ';
        break;
      }
      case 'blockquote_open':
        quote++;
        break;
      case 'blockquote_close':
        quote--;
        break;
      case 'paragraph_close':
        if (lists.length === 0) out.push('');
        break;
      case 'inline':
        if (row) {
          row.push(inlineText(token));
        } else {
          const prefix = indent().slice(2 * Math.min(lists.length, 1));
          const lead = pendingBullet ? `${'  '.repeat(Math.max(lists.length - 1, 0))}${pendingBullet}` : prefix;
          out.push(...wrap(inlineText(token), width, lead, ' '.repeat(lead.length)));
          pendingBullet = undefined;
        }
        break;
      case 'fence':
      case 'code_block':
        out.push(...token.content.replace(/\n$/, '').split('\n').map((line) => `${indent()}    ${line}`.trimEnd()), '');
        break;
      case 'tr_open':
        row = [];
        break;
      case 'tr_close':
        out.push(`${indent()}  ${row!.join(' | ')}`);
        row = undefined;
        break;
      case 'table_close':
      case 'hr':
        out.push('');
        break;
    }
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}

function inlineText(token: Token): string {
  let text = '';
  const links: string[] = [];
  for (const child of token.children ?? []) {
    if (child.type === 'text' || child.type === 'code_inline') text += child.content;
    else if (child.type === 'softbreak') text += ' ';
    else if (child.type === 'hardbreak') text += '\n';
    else if (child.type === 'link_open') links.push(String(child.attrGet('href') ?? ''));
    else if (child.type === 'link_close') {
      const href = links.pop();
      if (href && !text.endsWith(href)) text += ` (${href})`;
    }
  }
  return text;
}

function wrap(text: string, width: number, first: string, rest: string): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split('\n')) {
    let line = lines.length === 0 ? first : rest;
    let empty = true;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = rest;
        empty = true;
      }
      line += empty ? word : ` ${word}`;
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}
