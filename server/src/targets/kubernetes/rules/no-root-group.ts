import type { TextDocument } from 'vscode-languageserver-textdocument';
import { eachPodSpec, integerOf, securityContextOf, settingsInEffect, type KubernetesObject, type SettingInEffect } from '../model';
import { findPair, nodeRange, pairRange, sequenceItems, type YAMLMap } from '../../../parsing/yaml';
import { defineKubernetesRule, type Finding } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-root-group',
  aliases: ['KSV029', 'KSV116'],
  severity: 'warning',
  scope: 'document',
  looksAt: 'pods',
  questions: ['cc-kubernetes-security-context'],
  subject: ['runAsGroup', 'fsGroup'],
  summary: 'Pods and containers should not run with the root group (GID 0).',
  docs: {
    why:
      'GID 0 is the root group, which owns many files of the image and of mounted host paths. Choose a ' +
      'non-zero group, as `docker run --user 1000:1000` does.',
    bad:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n    runAsGroup: 0\n' +
      '    fsGroup: 0\n  containers:\n    - name: web\n      image: nginx:1.27',
    good:
      'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  securityContext:\n' +
      '    runAsGroup: 10001\n    fsGroup: 10001\n  containers:\n    - name: web\n      image: nginx:1.27',
  },
  *check({ document, objects }) {
    for (const { object, podSpec } of eachPodSpec(objects)) {
      const settings = settingsInEffect(object, ['runAsGroup']);
      yield* rootGroups(document, object, settings.filter(({ setting }) => setting.level === 'pod'));
      yield* podOnlyGroups(document, object, securityContextOf(object.doc, podSpec));
      yield* rootGroups(document, object, settings.filter(({ setting }) => setting.level === 'container'));
    }
  },
});

function* rootGroups(document: TextDocument, object: KubernetesObject, settings: SettingInEffect[]): Generator<Finding> {
  for (const { setting, owner } of settings) {
    if (integerOf(object.doc, setting.value) === 0) {
      yield { range: pairRange(document, setting.pair), message: `${owner} uses the root group (\`runAsGroup: 0\`); choose a non-zero GID.` };
    }
  }
}

/** `fsGroup` and `supplementalGroups` exist only at pod level. */
function* podOnlyGroups(document: TextDocument, object: KubernetesObject, pod: YAMLMap | undefined): Generator<Finding> {
  if (!pod) return;
  const fsGroup = findPair(object.doc, pod, 'fsGroup');
  if (fsGroup && integerOf(object.doc, fsGroup.value) === 0) {
    yield { range: pairRange(document, fsGroup), message: 'The pod uses the root group (`fsGroup: 0`); choose a non-zero GID.' };
  }
  for (const item of sequenceItems(object.doc, findPair(object.doc, pod, 'supplementalGroups')?.value)) {
    const range = integerOf(object.doc, item) === 0 ? nodeRange(document, item) : undefined;
    if (range) yield { range, message: 'The pod adds the root group (GID `0`) to `supplementalGroups`.' };
  }
}
