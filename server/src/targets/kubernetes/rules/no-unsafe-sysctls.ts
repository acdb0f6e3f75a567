import { eachPodSpec, securityContextOf } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getString, sequenceItems, valueRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

/** The sysctls the Pod Security Standards' baseline profile allows: namespaced, they touch only the pod. */
const SAFE = new Set([
  'kernel.shm_rmid_forced',
  'net.ipv4.ip_local_port_range',
  'net.ipv4.ip_unprivileged_port_start',
  'net.ipv4.tcp_syncookies',
  'net.ipv4.ping_group_range',
  'net.ipv4.ip_local_reserved_ports',
  'net.ipv4.tcp_keepalive_time',
  'net.ipv4.tcp_fin_timeout',
  'net.ipv4.tcp_keepalive_intvl',
  'net.ipv4.tcp_keepalive_probes',
]);

export default defineKubernetesRule({
  id: 'kubernetes/no-unsafe-sysctls',
  aliases: ['unsafe-sysctls', 'KSV026'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-security-context'],
  subject: ['sysctl'],
  summary: 'Pods should set only the sysctls the baseline Pod Security Standard allows.',
  docs: {
    why:
      'Most kernel parameters are not isolated per pod: setting one changes it for the whole node or lets ' +
      'the pod starve its neighbours. The kubelet refuses unsafe sysctls unless the node allows them, and ' +
      'the baseline Pod Security Standard allows only a short list of namespaced ones. Differs from ' +
      'kube-linter: it reports a list of unsafe prefixes; this rule reports everything outside the baseline list.',
    bad: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    sysctls:\n      - name: kernel.msgmax\n        value: "65536"\n  containers:\n    - name: web\n      image: example/web:1.4',
    good: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    sysctls:\n      - name: net.ipv4.ip_local_port_range\n        value: "1024 65535"\n  containers:\n    - name: web\n      image: example/web:1.4',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      const context = securityContextOf(object.doc, podSpec);
      for (const sysctl of sequenceItems(object.doc, context && findPair(object.doc, context, 'sysctls')?.value)) {
        const name = getString(object.doc, sysctl, 'name');
        const pair = findPair(object.doc, sysctl, 'name');
        if (!pair || name === undefined || SAFE.has(name)) continue;
        yield { range: valueRange(document, pair), message: `The pod sets the sysctl ${code(name)}, which the baseline Pod Security Standard does not allow: it may reach beyond the pod to the node.` };
      }
    }
  },
});
