import type { DockerfileContext } from '../../engine/rule';
import { dockerfileHeaderEnd, dockerfileSuppressions } from '../../suppressions/suppressions';
import { sortedRules, type Target } from '../target';
import { dockerfileCompletion } from './completion';
import { dockerfileHover } from './hover';
import { parseDockerfile } from './model';
import { forgetArguments } from './instructionCaches';
import { forgetRuns } from './runs';
import { forgetProgramCalls } from './programs';
import { forgetStageInstructions } from './stageKeywords';
import { forgetCalls } from '../../shell/commands';
import { forgetCommands } from '../../shell/tokenizer';
import { dockerfileRules } from './rules/index';

const DOCKERFILE_NAME = /^(?:Dockerfile|Containerfile)(?:\..+)?$|\.(?:Dockerfile|dockerfile|Containerfile)$/;

export function isDockerfileName(name: string): boolean {
  return DOCKERFILE_NAME.test(name);
}

export const dockerfile: Target<DockerfileContext> = {
  name: 'dockerfile',
  recognise: ({ name, languageId }) => (languageId === 'dockerfile' || isDockerfileName(name) ? 'name' : undefined),
  rules: sortedRules(dockerfileRules),
  parse: (document, workspace, previous) => ({ document, dockerfile: parseDockerfile(document, previous), workspace }),
  suppressions: ({ document, dockerfile: parsed }) => dockerfileSuppressions(parsed, document),
  release: ({ dockerfile: parsed }, open) => {
    forgetRuns(parsed);
    forgetCalls(parsed);
    forgetProgramCalls(parsed);
    forgetStageInstructions(parsed);
    // An open document's next version borrows what its instructions' own text gave (`reparse.ts`).
    if (!open) {
      for (const instruction of parsed.instructions) {
        forgetCommands(instruction);
        forgetArguments(instruction);
      }
    }
  },
  hover: dockerfileHover,
  completion: dockerfileCompletion,
  ignore: {
    // A line form goes above the whole instruction holding the finding, the file form after the parser directives.
    noun: 'instruction',
    line: ({ dockerfile: parsed }, line) =>
      parsed.instructions.find((instruction) => instruction.getRange().start.line <= line && line <= instruction.getRange().end.line)?.getRange().start.line ?? line,
    fileLine: ({ document, dockerfile: parsed }) => dockerfileHeaderEnd(parsed, document),
  },
};
