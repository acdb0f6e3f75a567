import { cacheMounted, callHasFlag, envSetFor, insertAfter, packageCalls } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['cc-package-installs'],
  subject: ['--no-cache-dir'],
  summary: '`pip install` should use `--no-cache-dir` so the wheel cache does not stay in the image.',
  docs: {
    why:
      'pip keeps every downloaded wheel in `~/.cache/pip`; in an image that cache is never reused and can ' +
      'weigh hundreds of MB (think numpy or torch). `--no-cache-dir`, `ENV PIP_NO_CACHE_DIR=1` or a ' +
      '`RUN --mount=type=cache,target=/root/.cache/pip` avoid it. `uv pip install` is checked the same way, ' +
      'with uv\'s `--no-cache`, `UV_NO_CACHE` and `/root/.cache/uv`.',
    bad: 'RUN pip install -r requirements.txt',
    good: 'RUN pip install --no-cache-dir -r requirements.txt',
    differsFromHadolint:
      '`PIP_NO_CACHE_DIR` set to any value counts, `0` and `false` included, since pip turns its cache off whatever the ' +
      'value; so does a cache mount over `/root/.cache/pip`. hadolint reports both.',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, ['pip', 'uv pip'], ['install'])) {
      const uv = call.manager === 'uv pip';
      if (uv ? callHasFlag(call, 'n', 'no-cache', 'no-cache-dir') || envSetFor(call, 'UV_NO_CACHE') : callHasFlag(call, null, 'no-cache-dir') || envSetFor(call, 'PIP_NO_CACHE_DIR')) continue;
      if (cacheMounted(call)) continue;
      const subcommand = call.subcommand!;
      const flag = uv ? '--no-cache' : '--no-cache-dir';
      yield {
        range: subcommand.range,
        message: `\`${uv ? 'uv pip' : 'pip'} install\` without \`${flag}\` leaves the downloaded wheels in the image.`,
        fixes: [{ title: `Add \`${flag}\``, edits: [insertAfter(subcommand, flag)] }],
      };
    }
  },
});
