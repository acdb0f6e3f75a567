import { testRule } from '../../ruleTester';
import { deployment, pod } from './manifests';

const containers = '      containers:\n        - name: api\n          image: example/api:1.4\n';
const withReplicas = (replicas: string, podSpec = containers): string => deployment(podSpec).replace('spec:\n  selector:', `spec:\n  replicas: ${replicas}\n  selector:`);
const antiAffinity = (selector: string, kind = 'preferredDuringSchedulingIgnoredDuringExecution'): string =>
  kind === 'preferredDuringSchedulingIgnoredDuringExecution'
    ? `      affinity:\n        podAntiAffinity:\n          ${kind}:\n            - weight: 100\n              podAffinityTerm:\n                topologyKey: kubernetes.io/hostname\n                labelSelector:\n${selector}${containers}`
    : `      affinity:\n        podAntiAffinity:\n          ${kind}:\n            - topologyKey: topology.kubernetes.io/zone\n              labelSelector:\n${selector}${containers}`;

testRule('kubernetes/require-pod-anti-affinity', {
  valid: [
    // Without `replicas` there is one pod; a templated count is unknown.
    deployment(containers),
    withReplicas('1'),
    withReplicas('"{{ .Values.replicas }}"'),
    withReplicas('3', antiAffinity('                  matchLabels:\n                    app: api\n')),
    withReplicas('2', antiAffinity('                matchExpressions:\n                  - {key: app, operator: In, values: [api]}\n', 'requiredDuringSchedulingIgnoredDuringExecution')),
    withReplicas('3', `      topologySpreadConstraints:\n        - maxSkew: 1\n          topologyKey: kubernetes.io/hostname\n          whenUnsatisfiable: ScheduleAnyway\n${containers}`),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
  ],
  invalid: [
    {
      code: withReplicas('3'),
      errors: [{ line: 14, text: 'spec', message: /^Deployment `api` runs 3 replicas without pod anti-affinity/, output: null }],
    },
    {
      // The term selects other pods: it does not spread these.
      code: withReplicas('2', antiAffinity('                  matchLabels:\n                    app: cache\n')),
      errors: [{ line: 14, text: 'spec', message: /runs 2 replicas/ }],
    },
  ],
});
