import { containerAnchor, describeContainer, eachContainer, securityContextOf, stringItems } from '../model';
import { containerSecurityFix, restrictedContextFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { findPair, getMap, keyRange } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-drop-all-capabilities',
  aliases: ['KSV003', 'CKV_K8S_37', 'drop-net-raw-capability', 'CKV_K8S_28'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['drop:', 'drop: ["ALL"]', 'drop: [ALL]', '--cap-drop'],
  summary: 'Containers should drop every capability (`capabilities.drop: [ALL]`) and add back only what they need.',
  docs: {
    why:
      'Container runtimes grant a default set of capabilities, among them `NET_RAW` (spoofed packets) and ' +
      '`CHOWN`/`DAC_OVERRIDE` (ignore file permissions). `drop: [ALL]` is `--cap-drop=ALL`; add back ' +
      'only what the program needs, usually nothing or `NET_BIND_SERVICE`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [NET_RAW]',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [ALL]\n' +
      '          add: [NET_BIND_SERVICE]',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects, ['containers', 'initContainers'])) {
      const capabilities = getMap(object.doc, securityContextOf(object.doc, container.map), 'capabilities');
      const drop = capabilities && findPair(object.doc, capabilities, 'drop');
      if (stringItems(object.doc, drop?.value).some(({ value }) => value.toUpperCase() === 'ALL')) continue;
      const capabilitiesPair = capabilities && findPair(object.doc, securityContextOf(object.doc, container.map), 'capabilities');
      const anchor = drop ?? capabilitiesPair;
      yield {
        range: anchor ? keyRange(document, anchor) : containerAnchor(document, container),
        message: `${describeContainer(container)} keeps the runtime's default capabilities (\`NET_RAW\` among them); drop \`ALL\` and add back only what it needs.`,
        fixes: () => keepFixes(
          containerSecurityFix(document, container, { capabilities: { drop: { contains: 'ALL' } } }, 'Drop all capabilities (`drop: [ALL]`)'),
          restrictedContextFix(document, container),
        ),
      };
    }
  },
});
