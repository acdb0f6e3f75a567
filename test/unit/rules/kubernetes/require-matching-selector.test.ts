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
    // Labels we cannot read (an alias to a scalar) are not judged.
    controller('Deployment', '    matchLabels:\n      app: api\n', '        "${LABELS}"\n').replace('labels:\n        "${LABELS}"', 'labels: "${LABELS}"'),
    // A Rollout that borrows a Deployment's template has no template to compare.
    'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels:\n      app: api\n  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: api\n',
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
    {
      // A template without labels has none of the selector's.
      code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  selector:\n    matchLabels:\n      app: api\n  template:\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
      errors: [{ line: 8, text: 'app', message: /requires label `app: api`, which the pod template does not have/ }],
    },
    {
      code: 'apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata:\n  name: api\nspec:\n  selector:\n    app: api\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n      containers: []\n',
      errors: [{ line: 7, text: 'app' }],
    },
    {
      code: controller('Rollout', '    matchLabels:\n      app: api\n', '        app: web\n').replace('apps/v1', 'argoproj.io/v1alpha1'),
      errors: [{ line: 8, text: 'app' }],
    },
  ],
});
