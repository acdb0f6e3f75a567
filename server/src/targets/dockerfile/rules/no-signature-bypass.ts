import { removeWordEdit, type ShellWord } from '../../../shell/tokenizer';
import { packageCalls, type PackageCall } from '../../../shell/commands';
import { defineDockerfileRule } from '../../../engine/rule';

const BYPASS: Record<string, RegExp> = {
  apk: /^--allow-untrusted$/,
  'apt-get': /^(--allow-unauthenticated|--allow-insecure-repositories|--force-yes|(APT::Get::AllowUnauthenticated|Acquire::AllowInsecureRepositories)=("?)(true|1|yes)\3)$/i,
  apt: /^(--allow-unauthenticated|--allow-insecure-repositories|--force-yes)$/,
  yum: /^(--nogpgcheck|--setopt=.*gpgcheck=(0|false))$/,
  dnf: /^(--nogpgcheck|--setopt=.*gpgcheck=(0|false))$/,
  zypper: /^--no-gpg-checks$/,
  rpm: /^(--nosignature|--nodigest)$/,
};

const MANAGERS = Object.keys(BYPASS);

function* flagsThenArgs(call: PackageCall): Generator<ShellWord> {
  yield* call.globalFlags;
  yield* call.args;
}

export default defineDockerfileRule({
  id: 'dockerfile/no-signature-bypass',
  aliases: [],
  severity: 'error',
  fixSafety: 'unsafe',
  questions: ['cc-verified-downloads', 'q277'],
  subject: ['--allow-untrusted', '--nogpgcheck', 'signature'],
  summary: 'Do not install packages without checking their signatures (`--allow-untrusted`, `--nogpgcheck`, …).',
  docs: {
    why:
      'Package signatures are what stop a compromised mirror or a man in the middle from handing you a ' +
      'modified package. Skipping the check installs whatever arrives, as root, into your image. Import ' +
      'the repository\'s signing key instead.',
    bad: 'RUN apk add --allow-untrusted /tmp/tool.apk',
    good: 'COPY tool-signing.rsa.pub /etc/apk/keys/\nRUN apk add /tmp/tool.apk',
  },
  *check({ document, dockerfile }) {
    for (const call of packageCalls(document, dockerfile, MANAGERS)) {
      const bypass = BYPASS[call.manager];
      for (const word of flagsThenArgs(call)) {
        if (!bypass?.test(word.value)) continue;
        const standalone = !word.json && (word.value.startsWith('--') && !word.value.includes('='));
        yield {
          range: word.range,
          message: `\`${call.program.value} ${word.value}\` installs packages without verifying their signatures.`,
          fixes: standalone ? [{ title: `Remove \`${word.value}\``, edits: [removeWordEdit(document, word)] }] : undefined,
        };
      }
    }
  },
});
