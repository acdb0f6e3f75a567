import { testRule } from '../../ruleTester';
import { role } from './manifests';

testRule('kubernetes/no-rbac-pod-exec', {
  valid: [
    role('  - apiGroups: [""]\n    resources: ["pods", "pods/log"]\n    verbs: ["get", "list"]\n'),
    role('  - apiGroups: [""]\n    resources: ["pods/exec"]\n    verbs: ["list"]\n'),
  ],
  invalid: [
    {
      code: role('  - apiGroups: [""]\n    resources: ["pods", "pods/exec", "pods/attach"]\n    verbs: ["get", "create"]\n'),
      errors: [
        { line: 8, text: '"pods/exec"', message: /grants `get` on `pods\/exec`: it runs any command in any pod/, output: null },
        { line: 8, text: '"pods/attach"', message: /attaches to the running process/ },
      ],
    },
  ],
});
