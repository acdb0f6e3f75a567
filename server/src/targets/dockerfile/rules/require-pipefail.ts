import type { Instruction } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandName } from '../../../shell/tokenizer';
import { baseImageOf, shellBefore, type Stage } from '../stages';
import { runScripts } from '../runs';
import { lineAbove } from '../../../edits/textEdits';
import { defineDockerfileRule, type Fix } from '../../../engine/rule';

/** Official images built on Debian, Ubuntu or a RHEL family distribution: `/bin/bash` is there. */
const HAS_BASH = /^(docker\.io\/)?(library\/)?(debian|ubuntu|centos|fedora|rockylinux|almalinux|amazonlinux|oraclelinux|buildpack-deps|python|node|golang|ruby|php|perl|rust|openjdk|eclipse-temurin|amazoncorretto|maven|gradle|postgres|mysql|mariadb|mongo|nginx|httpd|redis|registry\.access\.redhat\.com\/ubi\d+(\/ubi)?)$/;
const CANNOT_FAIL = new Set(['echo', 'printf', 'true', 'yes']);
const NO_BASH_TAG = /alpine|busybox|distroless|windows|nanoserver|servercore|musl/i;

export default defineDockerfileRule({
  id: 'dockerfile/require-pipefail',
  aliases: ['DL4006'],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['cc-run-shell'],
  subject: ['pipefail'],
  summary: 'Set `-o pipefail` before a RUN that pipes, so a failing command fails the build.',
  docs: {
    why:
      'A pipeline returns the status of its last command: in `curl -fsSL $URL | tar -xz` a failed download ' +
      'still "succeeds" when tar accepts the empty input, and the build ships a broken image. With ' +
      '`SHELL ["/bin/bash", "-o", "pipefail", "-c"]` (or `set -o pipefail` in ash) any failing command ' +
      'fails the RUN. Debian\'s `/bin/sh` (dash) does not support pipefail: switch SHELL to bash.',
    bad: 'FROM debian:12-slim\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt',
    good: 'FROM debian:12-slim\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://example.com/app.tar.gz | tar -xz -C /opt',
    differsFromHadolint:
      'a pipe whose commands before the last cannot fail (`echo`, `printf`, `true`, `yes`, as in `echo "$SUM  app.tgz" | sha256sum -c -`) ' +
      'is not reported, since pipefail would change nothing; hadolint reports every pipe.',
  },
  *check({ document, dockerfile }) {
    // One SHELL, before the first RUN of a stage that needs it, fixes every finding of the stage.
    const firstInStage = new Map<Stage, Instruction>();
    for (const { script, stage, instruction, onbuild } of runScripts(document, dockerfile)) {
      if (!script.pipe || script.execForm || dockerfile.escapeChar !== '\\') continue;
      const shell = shellBefore(stage, instruction);
      if (shell && (!/(^|\/)(ba|z|k|a|da)?sh(\.exe)?$/.test(shell[0] ?? '') || shell.includes('pipefail'))) continue;
      const producers = script.commands.filter((command) => command.after === '|' || command.after === '|&');
      const unattributed = !producers.some((command) => command.afterOffset === script.pipe!.start);
      // `echo … | sha256sum -c -`: a producer that cannot fail makes pipefail moot.
      const producer = producers.find((command) => !CANNOT_FAIL.has(commandName(command.words[0])));
      if (!producer && !unattributed) continue;
      const pipeStart = unattributed ? script.pipe.start : producer!.afterOffset!;
      const setsPipefail = script.commands.some(
        (command) => (command.afterOffset ?? Infinity) < pipeStart && commandName(command.words[0]) === 'set' && command.words.some((word) => word.value === 'pipefail'),
      );
      if (setsPipefail) continue;
      const pipeEnd = pipeStart + (document.getText().startsWith('|&', pipeStart) ? 2 : 1);
      const name = unattributed ? undefined : producer!.words[0]?.value;
      // A SHELL for a trigger would change this stage too: no fix there.
      if (stage && !shell && !onbuild && !firstInStage.has(stage)) firstInStage.set(stage, instruction);
      const fix = shell || !stage || onbuild ? undefined : shellFix(document, stage, firstInStage.get(stage)!, instruction);
      yield {
        range: { start: document.positionAt(pipeStart), end: document.positionAt(pipeEnd) },
        message: `Without \`pipefail\` this pipe hides a failure of ${name ? `\`${name}\`` : 'the commands before it'}: only the last command's status counts.`,
        fixes: fix ? [fix] : undefined,
      };
    }
  },
});

function shellFix(document: TextDocument, stage: Stage, before: Instruction, instruction: Instruction): Fix | undefined {
  const base = baseImageOf(stage);
  if (!HAS_BASH.test(base.image ?? '') || NO_BASH_TAG.test(base.tag ?? '')) return undefined;
  return {
    title: `Insert \`SHELL ["/bin/bash", "-o", "pipefail", "-c"]\` before ${before === instruction ? 'this RUN' : 'the first RUN of the stage that needs it'}`,
    edits: [lineAbove(document, before.getRange().start, 'SHELL ["/bin/bash", "-o", "pipefail", "-c"]')],
  };
}
