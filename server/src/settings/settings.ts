/**
 * Per-rule settings from three places, merged in this order (later wins):
 * 1. `.hadolint.yaml` at the workspace root: `ignored`, `override`, `trustedRegistries`, `label-schema` and
 *    `strict-labels`, so a team that uses hadolint gets the same results;
 * 2. `.container-coach.yaml` at the workspace root: `rules: { <id or alias>: on|off|error|warning|info|hint }`,
 *    `exclude: [globs]`, `labelSchema` and `strictLabels`;
 * 3. the editor setting `containerCoach.rules`, the same map, personal to the user.
 * Pure: parsing and merging only; `workspaceFiles.ts` reads the files.
 */
import ignore from 'ignore';
import { parse } from 'yaml';
import type { LabelType, RuleMeta, RuleSetting, Severity } from '../engine/rule';
import { LABEL_TYPES } from '../targets/dockerfile/labels';
import { ruleMatches } from '../suppressions/suppressions';

export type { RuleSetting };

/** One source of settings, as written: rule names are ids, short ids or aliases. */
export interface SettingsLayer {
  rules?: Record<string, RuleSetting>;
  exclude?: string[];
  trustedRegistries?: string[];
  /** The Kubernetes release manifests target (`1.30`), for `kubernetes/no-removed-api`. */
  kubernetesVersion?: string;
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
}

export interface ParsedSettings {
  layer: SettingsLayer;
  /** What we could not read, one sentence each (shown once in the output log). */
  problems: string[];
}

/** What the linter needs: a severity (or off) per rule id, excluded paths, trusted registries, the label schema. */
export interface EffectiveSettings {
  severities: Record<string, RuleSetting>;
  exclude: string[];
  trustedRegistries?: string[];
  kubernetesVersion?: string;
  labelSchema?: Record<string, LabelType>;
  strictLabels?: boolean;
}

export const PROJECT_FILE = '.container-coach.yaml';
export const HADOLINT_FILES = ['.hadolint.yaml', '.hadolint.yml'];

const SETTINGS: readonly string[] = ['on', 'off', 'error', 'warning', 'info', 'hint'];
const HADOLINT_LEVELS: Record<string, Severity> = { error: 'error', warning: 'warning', info: 'info', style: 'hint' };

/** Reads the `rules` map of the editor setting or the project file; anything else is a problem, not a crash. */
export function parseRulesMap(value: unknown, where: string): ParsedSettings {
  const problems: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  if (value === undefined || value === null) return { layer: {}, problems };
  if (typeof value !== 'object' || Array.isArray(value)) return { layer: {}, problems: [`${where}: \`rules\` must be a map of rule to severity.`] };
  for (const [name, setting] of Object.entries(value as Record<string, unknown>)) {
    const normalized = typeof setting === 'string' ? setting.toLowerCase() : typeof setting === 'boolean' ? (setting ? 'on' : 'off') : undefined;
    if (normalized === 'information') rules[name] = 'info';
    else if (normalized && SETTINGS.includes(normalized)) rules[name] = normalized as RuleSetting;
    else problems.push(`${where}: \`${name}\` must be one of on, off, error, warning, info or hint.`);
  }
  return { layer: { rules }, problems };
}

export function parseProjectFile(text: string): ParsedSettings {
  const document = parseYaml(text, PROJECT_FILE);
  if ('problem' in document) return { layer: {}, problems: [document.problem] };
  const value = document.value;
  if (value === null || value === undefined) return { layer: {}, problems: [] };
  if (typeof value !== 'object' || Array.isArray(value)) return { layer: {}, problems: [`${PROJECT_FILE}: expected a map with \`rules\` and \`exclude\`.`] };
  const record = value as Record<string, unknown>;
  const parsed = parseRulesMap(record.rules, PROJECT_FILE);
  const exclude = stringList(record.exclude, `${PROJECT_FILE}: \`exclude\``, parsed.problems);
  const kubernetesVersion = parseKubernetesVersion(record.kubernetesVersion, `${PROJECT_FILE}: \`kubernetesVersion\``, parsed.problems);
  const labels = labelSettings(record.labelSchema, record.strictLabels, PROJECT_FILE, ['labelSchema', 'strictLabels'], parsed.problems);
  return { layer: { ...parsed.layer, ...(exclude ? { exclude } : {}), ...(kubernetesVersion ? { kubernetesVersion } : {}), ...labels }, problems: parsed.problems };
}

