import { policyRules } from '../rbac';
import { code } from '../../../text/markdown';
import { nodeRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-wildcard-rbac',
  aliases: ['KSV044', 'KSV045', 'KSV046', 'CKV_K8S_49', 'KSV112', 'wildcard-in-rules'],
  severity: 'error',
  scope: 'document',
  looksAt: ['Role', 'ClusterRole'],
  questions: ['cc-kubernetes-rbac'],
  subject: ['wildcard', '"*"'],
  summary: 'Roles and ClusterRoles should name their verbs and resources instead of `*`.',
  docs: {
    why:
      'A `*` verb grants every verb there is, `escalate`, `bind` and `impersonate` included; a `*` resource ' +
      'grants every resource of the API groups listed, secrets and any custom resource added later ' +
      'included. `*` on both is `cluster-admin` within the role\'s scope. List what the workload calls. A `*` ' +
      'in `apiGroups` alone, with named resources and verbs, is not reported: it widens little.',
    bad:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n' +
      '  - apiGroups: ["apps"]\n    resources: ["*"]\n    verbs: ["*"]',
    good:
      'apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata:\n  name: deployer\n  namespace: shop\nrules:\n' +
      '  - apiGroups: ["apps"]\n    resources: ["deployments"]\n    verbs: ["get", "list", "watch", "patch"]',
  },
  *check({ document, objects }) {
    for (const rule of policyRules(objects)) {
      const owner = `${rule.object.kind} ${code(rule.object.name ?? '?')}`;
      const verbs = rule.verbs.find(({ value }) => value === '*');
      const resources = rule.resources.find(({ value }) => value === '*');
      const findings = [];
      const verbRange = verbs && nodeRange(document, verbs.node);
      const resourceRange = resources && nodeRange(document, resources.node);
      if (verbRange) {
        findings.push({ range: verbRange, message: `${owner} grants every verb (\`*\`), \`escalate\`, \`bind\` and \`impersonate\` included; list the verbs it needs.` });
      }
      if (resourceRange) {
        findings.push({
          range: resourceRange,
          message: verbs
            ? rule.apiGroups.some(({ value }) => value === '*')
              ? `${owner} grants every verb on every resource of every API group (\`*\`): that is \`cluster-admin\` within its scope.`
              : `${owner} grants every verb on every resource (\`*\`) of ${rule.apiGroups.map(({ value }) => code(value || 'core')).join(', ')}, resources added later included.`
            : `${owner} grants access to every resource (\`*\`), secrets and resources added later included; list the resources it needs.`,
        });
      }
      yield* findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    }
  },
});
