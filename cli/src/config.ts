import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LintOptions } from '../../server/src/engine/lint';
import { rules } from '../../server/src/targets/index';
import { folderLayers, PROJECT_FILE, resolveSettings, settingsFacts, type EffectiveSettings, type SettingsLayer } from '../../server/src/settings/settings';
import { ruleMatches } from '../../server/src/suppressions/suppressions';
import { ProjectConfiguration } from '../../server/src/settings/workspaceFiles';
import { nodeFileSystem } from '../../server/src/settings/nodeFileSystem';
import { UsageError, type CliOptions } from './args';

/** The project's settings as the editor reads them, plus the command line's; `root` anchors `exclude`. */
export interface LintConfig extends EffectiveSettings {
  root: string;
  /** Lint options for one file: severities, trusted registries, the label schema and the facts around a Dockerfile. */
  lintOptionsFor(path: string, maxFileSize: number): LintOptions;
}

/**
 * Layers, later winning: `.hadolint.yaml` in the config's folder, the project file (`--config FILE`, or
 * `.container-coach.yaml` in the current folder), then `--rule`. Any problem in them is a usage error.
 */
export function loadConfig(options: Pick<CliOptions, 'config' | 'rules' | 'kubernetesVersion'>, cwd: string): LintConfig {
  const projectFile = resolve(cwd, options.config ?? PROJECT_FILE);
  if (options.config && !existsSync(projectFile)) throw new UsageError(`Config file ${options.config} does not exist.`);
  const root = dirname(projectFile);
  const { layers, project, problems } = folderLayers((name) => {
    const path = name === PROJECT_FILE ? projectFile : join(root, name);
    return existsSync(path) ? { text: readConfigFile(path), label: path } : undefined;
  });
  // Unlike `.hadolint.yaml` (which names hadolint checks we may not have), our own file must name our rules.
  for (const name of Object.keys(project?.rules ?? {})) assertRuleName(name, projectFile);
  const commandLine: SettingsLayer = { rules: {}, ...(options.kubernetesVersion ? { kubernetesVersion: options.kubernetesVersion } : {}) };
  for (const { id, level } of options.rules) commandLine.rules![assertRuleName(id, '--rule')] = level;
  if (problems.length > 0) throw new UsageError(problems.join('\n'));

  const settings = resolveSettings(rules, [...layers, commandLine]);
  // With no workspace folders, the editor's ProjectConfiguration contributes only what a Dockerfile's
  // folder holds (`.dockerignore`, top-level names): the same build-context facts as in the editor.
  const facts = new ProjectConfiguration(rules, nodeFileSystem);
  return {
    ...settings,
    root,
    lintOptionsFor(path, maxFileSize) {
      const options = facts.lintOptionsFor(pathToFileURL(path).href, { maxFileSize, severities: settings.severities })!;
      return { ...options, workspace: { ...options.workspace, ...settingsFacts(settings) } };
    },
  };
}

function readConfigFile(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsageError(`Cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
}

/** A rule id, short id or alias names a rule; the rule's id, or a usage error naming the mistake. */
function assertRuleName(name: string, where: string): string {
  const rule = name.toLowerCase() === 'all' ? undefined : rules.find((candidate) => ruleMatches(candidate, name));
  if (!rule) throw new UsageError(`${where}: unknown rule \`${name}\` (ids look like dockerfile/prefer-exec-form; aliases such as DL3025 work too).`);
  return rule.id;
}
