import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

testRule('kubernetes/require-runtime-default-seccomp', {
  valid: [
    pod('  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        seccompProfile: {type: Localhost, localhostProfile: web.json}\n'),
    // Every container replaces the pod's Unconfined: the pod's profile applies to none of them.
    pod('  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n  initContainers:\n    - name: init\n      image: busybox:1.36\n      securityContext:\n        seccompProfile: {type: RuntimeDefault}\n'),
  ],
  invalid: [
    {
      code: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n'),
      errors: [
        {
          line: 13,
          text: 'spec',
          message: /No seccomp profile is set for container `web`/,
          output: deployment('      containers:\n        - name: web\n          image: nginx:1.27\n      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n'),
        },
      ],
    },
    {
      code: crlf(pod('  securityContext:\n    runAsNonRoot: true\n  containers:\n    - name: web\n      image: nginx:1.27\n')),
      errors: [
        {
          line: 5,
          text: 'spec',
          output: crlf(pod('  securityContext:\n    runAsNonRoot: true\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: web\n      image: nginx:1.27\n')),
        },
      ],
    },
    {
      // A container that opts out of the pod's profile.
      code: pod('  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        seccompProfile:\n          type: Unconfined\n'),
      errors: [{ line: 14, text: 'type: Unconfined', message: /^Container `web` runs with the `Unconfined` seccomp profile/ }],
    },
    {
      // One container of two inherits the pod's Unconfined: reported once, at the pod's setting.
      code: pod('  securityContext:\n    seccompProfile:\n      type: Unconfined\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        seccompProfile:\n          type: RuntimeDefault\n    - name: sidecar\n      image: envoyproxy/envoy:v1.31.0\n'),
      errors: [{ line: 8, text: 'type: Unconfined', message: /^The pod runs with the `Unconfined` seccomp profile/ }],
    },
  ],
});
