import { testRule } from '../../ruleTester';
import { binding } from './manifests';

const group = (name: string): string => `  - apiGroup: rbac.authorization.k8s.io\n    kind: Group\n    name: ${name}\n`;

testRule('kubernetes/no-anonymous-binding', {
  valid: [
    binding('ClusterRole', 'view', group('sre')),
    // The cluster's own discovery roles are bound to everyone by Kubernetes itself.
    binding('ClusterRole', 'system:public-info-viewer', group('system:unauthenticated')),
  ],
  invalid: [
    {
      code: binding('ClusterRole', 'view', `${group('system:unauthenticated')}  - apiGroup: rbac.authorization.k8s.io\n    kind: User\n    name: system:anonymous\n`),
      errors: [
        { line: 12, text: 'system:unauthenticated', message: /gives the rights of `view` to `system:unauthenticated`, that is to every request without credentials/, output: null },
        { line: 15, text: 'system:anonymous' },
      ],
    },
    {
      code: binding('ClusterRole', 'cluster-admin', group('system:authenticated')),
      errors: [{ line: 12, text: 'system:authenticated', message: /gives every right to `system:authenticated`, that is to every identity/ }],
    },
  ],
});
