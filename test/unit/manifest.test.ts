// The marketplace metadata of package.json: what the listing shows, and the VS Code we test against.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '../..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
  icon: string;
  galleryBanner: { color: string; theme: string };
  qna: unknown;
  keywords: string[];
  engines: { vscode: string };
  devDependencies: Record<string, string>;
};

describe('package.json as a marketplace listing', () => {
  it('has a 128×128 PNG icon that the .vsix allowlist ships', () => {
    const png = readFileSync(join(ROOT, manifest.icon));
    assert.equal(png.subarray(1, 4).toString('latin1'), 'PNG');
    assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [128, 128]);
    assert.ok(readFileSync(join(ROOT, '.vscodeignore'), 'utf8').split('\n').includes(`!${manifest.icon}`));
  });

  it('has a banner, keywords, no Q&A link and a changelog entry for its version', () => {
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/);
    assert.equal(manifest.galleryBanner.theme, 'dark');
    assert.equal(manifest.qna, false);
    assert.ok(manifest.keywords.length <= 30 && manifest.keywords.includes('dockerfile') && manifest.keywords.includes('kubernetes'));
    assert.match(readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8'), new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('requires the VS Code the in-editor tests run (code-server 4.N ships VS Code 1.N), and types no newer API', () => {
    const codeServer = /CODE_SERVER_VERSION:-4\.(\d+)\./.exec(readFileSync(join(ROOT, 'scripts/setup-editor.sh'), 'utf8'));
    assert.ok(codeServer);
    assert.equal(manifest.engines.vscode, `^1.${codeServer[1]}.0`);
    const types = /(\d+)\.(\d+)/.exec(manifest.devDependencies['@types/vscode']);
    assert.ok(types && Number(types[1]) === 1 && Number(types[2]) <= Number(codeServer[1]));
  });
});
