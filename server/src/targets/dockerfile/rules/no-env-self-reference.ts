import type { Property } from 'dockerfile-ast';
import { byKeyword } from '../instructions';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/no-env-self-reference',
  aliases: ['DL3044'],
  severity: 'error',
  questions: ['cc-dockerfile-variables'],
  subject: ['same `ENV`', 'same ENV'],
  summary: 'Do not use a variable in the same ENV instruction that defines it.',
  docs: {
    why:
      'All values of one ENV instruction are expanded before any of its variables is set, so `ENV ' +
      'APP=/app BIN=$APP/bin` sets `BIN` to `/bin`: `$APP` is still empty. Define the variable in an ' +
      'earlier ENV.',
    bad: 'ENV APP_HOME=/app APP_BIN=$APP_HOME/bin',
    good: 'ENV APP_HOME=/app\nENV APP_BIN=$APP_HOME/bin',
  },
  *check({ dockerfile }) {
    const defined = new Set<string>();
    for (const instruction of byKeyword(dockerfile, 'ARG', 'ENV')) {
      const keyword = instruction.getKeyword();
      if (keyword === 'ARG') {
        for (const argument of instruction.getArguments()) defined.add(argument.getValue().split('=')[0]);
      }
      if (keyword !== 'ENV') continue;
      const properties = (instruction as unknown as { getProperties(): Property[] }).getProperties();
      const names = properties.map((property) => property.getName());
      const positions = new Map<string, number[]>();
      names.forEach((name, index) => {
        const list = positions.get(name) ?? [];
        if (list.length < 2) list.push(index);
        positions.set(name, list);
      });
      for (const [index, property] of properties.entries()) {
        const range = property.getValueRange();
        // The variable named first in the instruction wins, as the message names one.
        let first: number | undefined;
        for (const name of references(property.getValue() ?? '')) {
          if (defined.has(name)) continue;
          const other = positions.get(name)?.find((position) => position !== index);
          if (other !== undefined && (first === undefined || other < first)) first = other;
        }
        if (first !== undefined && range) yield { range, message: `\`$${names[first]}\` is defined by this same ENV, so it is still empty here: define it in an earlier ENV.` };
      }
      names.forEach((name) => defined.add(name));
    }
  },
});

/** The variables a value expands: `$NAME`, and `${NAME}` or `${NAME<operator>…}` (`:-`, `-`, `:+`, `+`, `#`, `%`, `/`, …). */
function* references(value: string): Generator<string> {
  for (const match of value.matchAll(/\$(?:\{([A-Za-z_][A-Za-z0-9_]*)(?=[-:}+?#%/]|$)|([A-Za-z_][A-Za-z0-9_]*))/g)) yield match[1] ?? match[2];
}
