import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile, publishedVariables, variablesOf } from '../../../../server/src/targets/dockerfile/model';

const TEXT = [
  'ARG BASE=alpine:3.22',
  'FROM ${BASE} AS build',
  'ENV APP_HOME=/app PATH=$APP_HOME/bin:$PATH',
  'LABEL version="${VERSION:-dev}" owner=$OWNER',
  'WORKDIR ${APP_HOME:+$APP_HOME}/src \\',
  '  ${NESTED}',
  'COPY --chown=$USER:$GROUP a b $DEST/',
  'RUN echo \\$NOT_A_VARIABLE $SHELL_VAR',
  '# escape=`',
].join('\n');

describe('variablesOf', () => {
  it('finds the variables dockerfile-ast as published finds, with the same names, ranges and modifiers', () => {
    const dockerfile = parseDockerfile(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, TEXT));
    const shape = (variables: ReturnType<typeof variablesOf>) =>
      variables.map((variable) => ({ name: variable.getName(), range: variable.getNameRange(), modifier: variable.getModifier(), substitution: variable.getSubstitutionParameter() }));
    let seen = 0;
    for (const instruction of dockerfile.instructions) {
      const ours = shape(variablesOf(instruction));
      assert.deepEqual(ours, shape(publishedVariables(instruction)), instruction.getTextContent());
      seen += ours.length;
    }
    assert.equal(seen, 11);
  });

  it('does not look up where a variable is declared', () => {
    const dockerfile = parseDockerfile(TextDocument.create('file:///Dockerfile', 'dockerfile', 1, 'FROM alpine:3.22\nENV A=1\nENV B=$A\n'));
    const [variable] = variablesOf(dockerfile.instructions[2]);
    assert.equal(variable.getName(), 'A');
    assert.equal(variable.isDefined(), false);
  });
});
