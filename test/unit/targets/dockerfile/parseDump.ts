import { type Heredoc, JSONInstruction, ModifiableInstruction, PropertyInstruction, From, Onbuild, type Dockerfile, type Instruction } from 'dockerfile-ast';

/** What rules and features read of an instruction, through dockerfile-ast's own accessors. */
function described(instruction: Instruction): unknown[] {
  const facts: unknown[] = [
    instruction.toString(),
    instruction.getRange(),
    instruction.getInstructionRange(),
    instruction.getArgumentsRange(),
    instruction.getRawArgumentsContent(),
    instruction.getArguments().map((argument) => [argument.getValue(), argument.getRange()]),
    instruction.getVariables().map((variable) => [variable.getName(), variable.getNameRange(), variable.isDefined(), variable.isBuildVariable()]),
  ];
  if (instruction instanceof ModifiableInstruction) facts.push(instruction.getFlags().map((flag) => [flag.getName(), flag.getValue(), flag.getRange()]));
  if (instruction instanceof PropertyInstruction) facts.push(instruction.getProperties().map((property) => [property.getName(), property.getValue(), property.getRange()]));
  if (instruction instanceof JSONInstruction) facts.push(instruction.getJSONStrings().map((string) => [string.getValue(), string.getRange()]));
  if (instruction instanceof From) facts.push([instruction.getImageName(), instruction.getImageTag(), instruction.getBuildStage(), instruction.getImageRange()]);
  if (instruction instanceof Onbuild) facts.push(instruction.getTriggerInstruction()?.toString() ?? null);
  const heredocs = (instruction as unknown as { getHeredocs?(): Heredoc[] }).getHeredocs?.() ?? [];
  facts.push(heredocs.map((heredoc) => [heredoc.getName(), heredoc.getContentRange()]));
  return facts;
}

/** The whole parse as dockerfile-ast shows it: directives, instructions, comments, and how stages hold them. */
export function dump(ast: Dockerfile): string {
  const templates = ast as unknown as { initialInstructions: Dockerfile; buildStages: Dockerfile[] };
  const shape = (template: Dockerfile) => [template.getInstructions().length, template.getComments().length, template.getRange()];
  return JSON.stringify({
    escape: ast.getEscapeCharacter(),
    directives: ast.getDirectives().map((directive) => [directive.getName(), directive.getValue(), directive.getRange()]),
    instructions: ast.getInstructions().map(described),
    comments: ast.getComments().map((comment) => [comment.getContent(), comment.getRange()]),
    initial: shape(templates.initialInstructions),
    stages: templates.buildStages.map(shape),
    range: ast.getRange(),
  });
}
