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
      'Use `$BUILDPLATFORM` for build stages and `$TARGETPLATFORM` (the default) for the runtime stage.',
    bad: 'FROM --platform=linux/amd64 golang:1.26 AS build',
    good: 'FROM --platform=$BUILDPLATFORM golang:1.26 AS build',
  },
  *check({ dockerfile }) {
    for (const stage of stagesOf(dockerfile)) {
      const flag = stage.from.getPlatformFlag();
      const value = flag?.getValue();
      const range = flag?.getValueRange();
      if (!value || !range || value.includes('$')) continue;
      yield { range, message: `\`--platform=${value}\` is fixed, so \`docker buildx build --platform\` cannot choose the platform of this stage.` };
    }
  },
});
