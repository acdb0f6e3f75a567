/**
 * The shared layers of a Dockerfile analysis, timed one by one (`npm run bench -- --profile-rules`): each
 * is computed once per parse and cached, so the first rule that asks pays for it. Computing them before
 * the rules shows what each costs, and leaves the per-rule profile with the rules' own work.
 */
import { performance } from 'node:perf_hooks';
import type { DockerfileContext } from '../server/src/engine/rule';
import { runRules, type LintOptions } from '../server/src/engine/lint';
import type { Suppressions } from '../server/src/suppressions/suppressions';
import { dockerfile } from '../server/src/targets/dockerfile/index';
import { argumentsText, byKeyword, flagsOf } from '../server/src/targets/dockerfile/instructions';
import { variablesOf } from '../server/src/targets/dockerfile/model';
import { runCommands } from '../server/src/targets/dockerfile/runs';
import { packageCalls } from '../server/src/shell/commands';
import { stageOf } from '../server/src/targets/dockerfile/stages';
import { callsNamed, commandsLedBy } from '../server/src/targets/dockerfile/programs';

export interface ParsedSource {
  context: DockerfileContext;
  suppressions: Suppressions;
  options: LintOptions;
}

/** In the order they are computed: a later layer may read an earlier one (RUN commands read the stages). */
export const dockerfileLayers: readonly { name: string; compute(context: DockerfileContext): void }[] = [
  { name: 'stages', compute: ({ dockerfile: parsed }) => void stageOf(parsed, parsed.instructions[0]!) },
  { name: 'instructions by keyword', compute: ({ dockerfile: parsed }) => void byKeyword(parsed, 'RUN') },
  { name: 'flags', compute: ({ dockerfile: parsed }) => parsed.instructions.forEach(flagsOf) },
  { name: 'logical arguments text', compute: ({ document, dockerfile: parsed }) => parsed.instructions.forEach((instruction) => argumentsText(document, instruction, parsed.escapeChar)) },
  { name: 'variables', compute: ({ dockerfile: parsed }) => parsed.instructions.forEach(variablesOf) },
  { name: 'RUN commands (shell tokenizer)', compute: ({ document, dockerfile: parsed }) => void runCommands(document, parsed) },
  { name: 'programs and package manager calls', compute: ({ document, dockerfile: parsed }) => void packageCalls(document, parsed, []) },
  { name: 'calls by program', compute: ({ document, dockerfile: parsed }) => void [callsNamed(document, parsed, 'sh'), commandsLedBy(document, parsed, 'sudo')] },
];

export function computeLayers(context: DockerfileContext): void {
  if (context.dockerfile.instructions.length === 0) return;
  for (const layer of dockerfileLayers) layer.compute(context);
}

/** Parse, suppressions, each layer and the rules, over every file, each a median over `runs` fresh parses. */
export function layerRows(texts: readonly { parse(): DockerfileContext; options: LintOptions }[], runs: number): { name: string; time: number }[] {
  const times = new Map<string, number[]>();
  const timed = <T>(name: string, work: () => T): T => {
    const start = performance.now();
    const result = work();
    times.set(name, [...(times.get(name) ?? []), performance.now() - start]);
    return result;
  };
  for (let run = 0; run <= runs; run++) {
    const contexts = timed('parse (dockerfile-ast and our instruction list)', () => texts.map((text) => ({ context: text.parse(), options: text.options })));
    const parsed: ParsedSource[] = timed('suppressions', () => contexts.map(({ context, options }) => ({ context, options, suppressions: dockerfile.suppressions(context) })));
    for (const layer of dockerfileLayers) {
      timed(layer.name, () => parsed.forEach(({ context }) => context.dockerfile.instructions.length > 0 && layer.compute(context)));
    }
    timed('rules (layers computed)', () => parsed.forEach(({ context, suppressions, options }) => runRules(dockerfile.rules, context, suppressions, options)));
    // The first run warms up.
    if (run === 0) times.clear();
  }
  return [...times].map(([name, values]) => ({ name, time: [...values].sort((a, b) => a - b)[values.length >> 1]! }));
}
