import type { Instruction } from 'dockerfile-ast';

/** A fact cached on each instruction, computed once per parse (forgotten with `forget`). */
export interface InstructionSlot<T> {
  get(instruction: Instruction): T | undefined;
  set(instruction: Instruction, value: T): T;
  forget(instruction: Instruction): void;
}

/**
 * A property of the instruction under a private symbol: unlike a WeakMap entry per instruction, it costs
 * the garbage collector nothing more than the instruction itself.
 */
export function instructionSlot<T>(name: string): InstructionSlot<T> {
  const key = Symbol(name);
  type Holder = Record<symbol, T | undefined>;
  return {
    get: (instruction) => (instruction as unknown as Holder)[key],
    set: (instruction, value) => ((instruction as unknown as Holder)[key] = value),
    forget: (instruction) => {
      (instruction as unknown as Holder)[key] = undefined;
    },
  };
}
