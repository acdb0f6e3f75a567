/**
 * The one place that reads the files around a document: the project settings files at a workspace root
 * and, for a Dockerfile, its `.dockerignore` and the names at the top of its build context (taken to be
 * the Dockerfile's folder). Results are cached until `invalidate()` (a watched file changed).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LintOptions } from '../engine/lint';
import type { RuleMeta, WorkspaceFacts } from '../engine/rule';
import { folderLayers, HADOLINT_FILES, isExcluded, parseRulesMap, PROJECT_FILE, resolveSettings, settingsFacts, type EffectiveSettings, type SettingsLayer } from './settings';

/** Settings files bigger than this are not read. */
const MAX_SETTINGS_FILE = 256 * 1024;

export const WATCHED_FILES = ['**/.dockerignore', '**/*.dockerignore', `**/${PROJECT_FILE}`, ...HADOLINT_FILES.map((name) => `**/${name}`)];

export class ProjectConfiguration {
  private folders: string[] = [];
  private editorLayer: SettingsLayer = {};
  private readonly byFolder = new Map<string, EffectiveSettings>();
  private readonly facts = new Map<string, WorkspaceFacts>();
  private readonly reported = new Set<string>();

  constructor(
    private readonly rules: readonly RuleMeta[],
    private readonly log: (message: string) => void = () => undefined,
  ) {}

  setFolders(uris: readonly string[]): void {
    this.folders = uris.map(toPath).filter((path): path is string => Boolean(path)).sort((a, b) => b.length - a.length);
    this.invalidate();
  }

  /** The `containerCoach` section of the editor settings. */
  setEditorSettings(section: unknown): void {
    const rules = section && typeof section === 'object' ? (section as { rules?: unknown }).rules : undefined;
    const parsed = parseRulesMap(rules, 'containerCoach.rules');
    this.report(parsed.problems);
    this.editorLayer = parsed.layer;
    this.byFolder.clear();
  }

  invalidate(): void {
    this.byFolder.clear();
    this.facts.clear();
  }

  /** Lint options for a document, or undefined when the project excludes it. */
  lintOptionsFor(uri: string, base: LintOptions): LintOptions | undefined {
    const path = toPath(uri);
    const folder = path ? this.folders.find((candidate) => path === candidate || path.startsWith(candidate + sep)) : undefined;
    const settings = this.settingsFor(folder);
    if (path && folder && isExcluded(relative(folder, path).split(sep).join('/'), settings.exclude)) return undefined;
    const workspace: WorkspaceFacts = { ...(path ? this.factsFor(path) : {}), ...settingsFacts(settings) };
    return { ...base, severities: { ...base.severities, ...settings.severities }, workspace };
  }

  private settingsFor(folder: string | undefined): EffectiveSettings {
    const key = folder ?? '';
    const cached = this.byFolder.get(key);
    if (cached) return cached;
    const { layers, problems } = folder ? folderLayers((name) => {
      const text = readSmallFile(join(folder, name));
      return text === undefined ? undefined : { text, label: name };
    }) : { layers: [], problems: [] };
    this.report(problems);
    const settings = resolveSettings(this.rules, [...layers, this.editorLayer]);
    this.byFolder.set(key, settings);
    return settings;
  }

  private factsFor(dockerfilePath: string): WorkspaceFacts {
    const cached = this.facts.get(dockerfilePath);
    if (cached) return cached;
    const folder = dirname(dockerfilePath);
    let facts: WorkspaceFacts = {};
    try {
      if (statSync(folder).isDirectory()) {
        const own = readSmallFile(`${dockerfilePath}.dockerignore`);
        const shared = own ?? readSmallFile(join(folder, '.dockerignore'));
        facts = { dockerignore: shared ?? null, contextEntries: readdirSync(folder) };
      }
    } catch {
      facts = {};
    }
    this.facts.set(dockerfilePath, facts);
    return facts;
  }

  private report(problems: readonly string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      this.reported.add(problem);
      this.log(problem);
    }
  }
}

function toPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function readSmallFile(path: string): string | undefined {
  try {
    if (!existsSync(path)) return undefined;
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > MAX_SETTINGS_FILE) return undefined;
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export function isWatchedFile(uri: string): boolean {
  const name = basename(toPath(uri) ?? uri);
  return name.endsWith('.dockerignore') || name === PROJECT_FILE || HADOLINT_FILES.includes(name);
}
