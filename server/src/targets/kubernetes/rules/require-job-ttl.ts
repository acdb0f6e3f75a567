import { objectAnchor } from '../model';
import { code } from '../../../text/markdown';
import { findPair, getMap } from '../../../parsing/yaml';
import { defineKubernetesRule } from '../../../engine/rule';

export default defineKubernetesRule({
  id: 'kubernetes/require-job-ttl',
  aliases: ['job-ttl-seconds-after-finished'],
  severity: 'info',
  scope: 'document',
  looksAt: ['Job'],
  questions: ['cc-kubernetes-manifest-mistakes'],
  subject: ['ttlSecondsAfterFinished'],
  summary: 'A standalone Job should set `ttlSecondsAfterFinished`.',
  docs: {
    why:
      'A finished Job and its pods stay in the cluster until someone deletes them, piling up in `kubectl ' +
      'get pods` and in etcd. `ttlSecondsAfterFinished` lets the TTL controller delete them. Jobs of a ' +
      'CronJob are not reported: its `successfulJobsHistoryLimit` and `failedJobsHistoryLimit` clean up.',
    bad: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: example/migrate:1.4',
    good: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: migrate\nspec:\n  ttlSecondsAfterFinished: 3600\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: migrate\n          image: example/migrate:1.4',
  },
  *check({ document, objects }) {
    for (const object of objects) {
      if (object.kind !== 'Job' || !object.podSpec) continue;
      const spec = getMap(object.doc, object.map, 'spec');
      if (!spec || findPair(object.doc, spec, 'ttlSecondsAfterFinished')) continue;
      const job = object.name ? `Job ${code(object.name)}` : 'The Job';
      yield { range: objectAnchor(document, object), message: `${job} sets no \`ttlSecondsAfterFinished\`, so it and its pods stay in the cluster after it finishes.` };
    }
  },
});
