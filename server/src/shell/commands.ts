import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDockerfile } from '../targets/dockerfile/model';
import { commandName, effectiveWords, type ShellCommand, type ShellScript, type ShellWord } from './tokenizer';
import { hasCacheMount, runCommands, type RunCommand, type RunScript } from '../targets/dockerfile/runs';
import { slot } from '../parsing/slots';

/**
 * The command model rules share: every command of every RUN with the program that really runs
 * (wrappers such as `sudo` and `env X=1` removed) and the words after it.
 */
export interface CommandCall extends RunCommand {
  /** The program word, `/usr/bin/apt-get`. */
  program: ShellWord;
  /** Its base name, `apt-get`. */
  name: string;
  /** The words after the program: flags, subcommands and operands. */
  args: ShellWord[];
}

/** A package manager call such as `apt-get -q install -y curl`, split at its subcommand. */
export interface PackageCall extends RunCommand {
  /** `apt-get`, `apk`, `pip`, `npm`, … (`python -m pip` and `pip3` are `pip`; `uv pip` is `uv pip`). */
  manager: string;
  /** The program word, `apt-get` or `pip3`; for `python -m pip` and `uv pip`, the `pip` word. */
  program: ShellWord;
  subcommand?: ShellWord;
  /** The subcommand with its abbreviation spelled out (`gem i` and `zypper in` are `install`). */
  action: string;
  /** Flags before the subcommand with their values (`apt-get -o Opt=1 -y install`). */
  globalFlags: ShellWord[];
  /** Words after the subcommand: flags and operands. */
  args: ShellWord[];
}

const MANAGERS: Record<string, string> = {
  'apt-get': 'apt-get', apt: 'apt', aptitude: 'aptitude', apk: 'apk', pip: 'pip', pip2: 'pip', pip3: 'pip', pipx: 'pipx',
  npm: 'npm', yarn: 'yarn', gem: 'gem', go: 'go', yum: 'yum', dnf: 'dnf', dnf5: 'dnf', microdnf: 'dnf', zypper: 'zypper', rpm: 'rpm',
};

/** Abbreviated subcommands, per manager. */
const ACTION_ALIASES: Record<string, Record<string, string>> = {
  gem: { i: 'install' },
  zypper: { in: 'install', rm: 'remove', up: 'update', dup: 'dist-upgrade', si: 'source-install', cc: 'clean' },
  dnf: { up: 'upgrade', 'upgrade-minimal': 'upgrade', 'update-minimal': 'upgrade', update: 'upgrade', rm: 'remove', in: 'install' },
  yum: { 'update-minimal': 'update', 'upgrade-minimal': 'update', upgrade: 'update' },
  npm: { i: 'install', add: 'install', isntall: 'install', in: 'install', ins: 'install', inst: 'install', insta: 'install', instal: 'install' },
};

/** uv's options that take a separate value, global (`--cache-dir`) or of `uv pip install` (`--python 3.12`); `--system` takes none. */
const UV_VALUE_OPTIONS = new Set([
  '--cache-dir', '--directory', '--project', '--config-file', '--color', '--python-preference', '--allow-insecure-host',
  '-r', '--requirement', '--requirements', '-c', '--constraint', '--constraints', '--override', '--overrides', '-b', '--build-constraint', '--build-constraints',
  '-e', '--editable', '-i', '--index-url', '--index', '--default-index', '--extra-index-url', '-f', '--find-links', '-p', '--python',
  '--target', '--prefix', '--index-strategy', '--keyring-provider', '--resolution', '--prerelease', '--exclude-newer', '-P', '--upgrade-package',
  '--reinstall-package', '--refresh-package', '--no-binary', '--only-binary', '--python-version', '--python-platform', '-C', '--config-setting',
  '--link-mode', '--extra', '--group', '--torch-backend', '--no-build-isolation-package', '--no-build-package', '--no-binary-package',
]);

