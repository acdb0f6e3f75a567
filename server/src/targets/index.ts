import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, type Analysis, type LintOptions } from '../engine/lint';
import type { Rule, TargetName } from '../engine/rule';
import { baseName } from './kind';
import { byId, type DocumentIdentity, type Recognition, type Target } from './target';
import { compose } from './compose/index';
import { dockerfile } from './dockerfile/index';
import { kubernetes } from './kubernetes/index';
import { workspaceRules } from '../workspace/rules/index';

/** A target of the registry, its context type sealed inside `analyse`: what code that takes any target holds. */
export interface RegisteredTarget {
  name: TargetName;
  rules: readonly Rule[];
  recognise(document: DocumentIdentity): Recognition | undefined;
  /** `previous`: the last analysis of an earlier version of the same document, whose unchanged parts are reused. */
  analyse(document: TextDocument, options: LintOptions, previous?: Analysis): Analysis;
}

function register<C extends { document: TextDocument }>(target: Target<C>): RegisteredTarget {
  return { name: target.name, rules: target.rules, recognise: target.recognise, analyse: (document, options, previous) => analyse(document, target, options, previous) };
}

/** Every target, by name, in recognition order: when two claim a document alike, the first wins (a manifest may have a top-level `services:` too). */
export const targetsByName: Readonly<Record<TargetName, RegisteredTarget>> = {
  dockerfile: register(dockerfile),
  kubernetes: register(kubernetes),
  compose: register(compose),
};

export const targets: readonly RegisteredTarget[] = Object.values(targetsByName);

/** Every rule, the workspace's cross-file ones included, sorted by id. Each target keeps its own list beside its rules. */
export const rules: readonly Rule[] = [...targets.flatMap((target) => target.rules), ...workspaceRules].sort(byId);

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));

/**
 * The target of a document: by language id and name first; for other YAML files, by content when the
 * text is given (a top-level `apiVersion` with `kind` is Kubernetes, a top-level `services:` is Compose).
 */
export function recogniseTarget(uri: string, languageId: string, text?: string): RegisteredTarget | undefined {
  const identity = { name: baseName(uri), languageId, text };
  return targets.find((target) => target.recognise(identity) === 'name') ?? targets.find((target) => target.recognise(identity) === 'content');
}

export function documentKind(uri: string, languageId: string, text?: string): TargetName | undefined {
  return recogniseTarget(uri, languageId, text)?.name;
}
