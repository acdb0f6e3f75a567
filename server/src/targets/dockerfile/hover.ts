import type { Position, Range } from 'vscode-languageserver-types';
import type { DockerfileContext } from '../../engine/rule';
import type { DockerfileDocs, KeywordDoc } from '../../content';
import { flagsOf } from './instructions';
import { escapeMarkdown } from '../../text/markdown';
import { questionLinks } from '../../questions/links';
import { contains } from '../../hover';
import type { HoverEnv, HoverSection } from '../target';

/** The explanation of the instruction keyword, flag or parser directive under the cursor. Pure. */
export function dockerfileHover({ dockerfile }: DockerfileContext, position: Position, env: HoverEnv): HoverSection | undefined {
  const syntax = env.dockerfileDocs && syntaxAt(dockerfile, env.dockerfileDocs, position);
  if (!syntax) return undefined;
  const markdown = [`**${escapeMarkdown(syntax.title)}**`, syntax.doc.summary, questionLinks(syntax.doc.questions ?? [], env.linker)];
  return { markdown: markdown.filter(Boolean).join('\n\n'), range: syntax.range };
}

function syntaxAt(dockerfile: DockerfileContext['dockerfile'], docs: DockerfileDocs, position: Position): { title: string; doc: KeywordDoc; range: Range } | undefined {
  for (const directive of dockerfile.ast.getDirectives()) {
    const range = directive.getRange();
    const name = directive.getName().toLowerCase();
    const doc = docs.directives?.[name];
    if (doc && contains(range, position)) return { title: `# ${name}=`, doc, range };
  }
  for (const instruction of dockerfile.instructions) {
    const range = instruction.getInstructionRange();
    if (instruction.getRange().start.line > position.line) break;
    const keyword = instruction.getKeyword();
    if (contains(range, position)) {
      const doc = docs.instructions[keyword];
      return doc ? { title: keyword, doc, range } : undefined;
    }
    if (!contains(instruction.getRange(), position)) continue;
    for (const flag of flagsOf(instruction)) {
      if (!contains(flag.getRange(), position)) continue;
      const name = flag.getName().toLowerCase();
      const doc = docs.flags?.[keyword]?.[name];
      return doc ? { title: `${keyword} --${name}`, doc, range: flag.getRange() } : undefined;
    }
  }
  return undefined;
}