/** `.hadolint.yaml`: `ignored: [DL3008]`, `override: { error: [DL3001], style: [...] }`, `trustedRegistries: [...]`. */
export function parseHadolintFile(text: string, name = HADOLINT_FILES[0]): ParsedSettings {
  const document = parseYaml(text, name);
  if ('problem' in document) return { layer: {}, problems: [document.problem] };
  const value = document.value;
  if (value === null || value === undefined || typeof value !== 'object' || Array.isArray(value)) return { layer: {}, problems: [] };
  const record = value as Record<string, unknown>;
  const problems: string[] = [];
  const rules: Record<string, RuleSetting> = {};
  const override = record.override;
  if (override && typeof override === 'object' && !Array.isArray(override)) {
    for (const [level, codes] of Object.entries(override as Record<string, unknown>)) {
      const severity = HADOLINT_LEVELS[level.toLowerCase()];
      if (!severity) {
        problems.push(`${name}: unknown override level \`${level}\`.`);
        continue;
      }
      for (const code of stringList(codes, `${name}: \`override.${level}\``, problems) ?? []) rules[code] = severity;
    }
  }
  for (const code of stringList(record.ignored, `${name}: \`ignored\``, problems) ?? []) rules[code] = 'off';
  const trustedRegistries = stringList(record.trustedRegistries, `${name}: \`trustedRegistries\``, problems);
  const labels = labelSettings(record['label-schema'], record['strict-labels'], name, ['label-schema', 'strict-labels'], problems);
  return { layer: { rules, ...(trustedRegistries ? { trustedRegistries } : {}), ...labels }, problems };
}

/** A label schema (`{ version: semver, … }`) and the strict-labels switch, under the names the file gives them. */
function labelSettings(schema: unknown, strict: unknown, file: string, [schemaKey, strictKey]: [string, string], problems: string[]): Pick<SettingsLayer, 'labelSchema' | 'strictLabels'> {
  const layer: Pick<SettingsLayer, 'labelSchema' | 'strictLabels'> = {};
  if (schema !== undefined && schema !== null) {
    if (typeof schema !== 'object' || Array.isArray(schema)) problems.push(`${file}: \`${schemaKey}\` must be a map of label to type.`);
    else {
      layer.labelSchema = {};
      for (const [label, type] of Object.entries(schema as Record<string, unknown>)) {
        const normalized = typeof type === 'string' ? type.toLowerCase() : '';
        if ((LABEL_TYPES as readonly string[]).includes(normalized)) layer.labelSchema[label] = normalized as LabelType;
        else problems.push(`${file}: \`${schemaKey}.${label}\` must be one of ${LABEL_TYPES.join(', ')}.`);
      }
    }
  }
  if (typeof strict === 'boolean') layer.strictLabels = strict;
  else if (strict !== undefined && strict !== null) problems.push(`${file}: \`${strictKey}\` must be true or false.`);
  return layer;
}

/** Reads a settings file of a folder by name: its text and the name messages give it, or undefined when absent. */
export type ReadSettingsFile = (name: string) => { text: string; label: string } | undefined;

/**
 * The settings layers a folder's files contribute, in the order they apply: the first `.hadolint.yaml`
 * (or `.yml`), then the project file. The editor and the CLI add their own layer on top of these.
 */
