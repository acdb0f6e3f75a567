import { testRule } from '../../ruleTester';

const cronJob = (apiVersion: string): string =>
  `apiVersion: ${apiVersion}\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: example/report:1.4\n`;

testRule('kubernetes/no-removed-api', {
  valid: [
    cronJob('batch/v1'),
    // Still served by the target release.
    { code: cronJob('batch/v1beta1'), workspace: { kubernetesVersion: '1.24' } },
    // Another group's kind of the same name is not judged.
    'apiVersion: example.com/v1beta1\nkind: CronJob\nmetadata:\n  name: x\n',
  ],
  invalid: [
    {
      code: cronJob('batch/v1beta1'),
      errors: [{ line: 1, text: 'batch/v1beta1', message: /^`batch\/v1beta1` CronJob was removed in Kubernetes 1\.25 \(target 1\.36\); use `batch\/v1`, which takes the same fields/, output: cronJob('batch/v1') }],
    },
    {
      code: cronJob('"batch/v1beta1"'),
      workspace: { kubernetesVersion: 'v1.25.3' },
      errors: [{ line: 1, text: '"batch/v1beta1"', message: /\(target v1\.25\.3\)/, output: cronJob('batch/v1') }],
    },
    {
      code: 'apiVersion: extensions/v1beta1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
      errors: [{ line: 1, text: 'extensions/v1beta1', message: /use `apps\/v1`, where `spec.selector` is required/, output: null }],
    },
    {
      code: 'apiVersion: policy/v1beta1\nkind: PodSecurityPolicy\nmetadata:\n  name: restricted\nspec:\n  privileged: false\n',
      errors: [{ line: 1, text: 'policy/v1beta1', message: /removed in Kubernetes 1\.25 \(target 1\.36\): nothing replaces it, so label namespaces for Pod Security Admission instead/, output: null }],
    },
  ],
});
