import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-redundant-target-platform',
  aliases: ['RedundantTargetPlatform', 'DL3065'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-syntax'],
  subject: ['TARGETPLATFORM'],
  summary: '`FROM --platform=$TARGETPLATFORM` is the default and can go.',
  docs: {
    why:
      'A stage already builds for the target platform. `--platform` is useful with `$BUILDPLATFORM`, to run ' +
      'build tools natively while cross-compiling; `$TARGETPLATFORM` changes nothing.',
    bad: 'FROM --platform=$TARGETPLATFORM alpine',
    good: 'FROM alpine\nFROM --platform=$BUILDPLATFORM golang:1.26 AS build',
  },
  *check({ document, dockerfile }) {
    for (const { from } of stagesOf(dockerfile)) {
      const flag = from.getPlatformFlag();
      const value = flag?.getValue();
      if (!flag || !value || !/^\$(\{TARGETPLATFORM\}|TARGETPLATFORM)$/.test(value)) continue;
      const range = flag.getRange();
      const after = document.getText({ start: range.end, end: { line: range.end.line, character: range.end.character + 64 } });
      const spaces = /^[ \t]*/.exec(after)?.[0].length ?? 0;
      yield {
        range,
        message: `${code(`--platform=${value}`)} is redundant: the stage builds for the target platform anyway.`,
        fixes: [replaceFix('Remove --platform', { start: range.start, end: { line: range.end.line, character: range.end.character + spaces } }, '')],
      };
    }
  },
});
