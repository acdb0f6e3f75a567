import { objectAnchor } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap, keyRange, sequenceItems } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-service-external-ips',
  aliases: ['KSV108'],
  severity: 'warning',
  scope: 'document',
  looksAt: ['Service'],
  questions: ['cc-kubernetes-host-access'],
  subject: ['externalIPs'],
  summary: 'Services should not set `spec.externalIPs`.',
  docs: {
    why:
      'Every node\'s kube-proxy routes traffic for an address in `externalIPs` to the Service, whoever owns ' +
      'that address: anyone who can create a Service can capture traffic meant for another IP ' +
      '(CVE-2020-8554, unfixed by design; the `DenyServiceExternalIPs` admission plugin turns the field off). ' +
      'Use a `LoadBalancer` or `NodePort` Service, or an Ingress. ' +
      'Differs from Trivy: `externalName` is not reported; it is a DNS alias and captures nothing.',
    bad:
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n' +
      '  ports:\n    - port: 80\n  externalIPs:\n    - 203.0.113.10',
    good:
      'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type: LoadBalancer\n  selector:\n' +
      '    app: web\n  ports:\n    - port: 80',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      if (object.kind !== 'Service' || object.apiVersion !== 'v1') continue;
      const pair = findPair(object.doc, getMap(object.doc, object.map, 'spec'), 'externalIPs');
      const addresses = [...sequenceItems(object.doc, pair?.value)];
      if (!pair || addresses.length === 0) continue;
      yield {
        range: pair.key ? keyRange(document, pair) : objectAnchor(document, object),
        message: `Service ${code(object.name ?? '?')} claims external IPs: every node routes traffic for them to it, whoever owns the address (CVE-2020-8554).`,
      };
    }
  },
});
