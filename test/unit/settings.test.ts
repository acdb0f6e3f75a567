import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ProjectConfiguration } from '../../server/src/settings/workspaceFiles';
import { nodeFileSystem } from '../../server/src/settings/nodeFileSystem';
import { rules } from '../../server/src/targets/index';
import { isExcluded, parseHadolintFile, parseProjectFile, parseRulesMap, resolveSettings } from '../../server/src/settings/settings';

describe('settings', () => {
  it('reads .container-coach.yaml rules (by id, short id or alias) and exclude globs', () => {
    const parsed = parseProjectFile('rules:\n  dockerfile/require-user: off\n  prefer-base-image-digest: warning\n  StageNameCasing: error\nexclude:\n  - vendor/**\n  - "*.generated.Dockerfile"\n');
    assert.deepEqual(parsed.problems, []);
    const settings = resolveSettings(rules, [parsed.layer]);
    assert.equal(settings.severities['dockerfile/require-user'], 'off');
    assert.equal(settings.severities['dockerfile/prefer-base-image-digest'], 'warning');
    assert.equal(settings.severities['dockerfile/prefer-lowercase-stage-name'], 'error');
    assert.equal(settings.severities['dockerfile/require-healthcheck'], undefined);
    assert.deepEqual(settings.exclude, ['vendor/**', '*.generated.Dockerfile']);
  });

  it('reads .hadolint.yaml ignored, override (style is hint) and trustedRegistries', () => {
    const parsed = parseHadolintFile(
      'ignored:\n  - DL3002\n  - StageNameCasing\noverride:\n  error: [DL3026]\n  style: [MultipleInstructionsDisallowed]\ntrustedRegistries:\n  - registry.example.com\n',
    );
    assert.deepEqual(parsed.problems, []);
    const settings = resolveSettings(rules, [parsed.layer]);
    assert.equal(settings.severities['dockerfile/prefer-lowercase-stage-name'], 'off');
    assert.equal(settings.severities['dockerfile/no-untrusted-registry'], 'error');
    assert.equal(settings.severities['dockerfile/no-overridden-instruction'], 'hint');
    assert.deepEqual(settings.trustedRegistries, ['registry.example.com']);
  });

  it('lets later layers win: hadolint, then the project file, then the editor', () => {
    const hadolint = parseHadolintFile('ignored: [StageNameCasing, UndefinedVar]\n').layer;
    const project = parseProjectFile('rules:\n  prefer-lowercase-stage-name: info\n').layer;
    const editor = parseRulesMap({ UndefinedVar: 'error' }, 'containerCoach.rules').layer;
    const settings = resolveSettings(rules, [hadolint, project, editor]);
    assert.equal(settings.severities['dockerfile/prefer-lowercase-stage-name'], 'info');
    assert.equal(settings.severities['dockerfile/no-undefined-var'], 'error');
  });

  it('reads the label schema and strict labels from .hadolint.yaml and .container-coach.yaml, the later file winning', () => {
    const hadolint = parseHadolintFile('label-schema:\n  author: text\n  version: SemVer\nstrict-labels: true\n');
    assert.deepEqual(hadolint.problems, []);
    assert.deepEqual(resolveSettings(rules, [hadolint.layer]), { severities: {}, exclude: [], labelSchema: { author: 'text', version: 'semver' }, strictLabels: true });
    const project = parseProjectFile('labelSchema:\n  org.opencontainers.image.source: url\nstrictLabels: false\n');
    assert.deepEqual(project.problems, []);
    const settings = resolveSettings(rules, [hadolint.layer, project.layer]);
    assert.deepEqual([settings.labelSchema, settings.strictLabels], [{ 'org.opencontainers.image.source': 'url' }, false]);
    assert.deepEqual(resolveSettings(rules, [project.layer, parseProjectFile('exclude: []\n').layer]).labelSchema, { 'org.opencontainers.image.source': 'url' });
    assert.deepEqual(resolveSettings(rules, []), { severities: {}, exclude: [] });
  });

  it('hands the editor\'s rules the label schema of the workspace folder as workspace facts', () => {
    const folder = mkdtempSync(join(tmpdir(), 'cc-labels-'));
    writeFileSync(join(folder, '.hadolint.yaml'), 'label-schema:\n  version: semver\nstrict-labels: true\n');
    const project = new ProjectConfiguration(rules, nodeFileSystem);
    project.setFolders([pathToFileURL(folder).href]);
    const options = project.lintOptionsFor(pathToFileURL(join(folder, 'Dockerfile')).href, { maxFileSize: 1 << 20 });
    assert.deepEqual([options?.workspace?.labelSchema, options?.workspace?.strictLabels], [{ version: 'semver' }, true]);
  });

  it('reports a label type we do not know and a strict-labels that is not a boolean', () => {
    assert.deepEqual(parseHadolintFile('label-schema:\n  created: timestamp\n  ok: email\nstrict-labels: yes please\n').problems, [
      '.hadolint.yaml: `label-schema.created` must be one of text, url, semver, hash, rfc3339, spdx, email.',
      '.hadolint.yaml: `strict-labels` must be true or false.',
    ]);
    assert.deepEqual(parseProjectFile('labelSchema: [version]\n').problems, ['.container-coach.yaml: `labelSchema` must be a map of label to type.']);
  });

  it('prefers the exact id over an alias named in the same layer', () => {
    const layer = parseRulesMap({ 'dockerfile/require-user': 'error', DS002: 'off' }, 'x').layer;
    assert.equal(resolveSettings(rules, [layer]).severities['dockerfile/require-user'], 'error');
  });

  it('reports bad values and bad YAML as problems, never throws', () => {
    assert.deepEqual(parseRulesMap({ 'require-user': 'loud', x: 3 }, 'containerCoach.rules').problems, [
      'containerCoach.rules: `require-user` must be one of on, off, error, warning, info or hint.',
      'containerCoach.rules: `x` must be one of on, off, error, warning, info or hint.',
    ]);
    assert.match(parseProjectFile('rules: [unclosed\n').problems[0], /^\.container-coach\.yaml: /);
    assert.deepEqual(parseProjectFile('rules: 3\n').problems, ['.container-coach.yaml: `rules` must be a map of rule to severity.']);
    assert.deepEqual(parseProjectFile('exclude: vendor\n').problems, ['.container-coach.yaml: `exclude` must be a list of strings.']);
    assert.deepEqual(parseHadolintFile('override:\n  loud: [DL3008]\n').problems, ['.hadolint.yaml: unknown override level `loud`.']);
    assert.deepEqual(parseProjectFile('').layer, {});
    assert.deepEqual(parseHadolintFile('- just\n- a list\n').layer, {});
  });

  it('reads kubernetesVersion as a quoted version, refusing the YAML number 1.30 (which reads as 1.3)', () => {
    assert.deepEqual(parseProjectFile('kubernetesVersion: "1.30"\n'), { layer: { kubernetesVersion: '1.30' }, problems: [] });
    assert.deepEqual(parseProjectFile('kubernetesVersion: 1.30\n').problems, ['.container-coach.yaml: `kubernetesVersion` must be a Kubernetes version such as "1.30" (quoted in YAML, where 1.30 reads as 1.3).']);
    assert.equal(resolveSettings(rules, [{ kubernetesVersion: '1.28' }, { kubernetesVersion: 'v1.30.2' }]).kubernetesVersion, 'v1.30.2');
  });

  it('matches exclude globs against workspace-relative paths', () => {
    assert.ok(isExcluded('vendor/lib/Dockerfile', ['vendor/**']));
    assert.ok(isExcluded('build/app.generated.Dockerfile', ['*.generated.Dockerfile']));
    assert.ok(!isExcluded('src/Dockerfile', ['vendor/**']));
    assert.ok(!isExcluded('../outside/Dockerfile', ['**']));
    assert.ok(!isExcluded('Dockerfile', []));
  });
});
