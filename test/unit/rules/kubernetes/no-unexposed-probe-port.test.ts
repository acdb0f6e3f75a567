import { testRule } from '../../ruleTester';
import { crlf, pod } from './manifests';

const container = (ports: string, probes: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n${ports}${probes}`);
const http = '      ports:\n        - name: http\n          containerPort: 8080\n';

testRule('kubernetes/no-unexposed-probe-port', {
  valid: [
    container(http, '      livenessProbe:\n        httpGet: {path: /healthz, port: http}\n      readinessProbe:\n        tcpSocket: {port: 8080}\n'),
    // A number with no declared ports at all: containers need not list them.
    container('', '      livenessProbe:\n        tcpSocket:\n          port: 9000\n'),
    container(http, '      livenessProbe:\n        exec:\n          command: [cat, /tmp/healthy]\n'),
    // DNS listens on both: the TCP declaration answers the probe.
    container('      ports:\n        - {name: dns, containerPort: 53, protocol: UDP}\n        - {name: dns-tcp, containerPort: 53, protocol: TCP}\n', '      livenessProbe:\n        tcpSocket: {port: 53}\n'),
  ],
  invalid: [
    {
      code: container(http, '      livenessProbe:\n        httpGet:\n          path: /healthz\n          port: web\n'),
      errors: [{ line: 15, text: 'web', message: /^The `livenessProbe` of container `web` uses port `web`, but no port/, output: null }],
    },
    {
      code: crlf(container(http, '      readinessProbe:\n        grpc: {port: 9090}\n      startupProbe:\n        tcpSocket: {port: "http"}\n')),
      errors: [{ line: 13, text: '9090', message: /^The `readinessProbe` of container `web` probes port `9090`/ }],
    },
    { code: container('', '      startupProbe:\n        httpGet: {path: /, port: metrics}\n'), errors: [{ line: 10, text: 'metrics' }] },
    {
      code: container(
        '      ports:\n        - name: syslog\n          containerPort: 514\n          protocol: UDP\n',
        '      livenessProbe:\n        tcpSocket:\n          port: 514\n      readinessProbe:\n        httpGet: {path: /, port: syslog}\n',
      ),
      errors: [
        { line: 15, text: '514', message: /^The `livenessProbe` of container `web` probes port `514` over TCP, but the container declares that port as `protocol: UDP`/, output: null },
        { line: 17, text: 'syslog', message: /`readinessProbe` .* declares that port as `protocol: UDP`/ },
      ],
    },
  ],
});
