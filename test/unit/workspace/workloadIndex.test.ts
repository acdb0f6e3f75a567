import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseYaml } from '../../../server/src/parsing/yaml';
import { kubernetesModel, podLabelsOf, selects } from '../../../server/src/targets/kubernetes/model';
import { namespaceOf, WorkloadIndex, type LocatedObject } from '../../../server/src/workspace/rules/kubernetesObjects';

const LABELS = ['app', 'tier', 'team'];
const VALUES = ['a', 'b', 'c'];
const labelMap = fc.dictionary(fc.constantFrom(...LABELS), fc.constantFrom(...VALUES), { maxKeys: 3 });

/** Deployments and Pods with random pod labels in two namespaces, and ConfigMaps that are no workloads. */
function objectsOf(specs: { kind: 'Deployment' | 'Pod' | 'ConfigMap'; namespace: string; labels: Record<string, string> }[]): LocatedObject[] {
  const text = specs
    .map(({ kind, namespace, labels }, index) => {
      const labelLines = Object.entries(labels).map(([key, value]) => `\n        ${key}: ${value}`).join('') || ' {}';
      if (kind === 'ConfigMap') return `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${index}\n  namespace: ${namespace}\n`;
      if (kind === 'Pod') return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p${index}\n  namespace: ${namespace}\n  labels:${labelLines.replaceAll('\n      ', '\n')}\nspec:\n  containers:\n    - name: x\n      image: x:1\n`;
      return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: d${index}\n  namespace: ${namespace}\nspec:\n  template:\n    metadata:\n      labels:${labelLines}\n    spec:\n      containers:\n        - name: x\n          image: x:1\n`;
    })
    .join('---\n');
  const document = TextDocument.create('file:///w/all.yaml', 'yaml', 1, text || '{}');
  return kubernetesModel(parseYaml(document)).objects.map((object) => ({ uri: document.uri, document, object }));
}

describe('WorkloadIndex', () => {
  it('selects what testing every workload of the namespace selects, in the same order', () => {
    const spec = fc.record({ kind: fc.constantFrom('Deployment' as const, 'Pod' as const, 'ConfigMap' as const), namespace: fc.constantFrom('', 'other'), labels: labelMap });
    fc.assert(
      fc.property(fc.array(spec, { maxLength: 12 }), labelMap, fc.constantFrom('', 'other'), (specs, selector, namespace) => {
        const objects = objectsOf(specs);
        const wanted = new Map(Object.entries(selector));
        const naive = objects.filter((each) => each.object.podSpec !== undefined && namespaceOf(each) === namespace && selects(wanted, podLabelsOf(each.object) ?? new Map()));
        const index = new WorkloadIndex(objects);
        assert.deepEqual(index.selecting(namespace, wanted).map((each) => each.object.name), naive.map((each) => each.object.name));
        assert.deepEqual(index.in(namespace).map((each) => each.object.name), objects.filter((each) => each.object.podSpec !== undefined && namespaceOf(each) === namespace).map((each) => each.object.name));
      }),
      { numRuns: 200 },
    );
  });
});
