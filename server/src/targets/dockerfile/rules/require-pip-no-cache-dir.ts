import { callHasFlag, insertAfter, packageCalls } from '../../../shell/commands';
import { hasCacheMount } from '../runs';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/require-pip-no-cache-dir',
  aliases: ['DL3042'],
  severity: 'info',
  fixSafety: 'safe',
  questions: ['q261', 'q3'],
  summary: '`pip install` should use `--no-cache-dir` so the wheel cache does not stay in the image.',
  docs: {
    why:
      'pip keeps every downloaded wheel in `~/.cache/pip`; in an image that cache is never reused and can ' +
      'weigh hundreds of MB (think numpy or torch). `--no-cache-dir`, `ENV PIP_NO_CACHE_DIR=1` or a ' +
      '`RUN --mount=type=cache,target=/root/.cache/pip` avoid it.',
    bad: 'RUN pip install -r requirements.txt',
    good: 'RUN pip install --no-cache-dir -r requirements.txt',
  },
  *check({ document, dockerfile }) {
    const envDisables = dockerfile.instructions.some(
      (instruction) => /^(ENV|ARG)$/.test(instruction.getKeyword()) && /\bPIP_NO_CACHE_DIR\b/.test(instruction.getRawArgumentsContent() ?? ''),
    );
    if (envDisables) return;
    for (const call of packageCalls(document, dockerfile, ['pip'], ['install'])) {
      if (callHasFlag(call, null, 'no-cache-dir') || call.command.assignments.some((a) => a.value.startsWith('PIP_NO_CACHE_DIR='))) continue;
      if (hasCacheMount(call.instruction, '/root/.cache/pip') || hasCacheMount(call.instruction, '/root/.cache')) continue;
      const subcommand = call.subcommand!;
      yield {
        range: subcommand.range,
        message: '`pip install` without `--no-cache-dir` leaves the downloaded wheels in the image.',
        fixes: [{ title: 'Add `--no-cache-dir`', edits: [insertAfter(subcommand, '--no-cache-dir')] }],
      };
    }
  },
});
