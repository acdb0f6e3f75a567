import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { READ_DIRECTORY_REQUEST, READ_FILE_REQUEST } from '../../common/src/fileRequests';
import { ClientFileSystem } from '../../server/src/settings/clientFileSystem';
import { nodeFileSystem } from '../../server/src/settings/nodeFileSystem';
import { baseName, childUri, parentUri, relativePath } from '../../server/src/settings/uris';
import { isWatchedFile, ProjectConfiguration, type WorkspaceFileSystem } from '../../server/src/settings/workspaceFiles';
import { rules } from '../../server/src/targets/index';
import { utf8Length } from '../../server/src/text/utf8';

/** A workspace in memory, as the web client would show it, that records what was read. */
function memoryFileSystem(files: Record<string, string>, folders: Record<string, string[]>): WorkspaceFileSystem & { reads: string[] } {
  const reads: string[] = [];
  return {
    reads,
    readFile(uri, maxSize) {
      reads.push(uri);
      const text = files[uri];
      return text !== undefined && text.length <= maxSize ? text : undefined;
    },
    readDirectory(uri) {
      reads.push(`${uri}/`);
      return folders[uri];
    },
  };
}

describe('the files around a document', () => {
  it('counts UTF-8 bytes as Buffer.byteLength does, lone surrogates included', () => {
    for (const text of ['', 'FROM node:20\n', 'é', '€', '😀', 'a\ud800b', '\udc00', 'x😀y\ud83d', '\u0000\u007f\u0080\u07ff\u0800\uffff', `${'RUN true\n'.repeat(50)}é😀\ud800`, 'abc\udc00\ud800def']) {
      assert.equal(utf8Length(text), Buffer.byteLength(text, 'utf8'), JSON.stringify(text));
    }
  });

  it('does path arithmetic on URIs, decoded', () => {
    assert.equal(parentUri('file:///w/app/Dockerfile'), 'file:///w/app');
    assert.equal(parentUri('vscode-vfs://github/o/r/Dockerfile'), 'vscode-vfs://github/o/r');
    assert.equal(childUri('file:///w/my%20app/', '.dockerignore'), 'file:///w/my%20app/.dockerignore');
    assert.equal(baseName('file:///w/my%20app/Docker%20file'), 'Docker file');
    assert.equal(relativePath('file:///w/my%20app', 'file:///w/my app/vendor/Dockerfile'), 'vendor/Dockerfile');
    assert.equal(relativePath('file:///w/app/', 'file:///w/app'), '');
    assert.equal(relativePath('file:///w/app', 'file:///w/apps/Dockerfile'), undefined);
    assert.equal(relativePath('file:///w/app', 'vscode-vfs://github/w/app/Dockerfile'), undefined);
  });

  it('reads the project file, the .dockerignore and the build context through the file system it is given', () => {
    const files = memoryFileSystem(
      { 'vscode-vfs://github/o/r/.container-coach.yaml': 'rules:\n  require-user: off\nexclude:\n  - vendor/**\n', 'vscode-vfs://github/o/r/api/Dockerfile.dockerignore': '.git\n' },
      { 'vscode-vfs://github/o/r/api': ['.git', 'Dockerfile', 'Dockerfile.dockerignore'] },
    );
    const project = new ProjectConfiguration(rules, files);
    project.setFolders(['vscode-vfs://github/o/r/']);
    const options = project.lintOptionsFor('vscode-vfs://github/o/r/api/Dockerfile', { maxFileSize: 1 << 20 })!;
    assert.equal(options.severities?.['dockerfile/require-user'], 'off');
    assert.deepEqual(options.workspace, { dockerignore: '.git\n', contextEntries: ['.git', 'Dockerfile', 'Dockerfile.dockerignore'] });
    // The web server fetches what readsFor names before it analyses: every read lintOptionsFor made is among them.
    const named = project.readsFor('vscode-vfs://github/o/r/api/Dockerfile');
    assert.deepEqual(files.reads.filter((read) => ![...named.files, ...named.directories.map((folder) => `${folder}/`)].includes(read)), []);
    assert.equal(project.lintOptionsFor('vscode-vfs://github/o/r/vendor/Dockerfile', { maxFileSize: 1 << 20 }), undefined);
  });

  it('tells an absent .dockerignore (null) from an unknown build context (no facts)', () => {
    const files = memoryFileSystem({}, { 'file:///w': ['Dockerfile', 'node_modules'] });
    const project = new ProjectConfiguration(rules, files);
    assert.deepEqual(project.lintOptionsFor('file:///w/Dockerfile', { maxFileSize: 1 })!.workspace, { dockerignore: null, contextEntries: ['Dockerfile', 'node_modules'] });
    assert.deepEqual(project.lintOptionsFor('file:///elsewhere/Dockerfile', { maxFileSize: 1 })!.workspace, {});
    assert.deepEqual(project.lintOptionsFor('untitled:Untitled-1', { maxFileSize: 1 })!.workspace, {});
  });

  it('lists a build context and reads its .dockerignore once for all its Dockerfiles, again after invalidate', () => {
    const files = memoryFileSystem(
      { 'file:///w/.dockerignore': 'node_modules\n', 'file:///w/api.Dockerfile.dockerignore': '.git\n' },
      { 'file:///w': ['.dockerignore', 'Dockerfile', 'api.Dockerfile', 'api.Dockerfile.dockerignore', 'web.Dockerfile'] },
    );
    const project = new ProjectConfiguration(rules, files);
    const dockerignoreOf = (name: string) => project.lintOptionsFor(`file:///w/${name}`, { maxFileSize: 1 })!.workspace!.dockerignore;
    assert.deepEqual(['Dockerfile', 'api.Dockerfile', 'web.Dockerfile'].map(dockerignoreOf), ['node_modules\n', '.git\n', 'node_modules\n']);
    const count = (read: string) => files.reads.filter((each) => each === read).length;
    assert.deepEqual([count('file:///w/'), count('file:///w/.dockerignore'), count('file:///w/web.Dockerfile.dockerignore')], [1, 1, 1]);
    project.invalidate();
    assert.equal(dockerignoreOf('web.Dockerfile'), 'node_modules\n');
    assert.deepEqual([count('file:///w/'), count('file:///w/.dockerignore')], [2, 2]);
  });

  it('does not look for a <Dockerfile>.dockerignore its folder does not list, in any case', () => {
    // A case-insensitive disk answers `Dockerfile.dockerignore` for the listed `dockerfile.DOCKERIGNORE`.
    const files = memoryFileSystem(
      { 'file:///c/Dockerfile.dockerignore': '.git\n' },
      { 'file:///c': ['Dockerfile', 'dockerfile.DOCKERIGNORE'], 'file:///n': ['Dockerfile', 'compose.yaml'] },
    );
    const project = new ProjectConfiguration(rules, files);
    assert.equal(project.lintOptionsFor('file:///c/Dockerfile', { maxFileSize: 1 })!.workspace!.dockerignore, '.git\n');
    assert.equal(project.lintOptionsFor('file:///n/Dockerfile', { maxFileSize: 1 })!.workspace!.dockerignore, null);
    assert.deepEqual(files.reads.filter((read) => read.startsWith('file:///n')), ['file:///n/', 'file:///n/.dockerignore']);
  });

  it('knows the watched files by their decoded name', () => {
    assert.ok(isWatchedFile('vscode-vfs://github/o/r/api/Dockerfile.dockerignore'));
    assert.ok(isWatchedFile('file:///w/.hadolint.yml'));
    assert.ok(!isWatchedFile('file:///w/Dockerfile'));
  });

  it('reads files on disk in the Node server and the CLI, file: URIs only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cc-files-'));
    try {
      mkdirSync(join(dir, 'big'));
      writeFileSync(join(dir, '.dockerignore'), 'node_modules\n');
      writeFileSync(join(dir, 'big', 'file'), 'x'.repeat(100));
      const uri = (path: string) => pathToFileURL(join(dir, path)).href;
      assert.equal(nodeFileSystem.readFile(uri('.dockerignore'), 1024), 'node_modules\n');
      assert.equal(nodeFileSystem.readFile(uri('big/file'), 99), undefined);
      assert.equal(nodeFileSystem.readFile(uri('big'), 1024), undefined);
      assert.equal(nodeFileSystem.readFile(uri('missing'), 1024), undefined);
      assert.deepEqual(nodeFileSystem.readDirectory(uri('big')), ['file']);
      assert.equal(nodeFileSystem.readDirectory(uri('.dockerignore')), undefined);
      assert.equal(nodeFileSystem.readDirectory('vscode-vfs://github/o/r'), undefined);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in the web server, answers what the client sent once fetched, asks once per file, and forgets on invalidate', async () => {
    const sent: [string, unknown][] = [];
    const answers: Record<string, unknown> = { 'file:///w/.dockerignore': '.git\n', 'file:///w': ['.git', 'Dockerfile'] };
    const connection = {
      sendRequest: async (method: string, params: { uri: string }) => {
        sent.push([method, params]);
        if (params.uri === 'file:///w/broken') throw new Error('no such provider');
        return answers[params.uri] ?? null;
      },
    };
    const logged: string[] = [];
    const files = new ClientFileSystem(connection as never, (message) => logged.push(message));
    assert.equal(files.readFile('file:///w/.dockerignore'), undefined, 'nothing is known before it is fetched');
    const reads = { files: ['file:///w/.dockerignore', 'file:///w/broken', 'untitled:Untitled-1.dockerignore'], directories: ['file:///w'] };
    await Promise.all([files.prefetch(reads), files.prefetch(reads)]);
    assert.equal(files.readFile('file:///w/.dockerignore'), '.git\n');
    assert.equal(files.readFile('file:///w/broken'), undefined);
    assert.deepEqual(files.readDirectory('file:///w'), ['.git', 'Dockerfile']);
    assert.deepEqual(sent, [
      [READ_FILE_REQUEST, { uri: 'file:///w/.dockerignore', maxSize: 256 * 1024 }],
      [READ_FILE_REQUEST, { uri: 'file:///w/broken', maxSize: 256 * 1024 }],
      [READ_DIRECTORY_REQUEST, { uri: 'file:///w' }],
    ]);
    assert.equal(logged.length, 1);
    assert.match(logged[0], /could not read .*file:\/\/\/w\/broken.*no such provider/);
    files.invalidate();
    assert.equal(files.readFile('file:///w/.dockerignore'), undefined);
    await files.prefetch(reads);
    assert.equal(sent.length, 6);
  });
});
