import { testRule } from '../../ruleTester';
import { crlf, deployment, pod } from './manifests';

testRule('kubernetes/require-runtime-default-seccomp', {
  valid: [
    pod('  securityContext:\n    seccompProfile:\n      type: RuntimeDefault\n  containers:\n    - name: web\n      image: nginx:1.27\n'),
    pod('  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        seccompProfile: {type: Localhost, localhostProfile: web.json}\n'),
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
  ],
});
