import { stagesOf } from '../stages';
import { code } from '../../../text/markdown';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-consistent-as-casing',
  aliases: ['FromAsCasing'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-multi-stage-names'],
  subject: ['FromAsCasing'],
  summary: 'The `AS` keyword of `FROM … AS name` should have the same casing as `FROM`.',
  docs: {
    why: 'Mixing `FROM` with a lowercase `as` (or `from` with `AS`) is legal but inconsistent; BuildKit warns about it.',
    bad: 'FROM golang:1.26 as build',
    good: 'FROM golang:1.26 AS build',
  },
  *check({ document, dockerfile }) {
    for (const { from } of stagesOf(dockerfile)) {
      const stageRange = from.getBuildStageRange();
      if (!stageRange) continue;
      const keyword = from.getInstruction();
      const args = from.getArguments();
      const as = args.length >= 3 ? args[args.length - 2] : undefined;
      if (!as || !/^as$/i.test(as.getValue())) continue;
      const text = document.getText(as.getRange());
      const upper = keyword === keyword.toUpperCase();
      const lower = keyword === keyword.toLowerCase();
      const wanted = upper ? 'AS' : lower ? 'as' : undefined;
      if (!wanted || text === wanted) continue;
      yield {
        range: as.getRange(),
        message: `${code(text)} does not match the casing of ${code(keyword)}.`,
        fixes: [replaceFix(`Write ${wanted}`, as.getRange(), wanted)],
      };
    }
  },
});
