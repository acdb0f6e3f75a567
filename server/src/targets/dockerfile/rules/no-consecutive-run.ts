import type { Instruction } from 'dockerfile-ast';
import { flagsOf } from '../instructions';
import { runScripts, type RunScript } from '../runs';
import { defineDockerfileRule } from '../../../engine/rule';

/** More commands than this in a RUN: it was already consolidated, and its neighbour is kept apart on purpose. */
const CHAINED = 2;

function flagsKey(instruction: Instruction): string {
  return flagsOf(instruction).map((flag) => `${flag.getName()}=${flag.getValue() ?? ''}`).sort().join(' ');
}

function isShort(run: RunScript): boolean {
  return !run.script.opaqueHeredoc && run.script.commands.length <= CHAINED;
}

export default defineDockerfileRule({
  id: 'dockerfile/no-consecutive-run',
  aliases: ['DL3059'],
  severity: 'info',
  questions: ['cc-run-shell'],
  subject: ['RUN'],
  summary: 'Consecutive short RUN instructions with the same flags could be one.',
  docs: {
    why:
      'Each RUN makes a layer and a cache step. Two RUNs in a row, with the same flags and only comments between ' +
      'them, that each run one or two commands are usually one step split by habit: joined with `&&` they make ' +
      'one layer, and files that one deletes never reach the image. A RUN that already chains more than two ' +
      'commands, or different flags (`--mount`, `--network`), is taken as a deliberate split and not reported.',
    bad: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl',
    good: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*',
  },
  *check({ document, dockerfile }) {
    const runs = new Map(runScripts(document, dockerfile).map((run) => [run.instruction, run]));
    let previous: RunScript | undefined;
    for (const instruction of dockerfile.instructions) {
      const run = runs.get(instruction);
      if (run && previous && flagsKey(previous.instruction) === flagsKey(instruction) && isShort(previous) && isShort(run)) {
        yield { range: instruction.getInstructionRange(), message: 'This RUN follows another with the same flags: consider joining them with `&&` into one layer.' };
      }
      previous = run;
    }
  },
});
