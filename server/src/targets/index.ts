import type { Rule } from '../engine/rule';
import { composeRules } from './compose/rules/index';
import { dockerfileRules } from './dockerfile/rules/index';
import { kubernetesRules } from './kubernetes/rules/index';

/** Every rule, sorted by id. Each target keeps its own list beside its rules. */
export const rules: readonly Rule[] = [...dockerfileRules, ...composeRules, ...kubernetesRules].sort((a, b) => a.id.localeCompare(b.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
