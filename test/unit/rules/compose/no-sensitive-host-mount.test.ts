import { testRule } from '../../ruleTester';

testRule('compose/no-sensitive-host-mount', {
  valid: [
    'services:\n  web:\n    image: nginx:1.27\n    volumes:\n      - /etc/localtime:/etc/localtime:ro\n      - ./conf:/etc/nginx/conf.d\n      - data:/var/lib/data\n      - /tmp\n',
    'services:\n  exporter:\n    image: prom/node-exporter:v1.8.2\n    volumes:\n      - /proc:/host/proc:ro\n      - type: bind\n        source: /sys\n        target: /host/sys\n        read_only: true\n',
  ],
  invalid: [
    {
      code: 'services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n    volumes:\n      - /:/rootfs:ro\n      - /sys:/sys\n      - "/etc/:/host/etc"\n',
      errors: [
        { line: 5, text: '/:/rootfs:ro', message: /whole filesystem, read-only/, output: null },
        { line: 6, text: '/sys:/sys', message: /writable/, output: 'services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n    volumes:\n      - /:/rootfs:ro\n      - /sys:/sys:ro\n      - "/etc/:/host/etc"\n' },
        { line: 7, text: '"/etc/:/host/etc"', output: 'services:\n  cadvisor:\n    image: gcr.io/cadvisor/cadvisor:v0.49.1\n    volumes:\n      - /:/rootfs:ro\n      - /sys:/sys\n      - "/etc/:/host/etc:ro"\n' },
      ],
    },
    {
      code: 'services:\n  agent:\n    image: agent:1\n    volumes:\n      - type: bind\n        source: /proc\n        target: /host/proc\n',
      errors: [{ line: 6, text: '/proc', output: 'services:\n  agent:\n    image: agent:1\n    volumes:\n      - type: bind\n        source: /proc\n        target: /host/proc\n        read_only: true\n' }],
    },
    {
      code: 'services:\n  agent:\n    image: agent:1\n    volumes: ["/proc:/host/proc:rw"]\n',
      errors: [{ line: 4, text: '"/proc:/host/proc:rw"', output: null }],
    },
  ],
});
