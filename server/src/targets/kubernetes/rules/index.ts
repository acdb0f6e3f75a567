import type { KubernetesRule } from '../../../engine/rule';
import noAdminRoleForServiceAccount from './no-admin-role-for-service-account';
import noAnonymousBinding from './no-anonymous-binding';
import noDangerousCapabilities from './no-dangerous-capabilities';
import noDefaultNamespace from './no-default-namespace';
import noDeprecatedServiceAccountField from './no-deprecated-service-account-field';
import noDockerSocket from './no-docker-socket';
import noDuplicateEnv from './no-duplicate-env';
import noEmptySecurityContext from './no-empty-security-context';
import noEolImage from './no-eol-image';
import noHostIpc from './no-host-ipc';
import noHostNetwork from './no-host-network';
import noHostPath from './no-host-path';
import noHostPid from './no-host-pid';
import noHostPort from './no-host-port';
import noLatestTag from './no-latest-tag';
import noPrivilegeEscalation from './no-privilege-escalation';
import noPrivileged from './no-privileged';
import noPrivilegedPort from './no-privileged-port';
import noRbacClusterControl from './no-rbac-cluster-control';
import noRbacEscalation from './no-rbac-escalation';
import noRbacNodeProxy from './no-rbac-node-proxy';
import noRbacPodExec from './no-rbac-pod-exec';
import noRbacSecretRead from './no-rbac-secret-read';
import noRemovedApi from './no-removed-api';
import noRequestsAboveLimits from './no-requests-above-limits';
import noRootGroup from './no-root-group';
import noRootUser from './no-root-user';
import noSecretInConfigmap from './no-secret-in-configmap';
import noSecretInEnv from './no-secret-in-env';
import noSensitiveHostPath from './no-sensitive-host-path';
import noServiceAccountTokenAutomount from './no-service-account-token-automount';
import noServiceExternalIps from './no-service-external-ips';
import noSshPort from './no-ssh-port';
import noStaleImagePullPolicy from './no-stale-image-pull-policy';
import noUndrainablePdb from './no-undrainable-pdb';
import noUnexposedProbePort from './no-unexposed-probe-port';
import noUnmaskedProcMount from './no-unmasked-proc-mount';
import noUnsafeSysctls from './no-unsafe-sysctls';
import noWildcardRbac from './no-wildcard-rbac';
import preferHighUid from './prefer-high-uid';
import preferImageDigest from './prefer-image-digest';
import requireCpuLimit from './require-cpu-limit';
import requireDropAllCapabilities from './require-drop-all-capabilities';
import requireJobTtl from './require-job-ttl';
import requireLivenessProbe from './require-liveness-probe';
import requireMatchingSelector from './require-matching-selector';
import requireMemoryLimit from './require-memory-limit';
import requirePodAntiAffinity from './require-pod-anti-affinity';
import requirePodSecurityLabels from './require-pod-security-labels';
import requireReadOnlyRootFilesystem from './require-read-only-root-filesystem';
import requireReadinessProbe from './require-readiness-probe';
import requireResourceRequests from './require-resource-requests';
import requireRunAsNonRoot from './require-run-as-non-root';
import requireRuntimeDefaultSeccomp from './require-runtime-default-seccomp';
import requireUnhealthyPodEvictionPolicy from './require-unhealthy-pod-eviction-policy';
import requireValidPortName from './require-valid-port-name';

/** The Kubernetes rules; keep the list sorted by file name. */
export const kubernetesRules: KubernetesRule[] = [
  noAdminRoleForServiceAccount,
  noAnonymousBinding,
  noDangerousCapabilities,
  noDefaultNamespace,
  noDeprecatedServiceAccountField,
  noDockerSocket,
  noDuplicateEnv,
  noEmptySecurityContext,
  noEolImage,
  noHostIpc,
  noHostNetwork,
  noHostPath,
  noHostPid,
  noHostPort,
  noLatestTag,
  noPrivilegeEscalation,
  noPrivileged,
  noPrivilegedPort,
  noRbacClusterControl,
  noRbacEscalation,
  noRbacNodeProxy,
  noRbacPodExec,
  noRbacSecretRead,
  noRemovedApi,
  noRequestsAboveLimits,
  noRootGroup,
  noRootUser,
  noSecretInConfigmap,
  noSecretInEnv,
  noSensitiveHostPath,
  noServiceAccountTokenAutomount,
  noServiceExternalIps,
  noSshPort,
  noStaleImagePullPolicy,
  noUndrainablePdb,
  noUnexposedProbePort,
  noUnmaskedProcMount,
  noUnsafeSysctls,
  noWildcardRbac,
  preferHighUid,
  preferImageDigest,
  requireCpuLimit,
  requireDropAllCapabilities,
  requireJobTtl,
  requireLivenessProbe,
  requireMatchingSelector,
  requireMemoryLimit,
  requirePodAntiAffinity,
  requirePodSecurityLabels,
  requireReadOnlyRootFilesystem,
  requireReadinessProbe,
  requireResourceRequests,
  requireRunAsNonRoot,
  requireRuntimeDefaultSeccomp,
  requireUnhealthyPodEvictionPolicy,
  requireValidPortName,
];
