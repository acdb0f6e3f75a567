import { code } from '../../text/markdown';
import { valueRange } from '../../parsing/yaml';
import { objectAnchor } from '../../targets/kubernetes/model';
import { defineWorkspaceRule } from '../model';
import { kubernetesObjects } from './documents';
import { undefinedServiceAccounts } from './kubernetesObjects';

const MAX_RELATED = 5;

export default defineWorkspaceRule({
  id: 'kubernetes/no-undefined-service-account',
  target: 'kubernetes',
  aliases: ['non-existent-service-account'],
  severity: 'warning',
  questions: ['cc-cross-file-references'],
  subject: ['serviceAccountName'],
  summary: 'A pod\'s `serviceAccountName` should name a ServiceAccount the workspace defines.',
  docs: {
    why:
      'A pod whose service account does not exist is never created: the ReplicaSet reports ' +
      '`serviceaccount not found`. Reported only when the workspace defines ServiceAccounts for that namespace.',
  },
  *check(workspace) {
    for (const { workload, pair, name, accounts } of undefinedServiceAccounts(kubernetesObjects(workspace))) {
      yield {
        uri: workload.uri,
        range: valueRange(workload.document, pair),
        message: `No ServiceAccount ${code(name)} is defined in this namespace; the workspace defines ${accounts.map((account) => code(account.object.name!)).slice(0, MAX_RELATED).join(', ')}.`,
        related: accounts.slice(0, MAX_RELATED).map((account) => ({
          uri: account.uri,
          range: objectAnchor(account.document, account.object),
          message: `ServiceAccount ${account.object.name!}`,
        })),
      };
    }
  },
});
