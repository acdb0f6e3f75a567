import { hostPathVolumes, isEngineSocket, isSensitiveHostPath } from '../hostPaths';
import { code } from '../../../text/markdown';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-host-path',
  aliases: ['KSV023', 'writable-host-mount'],
  severity: 'warning',
  scope: 'document',
  questions: ['cc-kubernetes-host-access'],
  subject: ['hostPath'],
  summary: 'Pods should not mount directories of the node (`hostPath` volumes).',
  docs: {
    why:
      'A `hostPath` volume is a bind mount of the node (`docker run -v /path:/path`): it ties the pod to one ' +
      'node, shares files with whatever else runs there and is forbidden by the baseline Pod Security ' +
      'Standard. Use a PersistentVolumeClaim, a ConfigMap or an `emptyDir`. Differs from kube-linter: its ' +
      'opt-in `writable-host-mount` reports only mounts without `readOnly: true`; this rule reports a ' +
      'read-only one too, because it still ties the pod to the node.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n  volumes:\n    - name: data\n      hostPath:\n        path: /srv/data',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n  volumes:\n    - name: data\n      persistentVolumeClaim:\n' +
      '        claimName: data',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      for (const volume of hostPathVolumes(object)) {
        // The socket and the node's system directories have their own, stricter rules.
        if (isEngineSocket(volume.path) || isSensitiveHostPath(volume.path)) continue;
        yield {
          range: valueRange(document, volume.pathPair),
          message: `Volume ${code(volume.name ?? volume.path)} mounts ${code(volume.path)} from the node, tying the pod to that node's files.`,
        };
      }
    }
  },
});
