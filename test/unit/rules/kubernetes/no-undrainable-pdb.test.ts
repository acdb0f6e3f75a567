import { testRule } from '../../ruleTester';
import { crlf, deployment } from './manifests';

const pdb = (budget: string, app = 'api'): string =>
  `apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: ${app}\nspec:\n${budget}  selector:\n    matchLabels:\n      app: ${app}\n`;
const withReplicas = (replicas: number): string =>
  deployment('      containers:\n        - name: web\n          image: nginx:1.27\n').replace('spec:\n  selector:', `spec:\n  replicas: ${replicas}\n  selector:`);

testRule('kubernetes/no-undrainable-pdb', {
  valid: [
    `${withReplicas(3)}---\n${pdb('  minAvailable: 2\n')}`,
    `${withReplicas(1)}---\n${pdb('  maxUnavailable: 1\n')}`,
    // The budget selects another app: this file does not say how many replicas it has.
    `${withReplicas(1)}---\n${pdb('  minAvailable: 1\n', 'web')}`,
    pdb('  minAvailable: 50%\n'),
    `${withReplicas(3)}---\n${pdb('  minAvailable: 60%\n')}`,
  ],
  invalid: [
    {
      code: `${withReplicas(1)}---\n${pdb('  minAvailable: 1\n')}`,
      errors: [
        {
          line: 24,
          text: 'minAvailable: 1',
          message: /^`minAvailable: 1` is not below the 1 replica of Deployment `api`, so no pod can be evicted/,
          output: `${withReplicas(1)}---\n${pdb('  maxUnavailable: 1\n')}`,
        },
      ],
    },
    {
      // A Deployment without `replicas` has one.
      code: crlf(`${pdb('  minAvailable: 1\n')}---\n${deployment('      containers:\n        - name: web\n          image: nginx:1.27\n')}`),
      errors: [{ line: 6, text: 'minAvailable: 1', output: crlf('apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n') }],
    },
    { code: pdb('  maxUnavailable: 0\n'), errors: [{ line: 6, text: 'maxUnavailable: 0', message: /lets no pod be evicted/, output: pdb('  maxUnavailable: 1\n') }] },
    { code: pdb('  maxUnavailable: "0%"\n'), errors: [{ line: 6, text: 'maxUnavailable: "0%"', output: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api\n' }] },
    { code: pdb('  minAvailable: 100%\n'), errors: [{ line: 6, text: 'minAvailable: 100%', output: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api\n' }] },
    // 80% of 2 replicas rounds up to 2.
    { code: `${pdb('  minAvailable: 80%\n')}---\n${withReplicas(2)}`, errors: [{ line: 6, text: 'minAvailable: 80%', message: /not below the 2 replicas of Deployment `api`/, output: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n  selector:\n    matchLabels:\n      app: api\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: api\n  template:\n    metadata:\n      labels:\n        app: api\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n' }] },
  ],
});
