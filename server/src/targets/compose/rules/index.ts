import type { ComposeRule } from '../../../engine/rule';
import noDangerousCapabilities from './no-dangerous-capabilities';
import noDockerSocketMount from './no-docker-socket-mount';
import noEolImage from './no-eol-image';
import noHostIpc from './no-host-ipc';
import noHostNetwork from './no-host-network';
import noHostPid from './no-host-pid';
import noHostUserns from './no-host-userns';
import noLatestImage from './no-latest-image';
import noObsoleteVersion from './no-obsolete-version';
import noPrivileged from './no-privileged';
import noPublicDatabasePort from './no-public-database-port';
import noSecretsInEnvironment from './no-secrets-in-environment';
import noSensitiveHostMount from './no-sensitive-host-mount';
import noUnconfinedSecurityOpt from './no-unconfined-security-opt';
import noUnknownTopLevelKeys from './no-unknown-top-level-keys';
import preferImageDigest from './prefer-image-digest';
import requireCapDropAll from './require-cap-drop-all';
import requireHealthcheck from './require-healthcheck';
import requireHealthyDependency from './require-healthy-dependency';
import requireLogRotation from './require-log-rotation';
import requireNoNewPrivileges from './require-no-new-privileges';
import requireReadOnly from './require-read-only';
import requireResourceLimits from './require-resource-limits';
import requireRestartPolicy from './require-restart-policy';
import requireStopGracePeriod from './require-stop-grace-period';
import requireUser from './require-user';

/** The Compose rules; keep the list sorted by file name. */
export const composeRules: ComposeRule[] = [
  noDangerousCapabilities,
  noDockerSocketMount,
  noEolImage,
  noHostIpc,
  noHostNetwork,
  noHostPid,
  noHostUserns,
  noLatestImage,
  noObsoleteVersion,
  noPrivileged,
  noPublicDatabasePort,
  noSecretsInEnvironment,
  noSensitiveHostMount,
  noUnconfinedSecurityOpt,
  noUnknownTopLevelKeys,
  preferImageDigest,
  requireCapDropAll,
  requireHealthcheck,
  requireHealthyDependency,
  requireLogRotation,
  requireNoNewPrivileges,
  requireReadOnly,
  requireResourceLimits,
  requireRestartPolicy,
  requireStopGracePeriod,
  requireUser,
];
