import type { WorkspaceRule } from '../model';
import composeNoMissingBuildPath from './compose-no-missing-build-path';
import composeNoMissingEnvFile from './compose-no-missing-env-file';
import composeNoUnknownBuildTarget from './compose-no-unknown-build-target';
import kubernetesNoServiceWithoutWorkload from './kubernetes-no-service-without-workload';
import kubernetesNoUndefinedServiceAccount from './kubernetes-no-undefined-service-account';

/** The rules over the whole workspace, sorted by id. */
export const workspaceRules: readonly WorkspaceRule[] = [
  composeNoMissingBuildPath,
  composeNoMissingEnvFile,
  composeNoUnknownBuildTarget,
  kubernetesNoServiceWithoutWorkload,
  kubernetesNoUndefinedServiceAccount,
];
