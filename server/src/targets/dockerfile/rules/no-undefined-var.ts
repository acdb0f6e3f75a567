import type { Instruction, Property } from 'dockerfile-ast';
import { globalArgs, PREDEFINED_ARGS } from '../variables';
import { instructionText } from '../instructions';
import { rootImage, stagesOf, type Stage } from '../stages';
import { stageInstructions } from '../stageKeywords';
import type { ParsedDockerfile } from '../model';
import { NearMissIndex } from '../../../text/editDistance';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';
import { variablesOf } from '../model';

/** The instructions Docker itself expands variables in (RUN, CMD and ENTRYPOINT leave it to the shell). */
const EXPANDED_KEYWORDS = ['ADD', 'COPY', 'ENV', 'EXPOSE', 'LABEL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR', 'ARG'];
const ALWAYS_SET = new Set(['PATH', 'HOME', 'HOSTNAME', 'TERM']);

export default defineDockerfileRule({
  id: 'dockerfile/no-undefined-var',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  questions: ['cc-dockerfile-variables'],
  subject: ['UndefinedVar'],
  summary: 'Variables used by Dockerfile instructions should be declared with ARG or ENV first.',
  docs: {
    why:
      'An undeclared variable expands to an empty string, so `COPY app $APP_HOME` silently copies to the wrong ' +
      'place. We report a name only when we can tell: it is a near-miss of a declared one, or the stage starts ' +
      'from `scratch` (no inherited environment). The suggestion is BuildKit\'s: the declared name (PATH included) ' +
      'fewest edits away, at most two, so `$PAHT` suggests `PATH`.',
    bad: 'FROM alpine\nARG APP_HOME=/app\nWORKDIR $APP_HOEM',
    good: 'FROM alpine\nARG APP_HOME=/app\nWORKDIR $APP_HOME',
  },
  *check({ document, dockerfile }) {
    const stages = stagesOf(dockerfile);
    const global = globalArgs(dockerfile);
    const globalIndex = lazyIndex(global.keys());
    const inheritedByStage = new Map<Stage, Set<string>>();
    const rootByStage = new Map<Stage, string | undefined>();
    for (const stage of stages) {
      // A parent always comes before its children: its root is known, so long chains stay linear.
      const root = stage.parent && rootByStage.has(stage.parent) ? rootByStage.get(stage.parent) : rootImage(stages, stage);
      rootByStage.set(stage, root);
      const fromScratch = root?.toLowerCase() === 'scratch';
      const defined = new Set<string>(inheritedNames(dockerfile, stage, inheritedByStage));
      // BuildKit's environment of a stage starts with the base image's, PATH at least.
      const definedIndex = lazyIndex(defined, ['PATH']);
      // The instructions that expand variables or declare them (ARG and ENV are among the first).
      for (const instruction of stageInstructions(dockerfile, stage, ...EXPANDED_KEYWORDS)) {
        if (instructionText(document, instruction).includes('$')) {
          for (const variable of variablesOf(instruction)) {
            const name = variable.getName();
            if (defined.has(name) || PREDEFINED_ARGS.has(name) || ALWAYS_SET.has(name) || variable.getModifier() !== null) continue;
            const suggestion = didYouMean(name, definedIndex.get(), globalIndex.get());
            if (!suggestion && !fromScratch) continue;
            yield {
              range: variable.getNameRange(),
              message: suggestion
                ? `${code(name)} is not declared in this stage and expands to an empty string; did you mean ${code(suggestion)}?`
                : `${code(name)} is not declared in this stage (it starts from scratch) and expands to an empty string.`,
            };
          }
        }
        for (const name of declaredBy(instruction)) {
          defined.add(name);
          definedIndex.add(name);
        }
      }
    }
  },
});

/**
 * BuildKit's suggestion: the declared name fewest edits away, at most two (`$PAHT` gives PATH), the stage's
 * before the global ARGs; failing that, one that differs only in case.
 */
function didYouMean(name: string, defined: NearMissIndex, global: NearMissIndex): string | undefined {
  return defined.closest(name, 2) ?? global.closest(name, 2) ?? defined.nearest(name, 0) ?? global.nearest(name, 0);
}

/** A near-miss index of `first` and `names`, built on the first lookup (most files never need one), then kept up to date. */
function lazyIndex(names: Iterable<string>, first: string[] = []): { get(): NearMissIndex; add(name: string): void } {
  let index: NearMissIndex | undefined;
  return {
    get() {
      if (!index) {
        index = new NearMissIndex(2);
        for (const name of first) index.add(name);
        for (const name of names) index.add(name);
      }
      return index;
    },
    add: (name) => index?.add(name),
  };
}

/** The ENV names of the stages a stage builds on, nearest first; a parent always comes before its children. */
function inheritedNames(dockerfile: ParsedDockerfile, stage: Stage, byStage: Map<Stage, Set<string>>): Set<string> {
  let names = byStage.get(stage);
  if (names) return names;
  names = new Set<string>();
  if (stage.parent) {
    for (const instruction of stageInstructions(dockerfile, stage.parent, 'ENV')) for (const name of declaredBy(instruction)) names.add(name);
    for (const name of inheritedNames(dockerfile, stage.parent, byStage)) names.add(name);
  }
  byStage.set(stage, names);
  return names;
}

function declaredBy(instruction: Instruction): string[] {
  const keyword = instruction.getKeyword();
  if (keyword !== 'ARG' && keyword !== 'ENV') return [];
  return (instruction as unknown as { getProperties(): Property[] }).getProperties().map((property) => property.getName());
}
