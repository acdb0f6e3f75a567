import assert from 'node:assert/strict';
import { withoutReference } from '../../server/src/hover';
import { buildkitRepeats, isBuildkitCheck, NeighbourPolicy, runsBuildkitRepeats, showsReference } from '../../server/src/settings/neighbours';
import { rules } from '../../server/src/targets/index';

describe('neighbours: what we leave to Docker DX and Container Tools', () => {
  const table: [setting: 'auto' | 'on' | 'off', neighbours: { dockerDx?: boolean; containerTools?: boolean }, buildkit: boolean, reference: boolean][] = [
    ['auto', {}, true, true],
    ['auto', { dockerDx: true }, false, false],
    ['auto', { containerTools: true }, true, false],
    ['auto', { dockerDx: true, containerTools: true }, false, false],
    ['on', { dockerDx: true, containerTools: true }, true, true],
    ['off', {}, false, false],
  ];
  for (const [setting, neighbours, buildkit, reference] of table) {
    it(`${setting} with ${JSON.stringify(neighbours)}: BuildKit repeats ${buildkit ? 'run' : 'off'}, reference ${reference ? 'shown' : 'left out'}`, () => {
      assert.equal(runsBuildkitRepeats(setting, neighbours), buildkit);
      assert.equal(showsReference(setting, neighbours), reference);
    });
  }

  it('takes BuildKit check names among the aliases, and no hadolint, Trivy, Checkov or kube-linter id', () => {
    assert.deepEqual(['StageNameCasing', 'JSONArgsRecommended', 'DL3025', 'DS002', 'CKV_DOCKER_2', 'host-network'].map(isBuildkitCheck), [true, true, false, false, false, false]);
  });

  it('turns off exactly the Dockerfile rules with a BuildKit alias', () => {
    const repeats = buildkitRepeats(rules);
    assert.ok(repeats.includes('dockerfile/prefer-lowercase-stage-name') && repeats.includes('dockerfile/prefer-exec-form'));
    assert.ok(!repeats.includes('dockerfile/require-user'));
    assert.ok(repeats.every((id) => id.startsWith('dockerfile/')));
    assert.deepEqual(repeats, rules.filter((rule) => rule.aliases.some((alias) => /^[A-Z][a-z]+[A-Z]/.test(alias) || alias.startsWith('JSON'))).map((rule) => rule.id));
    const policy = new NeighbourPolicy(rules);
    policy.setNeighbours({ dockerDx: true });
    assert.deepEqual(Object.keys(policy.severities()), repeats);
    policy.setEditorSettings({ buildkitChecks: 'on' });
    assert.deepEqual(policy.severities(), {});
    policy.setEditorSettings({ buildkitChecks: 'loud', hover: { reference: 'on' } });
    assert.equal(Object.keys(policy.severities()).length, repeats.length, 'an unknown value is auto');
    assert.equal(policy.referenceHovers(), true);
  });

  it('keeps question links and the Docker↔Kubernetes table when the reference text is left out', () => {
    const mapping = { docker: '--cap-drop=ALL', compose: ['cap_drop'], kubernetes: 'securityContext.capabilities.drop', example: 'drop: [ALL]', q254: true };
    const own = withoutReference({
      dockerfileDocs: { instructions: { USER: { summary: 'Sets the user.', questions: ['q2'] } }, flags: { COPY: { from: { summary: 'A stage.' } } } },
      yamlDocs: { kubernetes: { keys: { hostNetwork: { summary: 'Shares the node network.', questions: ['q254'] } } }, dockerKubernetes: [mapping] },
    });
    assert.deepEqual(own.dockerfileDocs?.instructions, { USER: { summary: '', questions: ['q2'] } });
    assert.deepEqual(own.dockerfileDocs?.flags, { COPY: { from: { summary: '' } } });
    assert.deepEqual(own.yamlDocs?.kubernetes?.keys, { hostNetwork: { summary: '', questions: ['q254'] } });
    assert.deepEqual(own.yamlDocs?.dockerKubernetes, [mapping]);
  });
});
