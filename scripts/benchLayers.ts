/**
 * The shared layers of a Dockerfile analysis, timed one by one (`npm run bench -- --profile-rules`): each
 * is computed once per parse and cached, so the first rule that asks pays for it. Computing them before
 * the rules shows what each costs, and leaves the per-rule profile with the rules' own work. The steps of
 * a Compose or Kubernetes analysis follow (`yamlLayerRows`).
 */
import { performance } from 'node:perf_hooks';
import type { DockerfileContext } from '../server/src/engine/rule';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analyse, runRules, type LintOptions } from '../server/src/engine/lint';
import { parseYaml } from '../server/src/parsing/yaml';
import type { Target } from '../server/src/targets/target';
import { compose } from '../server/src/targets/compose/index';
import { composeModel } from '../server/src/targets/compose/model';
import { kubernetes } from '../server/src/targets/kubernetes/index';
import { kubernetesModel } from '../server/src/targets/kubernetes/model';
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
  const { times, timed } = stopwatch();
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
  return medians(times);
}

/** A Compose file or Kubernetes manifest to time: a fresh document of it each time (as section 2 lints), and its lint options. */
export interface YamlSource {
  kind: 'compose' | 'kubernetes';
  document(): TextDocument;
  options: LintOptions;
}

/**
 * The steps of a Compose or Kubernetes analysis, over every file, each a median over `runs`: the `yaml`
 * parse with our options, the target's model (services; objects and their containers), the suppressions,
 * every rule once over the whole file, and the analysis as the editor runs it (the same steps, the
 * `scope: 'document'` rules one YAML document at a time, and only where what they look at is).
 */
export function yamlLayerRows(sources: readonly YamlSource[], runs: number): { name: string; time: number }[] {
  const { times, timed } = stopwatch();
  for (let run = 0; run <= runs; run++) {
    const parsed = timed('parse (yaml, our options)', () =>
      sources.map((source) => {
        const document = source.document();
        return { source, document, yaml: parseYaml(document) };
      }),
    );
    const contexts = timed('model (Compose services, Kubernetes objects and containers)', () =>
      parsed.map(({ source, document, yaml }) =>
        source.kind === 'compose'
          ? { source, target: compose, context: { document, yaml, compose: composeModel(yaml) } as never }
          : { source, target: kubernetes, context: { document, yaml, objects: kubernetesModel(yaml).objects, workspace: source.options.workspace ?? {} } as never },
      ),
    );
    const withSuppressions = timed('suppressions', () => contexts.map((entry) => ({ ...entry, suppressions: (entry.target as Target<never>).suppressions(entry.context) })));
    timed('rules (every rule on the whole file)', () =>
      withSuppressions.forEach(({ source, target, context, suppressions }) => runRules((target as Target<never>).rules, context, suppressions, source.options)),
    );
    timed('the analysis as the editor runs it (all of the above)', () =>
      sources.forEach((source) => analyse(source.document(), (source.kind === 'compose' ? compose : kubernetes) as Target<never>, source.options).result),
    );
    if (run === 0) times.clear();
  }
  return medians(times);
}

/** Times named steps; each name collects one time per call. */
function stopwatch(): { times: Map<string, number[]>; timed<T>(name: string, work: () => T): T } {
  const times = new Map<string, number[]>();
  const timed = <T>(name: string, work: () => T): T => {
    const start = performance.now();
    const result = work();
    times.set(name, [...(times.get(name) ?? []), performance.now() - start]);
    return result;
  };
  return { times, timed };
}

function medians(times: ReadonlyMap<string, number[]>): { name: string; time: number }[] {
  return [...times].map(([name, values]) => ({ name, time: [...values].sort((a, b) => a - b)[values.length >> 1]! }));
}
