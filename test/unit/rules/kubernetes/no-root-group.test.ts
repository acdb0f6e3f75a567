import { testRule } from '../../ruleTester';
import { pod } from './manifests';

testRule('kubernetes/no-root-group', {
  valid: [pod('  securityContext:\n    runAsGroup: 1000\n    fsGroup: 1000\n    supplementalGroups: [1000]\n  containers:\n    - name: web\n      image: nginx:1.27\n')],
  invalid: [
    {
      code: pod(
        '  securityContext:\n    fsGroup: 0\n    supplementalGroups: [1000, 0]\n  containers:\n    - name: web\n      image: nginx:1.27\n      securityContext:\n        runAsGroup: 0\n',
      ),
      errors: [
        { line: 7, text: 'fsGroup: 0', message: /^The pod uses the root group/ },
        { line: 8, text: '0', message: /supplementalGroups/ },
        { line: 13, text: 'runAsGroup: 0', message: /^Container `web`/ },
      ],
    },
  ],
});
