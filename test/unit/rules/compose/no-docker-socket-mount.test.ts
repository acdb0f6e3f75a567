import { testRule } from '../../ruleTester';

testRule('compose/no-docker-socket-mount', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - ./html:/usr/share/nginx/html:ro\n',
    'services:\n  proxy:\n    image: tecnativa/docker-socket-proxy:0.2\n    environment:\n      DOCKER_SOCK: /var/run/docker.sock\n',
  ],
  invalid: [
    {
      code: 'services:\n  portainer:\n    image: portainer/portainer-ce:2.21\n    volumes:\n      - "/var/run/docker.sock:/var/run/docker.sock:ro"\n      - data:/data\n',
      errors: [{ line: 5, text: '"/var/run/docker.sock:/var/run/docker.sock:ro"', message: /mounts `\/var\/run\/docker.sock`/, output: null }],
    },
    {
      code: 'services:\n  traefik:\n    image: traefik:v3.1\n    volumes:\n      - type: bind\n        source: /run/docker.sock\n        target: /var/run/docker.sock\n',
      errors: [{ line: 6, text: '/run/docker.sock' }],
    },
  ],
});
