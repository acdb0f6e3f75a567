import type { Rule } from './rule';
import preferExecForm from './dockerfile/prefer-exec-form';

/** Every rule, sorted by id. */
export const rules: readonly Rule[] = [preferExecForm].sort((a, b) => a.id.localeCompare(b.id));

export const rulesById: ReadonlyMap<string, Rule> = new Map(rules.map((rule) => [rule.id, rule]));