export function folderLayers(read: ReadSettingsFile): { layers: SettingsLayer[]; project?: SettingsLayer; problems: string[] } {
  const layers: SettingsLayer[] = [];
  const problems: string[] = [];
  for (const name of HADOLINT_FILES) {
    const file = read(name);
    if (!file) continue;
    const parsed = parseHadolintFile(file.text, file.label);
    problems.push(...parsed.problems);
    layers.push(parsed.layer);
    break;
  }
  const file = read(PROJECT_FILE);
  if (!file) return { layers, problems };
  const parsed = parseProjectFile(file.text);
  problems.push(...parsed.problems.map((problem) => problem.replace(PROJECT_FILE, file.label)));
  layers.push(parsed.layer);
  return { layers, project: parsed.layer, problems };
}

/**
 * Merges layers (later wins) into a severity per rule id. A name matches a rule by id, short id or
 * alias; when one layer names a rule twice (`DL3008` and its id), the more specific id wins.
 */
export function resolveSettings(rules: readonly RuleMeta[], layers: readonly SettingsLayer[]): EffectiveSettings {
  const severities: Record<string, RuleSetting> = {};
  const exclude: string[] = [];
  let trustedRegistries: string[] | undefined;
  let kubernetesVersion: string | undefined;
  let labelSchema: Record<string, LabelType> | undefined;
  let strictLabels: boolean | undefined;
  for (const layer of layers) {
    for (const rule of rules) {
      const entries = Object.entries(layer.rules ?? {}).filter(([name]) => name.toLowerCase() !== 'all' && ruleMatches(rule, name));
      const exact = entries.find(([name]) => name.toLowerCase() === rule.id.toLowerCase());
      const chosen = exact ?? entries.at(-1);
      if (chosen) severities[rule.id] = chosen[1];
    }
    exclude.push(...(layer.exclude ?? []));
    if (layer.trustedRegistries) trustedRegistries = layer.trustedRegistries;
    if (layer.kubernetesVersion) kubernetesVersion = layer.kubernetesVersion;
    if (layer.labelSchema) labelSchema = layer.labelSchema;
    if (layer.strictLabels !== undefined) strictLabels = layer.strictLabels;
  }
  return { severities, exclude, ...settingsFacts({ trustedRegistries, labelSchema, strictLabels, kubernetesVersion }) };
}

type FactSettings = Pick<EffectiveSettings, 'trustedRegistries' | 'labelSchema' | 'strictLabels' | 'kubernetesVersion'>;

/** The settings rules read as workspace facts (trusted registries, the label schema, the Kubernetes version), those that are set. */
export function settingsFacts(settings: FactSettings): FactSettings {
  const { trustedRegistries, labelSchema, strictLabels, kubernetesVersion } = settings;
  return {
    ...(trustedRegistries ? { trustedRegistries } : {}),
    ...(labelSchema ? { labelSchema } : {}),
    ...(strictLabels !== undefined ? { strictLabels } : {}),
    ...(kubernetesVersion ? { kubernetesVersion } : {}),
  };
}

/** Whether a workspace-relative path (forward slashes) is excluded by gitignore-style globs. */
export function isExcluded(relativePath: string, exclude: readonly string[]): boolean {
  if (exclude.length === 0 || !relativePath || relativePath.startsWith('..')) return false;
  try {
    return ignore().add([...exclude]).ignores(relativePath.replace(/^\.\//, ''));
  } catch {
    return false;
  }
}

function parseYaml(text: string, name: string): { value: unknown } | { problem: string } {
  try {
    return { value: parse(text, { maxAliasCount: 50 }) as unknown };
  } catch (error) {
    return { problem: `${name}: ${error instanceof Error ? error.message.split('\n')[0] : 'not valid YAML'}.` };
  }
}

/** `1.30`, `v1.30` or `1.30.2` (a YAML number `1.30` reads as 1.3, so numbers are refused with a hint). */
export function parseKubernetesVersion(value: unknown, where: string, problems: string[]): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value === 'string' && /^v?1\.\d+(?:\.\d+)?$/.test(value.trim())) return value.trim();
  problems.push(`${where} must be a Kubernetes version such as "1.30" (quoted in YAML, where 1.30 reads as 1.3).`);
  return undefined;
}

function stringList(value: unknown, where: string, problems: string[]): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  problems.push(`${where} must be a list of strings.`);
  return undefined;
}
