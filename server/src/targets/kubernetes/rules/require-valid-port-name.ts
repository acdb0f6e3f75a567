import { describeContainer, eachContainer, isTemplated } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap, isScalar, resolveNode, sequenceItems, valueRange, type YamlPair } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

/** Why `name` is not an IANA service name (RFC 6335 §5.1, the API server's IsValidPortName), or undefined when it is one. */
export function portNameProblem(name: string): string | undefined {
  if (name.length > 15) return 'is longer than 15 characters';
  if (!/^[a-z0-9-]+$/.test(name)) return 'may hold only lowercase letters, digits and `-`';
  if (!/[a-z]/.test(name)) return 'needs at least one letter';
  if (name.startsWith('-') || name.endsWith('-')) return 'may not start or end with `-`';
  if (name.includes('--')) return 'may not hold `--`';
  return undefined;
}

export default defineKubernetesRule({
  id: 'kubernetes/require-valid-port-name',
  aliases: ['invalid-target-ports'],
  severity: 'error',
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['RFC 6335'],
  summary: 'Container port names and named Service `targetPort`s must be IANA service names; numbered `targetPort`s must be 1–65535.',
  docs: {
    why:
      'The API server refuses a container port `name` or a Service `targetPort` name that is not an IANA service name ' +
      '(at most 15 characters of lowercase letters, digits and `-`, at least one letter, no `-` at either end or twice ' +
      'in a row), and a numbered `targetPort` outside 1–65535, so `kubectl apply` fails on the whole object.',
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - name: http_metrics\n          containerPort: 9090',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - name: http-metrics\n          containerPort: 9090',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      for (const port of sequenceItems(object.doc, findPair(object.doc, container.map, 'ports')?.value)) {
        const pair = findPair(object.doc, port, 'name');
        const name = pair && stringValue(object.doc, pair);
        const problem = name !== undefined ? portNameProblem(name) : undefined;
        if (pair && name !== undefined && problem) {
          yield { range: valueRange(document, pair), message: `The port name ${code(name)} of ${lowerFirst(describeContainer(container))} ${problem}, so the API server refuses the object.` };
        }
      }
    }
    for (const object of objects) {
      if (object.kind !== 'Service' || object.apiVersion !== 'v1') continue;
      const spec = getMap(object.doc, object.map, 'spec');
      for (const port of sequenceItems(object.doc, spec && findPair(object.doc, spec, 'ports')?.value)) {
        const pair = findPair(object.doc, port, 'targetPort');
        const value = pair && resolveNode(object.doc, pair.value);
        if (!pair || !isScalar(value)) continue;
        if (typeof value.value === 'number') {
          if (Number.isInteger(value.value) && (value.value < 1 || value.value > 65535)) {
            yield { range: valueRange(document, pair), message: `The \`targetPort\` ${value.value} of Service ${code(object.name ?? '')} is outside 1–65535, so the API server refuses it.` };
          }
          continue;
        }
        const name = stringValue(object.doc, pair);
        const problem = name !== undefined && !/^\d+$/.test(name) ? portNameProblem(name) : undefined;
        if (name !== undefined && problem) {
          yield { range: valueRange(document, pair), message: `The \`targetPort\` name ${code(name)} of Service ${code(object.name ?? '')} ${problem}, so the API server refuses it.` };
        }
      }
    }
  },
});

/** The pair's value when it is a plain string we can judge (not a template or variable). */
function stringValue(doc: Parameters<typeof resolveNode>[0], pair: YamlPair): string | undefined {
  const value = resolveNode(doc, pair.value);
  return isScalar(value) && typeof value.value === 'string' && !isTemplated(value.value) && value.value !== '' ? value.value : undefined;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
