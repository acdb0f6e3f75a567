import { serviceMounts } from '../model';
import { nodeRange } from '../../../parsing/yaml';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

const RUNTIME_SOCKET = /(?:docker|containerd|crio|podman)\.sock$|docker_engine$/;

export default defineComposeRule({
  id: 'compose/no-docker-socket-mount',
  aliases: ['docker-sock'],
  severity: 'error',
  questions: ['q266', 'q267', 'q290'],
  subject: ['docker.sock'],
  summary: 'Mounting the Docker socket gives the container root on the host.',
  docs: {
    why:
      'Whoever can talk to `/var/run/docker.sock` can start a privileged container that mounts the host\'s ' +
      '`/`: the socket is root on the host, and `:ro` does not change that (it only stops deleting the socket ' +
      'file). Tools that need the API (Portainer, Watchtower, Traefik) should go through a filtering proxy ' +
      'that allows only the calls they make, or run against a rootless daemon.',
    bad: 'services:\n  dashboard:\n    image: portainer/portainer-ce:2.21\n    volumes:\n      - /var/run/docker.sock:/var/run/docker.sock',
    good: 'services:\n  dashboard:\n    image: portainer/portainer-ce:2.21\n    environment:\n      DOCKER_HOST: tcp://socket-proxy:2375\n  socket-proxy:\n    image: tecnativa/docker-socket-proxy:0.2\n    environment:\n      CONTAINERS: 1',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      for (const mount of serviceMounts(service)) {
        const source = mount.source?.replace(/\/+$/, '');
        const range = nodeRange(document, mount.sourceNode);
        if (!source || !range || !RUNTIME_SOCKET.test(source)) continue;
        yield {
          range,
          message: `Service ${code(service.name)} mounts ${code(source)}, which gives it root on the host even read-only; put a filtering proxy in front of the API.`,
        };
      }
    }
  },
});
