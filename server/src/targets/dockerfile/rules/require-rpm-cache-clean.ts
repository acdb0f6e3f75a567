import { appendToRun, CACHE_DIRECTORIES, cacheMounted, packageCalls, runsLater, subcommandIndex } from '../../../shell/commands';
import { commandName, effectiveWords } from '../../../shell/tokenizer';
import { defineDockerfileRule } from '../../../engine/rule';

const INSTALLS = new Set(['install', 'groupinstall', 'localinstall', 'reinstall', 'update', 'upgrade', 'dist-upgrade']);

export default defineDockerfileRule({
  id: 'dockerfile/require-rpm-cache-clean',
  aliases: ['DL3032', 'DL3040', 'DL3036', 'DS015', 'DS019', 'DS020'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['yum clean', 'dnf clean', 'zypper clean'],
  summary: 'Clean the yum/dnf/zypper cache in the same RUN that installs packages.',
  docs: {
    why:
      'yum, dnf and zypper keep metadata and downloaded packages under `/var/cache`; unless the same RUN ' +
      'cleans them (`yum clean all`, `dnf clean all`, `zypper clean`), the layer keeps them forever.',
    bad: 'RUN yum install -y httpd',
    good: 'RUN yum install -y httpd && yum clean all',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['yum', 'dnf', 'zypper'])) {
      if (!call.subcommand || !INSTALLS.has(call.action)) continue;
      if (cacheMounted(call)) continue;
      const cleans = runsLater(call, `${call.manager} ${call.program.value} clean`, (command) => {
        const words = effectiveWords(command).map((word) => word.value);
        const name = commandName(effectiveWords(command)[0]);
        const args = words.slice(1).map((value) => ({ value }));
        return (name === call.program.value.replace(/^.*\//, '') && /^(clean|cc)$/.test(args[subcommandIndex(call.manager, args)]?.value ?? '')) ||
          (name === 'rm' && words.some((word) => CACHE_DIRECTORIES[call.manager].some((directory) => word.startsWith(directory))));
      });
      if (cleans) continue;
      const clean = call.manager === 'zypper' ? 'zypper clean' : `${call.program.value.replace(/^.*\//, '')} clean all`;
      const edit = appendToRun(document, call, clean);
      yield {
        range: call.subcommand.range,
        message: `\`${call.program.value} ${call.subcommand.value}\` leaves its cache in the image: run \`${clean}\` in the same RUN.`,
        fixes: edit ? [{ title: `Append \`${clean}\``, edits: [edit] }] : undefined,
      };
    }
  },
});
