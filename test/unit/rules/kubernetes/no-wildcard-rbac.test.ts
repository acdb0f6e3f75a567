import { testRule } from '../../ruleTester';
import { role } from './manifests';

testRule('kubernetes/no-wildcard-rbac', {
  valid: [
    role('  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list"]\n'),
    // `*` in apiGroups alone widens little.
    role('  - apiGroups: ["*"]\n    resources: ["deployments"]\n    verbs: ["get"]\n'),
    // Not RBAC: a custom resource with a `rules:` list.
    'apiVersion: monitoring.coreos.com/v1\nkind: Role\nmetadata:\n  name: x\nrules:\n  - resources: ["*"]\n    verbs: ["*"]\n',
  ],
  invalid: [
    {
      code: role('  - apiGroups: ["apps"]\n    resources: ["*"]\n    verbs: ["*"]\n'),
      errors: [
        { line: 8, text: '"*"', message: /every verb on every resource \(`\*`\) of `apps`, resources added later included/, output: null },
        { line: 9, text: '"*"', message: /^Role `app` grants every verb \(`\*`\)/ },
      ],
    },
    {
      code: role('  - apiGroups: [""]\n    resources:\n      - "*"\n    verbs: [get, list]\n  - apiGroups: [batch]\n    resources: [jobs]\n    verbs:\n      - "*"\n', 'ClusterRole'),
      errors: [
        { line: 8, text: '"*"', message: /^ClusterRole `app` grants access to every resource/ },
        { line: 13, text: '"*"', message: /grants every verb/ },
      ],
    },
    {
      code: role('  - apiGroups: ["*"]\n    resources: ["*"]\n    verbs: ["*"]\n', 'ClusterRole'),
      errors: [
        { line: 7, text: '"*"', message: /every resource of every API group \(`\*`\): that is `cluster-admin`/ },
        { line: 8, text: '"*"' },
      ],
    },
  ],
});
