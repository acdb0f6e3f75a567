import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { RuleSetting } from '../../server/src/engine/rule';
import { parseHadolintFile, parseProjectFile, parseRulesMap, resolveSettings } from '../../server/src/settings/settings';
import { rules, targetsByName } from '../../server/src/targets/index';
import { rulesJson } from '../../scripts/buildRules';

const DOCKERFILE = 'FROM nginx:1.27\n# hadolint ignore=DL3008\nRUN apt-get install -y curl\n';

/** The severity each of the two off-by-default rules reports at on DOCKERFILE, by rule id. */
function reported(severities?: Record<string, RuleSetting>): Record<string, string> {
  const document = TextDocument.create('file:///p/Dockerfile', 'dockerfile', 1, DOCKERFILE);
  const { findings } = targetsByName.dockerfile.analyse(document, { maxFileSize: 1 << 20, ...(severities ? { severities } : {}) }).result;
  return Object.fromEntries(
    findings.filter((finding) => ['dockerfile/no-inline-ignore', 'dockerfile/require-stage-healthcheck'].includes(finding.rule.id)).map((finding) => [finding.rule.id, finding.severity]),
  );
}

describe('rules off by default', () => {
  it('are declared in the rule metadata and listed as such in dist/rules.json', () => {
    const off = rules.filter((rule) => rule.enabledByDefault === false).map((rule) => rule.id);
    assert.deepEqual(off, ['dockerfile/no-inline-ignore', 'dockerfile/no-invalid-definition-description', 'dockerfile/require-stage-healthcheck']);
    const info = rulesJson().rules.find((rule) => rule.id === 'dockerfile/no-inline-ignore')!;
    assert.equal(info.enabledByDefault, false);
    assert.match(info.html.offByDefault ?? '', /dockerfile\/no-inline-ignore: on/);
    assert.equal(rulesJson().rules.find((rule) => rule.id === 'dockerfile/require-healthcheck')!.enabledByDefault, undefined);
  });

  it('do not run unless a setting names them; `on` runs them at their own severity, a severity at that one', () => {
    assert.deepEqual(reported(), {});
    assert.deepEqual(reported({ 'dockerfile/no-inline-ignore': 'on' }), { 'dockerfile/no-inline-ignore': 'info' });
    assert.deepEqual(reported({ 'dockerfile/require-stage-healthcheck': 'error', 'dockerfile/no-inline-ignore': 'off' }), { 'dockerfile/require-stage-healthcheck': 'error' });
  });

  it('are turned on from .container-coach.yaml, the editor setting and .hadolint.yaml, by id or alias', () => {
    const project = parseProjectFile('rules:\n  DL1001: on\n  require-stage-healthcheck: true\n');
    assert.deepEqual(project.problems, []);
    assert.deepEqual(reported(resolveSettings(rules, [project.layer]).severities), { 'dockerfile/no-inline-ignore': 'info', 'dockerfile/require-stage-healthcheck': 'info' });
    const editor = parseRulesMap({ 'dockerfile/no-inline-ignore': 'warning' }, 'containerCoach.rules');
    assert.deepEqual(reported(resolveSettings(rules, [project.layer, editor.layer]).severities), { 'dockerfile/no-inline-ignore': 'warning', 'dockerfile/require-stage-healthcheck': 'info' });
    const hadolint = parseHadolintFile('override:\n  warning: [DL3057]\n');
    assert.deepEqual(reported(resolveSettings(rules, [hadolint.layer]).severities), { 'dockerfile/require-stage-healthcheck': 'warning' });
  });
});
