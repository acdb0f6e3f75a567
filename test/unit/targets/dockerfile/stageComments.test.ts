import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerfileParser, type Comment, type Dockerfile } from 'dockerfile-ast';
import { publishedOrganizeComments } from '../../../../server/src/targets/dockerfile/stageComments';

interface Templates {
  initialInstructions: { comments: Comment[] };
  buildStages: { comments: Comment[] }[];
}

/** The text of the comments each template holds: the instructions before the first FROM, then each stage. */
function owners(dockerfile: Dockerfile): string[][] {
  const { initialInstructions, buildStages } = dockerfile as unknown as Templates;
  return [initialInstructions, ...buildStages].map((template) => template.comments.map((comment) => `${comment.getRange().start.line}:${comment.getContent()}`));
}

/** The same parse, its comments handed out again by dockerfile-ast's own loop over every comment and stage. */
function publishedOwners(text: string): string[][] {
  const dockerfile = DockerfileParser.parse(text);
  const { initialInstructions, buildStages } = dockerfile as unknown as Templates;
  for (const template of [initialInstructions, ...buildStages]) template.comments = [];
  publishedOrganizeComments(dockerfile);
  return owners(dockerfile);
}

const CASES: Record<string, string> = {
  'comments before, inside, between and after stages': [
    '# syntax=docker/dockerfile:1',
    '# before any instruction',
    'ARG BASE=alpine:3.22 \\',
    '# inside the ARG',
    '  OTHER=1',
    '# between the ARG and the first FROM',
    'FROM $BASE AS build',
    '# inside the first stage',
    'RUN make \\',
    '# inside a continuation',
    '  && make install',
    '',
    '# between the stages',
    'FROM build',
    'RUN true',
    '# after the last instruction',
  ].join('\n'),
  'a file of comments only': '# one\n# two\n',
  'a first-line comment, no instruction before FROM': '# first\nFROM alpine:3.22\n# in\nCMD ["sh"]\n',
  'an escape directive and a comment on the FROM line range': '# escape=`\nFROM alpine:3.22\n  # indented\nRUN echo `\n  hi\n',
  'many stages, each with a comment': Array.from({ length: 50 }, (_, index) => `FROM alpine:3.22 AS s${index}\n# stage ${index}\nRUN true\n`).join(''),
  'no comment': 'FROM alpine:3.22\nRUN true\n',
  'an empty file': '',
};

describe('organizeComments', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`hands each comment to the template dockerfile-ast as published does: ${name}`, () => {
      assert.deepEqual(owners(DockerfileParser.parse(text)), publishedOwners(text));
    });
  }

  it('gives the comments of the first case to the templates that hold them', () => {
    assert.deepEqual(owners(DockerfileParser.parse(CASES['comments before, inside, between and after stages'])), [
      ['3:inside the ARG'],
      ['7:inside the first stage', '9:inside a continuation'],
      [],
    ]);
  });

  it("computes each stage's range once, not once per comment", () => {
    const text = CASES['many stages, each with a comment'];
    const template = Object.getPrototypeOf((DockerfileParser.parse(text) as unknown as Templates).buildStages[0]) as { getRange(): unknown };
    const getRange = template.getRange;
    let calls = 0;
    template.getRange = function (this: unknown) {
      calls++;
      return getRange.call(this);
    };
    try {
      DockerfileParser.parse(text);
    } finally {
      template.getRange = getRange;
    }
    assert.equal(calls, 51);
  });

  it('agrees with dockerfile-ast as published on every Dockerfile fixture', () => {
    const directory = join(__dirname, '../../../fixtures/dockerfile');
    for (const name of readdirSync(directory)) {
      const text = readFileSync(join(directory, name), 'utf8');
      assert.deepEqual(owners(DockerfileParser.parse(text)), publishedOwners(text), name);
    }
  });
});
