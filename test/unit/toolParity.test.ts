import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../server/src/targets/index';

// Every check of hadolint and of BuildKit is either a rule's alias (so their ignore comments and
// settings work) or named in the README as deliberately not offered. A new upstream check goes here.

/** hadolint's rules (its README's table); DL3017, DL3031 and DL3039 were removed upstream (DL3005 now checks `dist-upgrade` only). */
const HADOLINT = [
  'DL1001',
  ...Array.from({ length: 78 }, (_, i) => `DL${3000 + i}`).filter((id) => !['DL3017', 'DL3031', 'DL3039'].includes(id)),
  'DL4000', 'DL4001', 'DL4003', 'DL4004', 'DL4005', 'DL4006', 'DL4007',
];

/** BuildKit's build checks (docs.docker.com/reference/build-checks), the experimental ones included. */
const BUILDKIT = [
  'StageNameCasing', 'FromAsCasing', 'NoEmptyContinuation', 'ConsistentInstructionCasing', 'DuplicateStageName',
  'ReservedStageName', 'JSONArgsRecommended', 'MaintainerDeprecated', 'UndefinedArgInFrom', 'WorkdirRelativePath',
  'UndefinedVar', 'MultipleInstructionsDisallowed', 'LegacyKeyValueFormat', 'RedundantTargetPlatform',
  'SecretsUsedInArgOrEnv', 'InvalidDefaultArgInFrom', 'FromPlatformFlagConstDisallowed', 'CopyIgnoredFile',
  'InvalidDefinitionDescription', 'ExposeProtoCasing', 'ExposeInvalidFormat', 'InvalidBaseImagePlatform',
];

function notOffered(): string {
  const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
  const start = readme.indexOf('Not offered, on purpose:');
  assert.ok(start >= 0, 'the README says what is not offered');
  return readme.slice(start, readme.indexOf('\n\n', start));
}

describe('hadolint and BuildKit parity', () => {
  const aliases = new Set(rules.flatMap((rule) => rule.aliases));

  for (const [tool, checks] of [['hadolint', HADOLINT], ['BuildKit', BUILDKIT]] as const) {
    it(`has a rule for every ${tool} check, or says in the README why not`, () => {
      const text = notOffered();
      assert.deepEqual(checks.filter((check) => !aliases.has(check) && !new RegExp(`\\b${check}\\b`).test(text)), []);
    });
  }

  it('counts 83 hadolint rules and 22 BuildKit checks, each once', () => {
    assert.equal(new Set(HADOLINT).size, 83);
    assert.equal(new Set(BUILDKIT).size, 22);
  });

  it('names as not offered only checks no rule has', () => {
    const text = notOffered();
    assert.deepEqual([...HADOLINT, ...BUILDKIT].filter((check) => aliases.has(check) && new RegExp(`\\b${check}\\b`).test(text)), []);
  });

  it('gives each hadolint id and BuildKit name to one rule only', () => {
    const owners = new Map<string, string[]>();
    for (const rule of rules) for (const alias of rule.aliases) owners.set(alias, [...(owners.get(alias) ?? []), rule.id]);
    assert.deepEqual([...HADOLINT, ...BUILDKIT].filter((check) => (owners.get(check)?.length ?? 0) > 1), []);
  });
});
