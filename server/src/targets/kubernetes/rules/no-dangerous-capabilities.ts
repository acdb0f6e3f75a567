import { describeContainer, eachContainer, securityContextOf, stringItems } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap, isSeq, nodeRange, resolveNode } from '../../../parsing/yaml';
import { removeSeqItem } from '../../../edits/yamlEdits';
import { defineKubernetesRule, type Fix } from '../../../engine/rule';
import { capabilityName, DANGEROUS_CAPABILITIES } from '../../capabilities';


export default defineKubernetesRule({
  id: 'kubernetes/no-dangerous-capabilities',
  aliases: ['KSV005', 'KSV022', 'KSV119', 'KSV120', 'CKV_K8S_39', 'CKV_K8S_25'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  fixSafety: 'unsafe',
  questions: ['q254'],
  subject: ['capabilities:', 'SYS_ADMIN', 'NET_ADMIN', 'NET_RAW', 'add:'],
  summary: 'Containers must not add capabilities such as `SYS_ADMIN`, `NET_ADMIN`, `NET_RAW` or `ALL`.',
  docs: {
    why:
      '`SYS_ADMIN` is nearly root (mounts, namespaces), `NET_ADMIN` rewrites the network, `NET_RAW` forges ' +
      'packets, `SYS_PTRACE` reads other processes, `SYS_MODULE` loads kernel modules and `ALL` is all of ' +
      'them. Like `--cap-add`, add only what the program needs, such as `NET_BIND_SERVICE`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        capabilities:\n' +
      '          add: [SYS_ADMIN, NET_BIND_SERVICE]',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        capabilities:\n          drop: [ALL]\n' +
      '          add: [NET_BIND_SERVICE]',
  },
  *check({ document, objects }) {
    for (const { object, container } of eachContainer(objects)) {
      const capabilities = getMap(object.doc, securityContextOf(object.doc, container.map), 'capabilities');
      const add = capabilities && findPair(object.doc, capabilities, 'add');
      const seq = resolveNode(object.doc, add?.value);
      for (const { value, node } of stringItems(object.doc, seq)) {
        const allows = DANGEROUS_CAPABILITIES.get(capabilityName(value));
        const range = allows ? nodeRange(document, node) : undefined;
        if (!range) continue;
        const edits = isSeq(seq) && seq === add?.value ? removeSeqItem(document, seq, node) : undefined;
        const fix: Fix | undefined = edits && { title: `Remove ${code(value)} from \`capabilities.add\``, edits };
        yield {
          range,
          message: `${describeContainer(container)} adds the ${code(value)} capability, which allows ${allows}.`,
          fixes: fix ? [fix] : undefined,
        };
      }
    }
  },
});
