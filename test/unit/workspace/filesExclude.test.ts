import assert from 'node:assert/strict';
import { compileGlob, hiddenPaths, parseFilesExclude } from '../../../server/src/workspace/filesExclude';

describe('files.exclude: the patterns VS Code hides, as the workspace scan reads them', () => {
  it('keeps the patterns set to true, not false ones, when clauses or other values', () => {
    const value = { '**/.git': true, '**/skipped': true, 'build/**': false, '**/*.js': { when: '$(basename).ts' }, '': true, other: 'yes' };
    assert.deepEqual(parseFilesExclude(value), ['**/.git', '**/skipped']);
    assert.deepEqual(parseFilesExclude(undefined), []);
    assert.deepEqual(parseFilesExclude(['**/x']), []);
  });

  const cases: [glob: string, hidden: string[], shown: string[]][] = [
    ['**/skipped', ['skipped', 'skipped/Dockerfile', 'a/b/skipped/compose.yaml'], ['skipped-not/Dockerfile', 'a/notskipped/Dockerfile']],
    ['generated/**', ['generated/Dockerfile', 'generated/k8s/deploy.yaml'], ['src/generated/Dockerfile', 'generatedx/Dockerfile']],
    ['**/{tmp,out}', ['tmp/Dockerfile', 'a/out/compose.yaml'], ['a/output/compose.yaml']],
    ['**/*.generated.yaml', ['k8s/app.generated.yaml', 'app.generated.yaml'], ['k8s/app.yaml', 'k8s/app.generated.yaml.bak']],
    ['deploy/?.yaml', ['deploy/a.yaml'], ['deploy/ab.yaml', 'deploy/x/a.yaml']],
    ['**/[!a]*.yaml', ['k8s/b.yaml'], ['k8s/app.yaml']],
    ['a/**/b', ['a/b', 'a/x/y/b/Dockerfile'], ['a/xb', 'b']],
    ['./vendor/', ['vendor/Dockerfile'], ['src/vendor/Dockerfile']],
  ];
  for (const [glob, hidden, shown] of cases) {
    it(`${glob} hides ${hidden.join(', ')} and shows ${shown.join(', ')}`, () => {
      const isHidden = hiddenPaths([glob]);
      for (const path of hidden) assert.equal(isHidden(path), true, `${path} is hidden`);
      for (const path of shown) assert.equal(isHidden(path), false, `${path} is shown`);
    });
  }

  it('treats a malformed pattern as hiding nothing, and the others still apply', () => {
    assert.equal(compileGlob('**/{a,b'), undefined);
    assert.equal(compileGlob('[abc'), undefined);
    const isHidden = hiddenPaths(['**/{a,b', 'out/**']);
    assert.equal(isHidden('a/Dockerfile'), false);
    assert.equal(isHidden('out/Dockerfile'), true);
  });

  it('matches regular expression characters literally', () => {
    const isHidden = hiddenPaths(['k8s (old)/**', 'a+b.yaml']);
    assert.equal(isHidden('k8s (old)/deploy.yaml'), true);
    assert.equal(isHidden('k8s old/deploy.yaml'), false);
    assert.equal(isHidden('a+b.yaml'), true);
    assert.equal(isHidden('aab.yaml'), false);
  });
});
