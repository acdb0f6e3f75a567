import type { DockerfileRule } from '../../../engine/rule';
import { onInstructionLine } from '../reportedLine';
import noApt from './no-apt';
import noAptDistUpgrade from './no-apt-dist-upgrade';
import noBuildToolsInFinalStage from './no-build-tools-in-final-stage';
import noChmod777 from './no-chmod-777';
import noConsecutiveRun from './no-consecutive-run';
import noConstantPlatform from './no-constant-platform';
import noCopyFromSelf from './no-copy-from-self';
import noCopyIgnoredFile from './no-copy-ignored-file';
import noCopySecretFile from './no-copy-secret-file';
import noCopyWholeStage from './no-copy-whole-stage';
import noCurlPipeShell from './no-curl-pipe-shell';
import noDuplicateStageName from './no-duplicate-stage-name';
import noEmptyContinuation from './no-empty-continuation';
import noEmptySchemaLabel from './no-empty-schema-label';
import noEnvSelfReference from './no-env-self-reference';
import noEolBaseImage from './no-eol-base-image';
import noHostPortInExpose from './no-host-port-in-expose';
import noInlineIgnore from './no-inline-ignore';
import noInvalidDefinitionDescription from './no-invalid-definition-description';
import noInvalidExposePort from './no-invalid-expose-port';
import noInvalidLabelKey from './no-invalid-label-key';
import noInvalidOnbuild from './no-invalid-onbuild';
import noLabelsOutsideSchema from './no-labels-outside-schema';
import noLargeModelFiles from './no-large-model-files';
import noLatestTag from './no-latest-tag';
import noMaintainer from './no-maintainer';
import noNpmOnlyProduction from './no-npm-only-production';
import noOverriddenInstruction from './no-overridden-instruction';
import noPointlessCommand from './no-pointless-command';
import noRedundantTargetPlatform from './no-redundant-target-platform';
import noReservedStageName from './no-reserved-stage-name';
import noRootUser from './no-root-user';
import noRunHostNetwork from './no-run-host-network';
import noRunInsecureSecurity from './no-run-insecure-security';
import noSecretsInArgOrEnv from './no-secrets-in-arg-or-env';
import noSignatureBypass from './no-signature-bypass';
import noSudo from './no-sudo';
import noTlsVerificationBypass from './no-tls-verification-bypass';
import noTrailingCommentInFrom from './no-trailing-comment-in-from';
import noUndefinedArgInFrom from './no-undefined-arg-in-from';
import noUndefinedCopyFrom from './no-undefined-copy-from';
import noUndefinedVar from './no-undefined-var';
import noUntrustedRegistry from './no-untrusted-registry';
import noWgetAndCurl from './no-wget-and-curl';
import noZypperDistUpgrade from './no-zypper-dist-upgrade';
import preferAddToUnpackArchive from './prefer-add-to-unpack-archive';
import preferBaseImageDigest from './prefer-base-image-digest';
import preferCacheMount from './prefer-cache-mount';
import preferConsistentAsCasing from './prefer-consistent-as-casing';
import preferConsistentInstructionCasing from './prefer-consistent-instruction-casing';
import preferCopy from './prefer-copy';
import preferEnvKeyValue from './prefer-env-key-value';
import preferExecForm from './prefer-exec-form';
import preferLogsToStdout from './prefer-logs-to-stdout';
import preferLowercaseExposeProtocol from './prefer-lowercase-expose-protocol';
import preferLowercaseStageName from './prefer-lowercase-stage-name';
import preferNpmCi from './prefer-npm-ci';
import preferNpmOmitDev from './prefer-npm-omit-dev';
import preferShellInstruction from './prefer-shell-instruction';
import preferStopsignal from './prefer-stopsignal';
import preferWorkdir from './prefer-workdir';
import requireAbsoluteWorkdir from './require-absolute-workdir';
import requireApkNoCache from './require-apk-no-cache';
import requireAptGetYes from './require-apt-get-yes';
import requireAptListCleanup from './require-apt-list-cleanup';
import requireCopyDestSlash from './require-copy-dest-slash';
import requireDockerignore from './require-dockerignore';
import requireFromFirst from './require-from-first';
import requireHealthcheck from './require-healthcheck';
import requireImageTag from './require-image-tag';
import requireLabelEmail from './require-label-email';
import requireLabelGitHash from './require-label-git-hash';
import requireLabelRfc3339 from './require-label-rfc3339';
import requireLabelSemver from './require-label-semver';
import requireLabelSpdx from './require-label-spdx';
import requireLabelUrl from './require-label-url';
import requireManifestsBeforeSources from './require-manifests-before-sources';
import requireNoInstallRecommends from './require-no-install-recommends';
import requireNumericUser from './require-numeric-user';
import requirePinnedApkPackages from './require-pinned-apk-packages';
import requirePinnedAptPackages from './require-pinned-apt-packages';
import requirePinnedGemPackages from './require-pinned-gem-packages';
import requirePinnedGoPackages from './require-pinned-go-packages';
import requirePinnedNpmPackages from './require-pinned-npm-packages';
import requirePinnedPipPackages from './require-pinned-pip-packages';
import requirePinnedRpmPackages from './require-pinned-rpm-packages';
import requirePipNoCacheDir from './require-pip-no-cache-dir';
import requirePipefail from './require-pipefail';
import requireRpmCacheClean from './require-rpm-cache-clean';
import requireRpmNonInteractive from './require-rpm-non-interactive';
import requireSchemaLabels from './require-schema-labels';
import requireStageHealthcheck from './require-stage-healthcheck';
import requireUser from './require-user';
import requireUseraddNoLogInit from './require-useradd-no-log-init';
import requireValidDefaultArgInFrom from './require-valid-default-arg-in-from';
import requireWgetProgress from './require-wget-progress';
import requireWorkdirForRelativeCopy from './require-workdir-for-relative-copy';
import requireYarnCacheClean from './require-yarn-cache-clean';

