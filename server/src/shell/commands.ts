import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDockerfile } from '../targets/dockerfile/model';
import { commandName, effectiveWords, type ShellWord } from './tokenizer';
import { runCommands, type RunCommand, type RunScript } from '../targets/dockerfile/runs';

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
  /** `apt-get`, `apk`, `pip`, `npm`, … (`python -m pip` and `pip3` are `pip`). */
  manager: string;
  /** The program word, `apt-get` or `pip3`; for `python -m pip`, the `pip` word. */
  program: ShellWord;
  subcommand?: ShellWord;
  /** Flags before the subcommand with their values (`apt-get -o Opt=1 -y install`). */
  globalFlags: ShellWord[];
  /** Words after the subcommand: flags and operands. */
  args: ShellWord[];
}

const MANAGERS: Record<string, string> = {
  'apt-get': 'apt-get', apt: 'apt', apk: 'apk', pip: 'pip', pip3: 'pip', npm: 'npm', yarn: 'yarn', gem: 'gem',
  go: 'go', yum: 'yum', dnf: 'dnf', microdnf: 'dnf', zypper: 'zypper', rpm: 'rpm',
};

/** Options that take a separate value before the subcommand, per manager. */
const VALUE_OPTIONS: Record<string, Set<string>> = {
  'apt-get': new Set(['-o', '-c', '-t', '--option', '--config-file', '--target-release']),
  apt: new Set(['-o', '-c', '-t']),
  apk: new Set(['-X', '--repository', '-p', '--root', '--arch', '--cache-dir', '--keys-dir', '--repositories-file']),
  yum: new Set(['-c', '--config', '--installroot', '--enablerepo', '--disablerepo', '--releasever']),
  dnf: new Set(['-c', '--config', '--installroot', '--enablerepo', '--disablerepo', '--releasever', '--setopt']),
  zypper: new Set(['-r', '--repo', '--root', '-R']),
};

const commandCache = new WeakMap<ParsedDockerfile, CommandCall[]>();

/** Every command of every RUN that runs a program, computed once per parsed document. */
export function commandCalls(document: TextDocument, dockerfile: ParsedDockerfile): readonly CommandCall[] {
  let calls = commandCache.get(dockerfile);
  if (!calls) {
    calls = runCommands(document, dockerfile).flatMap((run) => {
      const [program, ...args] = effectiveWords(run.command);
      return program ? [{ ...run, program, name: commandName(program), args }] : [];
    });
    commandCache.set(dockerfile, calls);
  }
  return calls;
}

function packageCall(call: CommandCall): PackageCall | undefined {
  let words = [call.program, ...call.args];
  let manager = MANAGERS[call.name];
  if (!manager && /^python[0-9.]*$/.test(call.name) && words[1]?.value === '-m' && /^pip3?$/.test(words[2]?.value ?? '')) {
    words = words.slice(2);
    manager = 'pip';
  }
  if (!manager) return undefined;
  const { stage, instruction, script, command } = call;
  const run: RunCommand = { stage, instruction, script, command };
  const valueOptions = VALUE_OPTIONS[manager];
  let index = 1;
  const globalFlags: ShellWord[] = [];
  while (index < words.length && words[index].value.startsWith('-')) {
    globalFlags.push(words[index]);
    if (valueOptions?.has(words[index].value) && words[index + 1]) globalFlags.push(words[++index]);
    index++;
  }
  return { ...run, manager, program: words[0], subcommand: words[index], globalFlags, args: words.slice(index + 1) };
}

const callCache = new WeakMap<ParsedDockerfile, PackageCall[]>();

/** Every package manager call of the file, optionally only some managers and subcommands. */
export function packageCalls(document: TextDocument, dockerfile: ParsedDockerfile, managers: string[], subcommands?: string[]): PackageCall[] {
  let calls = callCache.get(dockerfile);
  if (!calls) {
    calls = commandCalls(document, dockerfile).flatMap((call) => packageCall(call) ?? []);
    callCache.set(dockerfile, calls);
  }
  return calls.filter((call) => managers.includes(call.manager) && (!subcommands || subcommands.includes(call.subcommand?.value ?? '')));
}

/** True when the call has the flag, before or after the subcommand. */
export function callHasFlag(call: PackageCall, short: string | null, ...longs: string[]): boolean {
  return [...call.globalFlags, ...call.args].some((word) => {
    const value = word.value;
    if (longs.some((long) => value === `--${long}` || value.startsWith(`--${long}=`))) return true;
    return short !== null && /^-[A-Za-z]+$/.test(value) && value.includes(short);
  });
}

/** The package operands: words after the subcommand that are not flags nor values of known options. */
export function packageOperands(call: PackageCall, valueOptions: Set<string> = new Set()): ShellWord[] {
  const operands: ShellWord[] = [];
  for (let i = 0; i < call.args.length; i++) {
    const value = call.args[i].value;
    if (value.startsWith('-')) {
      if (valueOptions.has(value)) i++;
      continue;
    }
    operands.push(call.args[i]);
  }
  return operands;
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
  const { script } = run;
  const last = script.commands[script.commands.length - 1];
  if (!last || script.execForm || last.after !== null || last.redirects.some((r) => r.operator.startsWith('<<'))) return undefined;
  const tokens = [...last.words, ...last.assignments, ...last.redirects.flatMap((r) => (r.target ? [r.target] : []))];
  if (tokens.length === 0) return undefined;
  const end = Math.max(...tokens.map((token) => token.end));
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
export function unpinnedFinding(unpinned: ShellWord[], pinnedForm: (name: string) => string): { range: ShellWord['range']; message: string } | undefined {
  const [first] = unpinned;
  if (!first) return undefined;
  const others = unpinned.length - 1;
  const more = others === 0 ? '' : others === 1 ? ` (nor is \`${unpinned[1].value}\`)` : ` (nor are ${others} more packages of this command)`;
  return { range: first.range, message: `\`${first.value}\` is not pinned${more}: write \`${pinnedForm(first.value)}\` so rebuilds install the same version.` };
}
