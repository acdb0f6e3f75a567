import { DEFAULT_KUBERNETES_VERSION, minorVersion, removedApi } from '../deprecations';
import { code } from '../../../text/markdown';
import { findPair, valueRange } from '../../../parsing/yaml';
import { setScalar } from '../../../edits/yamlEdits';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/no-removed-api',
  aliases: ['no-extensions-v1beta'],
  severity: 'error',
  scope: 'document',
  fixSafety: 'safe',
  questions: ['cc-kubernetes-api-removals'],
  subject: ['apiVersion'],
  summary: 'Use API versions the target Kubernetes release still serves.',
  docs: {
    why:
      'Kubernetes stops serving beta API versions a few releases after their stable successor ships: ' +
      '`kubectl apply` of an `extensions/v1beta1` Deployment or a `batch/v1beta1` CronJob fails with ' +
      '"no matches for kind" on a current cluster. Versions are judged against `kubernetesVersion` in ' +
      '`.container-coach.yaml` (or `--kubernetes-version`, or the `containerCoach.kubernetesVersion` ' +
      'setting), by default the current stable release; the table, `content/kubernetes-deprecations.json`, ' +
      'follows the Kubernetes deprecation guide. Where the new version takes the same fields the fix ' +
      'changes `apiVersion`; otherwise the message says what else changes.',
    bad: 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: example/report:1.4',
    good: 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\nspec:\n  schedule: "0 3 * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: report\n              image: example/report:1.4',
  },
  *check({ document, objects, workspace }) {
    const target = workspace.kubernetesVersion ?? DEFAULT_KUBERNETES_VERSION;
    const minor = minorVersion(target) ?? minorVersion(DEFAULT_KUBERNETES_VERSION)!;
    for (const object of objects) {
      const removal = removedApi(object.apiVersion, object.kind);
      const pair = findPair(object.doc, object.map, 'apiVersion');
      if (!removal || !pair?.value || minor < minorVersion(removal.removedIn)!) continue;
      const what = `${code(object.apiVersion)} ${object.kind} was removed in Kubernetes ${removal.removedIn} (target ${target})`;
      const edits = removal.replacement && removal.sameFields ? setScalar(document, pair.value, removal.replacement) : undefined;
      yield {
        range: valueRange(document, pair),
        message: !removal.replacement
          ? `${what}: ${removal.changes}.`
          : removal.sameFields
            ? `${what}; use ${code(removal.replacement)}, which takes the same fields.`
            : `${what}; use ${code(removal.replacement)}, where ${removal.changes}.`,
        fixes: edits && [{ title: `Change \`apiVersion\` to \`${removal.replacement}\``, edits }],
      };
    }
  },
});
