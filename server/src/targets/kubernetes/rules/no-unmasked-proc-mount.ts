import { eachPodSpec, securityContexts } from '../model';
import { findPair, pairRange, scalarString } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-unmasked-proc-mount',
  aliases: ['unsafe-proc-mount', 'KSV027'],
  severity: 'error',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-security-context'],
  subject: ['procMount'],
  summary: 'Containers must not set `procMount: Unmasked`.',
  docs: {
    why:
      '`procMount: Unmasked` removes the masks the runtime puts over sensitive parts of `/proc` (kernel ' +
      'keys, timers, `sysrq-trigger`); it is meant only for nested container runtimes. Leave `Default`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        procMount: Unmasked',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n    - name: web\n' +
      '      image: nginx:1.27\n      securityContext:\n        procMount: Default',
  },
  *check({ document, objects }) {
    for (const { object } of eachPodSpec(objects)) {
      for (const { map, owner } of securityContexts(object)) {
        const pair = findPair(object.doc, map, 'procMount');
        if (pair && scalarString(pair.value) === 'Unmasked') {
          yield { range: pairRange(document, pair), message: `${owner} mounts \`/proc\` unmasked, exposing the node's kernel interfaces.` };
        }
      }
    }
  },
});
