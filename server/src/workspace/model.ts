import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { withSafety, type Analysis, type RuleFinding } from '../engine/lint';
import { fixesNow, severityFor, type Finding, type RuleMeta, type RuleSetting, type TargetName } from '../engine/rule';
import type { ParsedDockerfile } from '../targets/dockerfile/model';
import type { ComposeModel } from '../targets/compose/model';
import type { KubernetesObject } from '../targets/kubernetes/model';
import type { Suppressions } from '../suppressions/suppressions';

/** One analysed document of the workspace, as cross-file rules read it. */
export type WorkspaceDocument = { uri: string; path: string; document: TextDocument } & (
  | { target: 'dockerfile'; dockerfile: ParsedDockerfile }
  | { target: 'compose'; compose: ComposeModel }
  | { target: 'kubernetes'; objects: KubernetesObject[] }
);

/**
 * The workspace as facts: its analysed documents and what is known of the files around them, gathered
 * by the server or the CLI. `exists` answers `undefined` when the path's folder was never listed.
 */
export interface WorkspaceModel {
  documents: readonly WorkspaceDocument[];
  exists(path: string): boolean | undefined;
}

export interface WorkspaceFinding extends Finding {
  /** The document the finding is reported on. */
  uri: string;
}

/** A rule over the whole workspace: facts in, findings (each on one document) out. */
export interface WorkspaceRule extends RuleMeta {
  target: TargetName;
  check(workspace: WorkspaceModel): Iterable<WorkspaceFinding>;
}

export function defineWorkspaceRule(rule: WorkspaceRule): WorkspaceRule {
  return rule;
}

/**
 * A finding of a rule of one file that the workspace shows to be satisfied (the partner is in another
 * file): the finding of `ruleId` on `uri` whose range covers `text`. Text, not a range, so it still
 * matches after fixes moved lines.
 */
export interface Waiver {
  ruleId: string;
  uri: string;
  text: string;
  /** Why it is satisfied, for a person reading the code or a trace. */
  reason: string;
}

/** The findings of one file's rule that the workspace satisfies. */
export interface WorkspaceWaiver {
  ruleId: string;
  waive(workspace: WorkspaceModel): Iterable<Waiver>;
}

/** Whether a finding of a document is waived: `(uri, ruleId, text at its range)`. */
export type IsWaived = (uri: string, ruleId: string, text: string) => boolean;

/** The waivers of the workspace as one predicate; waivers that throw waive nothing. */
export function waivedFindings(workspace: WorkspaceModel, waivers: readonly WorkspaceWaiver[]): IsWaived {
  const keys = new Set<string>();
  const key = (uri: string, ruleId: string, text: string) => `${uri}\u0000${ruleId}\u0000${text}`;
  for (const waiver of waivers) {
    try {
      for (const each of waiver.waive(workspace)) if (each.ruleId === waiver.ruleId) keys.add(key(each.uri, each.ruleId, each.text));
    } catch {
      // A failing waiver leaves the findings as they are.
    }
  }
  return (uri, ruleId, text) => keys.size > 0 && keys.has(key(uri, ruleId, text));
}

/** The names in each listed folder: a file is absent only when its folder was listed without it. */
export class FolderListing {
  private readonly names = new Map<string, Set<string>>();

  record(folder: string, names: Iterable<string>): void {
    this.names.set(resolve(folder), new Set(names));
  }

  /** A file was created: new folders on its way from a listed folder are listed with it. */
  add(path: string): void {
    const created: string[] = [];
    for (let current = resolve(path); dirname(current) !== current; current = dirname(current)) {
      created.push(current);
      const names = this.names.get(dirname(current));
      if (!names) continue;
      names.add(basename(current));
      for (const [at, folder] of created.slice(1).entries()) this.names.set(folder, new Set([basename(created[at]!)]));
      return;
    }
  }

  remove(path: string): void {
    const absolute = resolve(path);
    this.names.get(dirname(absolute))?.delete(basename(absolute));
    for (const folder of [...this.names.keys()]) if (folder === absolute || folder.startsWith(`${absolute}/`)) this.names.delete(folder);
  }

  exists(path: string): boolean | undefined {
    const absolute = resolve(path);
    if (this.names.has(absolute)) return true;
    return this.names.get(dirname(absolute))?.has(basename(absolute));
  }
}

/** The document of an analysis, as a workspace rule reads it; undefined for skipped documents and other URIs than files. */
export function workspaceDocument(analysis: Analysis): WorkspaceDocument | undefined {
  if (analysis.result.skipped || !analysis.document.uri.startsWith('file:')) return undefined;
  const { uri } = analysis.document;
  const base = { uri, path: fileURLToPath(uri), document: analysis.document };
  const context = analysis.context() as { dockerfile?: ParsedDockerfile; compose?: ComposeModel; objects?: KubernetesObject[] };
  switch (analysis.target) {
    case 'dockerfile':
      return { ...base, target: 'dockerfile', dockerfile: context.dockerfile! };
    case 'compose':
      return { ...base, target: 'compose', compose: context.compose! };
    case 'kubernetes':
      return { ...base, target: 'kubernetes', objects: context.objects! };
  }
}

/** How the findings of one document are filtered: its ignore comments and its severities. */
export interface DocumentSettings {
  suppressions: Suppressions;
  severities?: Readonly<Record<string, RuleSetting>>;
}

/** Runs the workspace rules: findings by URI, ignore comments and severities applied; rules that throw are reported. */
export function lintWorkspace(
  workspace: WorkspaceModel,
  rules: readonly WorkspaceRule[],
  settingsFor: (uri: string) => DocumentSettings | undefined,
  onFailure: (ruleId: string, error: unknown) => void = () => undefined,
): Map<string, RuleFinding[]> {
  const byUri = new Map<string, RuleFinding[]>();
  for (const rule of rules) {
    try {
      for (const { uri, fixes: given, ...finding } of rule.check(workspace)) {
        const settings = settingsFor(uri);
        const severity = severityFor(rule, settings?.severities?.[rule.id]);
        if (!settings || severity === 'off' || settings.suppressions.isSuppressed(rule, finding.range.start.line)) continue;
        const list = byUri.get(uri) ?? [];
        const fixes = fixesNow(given);
        list.push({ ...finding, rule, severity, ...(fixes && { fixes: withSafety(rule, fixes) }) });
        byUri.set(uri, list);
      }
    } catch (error) {
      onFailure(rule.id, error);
    }
  }
  return byUri;
}

/** The model of the given analyses and the folders listed around them. */
export function workspaceModel(analyses: Iterable<Analysis>, listing: FolderListing): WorkspaceModel {
  const documents: WorkspaceDocument[] = [];
  for (const analysis of analyses) {
    const document = workspaceDocument(analysis);
    if (document) documents.push(document);
  }
  return { documents, exists: (path) => listing.exists(path) };
}
