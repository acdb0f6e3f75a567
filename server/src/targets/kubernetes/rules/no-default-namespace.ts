import { findPair, getMap, scalarString, valueRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-default-namespace',
  aliases: ['use-namespace', 'KSV110', 'CKV_K8S_21'],
  severity: 'warning',
  scope: 'document',
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['namespace'],
  summary: 'Objects should not be put in the `default` namespace.',
  docs: {
    why:
      'The `default` namespace is where everything lands by accident: it shares quotas, RBAC and network ' +
      'policies with whatever else is there, and it is hard to enforce a Pod Security Standard on it. Give ' +
      'the application its own namespace. Objects without a `namespace` are not reported: ' +
      '`kubectl apply -n` or kustomize usually sets it. Differs from kube-linter (`use-namespace`) and ' +
      'Trivy (KSV110): they also report an object without a namespace.',
    bad:
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\n  namespace: default',
    good:
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: api\n  namespace: shop',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      const metadata = getMap(object.doc, object.map, 'metadata');
      const pair = metadata && findPair(object.doc, metadata, 'namespace');
      if (!pair || scalarString(pair.value) !== 'default') continue;
      yield {
        range: valueRange(document, pair),
        message: `${code(object.kind)} ${object.name ? `${code(object.name)} ` : ''}is put in the \`default\` namespace; give the application a namespace of its own.`,
      };
    }
  },
});
