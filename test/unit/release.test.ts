import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { DockerfileContext } from '../../server/src/engine/rule';
import { runCommands } from '../../server/src/targets/dockerfile/runs';
import { targetsByName } from '../../server/src/targets/index';

describe('releasing what the rules derived from a parse', () => {
  const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nUSER 1000\n';
  const analyse = () => targetsByName.dockerfile.analyse(TextDocument.create('file:///w/Dockerfile', 'dockerfile', 1, text), { maxFileSize: 1 << 20 });

  it('keeps the findings and the parse, and derives the RUN commands again when asked', () => {
    const analysis = analyse();
    const findings = analysis.result.findings.map((finding) => `${finding.rule.id} ${finding.range.start.line}`);
    const context = analysis.context() as DockerfileContext;
    const before = runCommands(context.document, context.dockerfile);
    analysis.release();
    assert.deepEqual(analysis.result.findings.map((finding) => `${finding.rule.id} ${finding.range.start.line}`), findings);
    assert.equal(analysis.context(), context);
    const after = runCommands(context.document, context.dockerfile);
    assert.notEqual(after, before);
    assert.deepEqual(after.map((run) => run.command.words.map((word) => word.value)), before.map((run) => run.command.words.map((word) => word.value)));
  });

  it('drops nothing while rules are still to run', () => {
    const analysis = analyse();
    const context = analysis.context() as DockerfileContext;
    const before = runCommands(context.document, context.dockerfile);
    analysis.release();
    assert.equal(runCommands(context.document, context.dockerfile), before);
  });
});
