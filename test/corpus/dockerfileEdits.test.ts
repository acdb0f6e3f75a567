import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DockerfileParser } from 'dockerfile-ast';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analysis, LintOptions } from '../../server/src/engine/lint';
import { reparseDockerfile } from '../../server/src/targets/dockerfile/reparse';
import { dockerfile } from '../../server/src/targets/dockerfile/index';
import { analyse } from '../../server/src/engine/lint';
import { corpusFolder, filesUnder } from './corpus';
import { dump } from '../unit/targets/dockerfile/parseDump';

const OPTIONS: LintOptions = { maxFileSize: 1 << 20, today: () => new Date('2026-12-01T00:00:00Z') };

/** Every finding as one line: rule, severity, range, message, related locations and fix edits. */
function findings(analysis: Analysis): string[] {
  const { findings: list, failures } = analysis.result;
  assert.deepEqual(failures, []);
  return list.map((f) => JSON.stringify([f.rule.id, f.severity, f.range, f.message, f.related ?? null, (f.fixes ?? []).map((x) => [x.title, x.safety, x.edits])]));
}

/** Scripted edits that keep the number of lines: a line of the middle and one near either end rewritten, continuations joined and cut, a heredoc opened. */
function edits(text: string): { name: string; text: string }[] {
  const lines = text.split('\n');
  const middle = Math.floor(lines.length / 2);
  const at = (index: number, line: string) => lines.map((each, position) => (position === index ? line : each)).join('\n');
  const continued = lines.findIndex((line) => /\\\s*$/.test(line));
  const plain = lines.findIndex((line, index) => index > 1 && /^[A-Z]+\s/.test(line) && !/\\\s*$/.test(line));
  return [
    { name: 'a word added at the end of the middle line', text: at(middle, `${lines[middle]} edited`) },
    { name: 'the middle line replaced by an instruction', text: at(middle, 'RUN echo edited') },
    { name: 'the middle line made a comment', text: at(middle, '# edited') },
    { name: 'the middle line made a FROM', text: at(middle, 'FROM alpine:3.22 AS edited') },
    { name: 'the middle line made an ARG and ENV reading it', text: at(middle, 'ARG EDITED=1') },
    { name: 'a heredoc opened in the middle line', text: at(middle, 'RUN <<EOF') },
    { name: 'the middle line continued onto the next', text: at(middle, `${lines[middle]} \\`) },
    { name: 'the second line rewritten', text: lines.length > 2 ? at(1, 'ENV EDITED=$EDITED') : text },
    { name: 'the last line rewritten', text: at(lines.length - 1, `${lines[lines.length - 1]}# edited`) },
    { name: 'a continuation cut', text: continued > 0 ? at(continued, lines[continued]!.replace(/\\\s*$/, '')) : text },
    { name: 'a plain instruction continued', text: plain > 0 ? at(plain, `${lines[plain]} \\`) : text },
  ];
}

describe('an edit of a Dockerfile that keeps its lines: the parse given the previous one equals a fresh parse', function () {
  this.timeout(300_000);

  it('every corpus Dockerfile, eleven edits each, LF and CRLF: the same parse and the same findings', () => {
    const files = filesUnder(corpusFolder('dockerfile')).filter((path) => !path.endsWith('.md'));
    let reparsed = 0;
    let compared = 0;
    for (const path of files) {
      const original = readFileSync(path, 'utf8').replace(/\r\n/g, '\n');
      for (const lineEnding of ['\n', '\r\n']) {
        const text = original.replace(/\n/g, lineEnding);
        const uri = `file:///corpus/${basename(path)}`;
        const before = analyse(TextDocument.create(uri, 'dockerfile', 1, text), dockerfile, OPTIONS);
        findings(before);
        for (const edit of edits(original)) {
          const edited = edit.text.replace(/\n/g, lineEnding);
          const where = `${basename(path)}: ${edit.name} (${JSON.stringify(lineEnding)})`;
          const quick = reparseDockerfile(edited, DockerfileParser.parse(text));
          if (quick) {
            assert.equal(dump(quick), dump(DockerfileParser.parse(edited)), where);
            reparsed++;
          }
          const incremental = analyse(TextDocument.create(uri, 'dockerfile', 2, edited), dockerfile, OPTIONS, before);
          const fresh = analyse(TextDocument.create(uri, 'dockerfile', 2, edited), dockerfile, OPTIONS);
          assert.deepEqual(findings(incremental), findings(fresh), where);
          compared++;
        }
      }
    }
    assert.ok(files.length >= 400, `${files.length} Dockerfiles`);
    // The quick path ran for most edits: a test of the fallback alone would prove nothing.
    assert.ok(reparsed > compared / 2, `${reparsed} of ${compared} edits parsed again in part`);
  });

  it('falls back to a whole parse where a part might parse otherwise', () => {
    const text = '# syntax=docker/dockerfile:1\nFROM alpine:3.22\nRUN echo one\nRUN echo two\n';
    const earlier = DockerfileParser.parse(text);
    assert.equal(reparseDockerfile(text.replace('one', 'uno'), earlier)?.getInstructions().length, 3);
    assert.equal(reparseDockerfile(text.replace('syntax', 'escape=`\n# syntax'), earlier), undefined, 'a line added');
    assert.equal(reparseDockerfile(text.replace('alpine', 'debian'), earlier), undefined, 'the first instruction edited');
    assert.equal(reparseDockerfile(text.replace('syntax=docker', 'syntax=other'), earlier), undefined, 'a directive edited');
    assert.equal(reparseDockerfile(`\ufeff${text.replace('one', 'uno')}`, DockerfileParser.parse(`\ufeff${text}`)), undefined, 'a byte order mark');
    assert.equal(reparseDockerfile(text, earlier), undefined, 'nothing changed');
  });
});
