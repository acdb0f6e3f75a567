import type { Argument, Instruction, Variable } from 'dockerfile-ast';
import { slot } from '../../parsing/slots';

/*
 * What our layers derive from an instruction's own text alone, cached on the instruction: its argument
 * split (`model.ts`), its variables (`model.ts`) and its arguments text (`instructions.ts`).
 */
export const argumentCache = slot<Instruction, Argument[]>('arguments');
export const variableCache = slot<Instruction, readonly Variable[]>('variables');
/** null: the instruction has no arguments. */
export const argumentsTextCache = slot<Instruction, { text: string; offset: number } | null>('arguments text');

/**
 * Lends what was derived from `earlier` to `copy`, the same instruction on the same lines of the next
 * version of the document (`reparse.ts`), its text `delta` characters further on: line and column ranges
 * are the same, offsets move.
 */
export function carryArguments(earlier: Instruction, copy: Instruction, delta: number): void {
  const args = argumentCache.get(earlier);
  if (args) argumentCache.set(copy, args);
  const variables = variableCache.get(earlier);
  if (variables) variableCache.set(copy, variables);
  const text = argumentsTextCache.get(earlier);
  if (text !== undefined) argumentsTextCache.set(copy, text && delta !== 0 ? { text: text.text, offset: text.offset + delta } : text);
}

/** Drops the instruction's cached arguments, variables and arguments text (derived again if asked for). */
export function forgetArguments(instruction: Instruction): void {
  argumentCache.delete(instruction);
  variableCache.delete(instruction);
  argumentsTextCache.delete(instruction);
}
