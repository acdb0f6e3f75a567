import { hostPathVolumes, isSensitiveHostPath } from '../hostPaths';
import { code } from '../../../text/markdown';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-sensitive-host-path',
  aliases: ['sensitive-host-mounts', 'KSV121'],
  severity: 'error',
  scope: 'document',
  questions: ['cc-kubernetes-host-access'],
  subject: ['hostPath'],
  summary: 'Pods must not mount the node\'s system directories (`/`, `/etc`, `/proc`, `/sys`, `/var/run`, …).',
  docs: {
    why:
      'Mounting `/`, `/etc`, `/proc`, `/sys`, `/dev`, `/var/run` or the kubelet\'s directory gives the ' +
      'container the node\'s credentials, devices and processes: a compromise of the container is a ' +
      'compromise of the node.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n  volumes:\n    - name: host\n      hostPath:\n        path: /etc',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n  volumes:\n    - name: config\n      configMap:\n        name: app-config',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      for (const volume of hostPathVolumes(object)) {
        if (!isSensitiveHostPath(volume.path)) continue;
        yield {
          range: valueRange(document, volume.pathPair),
          message: `Volume ${code(volume.name ?? volume.path)} mounts the node's ${code(volume.path)}, handing the container the node's own files.`,
        };
      }
    }
  },
});
