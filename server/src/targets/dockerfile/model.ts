import { Argument, DockerfileParser, From, Instruction, type Dockerfile, type Onbuild, type Variable } from 'dockerfile-ast';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { splitArguments } from './argumentSplit';
import { argumentCache, variableCache } from './instructionCaches';
import { reparseDockerfile } from './reparse';
import './stageComments';
import './instructionOnce';

/**
 * dockerfile-ast splits an instruction's arguments afresh on every call, and its own constructors and
 * accessors call it several times: on a 1 MB argument that is seconds of work. Each instruction splits
 * them once here. Callers get a new array, since ModifiableInstruction shifts its flags off it; a FROM
 * also gets new arguments with new ranges, since From reassigns the ends of the ranges it is given.
 */
const publishedSplit = (Instruction.prototype as unknown as { getRawArguments(this: Instruction): Argument[] }).getRawArguments;

/** dockerfile-ast's own argument split, as published, which `splitArguments` replaces: what tests compare ours with. */
export function publishedRawArguments(instruction: Instruction): Argument[] {
  return publishedSplit.call(instruction);
}

Object.defineProperty(Instruction.prototype, 'getRawArguments', {
  configurable: true,
  writable: true,
  value(this: Instruction): Argument[] {
    const args = argumentCache.get(this) ?? argumentCache.set(this, splitArguments(this));
    if (!(this instanceof From)) return args.slice();
    return args.map((arg) => {
      const { start, end } = arg.getRange();
      return new Argument(arg.getValue(), { start, end });
    });
  },
});

/**
 * dockerfile-ast upper-cases the keyword as written on every call, and every index of ours asks each
 * instruction for it: the instruction keeps it (a plain field, so that the copies of `reparse.ts` keep it too).
 */
Object.defineProperty(Instruction.prototype, 'getKeyword', {
  configurable: true,
  writable: true,
  value(this: Instruction & { keyword?: string }): string {
    return (this.keyword ??= this.getInstruction().toUpperCase());
  },
});

/** Answers dockerfile-ast's per-variable lookups with "unknown" (see `variablesOf`). */
const NO_LOOKUPS = { resolveVariable: () => undefined };

type BuildVariableTest = (this: Instruction, name: string, line: number) => boolean | undefined;
const isBuildVariable = (Instruction.prototype as unknown as { isBuildVariable: BuildVariableTest }).isBuildVariable;
Object.defineProperty(Instruction.prototype, 'isBuildVariable', {
  configurable: true,
  writable: true,
  value(this: Instruction, name: string, line: number): boolean | undefined {
    return (this as unknown as { dockerfile: unknown }).dockerfile === NO_LOOKUPS ? undefined : isBuildVariable.call(this, name, line);
  },
});

/** The parts of an instruction dockerfile-ast's variable walk reads. */
interface VariableWalk {
  document: TextDocument;
  getRawArguments(): Argument[];
  parseVariables(offset: number, text: string): Variable[];
}

const publishedGetVariables = Instruction.prototype.getVariables;

/** dockerfile-ast's own `getVariables`, as published, which the one below replaces: what tests compare ours with. */
export function publishedVariables(instruction: Instruction): Variable[] {
  return publishedGetVariables.call(instruction);
}

/** dockerfile-ast's `getVariables`, reading only the arguments that hold a `$` (the others have no variable to find). */
Object.defineProperty(Instruction.prototype, 'getVariables', {
  configurable: true,
  writable: true,
  value(this: Instruction): Variable[] {
    const walk = this as unknown as VariableWalk;
    const text = walk.document.getText();
    const variables: Variable[] = [];
    for (const argument of walk.getRawArguments()) {
      const range = argument.getRange();
      const start = walk.document.offsetAt(range.start);
      const end = walk.document.offsetAt(range.end);
      const dollar = text.indexOf('$', start);
      if (dollar < 0) break;
      if (dollar < end) variables.push(...walk.parseVariables(start, text.substring(start, end)));
    }
    return variables;
  },
});

/**
 * A FROM finds its image's `:` and `@` outside variables by reading its variables, once per character
 * searched for and accessor: it reads the ranges only, so the cached ones serve.
 */
