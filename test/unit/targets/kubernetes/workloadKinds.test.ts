import assert from 'node:assert/strict';
import { findingsOf } from '../../ruleTester';
import { WORKLOAD_KINDS } from '../../../../server/src/targets/kubernetes/model';

const privilegedPodSpec = (indent: string): string =>
  `${indent}containers:\n${indent}  - name: web\n${indent}    image: nginx:1.27\n${indent}    securityContext:\n${indent}      privileged: true\n`;

/** One manifest per kind of the table, each with a privileged container where that kind keeps its pod spec. */
const MANIFESTS: Record<string, string> = {
  Pod: `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${privilegedPodSpec('  ')}`,
  PodTemplate: `apiVersion: v1\nkind: PodTemplate\nmetadata:\n  name: web\ntemplate:\n  metadata:\n    labels:\n      app: web\n  spec:\n${privilegedPodSpec('    ')}`,
  ReplicationController: `apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n${privilegedPodSpec('      ')}`,
  Deployment: `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n${privilegedPodSpec('      ')}`,
  StatefulSet: `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  template:\n    spec:\n${privilegedPodSpec('      ')}`,
  DaemonSet: `apiVersion: apps/v1\nkind: DaemonSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${privilegedPodSpec('      ')}`,
  ReplicaSet: `apiVersion: apps/v1\nkind: ReplicaSet\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${privilegedPodSpec('      ')}`,
  Job: `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${privilegedPodSpec('      ')}`,
  CronJob: `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: web\nspec:\n  schedule: "@daily"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${privilegedPodSpec('          ')}`,
  DeploymentConfig: `apiVersion: apps.openshift.io/v1\nkind: DeploymentConfig\nmetadata:\n  name: web\nspec:\n  replicas: 2\n  selector:\n    app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n${privilegedPodSpec('      ')}`,
  Rollout: `apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels:\n      app: web\n  template:\n    metadata:\n      labels:\n        app: web\n    spec:\n${privilegedPodSpec('      ')}`,
};

describe('kinds that carry a pod template', () => {
  for (const kind of Object.keys(WORKLOAD_KINDS)) {
    it(`finds the privileged container of a ${kind}`, () => {
      const code = MANIFESTS[kind];
      assert.ok(code, `no manifest for ${kind}`);
      const { document, findings } = findingsOf('kubernetes/no-privileged', code);
      assert.deepEqual(
        findings.map((finding) => ({ line: finding.range.start.line + 1, text: document.getText(finding.range) })),
        [{ line: code.split('\n').findIndex((line) => line.includes('privileged: true')) + 1, text: 'privileged: true' }],
      );
    });
  }

  it('reads a legacy `v1` DeploymentConfig, but no pod spec from a kind of another API group', () => {
    const legacy = MANIFESTS.DeploymentConfig.replace('apps.openshift.io/v1', 'v1');
    assert.equal(findingsOf('kubernetes/no-privileged', legacy).findings.length, 1);
    const other = MANIFESTS.Rollout.replace('argoproj.io/v1alpha1', 'example.com/v1');
    assert.equal(findingsOf('kubernetes/no-privileged', other).findings.length, 0);
  });

  it('finds nothing in a Rollout that points at a Deployment with `workloadRef`', () => {
    const code = 'apiVersion: argoproj.io/v1alpha1\nkind: Rollout\nmetadata:\n  name: web\nspec:\n  workloadRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: web\n';
    assert.deepEqual(findingsOf('kubernetes/require-liveness-probe', code).findings, []);
  });

  it('treats a Job of a DeploymentConfig file as batch and the DeploymentConfig as long-running', () => {
    assert.equal(findingsOf('kubernetes/require-liveness-probe', MANIFESTS.Job).findings.length, 0);
    assert.equal(findingsOf('kubernetes/require-liveness-probe', MANIFESTS.DeploymentConfig).findings.length, 1);
  });
});
