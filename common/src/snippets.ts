/** The best-practice snippets of `snippets/*.json` (VS Code snippet files), as the server and client use them. */

export type SnippetGroup = 'dockerfile' | 'dockerignore' | 'compose' | 'kubernetes' | 'ci';

export const SNIPPET_GROUPS: readonly SnippetGroup[] = ['dockerfile', 'dockerignore', 'compose', 'kubernetes', 'ci'];

/**
 * Where a snippet's body fits: a whole `file`, a compose `service` entry (under `services:`), one or more
 * Kubernetes `document`s, a GitHub Actions `workflow` or its `steps`. Dockerfile snippets have none.
 */
export type SnippetContext = 'file' | 'service' | 'document' | 'workflow' | 'steps';

export interface Snippet {
  group: SnippetGroup;
  name: string;
  prefix: string;
  description: string;
  questions: string[];
  context?: SnippetContext;
  isFileTemplate: boolean;
  /** VS Code snippet syntax, lines joined with `\n`. */
  body: string;
}

/** The entry shape of a VS Code snippet file, with our `questions` and `context` keys. */
export interface SnippetFileEntry {
  prefix: string | string[];
  description?: string;
  body: string | string[];
  questions?: string[];
  context?: SnippetContext;
  isFileTemplate?: boolean;
}

export type SnippetFiles = Partial<Record<SnippetGroup, Record<string, SnippetFileEntry>>>;

export function snippetsOf(files: SnippetFiles): Snippet[] {
  return SNIPPET_GROUPS.flatMap((group) =>
    Object.entries(files[group] ?? {}).map(([name, entry]) => ({
      group,
      name,
      prefix: Array.isArray(entry.prefix) ? entry.prefix[0] : entry.prefix,
      description: entry.description ?? name,
      questions: entry.questions ?? [],
      context: entry.context,
      isFileTemplate: entry.isFileTemplate === true,
      body: Array.isArray(entry.body) ? entry.body.join('\n') : entry.body,
    })),
  );
}
