import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { removeWordEdit, type ShellWord } from '../../../shell/tokenizer';
import { commandCalls } from '../../../shell/commands';
import { runCommands } from '../runs';
import { byKeyword } from '../instructions';
import { defineDockerfileRule, type Finding } from '../../../engine/rule';

/** Environment variables that turn certificate checks off, with the values that do it. */
const INSECURE_VARIABLES: Record<string, RegExp> = {
  NODE_TLS_REJECT_UNAUTHORIZED: /^0$/,
  GIT_SSL_NO_VERIFY: /^(?!0$|false$).+/i,
  PYTHONHTTPSVERIFY: /^0$/,
  NPM_CONFIG_STRICT_SSL: /^(false|0)$/i,
  PIP_TRUSTED_HOST: /.+/,
  CURL_CA_BUNDLE: /^$/,
};

export default defineDockerfileRule({
  id: 'dockerfile/no-tls-verification-bypass',
  aliases: [],
  severity: 'error',
  fixSafety: 'unsafe',
  questions: ['cc-verified-downloads'],
  subject: ['--no-check-certificate', 'curl -k', 'TLS verification', 'tls_reject'],
  summary: 'Do not turn off TLS certificate checks (`curl -k`, `wget --no-check-certificate`, `NODE_TLS_REJECT_UNAUTHORIZED=0`, …).',
  docs: {
    why:
      'Without certificate verification anyone on the network path (a proxy, a compromised Wi-Fi, a ' +
      'poisoned DNS) can serve their own file, and the build bakes it into the image. When a corporate ' +
      'proxy re-signs traffic, add its CA certificate to the image instead (`COPY corp-ca.crt ' +
      '/usr/local/share/ca-certificates/` and `update-ca-certificates`).',
    bad: 'RUN curl -k -o /tmp/tool.tgz https://example.com/tool.tgz',
    good: 'RUN curl -fsSL -o /tmp/tool.tgz https://example.com/tool.tgz',
  },
  *check({ document, dockerfile }) {
    // The calls are the commands that run a program, in the same order: each is met in turn.
    const calls = commandCalls(document, dockerfile);
    let next = 0;
    for (const { command } of runCommands(document, dockerfile)) {
      for (const assignment of command.assignments) {
        const finding = variableFinding(assignment.value, assignment.range);
        if (finding) yield finding;
      }
      const call = calls[next]?.command === command ? calls[next++] : undefined;
      const name = call?.name ?? '';
      if (name !== 'export' && !mayBeFlagged(name)) continue;
      const words = [call!.program, ...call!.args];
      if (name === 'export') {
        for (const word of words.slice(1)) {
          const finding = variableFinding(word.value, word.range);
          if (finding) yield finding;
        }
      }
      if (FLAGGED_PROGRAM.test(name)) {
        for (const word of words.slice(1)) {
          const finding = flagFinding(document, name, word, words);
          if (finding) yield finding;
        }
      }
      if (!/^(npm|yarn|pnpm|git)$/.test(name)) continue;
      const values = words.map((word) => word.value);
      const setIndex = values.findIndex((value, index) => index > 0 && value === 'set' && (values[index - 1] === 'config' || index === 1));
      if (/^(npm|yarn|pnpm)$/.test(name) && setIndex > 0 && /^strict-ssl(=false)?$/.test(values[setIndex + 1] ?? '') && (values[setIndex + 1].endsWith('=false') || values[setIndex + 2] === 'false')) {
        yield { range: words[setIndex + 1].range, message: `\`${name} config set strict-ssl false\` makes ${name} accept any certificate from the registry.` };
      }
      if (name === 'git' && values.includes('config')) {
        const key = words.find((word) => /^http(\..+)?\.sslverify(=false)?$/i.test(word.value));
        if (key && (key.value.toLowerCase().endsWith('=false') || /^(false|0)$/i.test(values[words.indexOf(key) + 1] ?? ''))) {
          yield { range: key.range, message: '`http.sslVerify false` makes git accept any certificate.' };
        }
      }
    }
    for (const instruction of byKeyword(dockerfile, 'ENV', 'ARG')) {
      const properties = (instruction as unknown as { getProperties(): { getName(): string; getValue(): string | null; getNameRange(): Range }[] }).getProperties();
      for (const property of properties) {
        // `variableFinding` looks up the name up to its first `=`: most names are not in the table.
        const name = property.getName();
        const equals = name.indexOf('=');
        if (!Object.hasOwn(INSECURE_VARIABLES, equals < 0 ? name : name.slice(0, equals))) continue;
        const finding = variableFinding(`${property.getName()}=${property.getValue() ?? ''}`, property.getNameRange(), property.getValue() === null);
        if (finding) yield finding;
      }
    }
  },
});

function variableFinding(assignment: string, range: Range, noValue = false): Finding | undefined {
  const equals = assignment.indexOf('=');
  if (equals < 0 || noValue) return undefined;
  const name = assignment.slice(0, equals);
  const value = assignment.slice(equals + 1);
  if (Object.hasOwn(INSECURE_VARIABLES, name) && INSECURE_VARIABLES[name]!.test(value)) {
    return { range, message: `\`${name}=${value}\` turns off TLS certificate verification, so a man in the middle can serve any content.` };
  }
  return undefined;
}

/** The programs whose flags `flagFinding` knows. */
const FLAGGED_PROGRAM = /^(?:curl|wget|pip3?|python.*|git|npm|yarn|pnpm)$/;
const FLAGGED_NAMES = new Set(['curl', 'wget', 'pip', 'pip3', 'git', 'npm', 'yarn', 'pnpm']);

/** False for most programs without running `FLAGGED_PROGRAM`. */
const mayBeFlagged = (name: string): boolean => FLAGGED_NAMES.has(name) || (name.startsWith('python') && FLAGGED_PROGRAM.test(name));

function flagFinding(document: TextDocument, name: string, word: ShellWord, words: ShellWord[]): Finding | undefined {
  const value = word.value;
  let insecure = false;
  if (name === 'curl') insecure = value === '--insecure' || (/^-[A-Za-z]+$/.test(value) && value.includes('k'));
  else if (name === 'wget') insecure = value === '--no-check-certificate';
  else if (/^pip3?$/.test(name) || (/^python/.test(name) && words[2]?.value.startsWith('pip'))) insecure = value === '--trusted-host' || value.startsWith('--trusted-host=');
  else if (name === 'git') insecure = /^http(\..+)?\.sslverify=false$/i.test(value) && words[words.indexOf(word) - 1]?.value === '-c';
  else if (/^(npm|yarn|pnpm)$/.test(name)) insecure = /^--strict-ssl=false$/.test(value);
  if (!insecure) return undefined;
  const standalone = !word.json && (value === '-k' || value === '--insecure' || value === '--no-check-certificate' || value === '--strict-ssl=false');
  return {
    range: word.range,
    message: `\`${name} ${value}\` turns off TLS certificate verification, so a man in the middle can serve any content.`,
    fixes: standalone ? [{ title: `Remove \`${value}\``, edits: [removeWordEdit(document, word)] }] : undefined,
  };
}
