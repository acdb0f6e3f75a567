import type { WorkspaceWaiver } from '../model';
import { builtImage, composeServices, lastInstruction } from '../rules/documents';

/** A service without `healthcheck:` whose image, built from a Dockerfile of the workspace, has a `HEALTHCHECK`. */
const healthcheckInImage: WorkspaceWaiver = {
  ruleId: 'compose/require-healthcheck',
  *waive(workspace) {
    for (const { file, service } of composeServices(workspace)) {
      if (service.value('healthcheck') !== undefined) continue;
      const image = builtImage(workspace, file, service);
      const healthcheck = image && lastInstruction(image.chain, 'HEALTHCHECK');
      if (!healthcheck || healthcheck.getArguments()[0]?.getValue().toUpperCase() === 'NONE') continue;
      yield { ruleId: 'compose/require-healthcheck', uri: file.uri, text: service.name, reason: `the Dockerfile ${image.dockerfile.path} has a HEALTHCHECK` };
    }
  },
};

/** The findings of one file's rules that other files of the workspace satisfy. */
export const workspaceWaivers: readonly WorkspaceWaiver[] = [healthcheckInImage];
