import { testRule } from '../../ruleTester';
import { role } from './manifests';

testRule('kubernetes/no-rbac-cluster-control', {
  valid: [
    role('  - apiGroups: ["admissionregistration.k8s.io"]\n    resources: ["mutatingwebhookconfigurations"]\n    verbs: ["get", "list", "watch"]\n', 'ClusterRole'),
    role('  - apiGroups: ["certificates.k8s.io"]\n    resources: ["certificatesigningrequests"]\n    verbs: ["create", "get"]\n', 'ClusterRole'),
    role('  - apiGroups: [""]\n    resources: ["serviceaccounts"]\n    verbs: ["get"]\n'),
  ],
  invalid: [
    {
      code: role(
        '  - apiGroups: ["admissionregistration.k8s.io"]\n    resources: ["validatingwebhookconfigurations"]\n    verbs: ["patch"]\n' +
          '  - apiGroups: ["certificates.k8s.io"]\n    resources: ["certificatesigningrequests/approval"]\n    verbs: ["update"]\n' +
          '  - apiGroups: ["certificates.k8s.io"]\n    resources: ["signers"]\n    verbs: ["approve"]\n' +
          '  - apiGroups: [""]\n    resources: ["serviceaccounts/token"]\n    verbs: ["create"]\n',
        'ClusterRole',
      ),
      errors: [
        { line: 7, text: '"validatingwebhookconfigurations"', message: /grants `patch` on `validatingwebhookconfigurations`: it decides which webhook/ },
        { line: 10, text: '"certificatesigningrequests/approval"', message: /approves client certificates/ },
        { line: 13, text: '"signers"' },
        { line: 16, text: '"serviceaccounts/token"', message: /mints a token/ },
      ],
    },
  ],
});
