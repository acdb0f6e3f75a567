import { describeContainer, eachPodSpec, podSpecAnchor, securityContexts, securitySetting } from '../model';
import { mapFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { code } from '../../../text/markdown';
import { findPair, getMap, getString, pairRange, scalarString } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

const ALLOWED = new Set(['RuntimeDefault', 'Localhost']);

export default defineKubernetesRule({
  id: 'kubernetes/require-runtime-default-seccomp',
  aliases: ['KSV030', 'KSV104', 'CKV_K8S_31'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['q254', 'q273'],
  summary: 'Pods should run under the `RuntimeDefault` seccomp profile.',
  docs: {
    why:
      'Docker applies its default seccomp profile to every container, but Kubernetes runs containers ' +
      '`Unconfined` unless the pod asks for `seccompProfile.type: RuntimeDefault`: every system call of ' +
      'the kernel is then open to an attacker. Set it once in the pod `securityContext`.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n' +
      '      type: Unconfined\n  containers:\n    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    seccompProfile:\n' +
      '      type: RuntimeDefault\n  containers:\n    - name: web\n      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      for (const { map, owner } of securityContexts(object)) {
        const profile = getMap(object.doc, map, 'seccompProfile');
        const type = profile && findPair(object.doc, profile, 'type');
        const value = type && scalarString(type.value);
        if (type && value !== undefined && !ALLOWED.has(value)) {
          yield { range: pairRange(document, type), message: `${owner} runs with the ${code(value)} seccomp profile, which leaves every system call open.` };
        }
      }
      const podType = getString(object.doc, getMap(object.doc, getMap(object.doc, podSpec, 'securityContext'), 'seccompProfile'), 'type');
      if (podType !== undefined) continue;
      const unset = object.containers.filter((container) => !securitySetting(object.doc, object, container, ['seccompProfile', 'type']));
      if (unset.length === 0) continue;
      const names = unset.map(describeContainer).join(', ');
      yield {
        range: podSpecAnchor(document, object),
        message: `No seccomp profile is set for ${names.charAt(0).toLowerCase()}${names.slice(1)}, so ${unset.length > 1 ? 'they run' : 'it runs'} \`Unconfined\`; set \`seccompProfile.type: RuntimeDefault\` in the pod \`securityContext\`.`,
        fixes: keepFixes(mapFix(document, object, podSpec, { securityContext: { seccompProfile: { type: 'RuntimeDefault' } } }, 'Set `seccompProfile.type: RuntimeDefault` for the pod')),
      };
    }
  },
});
