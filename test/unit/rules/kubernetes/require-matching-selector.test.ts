import { testRule } from '../../ruleTester';
import { deployment } from './manifests';

const controller = (kind: string, selector: string, labels: string): string =>
  `apiVersion: apps/v1\nkind: ${kind}\nmetadata:\n  name: api\nspec:\n  selector:\n${selector}  template:\n    metadata:\n      labels:\n${labels}    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n`;

testRule('kubernetes/require-matching-selector', {
  valid: [
    deployment('      containers:\n        - name: web\n          image: nginx:1.27\n'),
    controller('StatefulSet', '    matchLabels:\n      app: api\n', '        app: api\n        tier: backend\n'),
    // Only matchExpressions: not judged.
    controller('Deployment', '    matchExpressions:\n      - {key: app, operator: In, values: [api]}\n', '        app: web\n'),
  ],
  invalid: [
    {
      code: controller('Deployment', '    matchLabels:\n      app: api\n      tier: backend\n', '        app: web\n'),
      errors: [
        { line: 8, text: 'app', message: /requires `app: api` but the pod template's label is `app: web`/, output: null },
        { line: 9, text: 'tier', message: /requires label `tier: backend`, which the pod template does not have/ },
      ],
    },
    {
      code: 'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: rc\nspec:\n  selector:\n    app: api\n  template:\n    metadata:\n      labels:\n        app: frontend\n    spec:\n      containers: []\n',
      errors: [{ line: 7, text: 'app' }],
    },
  ],
});
