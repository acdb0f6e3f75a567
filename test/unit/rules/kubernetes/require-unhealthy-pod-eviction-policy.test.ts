import { testRule } from '../../ruleTester';

const pdb = (apiVersion: string, extra = ''): string =>
  `apiVersion: ${apiVersion}\nkind: PodDisruptionBudget\nmetadata:\n  name: api\nspec:\n  maxUnavailable: 1\n${extra}  selector:\n    matchLabels:\n      app: api\n`;

testRule('kubernetes/require-unhealthy-pod-eviction-policy', {
  valid: [
    pdb('policy/v1', '  unhealthyPodEvictionPolicy: AlwaysAllow\n'),
    pdb('policy/v1', '  unhealthyPodEvictionPolicy: IfHealthyBudget\n'),
    // policy/v1beta1 has no such field (and no-removed-api reports the version).
    pdb('policy/v1beta1'),
  ],
  invalid: [
    {
      code: pdb('policy/v1'),
      errors: [{ line: 5, text: 'spec', message: /^PodDisruptionBudget `api` does not set `unhealthyPodEvictionPolicy`/, output: null }],
    },
  ],
});
