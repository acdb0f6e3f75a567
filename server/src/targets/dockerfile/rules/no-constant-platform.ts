import { stagesOf } from '../stages';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-constant-platform',
  aliases: ['DL3029', 'FromPlatformFlagConstDisallowed'],
  severity: 'warning',
  questions: ['q258', 'q257', 'cc-dockerfile-syntax'],
  subject: ['--platform', 'BUILDPLATFORM'],
  summary: '`FROM --platform` should use a build argument such as `$BUILDPLATFORM`, not a fixed platform.',
  docs: {
    why:
      'A fixed `--platform=linux/amd64` ignores the platform asked for with `docker buildx build --platform`: ' +
      'a multi-platform build then ships amd64 binaries in the arm64 image, or runs them under emulation. ' +
      'Use `$BUILDPLATFORM` for build stages and `$TARGETPLATFORM` (the default) for the runtime stage. ' +
      'A stage whose name holds the OS or architecture (`AS build_amd64`) is meant for that platform only, so it is left alone, as BuildKit does.',
    bad: 'FROM --platform=linux/amd64 golang:1.26 AS build',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
    differsFromHadolint:
      'a fixed `--platform` in a stage whose name holds its OS or architecture (`AS build_amd64`) is not reported, as ' +
      'BuildKit documents for FromPlatformFlagConstDisallowed; hadolint reports it.',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      const range = flag?.getValueRange();
      if (!value || !range || value.includes('$') || namesPlatform(stage.name ?? '', value)) continue;
      yield { range, message: `\`--platform=${value}\` is fixed, so \`docker buildx build --platform\` cannot choose the platform of this stage.` };
    }
  },
});

const ARCHITECTURES: Record<string, string> = { x86_64: 'amd64', 'x86-64': 'amd64', aarch64: 'arm64', armhf: 'arm', armel: 'arm', i386: '386' };
const SYSTEMS = new Set(['linux', 'windows', 'darwin', 'freebsd', 'netbsd', 'openbsd', 'solaris', 'illumos', 'aix', 'plan9', 'js', 'wasip1']);

/** Whether the stage name holds the platform's OS or architecture, as normalised by the builder (`x86_64` is `amd64`). */
function namesPlatform(stageName: string, platform: string): boolean {
  const parts = platform.toLowerCase().split('/');
  const [os, arch] = parts.length === 1 ? (SYSTEMS.has(parts[0]) ? [parts[0], undefined] : [undefined, parts[0]]) : [parts[0], parts[1]];
  return [os, arch && (ARCHITECTURES[arch] ?? arch)].some((part) => part && stageName.includes(part));
}
