import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fixAll, parseProblems, stillParses } from '../../server/src/engine/fixAll';
import type { TargetName } from '../../server/src/engine/rule';
import { rulesById, targetsByName } from '../../server/src/targets/index';
import { corpusFolder, filesUnder } from './corpus';

/** What `--fix` does to every corpus file, in process: only safe fixes, and every file still parses. */
describe('corpus: fix all (safe fixes only)', () => {
  for (const target of ['dockerfile', 'compose', 'kubernetes'] as TargetName[]) {
    it(`keeps every ${target} file parseable and applies no unsafe fix`, () => {
      const files = filesUnder(corpusFolder(target)).filter((path) => target === 'dockerfile' || /\.ya?ml$/.test(path));
      assert.ok(files.length > 30, `${files.length} files`);
      const lint = (document: TextDocument) => targetsByName[target].analyse(document, { maxFileSize: 1 << 20 }).result.findings;
      let changed = 0;
      for (const path of files) {
        const text = readFileSync(path, 'utf8');
        const document = TextDocument.create(`file://${path}`, target, 1, text);
        const result = fixAll(document, target, lint(document), lint);
        assert.deepEqual(result.applied.filter((fix) => rulesById.get(fix.ruleId)?.fixSafety !== 'safe'), [], path);
        assert.ok(stillParses(parseProblems(target, text), parseProblems(target, result.text)), path);
        if (result.text !== text) changed++;
      }
      assert.ok(target === 'kubernetes' || changed > 0, `${changed} ${target} files changed`);
    });
  }
});
