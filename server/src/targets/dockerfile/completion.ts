import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../../engine/rule';
import { entryItems, lineText, markdown, snippetItems, wordRange, type CompletionInput } from '../../completionItems';
import { questionLinks } from '../../questions/links';

const INSTRUCTIONS = [
  'FROM', 'RUN', 'CMD', 'LABEL', 'EXPOSE', 'ENV', 'ADD', 'COPY', 'ENTRYPOINT', 'VOLUME', 'USER', 'WORKDIR', 'ARG',
  'ONBUILD', 'STOPSIGNAL', 'HEALTHCHECK', 'SHELL',
];

/** Instruction keywords (and snippets) at the start of a line, flags after a keyword. */
export function dockerfileCompletion(context: () => DockerfileContext, input: CompletionInput): CompletionItem[] {
  const { document, position } = input;
  const line = lineText(document, position.line);
  const before = line.slice(0, position.character);
  if (insideInstruction(context(), position.line)) return [];
  if (/^\s*[\w-]*$/.test(before)) {
    const range = wordRange(position, before, /[\w-]*$/, line.slice(position.character));
    const keywords = INSTRUCTIONS.map((keyword, index): CompletionItem => {
      const doc = input.dockerfileDocs?.instructions[keyword];
      return {
        label: keyword,
        kind: CompletionItemKind.Keyword,
        sortText: `0${String(index).padStart(2, '0')}`,
        textEdit: { range, newText: `${keyword} ` },
        documentation: doc ? markdown([doc.summary, questionLinks(doc.questions ?? [], input.linker)]) : undefined,
      };
    });
    return input.dockerfileSnippets ? [...keywords, ...snippetItems(input, 'dockerfile', undefined)] : keywords;
  }
  const flagged = /^\s*([A-Za-z]+)((?:\s+--\S+)*)\s+(--[\w-]*)?$/.exec(before);
  if (!flagged) return [];
  const keyword = flagged[1].toUpperCase();
  const present = new Set([...flagged[2].matchAll(/--([\w-]+)/g)].map((match) => match[1]));
  const range = wordRange(position, before, /(?:--[\w-]*)?$/);
  const entries = (input.data?.dockerfile.flags[keyword] ?? []).filter((entry) => entry.flag.startsWith('--mount') || !present.has(entry.flag.slice(2)));
  return entryItems(input, range, entries, (entry) => ({ label: entry.flag, detail: `${keyword} ${entry.flag}` }));
}

/** The line continues an instruction begun above it (escaped line break or heredoc body). */
function insideInstruction({ dockerfile }: DockerfileContext, line: number): boolean {
  return dockerfile.instructions.some((instruction) => {
    const { start, end } = instruction.getRange();
    return start.line < line && line <= end.line;
  });
}
