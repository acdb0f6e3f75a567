import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDockerfile } from '../targets/dockerfile/model';
import type { ComposeModel } from '../targets/compose/model';
import type { KubernetesObject } from '../targets/kubernetes/model';
import type { ParsedYaml } from '../parsing/yaml';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
/** What a setting asks of a rule: a severity, `off`, or `on` (its own severity, also for a rule off by default). */
export type RuleSetting = Severity | 'off' | 'on';
export type TargetName = 'dockerfile' | 'compose' | 'kubernetes';

/**
 * Whether applying a fix keeps what the image or workload does (ruff's safe and unsafe fixes).
 * `safe`: syntax, style, a version the file already names, cleanup that removes only caches; `--fix` applies it.
 * `unsafe`: it changes behaviour (drops a privilege or capability, adds a restart policy, a non-root user, a
 * read-only filesystem, another install command) or writes a template with invented values: the editor offers it,
 * never as the preferred fix nor in Fix all, and `--fix` applies it only with `--unsafe-fixes`.
 */
export type FixSafety = 'safe' | 'unsafe';

/** An edit that resolves one finding. */
export interface Fix {
  title: string;
  edits: TextEdit[];
  /** Without it, the fix has its rule's `fixSafety`. */
  safety?: FixSafety;
}

/** A fix as the engine hands it on: its safety stated. */
export interface RuledFix extends Fix {
  safety: FixSafety;
}

/** A place in another file (or elsewhere in this one) that a finding depends on. */
export interface RelatedLocation {
  uri: string;
  range: Range;
  message: string;
}

/** What a rule's check yields: the offending range, an optional sharper message, its fixes. */
export interface Finding {
  range: Range;
  message: string;
  /**
   * The fixes, or a function that computes them on demand: the engine calls it once at most, when a code
   * action, `--fix` or a diagnostic's data asks. (A `get fixes()` would cost every finding a property
   * dictionary that holds its parse until a full garbage collection.)
   */
  fixes?: Fix[] | (() => Fix[] | undefined);
  /** The other files the finding is about (a cross-file rule's partner). */
  related?: RelatedLocation[];
}

/** A finding's fixes, computed now when its rule computes them on demand. */
export function fixesNow(fixes: Finding['fixes']): Fix[] | undefined {
  return typeof fixes === 'function' ? fixes() : fixes;
}

export interface RuleDocs {
  /** Why the pattern hurts, in a sentence or two of Markdown. */
  why: string;
  bad?: string;
  good?: string;
  /**
   * Where the rule deliberately reports more or less than the hadolint rule it aliases, in a sentence of
   * Markdown; shown as "Differs from hadolint: …" wherever the docs are shown, and listed in the README.
   */
  differsFromHadolint?: string;
}

/** How a rule's documentation states its deliberate difference from hadolint. */
export function hadolintDifferenceNote(docs: RuleDocs): string | undefined {
  return docs.differsFromHadolint === undefined ? undefined : `Differs from hadolint: ${docs.differsFromHadolint}`;
}

export interface RuleMeta {
  /** `<target>/<kebab-name>`, shown as the diagnostic code. */
  id: string;
  /** Other tools' ids for the same check, so their ignore comments work too. */
  aliases: string[];
  severity: Severity;
  /** Ids of the questions of the bank that explain the rule, most relevant first. */
  questions: string[];
  /**
   * Words of the rule's subject (`['apk add', '--no-cache']`): every question the rule cites must contain
   * one of them, case-insensitively, so that a link always leads to text about the rule.
   */
  subject: string[];
  /** One line: what the rule asks for. */
  summary: string;
  docs: RuleDocs;
  /** The kind of the rule's fixes (a fix may state its own); absent when the rule offers none. */
  fixSafety?: FixSafety;
  /** `false` for a rule that runs only when a setting names it (`on` or a severity); absent means it runs. */
  enabledByDefault?: false;
  /**
   * `document`: the rule reads one YAML document at a time (no other object of the file), so after an edit
   * its findings in the documents that did not change are reused. Absent: it sees the whole file.
   */
  scope?: 'document';
}

/** The types a label schema can give a label's value (hadolint's `label-schema`). */
export type LabelType = 'text' | 'url' | 'semver' | 'hash' | 'rfc3339' | 'spdx' | 'email';

/**
 * Facts about the files around a document, gathered by the server or the CLI: rules never read files.
 * `undefined` means unknown (a rule then stays silent); `null` means known to be absent.
 */