/** The Dockerfile rules, sorted by file name; those that repeat a hadolint or BuildKit check report on its line. */
export const dockerfileRules: DockerfileRule[] = [
  noApt,
  noAptDistUpgrade,
  noBuildToolsInFinalStage,
  noChmod777,
  noConsecutiveRun,
  noConstantPlatform,
  noCopyFromSelf,
  noCopyIgnoredFile,
  noCopySecretFile,
  noCopyWholeStage,
  noCurlPipeShell,
  noDuplicateStageName,
  noEmptyContinuation,
  noEmptySchemaLabel,
  noEnvSelfReference,
  noEolBaseImage,
  noHostPortInExpose,
  noInlineIgnore,
  noInvalidDefinitionDescription,
  noInvalidExposePort,
  noInvalidLabelKey,
  noInvalidOnbuild,
  noLabelsOutsideSchema,
  noLargeModelFiles,
  noLatestTag,
  noMaintainer,
  noNpmOnlyProduction,
  noOverriddenInstruction,
  noPointlessCommand,
  noRedundantTargetPlatform,
  noReservedStageName,
  noRootUser,
  noRunHostNetwork,
  noRunInsecureSecurity,
  noSecretsInArgOrEnv,
  noSignatureBypass,
  noSudo,
  noTlsVerificationBypass,
  noTrailingCommentInFrom,
  noUndefinedArgInFrom,
  noUndefinedCopyFrom,
  noUndefinedVar,
  noUntrustedRegistry,
  noWgetAndCurl,
  noZypperDistUpgrade,
  preferAddToUnpackArchive,
  preferBaseImageDigest,
  preferCacheMount,
  preferConsistentAsCasing,
  preferConsistentInstructionCasing,
  preferCopy,
  preferEnvKeyValue,
  preferExecForm,
  preferLogsToStdout,
  preferLowercaseExposeProtocol,
  preferLowercaseStageName,
  preferNpmCi,
  preferNpmOmitDev,
  preferShellInstruction,
  preferStopsignal,
  preferWorkdir,
  requireAbsoluteWorkdir,
  requireApkNoCache,
  requireAptGetYes,
  requireAptListCleanup,
  requireCopyDestSlash,
  requireDockerignore,
  requireFromFirst,
  requireHealthcheck,
  requireImageTag,
  requireLabelEmail,
  requireLabelGitHash,
  requireLabelRfc3339,
  requireLabelSemver,
  requireLabelSpdx,
  requireLabelUrl,
  requireManifestsBeforeSources,
  requireNoInstallRecommends,
  requireNumericUser,
  requirePinnedApkPackages,
  requirePinnedAptPackages,
  requirePinnedGemPackages,
  requirePinnedGoPackages,
  requirePinnedNpmPackages,
  requirePinnedPipPackages,
  requirePinnedRpmPackages,
  requirePipNoCacheDir,
  requirePipefail,
  requireRpmCacheClean,
  requireRpmNonInteractive,
  requireSchemaLabels,
  requireStageHealthcheck,
  requireUser,
  requireUseraddNoLogInit,
  requireValidDefaultArgInFrom,
  requireWgetProgress,
  requireWorkdirForRelativeCopy,
  requireYarnCacheClean,
].map(onInstructionLine);
