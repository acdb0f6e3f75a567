import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDockerfile } from '../../server/src/targets/dockerfile/model';
import { lintDocument } from '../../server/src/engine/lint';
import { dockerfile as dockerfileTarget } from '../../server/src/targets/dockerfile/index';
import {
  dockerfileHeaderEnd,
  dockerfileSuppressions,
  fileSuppressionEdit,
  lineCommentSuppressions,
  lineSuppressionEdit,
  parseSuppressionComment,
  ruleMatches,
} from '../../server/src/suppressions/suppressions';

const requireUser = { id: 'dockerfile/require-user', aliases: ['CKV_DOCKER_3', 'DS002'] };
const stageCasing = { id: 'dockerfile/prefer-lowercase-stage-name', aliases: ['StageNameCasing'] };

function dockerfile(text: string): TextDocument {
  return TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text);
}

function ruleIds(text: string): string[] {
  return lintDocument(dockerfile(text), dockerfileTarget, { maxFileSize: 1 << 20 }).findings.map((finding) => `${finding.rule.id}@${finding.range.start.line + 1}`);
}

describe('suppressions', () => {
  describe('parseSuppressionComment', () => {
    it('reads our line and file forms, with a reason', () => {
      assert.deepEqual(parseSuppressionComment('# container-coach ignore=require-user, DL3008 -- runs as root by design'), {
        tool: 'container-coach',
        rules: ['require-user', 'DL3008'],
        file: false,
        reason: 'runs as root by design',
      });
      assert.deepEqual(parseSuppressionComment('#container-coach ignore-file=dockerfile/prefer-base-image-digest'), {
        tool: 'container-coach',
        rules: ['dockerfile/prefer-base-image-digest'],
        file: true,
      });
    });

    it("reads hadolint, BuildKit, Checkov and Trivy forms", () => {
      assert.deepEqual(parseSuppressionComment('# hadolint ignore=DL3008,DL3009'), { tool: 'hadolint', rules: ['DL3008', 'DL3009'], file: false });
      assert.deepEqual(parseSuppressionComment('# hadolint global ignore=DL3003'), { tool: 'hadolint', rules: ['DL3003'], file: true });
      assert.deepEqual(parseSuppressionComment('# check=error=true;skip=StageNameCasing,FromAsCasing'), { tool: 'buildkit', rules: ['StageNameCasing', 'FromAsCasing'], file: true });
      assert.deepEqual(parseSuppressionComment('#checkov:skip=CKV_DOCKER_3:the base image drops privileges'), {
        tool: 'checkov',
        rules: ['CKV_DOCKER_3'],
        file: true,
        reason: 'the base image drops privileges',
      });
      assert.deepEqual(parseSuppressionComment('#trivy:ignore:AVD-DS-0002'), { tool: 'trivy', rules: ['AVD-DS-0002'], file: false });
    });

    it('ignores ordinary comments and directives without skip', () => {
      for (const text of ['# install the tools', '# check=error=true', '# syntax=docker/dockerfile:1', '# hadolint is great', '# container-coach rocks']) {
        assert.equal(parseSuppressionComment(text), undefined, text);
      }
    });
  });

  it('matches a rule by id, short id, alias (any case), Trivy AVD id or all', () => {
    for (const name of ['dockerfile/require-user', 'require-user', 'ckv_docker_3', 'DS002', 'AVD-DS-0002', 'all']) assert.ok(ruleMatches(requireUser, name), name);
    for (const name of ['user', 'DS0020', 'dockerfile/no-root-user']) assert.ok(!ruleMatches(requireUser, name), name);
  });

  describe('in a Dockerfile', () => {
    it('silences the next instruction only, across comments, blank lines and continuation lines', () => {
      const text = 'FROM alpine AS Base\n# container-coach ignore=StageNameCasing -- legacy name\n\n# another comment\nFROM alpine AS Other\nFROM alpine AS \\\n  Third\n';
      const suppressions = dockerfileSuppressions(parseDockerfile(dockerfile(text)), dockerfile(text));
      assert.deepEqual(suppressions.list.map((each) => each.scope), [{ kind: 'lines', start: 4, end: 4 }]);
      assert.ok(suppressions.isSuppressed(stageCasing, 4));
      assert.ok(!suppressions.isSuppressed(stageCasing, 0));
      assert.ok(!suppressions.isSuppressed(stageCasing, 6));
      assert.ok(!suppressions.isSuppressed(requireUser, 4));
    });

    it('applies every form in the linter', () => {
      const base = 'FROM alpine AS Build\nRUN make\n';
      assert.deepEqual(ruleIds(base).filter((id) => id.includes('stage-name')), ['dockerfile/prefer-lowercase-stage-name@1']);
      for (const header of [
        '# check=skip=StageNameCasing\n',
        '# check=skip=all\n',
        '# container-coach ignore-file=prefer-lowercase-stage-name\n',
        '# hadolint global ignore=StageNameCasing\n',
        '#checkov:skip=StageNameCasing\n',
        '# container-coach ignore=dockerfile/prefer-lowercase-stage-name\n',
        '# hadolint ignore=StageNameCasing\n',
        '#trivy:ignore:StageNameCasing\n',
      ]) {
        assert.deepEqual(ruleIds(header + base).filter((id) => id.includes('stage-name')), [], header);
      }
    });

    it('reads BuildKit skip as BuildKit does: check names as written, all for the BuildKit checks only', () => {
      const base = 'FROM alpine AS Build\nUSER root\n';
      const ids = (header: string) => ruleIds(header + base).filter((id) => /stage-name|no-root-user/.test(id)).map((id) => id.replace(/@\d+$/, ''));
      assert.deepEqual(ids(''), ['dockerfile/no-root-user', 'dockerfile/prefer-lowercase-stage-name']);
      assert.deepEqual(ids('# check=skip=all\n'), ['dockerfile/no-root-user']);
      assert.deepEqual(ids('# check=skip=StageNameCasing\n'), ['dockerfile/no-root-user']);
      assert.deepEqual(ids('# check=skip=stagenamecasing\n'), ['dockerfile/no-root-user', 'dockerfile/prefer-lowercase-stage-name']);
      assert.deepEqual(ids('# check=SKIP=StageNameCasing\n'), ['dockerfile/no-root-user', 'dockerfile/prefer-lowercase-stage-name']);
      assert.deepEqual(ids('# check=skip=DL3002\n'), ['dockerfile/no-root-user', 'dockerfile/prefer-lowercase-stage-name']);
    });

    it('honours BuildKit skip only as a parser directive', () => {
      const text = 'FROM alpine AS Build\n# check=skip=StageNameCasing\nFROM alpine AS Run\n';
      assert.deepEqual(ruleIds(text).filter((id) => id.includes('stage-name')), ['dockerfile/prefer-lowercase-stage-name@1', 'dockerfile/prefer-lowercase-stage-name@3']);
    });
  });

  it('reads line comments of YAML, trailing ones silencing their own line', () => {
    const yaml = TextDocument.create('file:///w/compose.yaml', 'yaml', 1, 'services:\n  web:\n    # container-coach ignore=no-privileged\n\n    privileged: true\n    user: root # container-coach ignore=run-as-non-root\n');
    const suppressions = lineCommentSuppressions(yaml);
    assert.deepEqual(suppressions.list.map((each) => [each.line, each.scope]), [
      [2, { kind: 'lines', start: 4, end: 4 }],
      [5, { kind: 'lines', start: 5, end: 5 }],
    ]);
  });

  it('reads 20,000 comment lines in a row of YAML, each silencing the first line after them', () => {
    const yaml = TextDocument.create('file:///w/compose.yaml', 'yaml', 1, `services:\n${'  # container-coach ignore=no-privileged\n\n'.repeat(10_000)}  web: {privileged: true}\n`);
    const scopes = lineCommentSuppressions(yaml).list.map((each) => JSON.stringify(each.scope));
    assert.equal(scopes.length, 10_000);
    assert.deepEqual(new Set(scopes), new Set([JSON.stringify({ kind: 'lines', start: 20_001, end: 20_001 })]));
  });

  it('reads long and hostile suppression comments', () => {
    assert.equal(parseSuppressionComment(`# hadolint ignore=${' '.repeat(100_000)}!`), undefined);
    assert.deepEqual(parseSuppressionComment('# hadolint ignore=DL3008 , DL3009  ')?.rules, ['DL3008', 'DL3009']);
    assert.deepEqual(parseSuppressionComment('# container-coach ignore=require-user,no-sudo, -- why')?.rules, ['require-user', 'no-sudo']);
    assert.equal(parseSuppressionComment(`# container-coach ignore=${'a,'.repeat(100_000)}a b`), undefined);
    assert.equal(parseSuppressionComment(`# container-coach ignore=${'a,'.repeat(100_000)}a`)?.rules.length, 100_001);
  });

  describe('edits', () => {
    it('inserts the line form above the instruction, with its indentation and line ending', () => {
      const document = dockerfile('FROM alpine\r\n  RUN make\r\n');
      assert.equal(
        TextDocument.applyEdits(document, [lineSuppressionEdit(document, 1, 'dockerfile/require-user')]),
        'FROM alpine\r\n  # container-coach ignore=dockerfile/require-user\r\n  RUN make\r\n',
      );
    });

    it('extends a line form already above the instruction', () => {
      const document = dockerfile('FROM alpine\n# container-coach ignore=a -- why\nRUN make\n');
      assert.equal(TextDocument.applyEdits(document, [lineSuppressionEdit(document, 2, 'b')]), 'FROM alpine\n# container-coach ignore=a,b -- why\nRUN make\n');
    });

    it('puts the file form after the parser directives, or extends the one there', () => {
      const document = dockerfile('# syntax=docker/dockerfile:1\n# escape=\\\nFROM alpine\n');
      const header = dockerfileHeaderEnd(parseDockerfile(document), document);
      assert.equal(header, 2);
      const once = TextDocument.applyEdits(document, [fileSuppressionEdit(document, 'a', header)]);
      assert.equal(once, '# syntax=docker/dockerfile:1\n# escape=\\\n# container-coach ignore-file=a\nFROM alpine\n');
      const again = dockerfile(once);
      assert.equal(
        TextDocument.applyEdits(again, [fileSuppressionEdit(again, 'b', dockerfileHeaderEnd(parseDockerfile(again), again))]),
        '# syntax=docker/dockerfile:1\n# escape=\\\n# container-coach ignore-file=a,b\nFROM alpine\n',
      );
    });

    it('keeps the directives working: the inserted comment comes after them and the rule is silenced', () => {
      const text = '# syntax=docker/dockerfile:1\nFROM alpine AS Build\n';
      const document = dockerfile(text);
      const fixed = TextDocument.applyEdits(document, [fileSuppressionEdit(document, 'dockerfile/prefer-lowercase-stage-name', dockerfileHeaderEnd(parseDockerfile(document), document))]);
      assert.equal(fixed, '# syntax=docker/dockerfile:1\n# container-coach ignore-file=dockerfile/prefer-lowercase-stage-name\nFROM alpine AS Build\n');
      assert.equal(dockerfileHeaderEnd(parseDockerfile(dockerfile(fixed)), dockerfile(fixed)), 1);
      assert.deepEqual(ruleIds(fixed).filter((id) => id.includes('stage-name')), []);
    });
  });
});
