import { hostPathVolumes, isEngineSocket } from '../hostPaths';
import { code } from '../../../text/markdown';
import { valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-docker-socket',
  aliases: ['docker-sock', 'KSV006', 'CKV_K8S_27'],
  severity: 'error',
  scope: 'document',
  questions: ['q266', 'q267', 'q290', 'q291'],
  subject: ['docker.sock', 'containerd.sock', 'dockershim'],
  summary: 'Pods must not mount the container engine\'s socket (`docker.sock`, `containerd.sock`).',
  docs: {
    why:
      'Whoever can write to `/var/run/docker.sock` (or containerd\'s and CRI-O\'s sockets) can start a ' +
      'privileged container with the node\'s `/` mounted: it is root on the node. Build images with a ' +
      'rootless builder and talk to the cluster through its API instead.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n  volumes:\n    - name: docker\n      hostPath:\n' +
      '        path: /var/run/docker.sock',
    good:
      '# Build with a rootless builder instead of the node\'s engine.\napiVersion: v1\nkind: Pod\n' +
      'metadata:\n  name: web\nspec:\n  containers:\n    - name: build\n' +
      '      image: gcr.io/kaniko-project/executor:v1.23.2',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      for (const volume of hostPathVolumes(object)) {
        if (!isEngineSocket(volume.path)) continue;
        yield {
          range: valueRange(document, volume.pathPair),
          message: `Volume ${code(volume.name ?? volume.path)} mounts the container engine's socket ${code(volume.path)}, which gives root on the node.`,
        };
      }
    }
  },
});
