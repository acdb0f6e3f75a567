/**
 * The one place that reads the files around a document: the project settings files at a workspace root
 * and, for a Dockerfile, its `.dockerignore` and the names at the top of its build context (taken to be
 * the Dockerfile's folder). Results are cached until `invalidate()` (a watched file changed).
 */
import type { LintOptions } from '../engine/lint';
import type { RuleMeta, WorkspaceFacts } from '../engine/rule';
import { folderLayers, HADOLINT_FILES, isExcluded, parseKubernetesVersion, parseRulesMap, PROJECT_FILE, resolveSettings, settingsFacts, type EffectiveSettings, type SettingsLayer } from './settings';
import { baseName, childUri, parentUri, relativePath, withoutTrailingSlash } from './uris';

/** Settings files bigger than this are not read. */
export const MAX_SETTINGS_FILE = 256 * 1024;

export const WATCHED_FILES = ['**/.dockerignore', '**/*.dockerignore', `**/${PROJECT_FILE}`, ...HADOLINT_FILES.map((name) => `**/${name}`)];

/**
 * How the files around a document are read: Node's fs in the Node server and the CLI (nodeFileSystem.ts),
 * the client's `workspace.fs` in the web worker (clientFileSystem.ts), which fetches them in `prefetch`
 * before the server analyses the document.
 */
export interface WorkspaceFileSystem {
  /** The text of a file of at most `maxSize` bytes; undefined when it is absent, not a file, bigger or unreadable. */
  readFile(uri: string, maxSize: number): string | undefined;
  /** The names in a folder; undefined when it is not a folder or cannot be read. */
  readDirectory(uri: string): string[] | undefined;
  /** Makes the answers for these reads available to the calls above; absent when they are answered at once. */
  prefetch?(reads: FileReads): Promise<void>;
  /** A watched file changed: forget what was read. */
  invalidate?(): void;
}

/** What `lintOptionsFor` may read for one document. */
export interface FileReads {
  files: string[];
  directories: string[];
}

export class ProjectConfiguration {
  private folders: string[] = [];
  private editorLayer: SettingsLayer = {};
  private readonly byFolder = new Map<string, EffectiveSettings>();
  private readonly facts = new Map<string, WorkspaceFacts>();
  private readonly contexts = new Map<string, BuildContext>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly rules: readonly RuleMeta[],
    private readonly files: WorkspaceFileSystem,
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(withoutTrailingSlash).sort((a, b) => b.length - a.length);
    this.invalidate();
  }

  /** The `containerCoach` section of the editor settings. */
  setEditorSettings(section: unknown): void {
    const { rules, kubernetesVersion } = section && typeof section === 'object' ? (section as { rules?: unknown; kubernetesVersion?: unknown }) : {};
    const parsed = parseRulesMap(rules, 'containerCoach.rules');
    const version = parseKubernetesVersion(kubernetesVersion, 'containerCoach.kubernetesVersion', parsed.problems);
    this.report(parsed.problems);
    this.editorLayer = { ...parsed.layer, ...(version ? { kubernetesVersion: version } : {}) };
    this.byFolder.clear();
  }

  invalidate(): void {
    this.byFolder.clear();
    this.facts.clear();
    this.contexts.clear();
    this.files.invalidate?.();
  }

  /** The files and folders `lintOptionsFor(uri)` may read. */
  readsFor(uri: string): FileReads {
    const folder = this.folderOf(uri);
    const settings = folder === undefined ? [] : [...HADOLINT_FILES, PROJECT_FILE].map((name) => childUri(folder, name));
    return { files: [...settings, ...dockerignoreCandidates(uri)], directories: [parentUri(uri)] };
  }

  /** Lint options for a document, or undefined when the project excludes it. */
  lintOptionsFor(uri: string, base: LintOptions): LintOptions | undefined {
    const folder = this.folderOf(uri);
    const settings = this.settingsFor(folder);
    if (folder !== undefined && isExcluded(relativePath(folder, uri)!, settings.exclude)) return undefined;
    const workspace: WorkspaceFacts = { ...this.factsFor(uri), ...settingsFacts(settings) };
    return { ...base, severities: { ...base.severities, ...settings.severities }, workspace };
  }

  private folderOf(uri: string): string | undefined {
    return this.folders.find((candidate) => relativePath(candidate, uri) !== undefined);
  }

  private settingsFor(folder: string | undefined): EffectiveSettings {
    const key = folder ?? '';
    const cached = this.byFolder.get(key);
    if (cached) return cached;
    const { layers, problems } = folder ? folderLayers((name) => {
      const text = this.files.readFile(childUri(folder, name), MAX_SETTINGS_FILE);
      return text === undefined ? undefined : { text, label: name };
    }) : { layers: [], problems: [] };
    this.report(problems);
    const settings = resolveSettings(this.rules, [...layers, this.editorLayer]);
    this.byFolder.set(key, settings);
    return settings;
  }

  private factsFor(dockerfile: string): WorkspaceFacts {
    const cached = this.facts.get(dockerfile);
    if (cached) return cached;
    const context = this.buildContext(parentUri(dockerfile));
    const own = context?.namesDockerignores ? this.files.readFile(ownDockerignore(dockerfile), MAX_SETTINGS_FILE) : undefined;
    const facts: WorkspaceFacts = context ? { dockerignore: own ?? context.dockerignore, contextEntries: context.entries } : {};
    this.facts.set(dockerfile, facts);
    return facts;
  }

  /** A folder's names and its `.dockerignore`, read once for all the documents in it; a folder that could not be listed is asked again. */
  private buildContext(folder: string): BuildContext | undefined {
    const cached = this.contexts.get(folder);
    if (cached) return cached;
    const entries = this.files.readDirectory(folder);
    if (!entries) return undefined;
    const context = {
      entries,
      dockerignore: this.files.readFile(childUri(folder, '.dockerignore'), MAX_SETTINGS_FILE) ?? null,
      // Any case: on a case-insensitive disk `Dockerfile.dockerignore` is also read as `dockerfile.dockerignore`.
      namesDockerignores: entries.some((name) => /.\.dockerignore$/i.test(name)),
    };
    this.contexts.set(folder, context);
    return context;
  }

  private report(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.log(problem);
    }
  }
}

/** The names at the top of a build context and the text of its `.dockerignore` (null when it has none). */
interface BuildContext {
  entries: readonly string[];
  dockerignore: string | null;
  /** Some name in it is a `<Dockerfile>.dockerignore`: without one, no Dockerfile of the folder has its own. */
  namesDockerignores: boolean;
}

/** `Dockerfile.dockerignore` beside the Dockerfile first, else the build context's `.dockerignore`. */
function dockerignoreCandidates(dockerfile: string): string[] {
  return [ownDockerignore(dockerfile), childUri(parentUri(dockerfile), '.dockerignore')];
}

function ownDockerignore(dockerfile: string): string {
  return `${dockerfile}.dockerignore`;
}

export function isWatchedFile(uri: string): boolean {
  const name = baseName(uri);
  return name.endsWith('.dockerignore') || name === PROJECT_FILE || HADOLINT_FILES.includes(name);
}
