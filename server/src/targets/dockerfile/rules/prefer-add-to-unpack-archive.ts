import type { CommandCall } from '../../../shell/commands';
import { callsNamed } from '../programs';
import { argumentWord, copySources, flagNamed } from '../instructions';
import { stagesOf } from '../stages';
import { stageInstructions } from '../stageKeywords';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';

/** The local archives ADD unpacks: tar, plain or compressed with gzip, bzip2 or xz (not zip, not zstd). */
const TAR_ARCHIVE = /\.(?:tar|tar\.gz|tgz|tar\.bz2|tbz2?|tar\.xz|txz)$/i;
const DECOMPRESSORS = new Set(['gunzip', 'bunzip2', 'unxz', 'zcat', 'gzcat', 'bzcat', 'xzcat']);
const UNPACKERS = ['tar', ...DECOMPRESSORS];
/** tar options ADD cannot express: a tar run with one of them is not what ADD would do. */
const TAR_ONLY = /^--(?:strip-components|exclude|wildcards|transform|xform|no-same-owner|same-owner|owner|group|keep-old-files|skip-old-files)/;

function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').at(-1) ?? '';
}

/** True when the tar call extracts the whole archive named `name` (no members selected, no option ADD lacks). */
function tarUnpacks(call: CommandCall, name: string): boolean {
  let extract = false;
  const files: string[] = [];
  for (let i = 0; i < call.args.length; i++) {
    const value = call.args[i].value;
    if (value === '--extract' || value === '--get') extract = true;
    else if (TAR_ONLY.test(value)) return false;
    else if (value === '-C' || value === '--directory') i++;
    else if (value === '-f' || value === '--file') files.push(call.args[++i]?.value ?? '');
    else if (value.startsWith('--file=')) files.push(value.slice('--file='.length));
    else if (/^-[A-Za-z]+$/.test(value)) {
      if (value.includes('x')) extract = true;
      if (value.includes('f')) files.push(call.args[++i]?.value ?? '');
    } else if (!value.startsWith('-')) files.push(value);
  }
  return extract && files.length > 0 && files.every((file) => basename(file) === name);
}

function unpacks(call: CommandCall, name: string): boolean {
  if (call.name === 'tar') return tarUnpacks(call, name);
  return DECOMPRESSORS.has(call.name) && call.args.some((word) => !word.value.startsWith('-') && basename(word.value) === name);
}

export default defineDockerfileRule({
  id: 'dockerfile/prefer-add-to-unpack-archive',
  aliases: ['DL3010'],
  severity: 'info',
  questions: ['cc-verified-downloads'],
  subject: ['ADD'],
  summary: 'A local tar archive that a later RUN unpacks: `ADD` unpacks it in one step.',
  docs: {
    why:
      '`COPY app.tar.gz /tmp/` followed by `RUN tar -xzf /tmp/app.tar.gz` stores the archive in one layer and its ' +
      'contents in another, and the `rm` in a later step frees nothing. `ADD` unpacks a local tar archive (plain, ' +
      'gzip, bzip2 or xz) into the destination directory as it copies it. Differs from hadolint: zip files and ' +
      'tar runs that select members or use options ADD lacks (`--strip-components`, `--exclude`, …) are not ' +
      'reported, since ADD cannot do the same.',
    bad: 'FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz',
    good: 'FROM debian:12\nADD app.tar.gz /opt/',
  },
  *check({ document, dockerfile }) {
    const calls = callsNamed(document, dockerfile, ...UNPACKERS);
    for (const stage of stagesOf(dockerfile)) {
      for (const instruction of stageInstructions(dockerfile, stage, 'COPY')) {
        if (flagNamed(instruction, 'from')) continue;
        const sources = copySources(instruction);
        if (sources.length === 0) continue;
        const destination = basename(argumentWord(document, instruction.getArguments().at(-1)!, dockerfile.escapeChar));
        const line = instruction.getRange().end.line;
        for (const source of sources) {
          const name = basename(argumentWord(document, source, dockerfile.escapeChar));
          if (!TAR_ARCHIVE.test(name) || /[$*?[]/.test(name)) continue;
          const unpacked = TAR_ARCHIVE.test(destination) && sources.length === 1 ? destination : name;
          const run = calls.find((call) => call.stage === stage && call.instruction.getRange().start.line > line && unpacks(call, unpacked));
          if (!run) continue;
          yield {
            range: source.getRange(),
            message: `${code(name)} is copied, then unpacked by ${code(run.name)} on line ${run.program.range.start.line + 1}: \`ADD\` unpacks a local tar archive in one step, without keeping it in a layer.`,
          };
        }
      }
    }
  },
});