/** Options that take a separate value before the subcommand, per manager. */
const VALUE_OPTIONS: Record<string, Set<string>> = {
  'apt-get': new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release']),
  apt: new Set(['-o', '-c', '-t']),
  apk: new Set(['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file']),
  yum: new Set(['-c', '--config', '--installroot', '--enablerepo', '--disablerepo', '--releasever']),
  dnf: new Set(['-c', '--config', '--installroot', '--enablerepo', '--disablerepo', '--releasever', '--setopt']),
  zypper: new Set(['-r', '--repo', '--root', '-R']),
  go: new Set(['-C']),
  uv: UV_VALUE_OPTIONS,
  'uv pip': UV_VALUE_OPTIONS,
};

/** Options after the subcommand that take a separate value, so the value is not a package. */
const OPERAND_VALUE_OPTIONS: Record<string, Set<string>> = {
  'apt-get': new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release']),
  aptitude: new Set(['-o', '-t', '--target-release', '-F', '--display-format']),
  apk: new Set(['-t', '--virtual', '-X', '--repository', '--arch', '--root', '-p', '--cache-dir', '--keys-dir', '--repositories-file']),
  npm: new Set(['--prefix', '--registry', '--cache', '-w', '--workspace', '--loglevel', '--userconfig', '--tag', '--omit', '--include', '--install-strategy', '--before']),
  pip: new Set(['-r', '--requirement', '-c', '--constraint', '-e', '--editable', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target', '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--implementation', '--abi', '--src', '--progress-bar', '--cache-dir', '--log', '--proxy', '--retries', '--timeout', '--exists-action', '--cert', '--client-cert', '--python', '--only-binary', '--no-binary', '--config-settings', '-C', '--global-option', '--upgrade-strategy', '--root-user-action', '--report', '--keyring-provider', '--use-feature', '--use-deprecated']),
  pipx: new Set(['--python', '--index-url', '-i', '--pip-args', '--suffix', '--spec']),
  gem: new Set(['-i', '--install-dir', '-n', '--bindir', '-s', '--source', '-P', '--trust-policy', '--platform', '--document', '--build-root', '-g', '--file']),
  go: new Set(['-o', '-tags', '-ldflags', '-gcflags', '-asmflags', '-mod', '-modfile', '-p', '-buildmode', '-pkgdir', '-toolexec', '-overlay', '-exec', '-C']),
  yum: new Set(['--setopt', '--enablerepo', '--disablerepo', '--releasever', '--installroot', '-c', '--config', '-x', '--exclude']),
  dnf: new Set(['--setopt', '--enablerepo', '--disablerepo', '--releasever', '--installroot', '-c', '--config', '-x', '--exclude', '--repo']),
  zypper: new Set(['-r', '--repo', '--from', '-t', '--type']),
  'uv pip': UV_VALUE_OPTIONS,
};

/** Where each manager keeps its cache or package index: a cache or tmpfs mount there keeps it out of the image. */
export const CACHE_DIRECTORIES: Record<string, string[]> = {
  apk: ['/var/cache/apk', '/etc/apk/cache'],
  'apt-get': ['/var/lib/apt/lists'],
  apt: ['/var/lib/apt/lists'],
  dnf: ['/var/cache/dnf', '/var/cache/libdnf5'],
  yum: ['/var/cache/yum'],
  zypper: ['/var/cache/zypp'],
  pip: ['/root/.cache/pip', '/root/.cache'],
  'uv pip': ['/root/.cache/uv', '/root/.cache'],
  npm: ['/root/.npm'],
  yarn: ['/usr/local/share/.cache/yarn', '/root/.cache/yarn', '/root/.yarn', '/root/.yarn/berry/cache'],
  go: ['/root/.cache/go-build', '/go/pkg/mod'],
};

const commandCache = slot<ParsedDockerfile, CommandCall[]>('command calls');

/** Every command of every RUN that runs a program, computed once per parsed document. */
export function commandCalls(document: TextDocument, dockerfile: ParsedDockerfile): readonly CommandCall[] {
  let calls = commandCache.get(dockerfile);
  if (!calls) {
    calls = [];
    for (const run of runCommands(document, dockerfile)) {
      const words = effectiveWords(run.command);
      if (words.length > 0) calls.push(commandCall(run, words[0], words.slice(1)));
    }
    commandCache.set(dockerfile, calls);
  }
  return calls;
}

/** Written out rather than spread (as `packageCall` is): a spread copy is several times larger, and a 40,000-line heredoc holds 80,000 calls. */
function commandCall({ stage, instruction, onbuild, script, command }: RunCommand, program: ShellWord, args: ShellWord[]): CommandCall {
  const name = commandName(program);
  return onbuild ? { stage, instruction, onbuild, script, command, program, name, args } : { stage, instruction, script, command, program, name, args };
}

function packageCall(call: CommandCall): PackageCall | undefined {
  // `words[i]` is `call.args[i - 1]`, or `call.program` for 0: `python -m pip` starts at its `pip`.
  let args = call.args;
  let program = call.program;
  let manager = MANAGERS[call.name];
  if (!manager && /^python[0-9.]*$/.test(call.name) && args[0]?.value === '-m' && /^pip3?$/.test(args[1]?.value ?? '')) {
    program = args[1];
    args = args.slice(2);
    manager = 'pip';
  }
  if (!manager && call.name === 'uv') {
    // `uv [options] pip install …`: uv's pip interface, its options before `pip` skipped.
    const index = subcommandIndex('uv', args);
    if (args[index]?.value === 'pip') {
      program = args[index];
      args = args.slice(index + 1);
      manager = 'uv pip';
    }
  }
  if (!manager) return undefined;
  const { stage, instruction, script, command } = call;
  const index = subcommandIndex(manager, args);
  const globalFlags = args.slice(0, index);
  const subcommand = args[index];
  const action = subcommand ? ACTION_ALIASES[manager]?.[subcommand.value] ?? subcommand.value : '';
  return { stage, instruction, script, command, manager, program, subcommand, action, globalFlags, args: args.slice(index + 1) };
}

/** Where a manager's subcommand is among the words after its program: past the global flags and their values (`yum -c f.conf -y clean`). */
export function subcommandIndex(manager: string, args: readonly { value: string }[]): number {
  const valueOptions = VALUE_OPTIONS[manager];
  let index = 0;
  while (index < args.length && args[index].value.startsWith('-')) {
    if (valueOptions?.has(args[index].value) && args[index + 1]) index++;
    index++;
  }
  return index;
}

const callCache = slot<ParsedDockerfile, PackageCall[]>('package calls');

/** Drops the file's cached command and package manager calls (computed again if asked for). */
export function forgetCalls(dockerfile: ParsedDockerfile): void {
  commandCache.delete(dockerfile);
  callCache.delete(dockerfile);
}

/** Every package manager call of the file, optionally only some managers and subcommands. */
export function packageCalls(document: TextDocument, dockerfile: ParsedDockerfile, managers: string[], subcommands?: string[]): PackageCall[] {
  let calls = callCache.get(dockerfile);
  if (!calls) {
    calls = [];
    for (const call of commandCalls(document, dockerfile)) {
      const packaged = packageCall(call);
      if (packaged) calls.push(packaged);
    }
    callCache.set(dockerfile, calls);
  }
  return calls.filter((call) => managers.includes(call.manager) && (!subcommands || subcommands.includes(call.action)));
}

/** True when the call has the flag, before or after the subcommand. */
export function callHasFlag(call: PackageCall, short: string | null, ...longs: string[]): boolean {
  return [...call.globalFlags, ...call.args].some((word) => {
    const value = word.value;
    if (longs.some((long) => value === `--${long}` || value.startsWith(`--${long}=`))) return true;
    return short !== null && /^-[A-Za-z]+$/.test(value) && value.includes(short);
  });
}

/**
 * The package operands: words after the subcommand that are not flags nor values of the manager's
 * options that take one (`npm install --loglevel verbose x`), nor `gem install x -- --build-flags`.
 */
export function packageOperands(call: PackageCall, valueOptions: Set<string> = new Set()): ShellWord[] {
  const known = OPERAND_VALUE_OPTIONS[call.manager];
  const operands: ShellWord[] = [];
  for (let i = 0; i < call.args.length; i++) {
    const value = call.args[i].value;
    if (value === '--') {
      if (call.manager !== 'gem') for (const operand of call.args.slice(i + 1)) operands.push(operand);
      break;
    }
    if (value.startsWith('-')) {
      if (valueOptions.has(value) || known?.has(value)) i++;
      continue;
    }
    operands.push(call.args[i]);
  }
  return operands;
}

/** apt-get's quiet level: `-q -q`, `-qq`, `-q=2` and `--quiet=2` are 2, which also answers yes. */
export function quietLevel(call: PackageCall): number {
  let level = 0;
  for (const { value } of [...call.globalFlags, ...call.args]) {
    const explicit = /^(?:-q|--quiet)=(\d+)$/.exec(value);
    if (explicit) level = Number(explicit[1]);
    else if (value === '--quiet') level++;
    else if (/^-[A-Za-z]+$/.test(value)) level += value.split('q').length - 1;
  }
  return level;
}

const positions = slot<ShellScript, Map<ShellCommand, number>>('command positions');

/** Where the call's command is in its RUN: one map per RUN, not one scan per call. */
function positionOf(call: RunCommand): number {
  let map = positions.get(call.script);
  if (!map) {
    map = new Map(call.script.commands.map((command, index) => [command, index]));
    positions.set(call.script, map);
  }
  return map.get(call.command) ?? -1;
}

const matches = slot<ShellScript, Map<string, { first: number; last: number }>>('command matches');

/**
 * Where the first and last commands of the RUN that pass `test` are (-1 when none does). `kind` names
 * the test (with whatever it depends on), so that a RUN is scanned once per kind however many calls
 * it holds: a 40,000-line heredoc stays linear.
 */
function matching(script: ShellScript, kind: string, test: (command: ShellCommand) => boolean): { first: number; last: number } {
  let byKind = matches.get(script);
  if (!byKind) {
    byKind = new Map();
    matches.set(script, byKind);
  }
  let found = byKind.get(kind);
  if (!found) {
    let last = script.commands.length - 1;
    while (last >= 0 && !test(script.commands[last])) last--;
    found = { first: last < 0 ? -1 : script.commands.findIndex(test), last };
    byKind.set(kind, found);
  }
  return found;
}

/** True when a command of the call's RUN after it passes `test`, which `kind` names (see `matching`). */
export function runsLater(call: RunCommand, kind: string, test: (command: ShellCommand) => boolean): boolean {
  return matching(call.script, kind, test).last > positionOf(call);
}

/** True when a command of the call's RUN before it passes `test`, which `kind` names (see `matching`). */
export function ranBefore(call: RunCommand, kind: string, test: (command: ShellCommand) => boolean): boolean {
  const { first } = matching(call.script, kind, test);
  return first >= 0 && first < positionOf(call);
}

/** True when a `RUN --mount=type=cache|tmpfs` covers one of the manager's cache directories. */
export function cacheMounted(call: PackageCall, directories = CACHE_DIRECTORIES[call.manager] ?? []): boolean {
  return directories.some((directory) => hasCacheMount(call.instruction, directory));
}

/**
 * True when the environment variable is set for the call: on the command (`X=1 pip …`), by an earlier
 * `export X=1` or `X=1` of the same RUN, or by an ENV or ARG of its stage or the stages it builds on.
 */
export function envSetFor(call: RunCommand, name: string): boolean {
  const prefix = `${name}=`;
  if (call.command.assignments.some((a) => a.value.startsWith(prefix))) return true;
  const exported = ranBefore(call, `export ${name}`, (command) =>
    !command.subshell && (
      (command.words.length === 0 && command.assignments.some((a) => a.value.startsWith(prefix))) ||
      (/^(export|declare|typeset)$/.test(command.words[0]?.value ?? '') && command.words.slice(1).some((w) => w.value.startsWith(prefix)))));
  if (exported) return true;
  const pattern = new RegExp(`(^|\\s)${name}([=\\s]|$)`);
  for (let stage = call.stage, hops = 0; stage && hops < 64; stage = stage.parent, hops++) {
    const own = stage === call.stage;
    for (const instruction of stage.instructions) {
      if (own && instruction === call.instruction) break;
      if (/^(ENV|ARG)$/.test(instruction.getKeyword()) && pattern.test(instruction.getRawArgumentsContent() ?? '')) return true;
    }
  }
  return false;
}

/** An edit inserting ` text` right after a word (`, "text"` in an exec-form JSON array). */
export function insertAfter(word: ShellWord, text: string): TextEdit {
  return { range: { start: word.range.end, end: word.range.end }, newText: word.json ? `, ${JSON.stringify(text)}` : ` ${text}` };
}

/**
 * An edit that appends ` && <command>` after the last command of a RUN, or undefined when that is
 * not safe: exec form, heredocs, a trailing comment, `;` or `&`, or a command that is not the last.
 */
export function appendToRun(document: TextDocument, run: RunScript, commandText: string): TextEdit | undefined {
  let edits = appends.get(run.script);
  if (!edits) {
    edits = new Map();
    appends.set(run.script, edits);
  }
  if (!edits.has(commandText)) edits.set(commandText, appendEdit(document, run.script, commandText));
  const edit = edits.get(commandText);
  return edit && { range: { start: { ...edit.range.start }, end: { ...edit.range.end } }, newText: edit.newText };
}

/** The edits of `appendToRun`, per RUN and command: they depend on nothing else, and each reads the whole RUN. */
const appends = slot<ShellScript, Map<string, TextEdit | undefined>>('appended words');

function appendEdit(document: TextDocument, script: ShellScript, commandText: string): TextEdit | undefined {
  const last = script.commands[script.commands.length - 1];
  if (!last || script.execForm || last.after !== null || last.redirects.some((r) => r.operator.startsWith('<<'))) return undefined;
  const tokens = [...last.words, ...last.assignments, ...last.redirects.flatMap((r) => (r.target ? [r.target] : []))];
  if (tokens.length === 0) return undefined;
  const end = tokens.reduce((max, token) => Math.max(max, token.end), 0);
  const text = document.getText();
  if (text.slice(end, script.end).trim() !== '' || /[()]/.test(text.slice(script.start, script.end))) return undefined;
  const position = document.positionAt(end);
  return { range: { start: position, end: position }, newText: ` && ${commandText}` };
}

/** True for `apt-get install -s` and friends: nothing is installed and nothing prompts. */
export function isSimulation(call: PackageCall): boolean {
  return callHasFlag(call, 's', 'simulate', 'dry-run', 'just-print', 'recon', 'no-act', 'download-only') || callHasFlag(call, 'd', 'print-uris');
}

/**
 * One finding per install command for its unpinned packages: on the first one, naming how many more
 * there are, so a long package list does not drown the editor in squiggles.
 */
/** The `differsFromHadolint` of the rules that report unpinned packages through `unpinnedFinding`. */
export const ONE_FINDING_PER_COMMAND =
  'one finding per install command, on its first unpinned package and naming how many others there are, so two installs in one RUN give two findings; hadolint reports the RUN once.';

export function unpinnedFinding(unpinned: ShellWord[], pinnedForm: (name: string) => string): { range: ShellWord['range']; message: string } | undefined {
  const [first] = unpinned;
  if (!first) return undefined;
  const others = unpinned.length - 1;
  const more = others === 0 ? '' : others === 1 ? ` (nor is \`${unpinned[1].value}\`)` : ` (nor are ${others} more packages of this command)`;
  return { range: first.range, message: `\`${first.value}\` is not pinned${more}: write \`${pinnedForm(first.value)}\` so rebuilds install the same version.` };
}

/** True for a package source fetched with git (`git+https://…`, `git://…`, `github:user/repo`, `…/repo.git`). */
export function isGitSource(value: string): boolean {
  return /^(git\+|git:\/\/|git@|github:|gitlab:|bitbucket:)/.test(value) || /^https?:\/\/[^#@]+\.git([#@]|$)/.test(value);
}

/** True for an archive URL of a branch (`…/archive/main.tar.gz`, `…/tarball/master`), whose contents move. */
export function isFloatingTarball(url: string): boolean {
  const name = url.replace(/[?#].*$/, '').split('/').pop() ?? '';
  return /^(master|main|develop|dev|trunk|head|latest)(\.(tgz|tar\.gz|tar\.bz2|tar\.xz|zip))?$/i.test(name);
}
