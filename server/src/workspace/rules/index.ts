import type { WorkspaceRule } from '../model';
import composeNoMissingBuildPath from './compose-no-missing-build-path';
import composeNoMissingEnvFile from './compose-no-missing-env-file';
import composeNoMissingReferencedFile from './compose-no-missing-referenced-file';
import composeNoRootUserOverride from './compose-no-root-user-override';
import composeNoUndefinedReference from './compose-no-undefined-reference';
import composeNoUnexposedPublishedPort from './compose-no-unexposed-published-port';
import composeNoUnknownBuildTarget from './compose-no-unknown-build-target';
import kubernetesNoAutoscalerWithoutTarget from './kubernetes-no-autoscaler-without-target';
import kubernetesNoIngressWithoutService from './kubernetes-no-ingress-without-service';
import kubernetesNoServiceWithoutWorkload from './kubernetes-no-service-without-workload';
import kubernetesNoUndefinedConfigReference from './kubernetes-no-undefined-config-reference';
import kubernetesNoUndefinedServiceAccount from './kubernetes-no-undefined-service-account';
import kubernetesNoUnknownTargetPort from './kubernetes-no-unknown-target-port';
import kubernetesNoUnmatchedSelector from './kubernetes-no-unmatched-selector';

/** The rules over the whole workspace, sorted by id. */
export const workspaceRules: readonly WorkspaceRule[] = [
  composeNoMissingBuildPath,
  composeNoMissingEnvFile,
  composeNoMissingReferencedFile,
  composeNoRootUserOverride,
  composeNoUndefinedReference,
  composeNoUnexposedPublishedPort,
  composeNoUnknownBuildTarget,
  kubernetesNoAutoscalerWithoutTarget,
  kubernetesNoIngressWithoutService,
  kubernetesNoServiceWithoutWorkload,
  kubernetesNoUndefinedConfigReference,
  kubernetesNoUndefinedServiceAccount,
  kubernetesNoUnknownTargetPort,
  kubernetesNoUnmatchedSelector,
];
