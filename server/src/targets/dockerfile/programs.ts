import type { TextDocument } from 'vscode-languageserver-textdocument';
import { commandCalls, type CommandCall } from '../../shell/commands';
import { runCommands, type RunCommand } from './runs';
import type { ParsedDockerfile } from './model';
import { slot } from '../../parsing/slots';

interface ProgramIndex {
  byName: Map<string, CommandCall[]>;
  /** The lists of several names, by the names joined. */
  merged: Map<string, CommandCall[]>;
  /** The commands of every RUN by their first word as written (wrappers such as `sudo` kept), built when first asked for. */
  byFirstWord?: Map<string, RunCommand[]>;
}

const programIndex = slot<ParsedDockerfile, ProgramIndex>('programs');

/**
 * The command calls (see `commandCalls`) whose program has one of the base names, in order: indexed once
 * per parse, so a rule about `useradd` reads the useradd calls instead of every command.
 */
export function callsNamed(document: TextDocument, dockerfile: ParsedDockerfile, ...names: string[]): readonly CommandCall[] {
  const index = indexOf(document, dockerfile);
  if (names.length === 1) return index.byName.get(names[0]) ?? [];
  const key = names.join('\n');
  let merged = index.merged.get(key);
  if (!merged) {
    const wanted = new Set(names);
    merged = commandCalls(document, dockerfile).filter((call) => wanted.has(call.name));
    index.merged.set(key, merged);
  }
  return merged;
}

/** The commands of every RUN whose first word is `word` (`sudo` for `sudo apt-get install`), in order. */
export function commandsLedBy(document: TextDocument, dockerfile: ParsedDockerfile, word: string): readonly RunCommand[] {
  const index = indexOf(document, dockerfile);
  if (!index.byFirstWord) {
    index.byFirstWord = new Map();
    for (const run of runCommands(document, dockerfile)) {
      const first = run.command.words[0]?.value;
      if (first === undefined) continue;
      const list = index.byFirstWord.get(first);
      if (list) list.push(run);
      else index.byFirstWord.set(first, [run]);
    }
  }
  return index.byFirstWord.get(word) ?? [];
}

function indexOf(document: TextDocument, dockerfile: ParsedDockerfile): ProgramIndex {
  let index = programIndex.get(dockerfile);
  if (!index) {
    index = { byName: new Map(), merged: new Map() };
    for (const call of commandCalls(document, dockerfile)) {
      const list = index.byName.get(call.name);
      if (list) list.push(call);
      else index.byName.set(call.name, [call]);
    }
    programIndex.set(dockerfile, index);
  }
  return index;
}

/** Drops the file's index of calls by program (built again if asked for). */
export function forgetProgramCalls(dockerfile: ParsedDockerfile): void {
  programIndex.delete(dockerfile);
}
