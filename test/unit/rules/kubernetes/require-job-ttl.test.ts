import { testRule } from '../../ruleTester';

const job = (spec: string): string =>
  `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n${spec}  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: example/migrate:1.4\n`;

testRule('kubernetes/require-job-ttl', {
  valid: [
    job('  ttlSecondsAfterFinished: 3600\n'),
    // A CronJob's history limits clean up its Jobs.
    'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: example/report:1.4\n',
  ],
  invalid: [{ code: job(''), errors: [{ line: 2, text: 'Job', message: /^Job `migrate` sets no `ttlSecondsAfterFinished`/, output: null }] }],
});