const readAllVariables = From.prototype.getVariables;
Object.defineProperty(From.prototype, 'getVariables', {
  configurable: true,
  writable: true,
  value(this: From): readonly Variable[] {
    return variablesOf(this);
  },
});

/**
 * The variables an instruction references, as dockerfile-ast reads them, without the two facts it
 * computes eagerly for each one (`isDefined`, `isBuildVariable`): each scans every ENV or FROM before
 * the line, which makes a file of many ENV or FROM lines quadratic, and no rule of ours reads them.
 */
export function variablesOf(instruction: Instruction): readonly Variable[] {
  return variableCache.get(instruction) ?? variableCache.set(instruction, holdsDollar(instruction) ? readVariables(instruction) : NO_VARIABLES);
}

const NO_VARIABLES: readonly Variable[] = Object.freeze([]);

function holdsDollar(instruction: Instruction): boolean {
  const { document } = instruction as unknown as VariableWalk;
  const { start, end } = instruction.getRange();
  const dollar = document.getText().indexOf('$', document.offsetAt(start));
  return dollar >= 0 && dollar < document.offsetAt(end);
}


/**
 * dockerfile-ast's own walk, run on the instruction itself (its arguments are cached there) while its
 * lookups answer "unknown"; the walk reads nothing else of the Dockerfile.
 */
function readVariables(instruction: Instruction): Variable[] {
  const withLookups = instruction as unknown as { dockerfile: unknown };
  const lookups = withLookups.dockerfile;
  withLookups.dockerfile = NO_LOOKUPS;
  try {
    return (instruction instanceof From ? readAllVariables : instruction.getVariables).call(instruction);
  } finally {
    withLookups.dockerfile = lookups;
  }
}

/** A parsed Dockerfile, with the helpers rules share. */
export interface ParsedDockerfile {
  ast: Dockerfile;
  escapeChar: string;
  /**
   * The instructions in order, each `ONBUILD` followed by its trigger (`ONBUILD RUN make` gives the
   * ONBUILD, then the RUN), so that the rules about RUN, COPY, ADD… check triggers too.
   */
  instructions: Instruction[];
  /** The ONBUILD holding each trigger of `instructions`. */
  triggers: ReadonlyMap<Instruction, Onbuild>;
}

/**
 * Parses the document; the analysis of a document version (`engine/lint.ts`) parses it once. Given the
 * parse of an earlier version, only the lines around an edit are parsed again when that gives the same.
 */
export function parseDockerfile(document: TextDocument, earlier?: { dockerfile: ParsedDockerfile }): ParsedDockerfile {
  const text = document.getText();
  const ast = (earlier && reparseDockerfile(text, earlier.dockerfile.ast)) ?? DockerfileParser.parse(text);
  const instructions: Instruction[] = [];
  const triggers = new Map<Instruction, Onbuild>();
  for (const instruction of ast.getInstructions()) {
    instructions.push(instruction);
    if (instruction.getKeyword() !== 'ONBUILD') continue;
    const trigger = (instruction as Onbuild).getTriggerInstruction();
    if (!trigger) continue;
    instructions.push(trigger);
    triggers.set(trigger, instruction as Onbuild);
  }
  return { ast, escapeChar: ast.getEscapeCharacter(), instructions, triggers };
}

/**
 * The arguments of an instruction as the builder sees them: escaped line breaks joined and
 * comment lines inside the continuation dropped.
 */
export function logicalArguments(rawArguments: string, escapeChar: string): string {
  const lines = rawArguments.split(/\r?\n/);
  const kept: string[] = [];
  for (const [index, line] of lines.entries()) {
    if (index > 0 && /^\s*#/.test(line)) continue;
    kept.push(stripContinuation(line, escapeChar));
  }
  return kept.join('');
}

/** True when the arguments hold a comment line between continuation lines. */
export function hasEmbeddedComment(rawArguments: string): boolean {
  return rawArguments.split(/\r?\n/).some((line, index) => index > 0 && /^\s*#/.test(line));
}

function stripContinuation(line: string, escapeChar: string): string {
  const trimmed = line.replace(/\s+$/, '');
  return trimmed.endsWith(escapeChar) ? trimmed.slice(0, -escapeChar.length) : line;
}

