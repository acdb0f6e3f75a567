import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

testRule('kubernetes/no-privileged', {
  valid: [
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        privileged: false\n'),
    // A Service with a `privileged` label is no container.
    'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\n  labels:\n    privileged: "true"\nspec:\n  selector:\n    app: web\n',
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  privileged: "true"\n',
  ],
  invalid: [
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        privileged: true # needed?\n        runAsUser: 1000\n'),
      errors: [
        {
          line: 10,
          text: 'privileged: true',
          message: /Container `web` runs privileged/,
          output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsUser: 1000\n'),
        },
      ],
    },
    {
      // The only key: the whole securityContext goes.
      code: deployment('      containers:\n        - name: web\n          securityContext:\n            privileged: true\n          image: nginx:1.27\n'),
      errors: [{ line: 17, text: 'privileged: true', output: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n') }],
    },
    {
      code: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: {privileged: true, runAsNonRoot: true}\n'),
      errors: [
        {
          line: 9,
          text: 'privileged: true',
          output: pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext: {runAsNonRoot: true}\n'),
        },
      ],
    },
    {
      // Init and ephemeral containers, in the second document of a multi-document CRLF file.
      code: crlf(
        'apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\n' +
          pod(
            '  initContainers:\n    - name: setup\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n        runAsUser: 1000\n' +
              '  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n      securityContext:\n        privileged: yes\n        runAsUser: 1000\n' +
              '  containers:\n    - name: web\n      image: nginx:1.27\n',
          ),
      ),
      errors: [
        { line: 15, text: 'privileged: true', message: /Init container `setup`/, output: crlf('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n    - name: setup\n      image: busybox:1.36\n      securityContext:\n        runAsUser: 1000\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n      securityContext:\n        privileged: yes\n        runAsUser: 1000\n  containers:\n    - name: web\n      image: nginx:1.27\n') },
        { line: 21, text: 'privileged: yes', message: /Ephemeral container `debug`/, output: crlf('apiVersion: v1\nkind: Namespace\nmetadata:\n  name: shop\n---\napiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  initContainers:\n    - name: setup\n      image: busybox:1.36\n      securityContext:\n        privileged: true\n        runAsUser: 1000\n  ephemeralContainers:\n    - name: debug\n      image: busybox:1.36\n      securityContext:\n        runAsUser: 1000\n  containers:\n    - name: web\n      image: nginx:1.27\n') },
      ],
    },
    {
      // Items of a List.
      code:
        'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: a\n    spec:\n      containers:\n' +
        '        - name: web\n          image: nginx:1.27\n          securityContext:\n            privileged: true\n            runAsUser: 1\n',
      errors: [{ line: 13, text: 'privileged: true', output: 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata:\n      name: a\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n          securityContext:\n            runAsUser: 1\n' }],
    },
    {
      // CronJob: containers under jobTemplate.
      code:
        'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n' +
        '          restartPolicy: OnFailure\n          containers:\n            - name: job\n              image: busybox:1.36\n              securityContext:\n                privileged: true\n                runAsUser: 1\n',
      errors: [{ line: 16, text: 'privileged: true', output: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: nightly\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: job\n              image: busybox:1.36\n              securityContext:\n                runAsUser: 1\n' }],
    },
  ],
});
