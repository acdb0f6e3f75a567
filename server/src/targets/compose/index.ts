import type { ComposeContext } from '../../engine/rule';
import { reasonToSkipYaml } from '../../engine/lint';
import { parseYaml } from '../../parsing/yaml';
import { yamlSuppressions } from '../../suppressions/yaml';
import { yamlText } from '../kind';
import { sortedRules, type Target } from '../target';
import { composeCompletion } from './completion';
import { composeKeyHover } from './hover';
import { parseCompose } from './model';
import { composeRules } from './rules/index';

const COMPOSE_NAME = /^(?:(?:docker-)?compose(?:[.-][\w.-]+)?|[\w.-]+\.compose)\.ya?ml$/;
/** A top-level `services:` mapping (block or flow). */
const SERVICES = /^["']?services["']?[ \t]*:[ \t]*(?:\{.*|#.*)?$/m;

export function isComposeName(name: string): boolean {
  return COMPOSE_NAME.test(name);
}

export const compose: Target<ComposeContext> = {
  name: 'compose',
  recognise: (identity) => {
    if (identity.languageId === 'dockercompose' || isComposeName(identity.name)) return 'name';
    const text = yamlText(identity);
    return text !== undefined && SERVICES.test(text) ? 'content' : undefined;
  },
  rules: sortedRules(composeRules),
  skip: reasonToSkipYaml,
  parse: (document) => ({ document, yaml: parseYaml(document), compose: parseCompose(document) }),
  suppressions: ({ document, yaml }) => yamlSuppressions(document, yaml),
  hover: composeKeyHover,
  completion: (_, input) => composeCompletion(input),
  ignore: { noun: 'line', line: (_, line) => line, fileLine: () => 0 },
};
