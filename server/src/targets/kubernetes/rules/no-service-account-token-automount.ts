import { eachPodSpec, podSpecAnchor, type KubernetesObject } from '../model';
import { mapFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { findPair, getString, sequenceItems } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

const BINDINGS = new Set(['RoleBinding', 'ClusterRoleBinding']);

export default defineKubernetesRule({
  id: 'kubernetes/no-service-account-token-automount',
  aliases: ['KSV036', 'CKV_K8S_38'],
  severity: 'info',
  fixSafety: 'unsafe',
  looksAt: 'pods',
  questions: ['q280'],
  subject: ['automountServiceAccountToken', 'service account token', 'serviceAccount'],
  summary: 'Pods that do not call the Kubernetes API should set `automountServiceAccountToken: false`.',
  docs: {
    why:
      'By default every pod gets a token of its service account mounted in ' +
      '`/var/run/secrets/kubernetes.io/serviceaccount`; whoever compromises the container can call the API ' +
      'server with it. Most applications never need it. Pods whose service account is bound to a role in ' +
      'the same file, and pods that set the field to `true` on purpose, are not reported. Differs from ' +
      'Trivy (KSV036): it also reports an explicit `automountServiceAccountToken: true`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  automountServiceAccountToken: false\n' +
      '  containers:\n    - name: web\n      image: nginx:1.27',
  },
  *check({ document, objects }) {
    const bound = boundServiceAccounts(objects);
    const deciding = accountsThatDecide(objects);
    for (const { object, podSpec } of eachPodSpec(objects)) {
      if (findPair(object.doc, podSpec, 'automountServiceAccountToken')) continue;
      const account = getString(object.doc, podSpec, 'serviceAccountName') ?? getString(object.doc, podSpec, 'serviceAccount') ?? 'default';
      if (bound.has(`${object.namespace ?? ''}/${account}`) || deciding.has(accountKey(object.namespace, account))) continue;
      yield {
        range: podSpecAnchor(document, object),
        message: 'The pod gets a service account token mounted although nothing says it calls the Kubernetes API; set `automountServiceAccountToken: false`.',
        fixes: () => keepFixes(mapFix(document, object, podSpec, { automountServiceAccountToken: 'false' }, 'Set `automountServiceAccountToken: false`')),
      };
    }
  },
});

/** `namespace/name` of the service accounts a (Cluster)RoleBinding of the file grants a role. */
function boundServiceAccounts(objects: readonly KubernetesObject[]): Set<string> {
  const bound = new Set<string>();
  for (const object of objects) {
    if (!BINDINGS.has(object.kind)) continue;
    for (const subject of sequenceItems(object.doc, findPair(object.doc, object.map, 'subjects')?.value)) {
      if (getString(object.doc, subject, 'kind') !== 'ServiceAccount') continue;
      const namespace = getString(object.doc, subject, 'namespace') ?? object.namespace ?? '';
      bound.add(`${namespace}/${getString(object.doc, subject, 'name') ?? ''}`);
    }
  }
  return bound;
}

/** `namespace/name` of the file's ServiceAccounts that say `automountServiceAccountToken` (either way). */
function accountsThatDecide(objects: readonly KubernetesObject[]): Set<string> {
  const deciding = new Set<string>();
  for (const object of objects) {
    if (object.kind === 'ServiceAccount' && object.name !== undefined && findPair(object.doc, object.map, 'automountServiceAccountToken')) {
      deciding.add(accountKey(object.namespace, object.name));
    }
  }
  return deciding;
}

/** A ServiceAccount and a pod match when both name no namespace, or the same one. */
function accountKey(namespace: string | undefined, name: string): string {
  return namespace === undefined ? `\0${name}` : `${namespace}/${name}`;
}
