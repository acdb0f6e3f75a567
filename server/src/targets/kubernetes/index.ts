import type { KubernetesContext } from '../../engine/rule';
import { reasonToSkipYaml } from '../../engine/lint';
import { firstYamlError, parseYaml } from '../../parsing/yaml';
import { Suppressions } from '../../suppressions/suppressions';
import { yamlSuppressions } from '../../suppressions/yaml';
import { yamlText } from '../kind';
import { sortedRules, type Target } from '../target';
import { kubernetesCompletion } from './completion';
import { kubernetesKeyHover } from './hover';
import { kubernetesModel } from './model';
import { kubernetesRules } from './rules/index';
import { annotationSuppressions } from './suppressions';

const API_VERSION = /^["']?apiVersion["']?[ \t]*:/m;
const KIND = /^["']?kind["']?[ \t]*:/m;

export const kubernetes: Target<KubernetesContext> = {
  name: 'kubernetes',
  // Only by content: a top-level `apiVersion` with `kind`.
  recognise: (identity) => {
    const text = yamlText(identity);
    return text !== undefined && API_VERSION.test(text) && KIND.test(text) ? 'content' : undefined;
  },
  rules: sortedRules(kubernetesRules),
  skip: reasonToSkipYaml,
  parse: (document, workspace) => {
    const yaml = parseYaml(document);
    return { document, yaml, objects: kubernetesModel(yaml).objects, workspace };
  },
  suppressions: ({ document, yaml, objects }) => new Suppressions([...yamlSuppressions(document, yaml).list, ...annotationSuppressions(document, objects)]),
  syntaxError: ({ yaml }) => firstYamlError(yaml),
  hover: kubernetesKeyHover,
  completion: (_, input) => kubernetesCompletion(input),
  ignore: { noun: 'line', line: (_, line) => line, fileLine: () => 0 },
};
