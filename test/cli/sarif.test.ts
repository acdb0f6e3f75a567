import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import { FIXTURES, PROJECT, runCli, tempFolder, writeTree } from './cli';

interface SarifLog {
  runs: {
    tool: { driver: { rules: { id: string; helpUri?: string; help: { text: string; markdown: string }; shortDescription: { text: string } }[] } };
    results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[];
    invocations: { toolExecutionNotifications: { message: { text: string } }[] }[];
  }[];
}

/** The OASIS SARIF 2.1.0 schema (draft-04), vendored: see test/fixtures/sarif/README.md. */
function sarifValidator() {
  // unicodeRegExp: false because the published schema's language-tag pattern has a stray `]`.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  ajv.addFormat('uri', (text: string) => URL.canParse(text));
  ajv.addFormat('uri-reference', (text: string) => URL.canParse(text, 'file:///'));
  ajv.addFormat('date-time', (text: string) => !Number.isNaN(Date.parse(text)));
  return ajv.compile(JSON.parse(readFileSync(join(__dirname, '../fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8')) as object);
}

describe('cli: SARIF output', () => {
  const validate = sarifValidator();

  it('is valid SARIF 2.1.0, and the validator does reject a broken log', () => {
    const run = runCli(['lint', '--format', 'sarif'], PROJECT);
    assert.equal(run.code, 0, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    (log.runs[0]!.results[0] as { level: string }).level = 'severe';
    assert.equal(validate(log), false);
  });

  it('results point at the exact range, relative to %SRCROOT%, with the rule index', () => {
    const log = JSON.parse(runCli(['lint', '--format', 'sarif'], PROJECT).stdout) as SarifLog;
    const { results, tool } = log.runs[0]!;
    const result = results.find((each) => each.locations[0]!.physicalLocation.artifactLocation.uri === 'Dockerfile' && each.ruleId === 'dockerfile/prefer-exec-form');
    assert.ok(result);
    assert.equal(tool.driver.rules[result.ruleIndex]!.id, result.ruleId);
    assert.equal(result.level, 'warning');
    assert.deepEqual(result.locations[0]!.physicalLocation.region, { startLine: 10, startColumn: 5, endLine: 10, endColumn: 19 });
  });

  it('rules carry helpUri and help text from the rule docs and the bank question', () => {
    const log = JSON.parse(runCli(['lint', '--format', 'sarif'], PROJECT).stdout) as SarifLog;
    const rule = log.runs[0]!.tool.driver.rules.find((each) => each.id === 'dockerfile/prefer-exec-form');
    assert.ok(rule);
    assert.equal(rule.helpUri, 'https://github.com/hadolint/hadolint/wiki/DL3025');
    assert.match(rule.help.markdown, /Only a JSON array with double quotes is exec form/);
    assert.match(rule.help.markdown, /### Q288: How do you implement graceful shutdown in Docker containers\?/);
    assert.match(rule.help.text, /Q288: How do you implement graceful shutdown/);
    assert.doesNotMatch(rule.help.text, /\*\*|```/, 'the text form has no Markdown marks');
  });

  it('links each rule to the upstream page of its first documented alias, and only there', () => {
    const rules = (JSON.parse(runCli(['lint', '--format', 'sarif'], PROJECT).stdout) as SarifLog).runs[0]!.tool.driver.rules;
    const helpUri = (id: string): string | undefined => rules.find((rule) => rule.id === id)!.helpUri;
    assert.equal(helpUri('dockerfile/prefer-lowercase-stage-name'), 'https://docs.docker.com/reference/build-checks/stage-name-casing/');
    assert.equal(helpUri('kubernetes/no-host-network'), 'https://docs.kubelinter.io/#/generated/checks?id=host-network');
    assert.equal(helpUri('kubernetes/no-dangerous-capabilities'), 'https://avd.aquasec.com/misconfig/ksv005');
    assert.equal(helpUri('compose/no-obsolete-version'), undefined);
    const upstream = /^https:\/\/(?:github\.com\/hadolint\/hadolint\/wiki\/DL\d{4}|docs\.docker\.com\/reference\/build-checks\/[a-z-]+\/|docs\.kubelinter\.io\/#\/generated\/checks\?id=[a-z0-9-]+|avd\.aquasec\.com\/misconfig\/(?:ds|ksv)\d{3})$/;
    for (const rule of rules) {
      if (rule.helpUri !== undefined) assert.match(rule.helpUri, upstream, rule.id);
      assert.ok(rule.help.markdown.length > rule.shortDescription.text.length, `${rule.id} carries its full help`);
    }
    assert.ok(rules.filter((rule) => rule.helpUri).length > 80, 'most rules have an upstream alias');
  });

  it('ships no placeholder domain in dist/ or package.json', () => {
    const root = resolve(__dirname, '../..');
    const shipped = [join(root, 'package.json'), ...readdirSync(join(root, 'dist')).filter((name) => /\.(js|json)$/.test(name)).map((name) => join(root, 'dist', name))];
    assert.ok(shipped.some((path) => path.endsWith('cli.js')));
    assert.deepEqual(shipped.filter((path) => readFileSync(path, 'utf8').includes('example.invalid')), []);
  });

  it('marks a question of ours in the help of a rule that cites it first', () => {
    const log = JSON.parse(runCli(['lint', '--format', 'sarif'], PROJECT).stdout) as SarifLog;
    const rule = log.runs[0]!.tool.driver.rules.find((each) => each.id === 'dockerfile/require-apk-no-cache');
    assert.ok(rule);
    assert.match(rule.help.markdown, /### Container Coach's own question: How do you install packages in a Dockerfile without prompts or leftover caches\?/);
    assert.match(rule.help.markdown, /\*Written by Container Coach, not from the source documents\.\* Sources:\n\n- Docker docs/);
    assert.match(rule.help.text, /Container Coach's own question: How do you install packages/);
  });

  it('files that could not be analysed become tool notifications, and the log stays valid', () => {
    const root = writeTree(tempFolder('sarif-bad'), { Dockerfile: Buffer.from([0, 1, 2, 3, 0, 255]) });
    const run = runCli(['lint', '--format', 'sarif'], root);
    assert.equal(run.code, 3, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
    assert.match(log.runs[0]!.invocations[0]!.toolExecutionNotifications[0]!.message.text, /^Dockerfile was not analysed: it looks binary/);
  });

  it('keeps the fixtures folder name out of the results', () => {
    assert.ok(!runCli(['lint', '--format', 'sarif'], PROJECT).stdout.includes(`${FIXTURES}/project/Dockerfile`));
  });
});
