import { globalArgs, PREDEFINED_ARGS } from '../variables';
import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { defineDockerfileRule } from '../../../engine/rule';
import { variablesOf } from '../model';

export default defineDockerfileRule({
  id: 'dockerfile/no-undefined-arg-in-from',
  aliases: ['UndefinedArgInFrom'],
  severity: 'warning',
  questions: ['cc-dockerfile-variables'],
  subject: ['UndefinedArgInFrom'],
  summary: 'A variable in FROM must be declared with an ARG before the first FROM.',
  docs: {
    why:
      'Only the `ARG`s declared before the first `FROM` (and the predefined platform arguments) can be used in ' +
      '`FROM`; any other variable expands to an empty string and the base image is not the one you meant.',
    bad: 'FROM node:${NODE_VERSION}-alpine',
    good: 'ARG NODE_VERSION=20\nFROM node:${NODE_VERSION}-alpine',
  },
  *check({ dockerfile }) {
    const declared = globalArgs(dockerfile);
    for (const { from } of stagesOf(dockerfile)) {
      for (const variable of variablesOf(from)) {
        const name = variable.getName();
        if (declared.has(name) || PREDEFINED_ARGS.has(name)) continue;
        yield {
          range: variable.getNameRange(),
          message: `${code(name)} is not declared with an ARG before the first FROM, so it expands to an empty string here.`,
        };
      }
    }
  },
});
