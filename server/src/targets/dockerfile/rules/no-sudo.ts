import type { Instruction } from 'dockerfile-ast';
import { baseImageOf, lastBefore, type Stage } from '../stages';
import { commandsLedBy } from '../programs';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

/** Official images whose default user is root, so `sudo` is a no-op there unless a USER changed it. */
const ROOT_BY_DEFAULT = /^(docker\.io\/)?(library\/)?(debian|ubuntu|alpine|busybox|centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|archlinux|opensuse\/[a-z]+|python|node|golang|ruby|php|perl|rust|openjdk|eclipse-temurin|amazoncorretto|maven|gradle|nginx|httpd|postgres|mysql|mariadb|redis|buildpack-deps)$/;

export default defineDockerfileRule({
  id: 'dockerfile/no-sudo',
  aliases: ['DL3004', 'CKV2_DOCKER_1', 'DS010'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['cc-run-shell', 'q271'],
  subject: ['sudo'],
  summary: 'Do not use `sudo` in RUN: switch with USER instead.',
  docs: {
    why:
      '`sudo` has unpredictable TTY and signal behaviour and needs the package plus a sudoers entry in the ' +
      'image, which any compromised process can then use to become root. RUN already runs as the current ' +
      'USER: switch to `USER root` for the steps that need it and back to an unprivileged user after.',
    bad: 'RUN sudo apt-get update',
    good: 'USER root\nRUN apt-get update\nUSER app',
  },
  *check({ document, dockerfile }) {
    for (const { command, stage, instruction } of commandsLedBy(document, dockerfile, 'sudo')) {
      const sudo = command.words[0];
      const next = command.words[1];
      const removable = next && !next.value.startsWith('-') && runsAsRoot(stage, instruction);
      yield {
        range: sudo.range,
        message: '`sudo` in a RUN hides which user the step needs: use `USER root` for it instead.',
        fixes: removable ? [replaceFix('Remove `sudo`', { start: sudo.range.start, end: next.range.start }, '')] : undefined,
      };
    }
  },
});

/** True when the RUN certainly runs as root: after `USER root`, or with no USER in a stage on a root-by-default image. */
function runsAsRoot(stage: Stage | undefined, instruction: Instruction): boolean {
  if (!stage) return false;
  const user = lastBefore(stage, instruction, 'USER');
  if (user) return /^(root|0)(:.*)?$/.test(user.getArguments()[0]?.getValue() ?? '');
  const base = baseImageOf(stage);
  return base === stage && ROOT_BY_DEFAULT.test(stage.image ?? '');
}
