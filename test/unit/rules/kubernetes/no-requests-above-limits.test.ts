import { testRule } from '../../ruleTester';
import { pod } from './manifests';

const resources = (text: string): string => pod(`  containers:\n    - name: web\n      image: nginx:1.27\n      resources:\n${text}`);

testRule('kubernetes/no-requests-above-limits', {
  valid: [
    resources('        requests: {cpu: 500m, memory: 1Gi}\n        limits: {cpu: "1", memory: 1024Mi}\n'),
    resources('        requests: {cpu: 2}\n'),
    resources('        requests: {memory: lots}\n        limits: {memory: 1Gi}\n'),
  ],
  invalid: [
    {
      code: resources('        requests:\n          cpu: "1.5"\n          memory: 2G\n        limits:\n          cpu: 1000m\n          memory: 2Gi\n'),
      errors: [{ line: 11, text: 'cpu: "1.5"', message: /requests `1.5` of cpu but is limited to `1000m`/, output: null }],
    },
    { code: resources('        requests: {memory: 1Gi}\n        limits: {memory: 512Mi}\n'), errors: [{ line: 10, text: 'memory: 1Gi' }] },
  ],
});
