import type { KubernetesContext, KubernetesRule } from '../../engine/rule';
import { reasonToSkipYaml } from '../../engine/lint';
import { documentSpans, firstYamlError, parseYaml, type YamlDocument } from '../../parsing/yaml';
import { endOfLine } from '../../text/endOfLine';
import { Suppressions } from '../../suppressions/suppressions';
import { yamlSuppressions } from '../../suppressions/yaml';
import { yamlText } from '../kind';
import { sortedRules, type Target } from '../target';
import { kubernetesCompletion } from './completion';
import { kubernetesKeyHover } from './hover';
import { kubernetesModel, type KubernetesObject } from './model';
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
  parse: (document, workspace, previous) => {
    const yaml = parseYaml(document, previous?.yaml);
    return { document, yaml, objects: kubernetesModel(yaml).objects, workspace };
  },
  // Fixes write the file's line ending, so it is part of every document's key.
  units: (context) => {
    const eol = endOfLine(context.yaml.text);
    const byDocument = new Map<YamlDocument, KubernetesObject[]>();
    for (const object of context.objects) {
      const objects = byDocument.get(object.yaml);
      if (objects) objects.push(object);
      else byDocument.set(object.yaml, [object]);
    }
    return documentSpans(context.yaml, (offset) => context.document.positionAt(offset).line).map(({ yaml, text, line }) => ({
      key: `${eol}${text}`,
      line,
      context: { ...context, objects: byDocument.get(yaml) ?? [] },
    }));
  },
  interested: (rule, { objects }) => {
    const looksAt = (rule as KubernetesRule).looksAt;
    if (looksAt === undefined) return true;
    return looksAt === 'pods' ? objects.some((object) => object.podSpec !== undefined) : objects.some((object) => looksAt.includes(object.kind));
  },
  suppressions: ({ document, yaml, objects }) => new Suppressions([...yamlSuppressions(document, yaml).list, ...annotationSuppressions(document, objects)]),
  syntaxError: ({ yaml }) => firstYamlError(yaml),
  hover: kubernetesKeyHover,
  completion: (_, input) => kubernetesCompletion(input),
  ignore: { noun: 'line', line: (_, line) => line, fileLine: () => 0 },
};
