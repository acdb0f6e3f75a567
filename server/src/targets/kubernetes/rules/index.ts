import type { KubernetesRule } from '../../../engine/rule';
import noDangerousCapabilities from './no-dangerous-capabilities';
import noDefaultNamespace from './no-default-namespace';
import noDockerSocket from './no-docker-socket';
import noDuplicateEnv from './no-duplicate-env';
import noEolImage from './no-eol-image';
import noHostIpc from './no-host-ipc';
import noHostNetwork from './no-host-network';
import noHostPath from './no-host-path';
import noHostPid from './no-host-pid';
import noHostPort from './no-host-port';
import noLatestTag from './no-latest-tag';
import noPrivilegeEscalation from './no-privilege-escalation';
import noPrivileged from './no-privileged';
import noRequestsAboveLimits from './no-requests-above-limits';
import noRootGroup from './no-root-group';
import noRootUser from './no-root-user';
import noSecretInEnv from './no-secret-in-env';
import noSensitiveHostPath from './no-sensitive-host-path';
import noServiceAccountTokenAutomount from './no-service-account-token-automount';
import noStaleImagePullPolicy from './no-stale-image-pull-policy';
import noUndrainablePdb from './no-undrainable-pdb';
import noUnexposedProbePort from './no-unexposed-probe-port';
import noUnmaskedProcMount from './no-unmasked-proc-mount';
import preferImageDigest from './prefer-image-digest';
import requireDropAllCapabilities from './require-drop-all-capabilities';
import requireLivenessProbe from './require-liveness-probe';
import requireMatchingSelector from './require-matching-selector';
import requireMemoryLimit from './require-memory-limit';
import requirePodSecurityLabels from './require-pod-security-labels';
import requireReadOnlyRootFilesystem from './require-read-only-root-filesystem';
import requireReadinessProbe from './require-readiness-probe';
import requireResourceRequests from './require-resource-requests';
import requireRunAsNonRoot from './require-run-as-non-root';
import requireRuntimeDefaultSeccomp from './require-runtime-default-seccomp';

/** The Kubernetes rules; keep the list sorted by file name. */
export const kubernetesRules: KubernetesRule[] = [
  noDangerousCapabilities,
  noDefaultNamespace,
  noDockerSocket,
  noDuplicateEnv,
  noEolImage,
  noHostIpc,
  noHostNetwork,
  noHostPath,
  noHostPid,
  noHostPort,
  noLatestTag,
  noPrivilegeEscalation,
  noPrivileged,
  noRequestsAboveLimits,
  noRootGroup,
  noRootUser,
  noSecretInEnv,
  noSensitiveHostPath,
  noServiceAccountTokenAutomount,
  noStaleImagePullPolicy,
  noUndrainablePdb,
  noUnexposedProbePort,
  noUnmaskedProcMount,
  preferImageDigest,
  requireDropAllCapabilities,
  requireLivenessProbe,
  requireMatchingSelector,
  requireMemoryLimit,
  requirePodSecurityLabels,
  requireReadOnlyRootFilesystem,
  requireReadinessProbe,
  requireResourceRequests,
  requireRunAsNonRoot,
  requireRuntimeDefaultSeccomp,
];
