import { code } from '../../text/markdown';
import { keyRange } from '../../parsing/yaml';
import { objectAnchor } from '../../targets/kubernetes/model';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects } from './documents';
import { servicesSelectingNothing } from './kubernetesObjects';

/** At most this many partners are listed as related locations. */
const MAX_RELATED = 5;

export default defineWorkspaceRule({
  id: 'kubernetes/no-service-without-workload',
  target: 'kubernetes',
  aliases: ['dangling-service'],
  severity: 'warning',
  questions: ['cc-cross-file-references'],
  subject: ['selector'],
  summary: 'A Service\'s selector should match the pods of a workload of the workspace.',
  docs: {
    why:
      'A Service routes to the pods its `selector` matches. When no Deployment, StatefulSet, DaemonSet or ' +
      'Pod of its namespace carries those labels, the Service has no endpoints and every connection fails.',
  },
  *check(workspace) {
    for (const { service, selector, workloads } of servicesSelectingNothing(kubernetesObjects(workspace))) {
      yield {
        uri: service.uri,
        range: keyRange(service.document, selector),
        message: `Service ${code(service.object.name ?? '(unnamed)')} selects no pods: no workload of its namespace in the workspace has these labels.`,
        related: workloads.slice(0, MAX_RELATED).map((workload) => ({
          uri: workload.uri,
          range: objectAnchor(workload.document, workload.object),
          message: `${workload.object.kind} ${workload.object.name ?? ''}: its pod labels do not match.`.replace(' :', ':'),
        })),
      };
    }
  },
});
