import { objectAnchor } from '../model';
import { mapFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { code } from '../../../text/markdown';
import { findPair, getMap, valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

const ENFORCE = 'pod-security.kubernetes.io/enforce';
const SYSTEM_NAMESPACES = new Set(['kube-system', 'kube-public', 'kube-node-lease']);

export default defineKubernetesRule({
  id: 'kubernetes/require-pod-security-labels',
  aliases: [],
  severity: 'warning',
  scope: 'document',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['pod-security.kubernetes.io', 'Pod Security'],
  summary: 'Namespaces should enforce a Pod Security Standard (`pod-security.kubernetes.io/enforce`).',
  docs: {
    why:
      'Pod Security Admission checks pods against a namespace\'s `pod-security.kubernetes.io/enforce` ' +
      'label and rejects those that break it. Without the label nothing is checked: a privileged pod is ' +
      'admitted like any other. Enforce `restricted` everywhere except system namespaces (`baseline` ' +
      'where a workload truly needs more).',
    bad:
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop',
    good:
      'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n  labels:\n' +
      '    pod-security.kubernetes.io/enforce: restricted\n    pod-security.kubernetes.io/warn: restricted',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      if (object.kind !== 'Namespace' || (object.name && SYSTEM_NAMESPACES.has(object.name))) continue;
      const labels = getMap(object.doc, object.metadata, 'labels');
      if (labels && findPair(object.doc, labels, ENFORCE)) continue;
      const namePair = object.metadata && findPair(object.doc, object.metadata, 'name');
      const fix = (level: string) =>
        mapFix(
          document,
          object,
          object.metadata,
          { labels: { [ENFORCE]: level, 'pod-security.kubernetes.io/warn': level } },
          `Enforce the ${level} Pod Security Standard`,
        );
      yield {
        range: namePair ? valueRange(document, namePair) : objectAnchor(document, object),
        message: `Namespace ${object.name ? `${code(object.name)} ` : ''}enforces no Pod Security Standard, so privileged pods are admitted; add the \`${ENFORCE}\` label.`,
        fixes: () => keepFixes(fix('restricted'), fix('baseline')),
      };
    }
  },
});
