import type { ComposeContext } from '../../engine/rule';
import { reasonToSkipYaml } from '../../engine/lint';
import { firstYamlError, parseYaml } from '../../parsing/yaml';
import { yamlSuppressions } from '../../suppressions/yaml';
import { yamlText } from '../kind';
import { sortedRules, type Target } from '../target';
import { composeCompletion } from './completion';
import { composeKeyHover } from './hover';
import { composeModel } from './model';
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
  parse: (document, _workspace, previous) => {
    const yaml = parseYaml(document, previous?.yaml);
    return { document, yaml, compose: composeModel(yaml) };
  },
  suppressions: ({ document, yaml }) => yamlSuppressions(document, yaml),
  syntaxError: ({ yaml }) => firstYamlError(yaml),
  hover: composeKeyHover,
  completion: (_, input) => composeCompletion(input),
  ignore: { noun: 'line', line: (_, line) => line, fileLine: () => 0 },
};