export interface WorkspaceFacts {
  /** The text of the `.dockerignore` that applies to the Dockerfile's build context. */
  dockerignore?: string | null;
  /** Names at the top of the build context (`.git`, `node_modules`, …). */
  contextEntries?: readonly string[];
  /** Registries base images may come from (hadolint's `trustedRegistries`); undefined allows any. */
  trustedRegistries?: readonly string[];
  /** The Kubernetes version manifests are applied to (`1.36`); undefined means the current stable release. */
  kubernetesVersion?: string;
  /** The labels an image must carry and the type of each value (hadolint's `label-schema`). */
  labelSchema?: Readonly<Record<string, LabelType>>;
  /** No label outside the schema (hadolint's `strict-labels`). */
  strictLabels?: boolean;
}

/** What a rule may know besides the document: the day it runs (from the lint options' clock). */
export interface RuleEnv {
  /** Today as an ISO date (`2026-12-01`, UTC). */
  today: string;
}

/** A rule of one target: `check` reads that target's parsed context. */
export interface TargetRule<C> extends RuleMeta {
  target: TargetName;
  check(context: C, env: RuleEnv): Iterable<Finding>;
}

export interface DockerfileContext {
  document: TextDocument;
  dockerfile: ParsedDockerfile;
  workspace: WorkspaceFacts;
}

export interface DockerfileRule extends RuleMeta {
  target: 'dockerfile';
  check(context: DockerfileContext, env: RuleEnv): Iterable<Finding>;
}

export interface ComposeContext {
  document: TextDocument;
  yaml: ParsedYaml;
  compose: ComposeModel;
}

export interface ComposeRule extends RuleMeta {
  target: 'compose';
  check(context: ComposeContext, env: RuleEnv): Iterable<Finding>;
}

export interface KubernetesContext {
  document: TextDocument;
  yaml: ParsedYaml;
  /** Every object of every valid document, `List` items included. */
  objects: KubernetesObject[];
  workspace: WorkspaceFacts;
}

/**
 * The objects a Kubernetes rule reads: `pods`, the objects with a pod spec (their containers included), or
 * a list of kinds. The engine calls the rule only on a file (or, for `scope: 'document'`, a document) that
 * holds one; a rule that reads other objects, or the whole file, leaves it out.
 */
export type KubernetesInterest = 'pods' | readonly string[];

export interface KubernetesRule extends RuleMeta {
  target: 'kubernetes';
  looksAt?: KubernetesInterest;
  check(context: KubernetesContext, env: RuleEnv): Iterable<Finding>;
}

/** A rule of some target, seen from outside it: its metadata (its `check` needs its own target's context). */
export type Rule = TargetRule<never>;

export function defineDockerfileRule(rule: Omit<DockerfileRule, 'target'>): DockerfileRule {
  return { ...rule, target: 'dockerfile' };
}

export function defineComposeRule(rule: Omit<ComposeRule, 'target'>): ComposeRule {
  return { ...rule, target: 'compose' };
}

export function defineKubernetesRule(rule: Omit<KubernetesRule, 'target'>): KubernetesRule {
  return { ...rule, target: 'kubernetes' };
}

/** The severity a rule runs at under a setting, or `off`: without one, a rule off by default does not run. */
export function severityFor(rule: Pick<RuleMeta, 'severity' | 'enabledByDefault'>, setting: RuleSetting | undefined): Severity | 'off' {
  if (setting === undefined) return rule.enabledByDefault === false ? 'off' : rule.severity;
  return setting === 'on' ? rule.severity : setting;
}

/** How the documentation of a rule off by default says how to turn it on. */
export function offByDefaultNote(rule: Pick<RuleMeta, 'id'>): string {
  return `Off by default: turn it on with \`${rule.id}: on\` (or a severity) under \`rules:\` in \`.container-coach.yaml\` or the \`containerCoach.rules\` setting, or \`--rule ${rule.id}=on\`.`;
}

/** How a rule's documentation states the kind of its fix. */
export function fixSafetyNote(safety: FixSafety): string {
  return safety === 'safe'
    ? 'Fix: safe. It keeps what the image or workload does; `container-coach lint --fix` applies it.'
    : 'Fix: unsafe. It changes what runs (or writes a template to adapt): the editor offers it, never as the preferred fix nor in Fix all; `--fix` applies it only with `--unsafe-fixes`.';
}
