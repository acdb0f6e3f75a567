import assert from 'node:assert/strict';
import { portNameProblem } from '../../../../server/src/targets/kubernetes/rules/require-valid-port-name';
import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const service = (targetPort: string) =>
  `apiVersion: v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  ports:\n    - port: 80\n      targetPort: ${targetPort}\n`;
const containerPort = (name: string) => pod(`  containers:\n    - name: web\n      image: example/web:1.4\n      ports:\n        - name: ${name}\n          containerPort: 8080\n`);

testRule('kubernetes/require-valid-port-name', {
  valid: [
    containerPort('http'),
    containerPort('http-metrics'),
    containerPort('h2c'),
    containerPort('"{{ .Values.portName }}"'),
    service('http'),
    service('8080'),
    service('"8080"'),
    service('65535'),
    // Not a Service of the core group: its ports mean something else.
    'apiVersion: serving.knative.dev/v1\nkind: Service\nmetadata:\n  name: api\nspec:\n  ports:\n    - targetPort: Not_A_Name\n',
  ],
  invalid: [
    {
      code: containerPort('http_metrics'),
      errors: [{ line: 10, text: 'http_metrics', message: /^The port name `http_metrics` of container `web` may hold only lowercase letters, digits and `-`, so the API server refuses the object\.$/, output: null }],
    },
    { code: containerPort('prometheus-metrics'), errors: [{ line: 10, text: 'prometheus-metrics', message: /is longer than 15 characters/, output: null }] },
    { code: service('Web'), errors: [{ line: 10, text: 'Web', message: /^The `targetPort` name `Web` of Service `api` may hold only lowercase letters/, output: null }] },
    { code: service('0'), errors: [{ line: 10, text: '0', message: /^The `targetPort` 0 of Service `api` is outside 1–65535/, output: null }] },
    { code: service('70000'), errors: [{ line: 10, text: '70000', message: /outside 1–65535/, output: null }] },
  ],
});

describe('portNameProblem', () => {
  const cases: [string, string | undefined][] = [
    ['http', undefined],
    ['a-b-c', undefined],
    ['123456789012345', 'needs at least one letter'],
    ['abcdefghijklmnop', 'is longer than 15 characters'],
    ['-http', 'may not start or end with `-`'],
    ['http-', 'may not start or end with `-`'],
    ['http--alt', 'may not hold `--`'],
    ['HTTP', 'may hold only lowercase letters, digits and `-`'],
  ];
  for (const [name, expected] of cases) it(`${name}: ${expected ?? 'valid'}`, () => assert.equal(portNameProblem(name), expected));
});
