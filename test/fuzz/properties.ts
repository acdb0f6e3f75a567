import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseProblems, stillParses } from '../../server/src/engine/fixAll';
import type { TargetName } from '../../server/src/engine/rule';
import { targetsByName } from '../../server/src/targets/index';
import { corpusFolder, filesUnder } from '../corpus/corpus';

/** One fuzz case: a text linted as one target. */
export interface FuzzCase {
  target: TargetName;
  text: string;
}

const NAMES: Record<TargetName, string> = { dockerfile: 'Dockerfile', compose: 'compose.yaml', kubernetes: 'pod.yaml' };
const TARGETS: TargetName[] = ['dockerfile', 'compose', 'kubernetes'];

/** The rules that are off by default run too. */
const EVERY_RULE_ON = Object.fromEntries(
  TARGETS.map((target) => [target, Object.fromEntries(targetsByName[target].rules.map((rule) => [rule.id, 'on' as const]))]),
) as Record<TargetName, Record<string, 'on'>>;

/** At most this many fixes of one case are applied and re-parsed one by one. */
const FIXES_CHECKED = 6;

/**
 * The property, with every rule on: analysing never throws, no rule fails, and every fix offered keeps the file parsing (no
 * parse problem it did not have before: see `stillParses`).
 */
export function checkCase({ target, text }: FuzzCase): void {
  const document = TextDocument.create(`file:///fuzz/${NAMES[target]}`, target, 1, text);
  const { result } = targetsByName[target].analyse(document, { maxFileSize: 1 << 20, severities: EVERY_RULE_ON[target] });
  assert.deepEqual(result.failures.map((failure) => `${failure.ruleId}: ${failure.error instanceof Error ? failure.error.stack : String(failure.error)}`), []);
  const fixes = result.findings.flatMap((finding) => (finding.fixes ?? []).map((fix) => ({ ruleId: finding.rule.id, fix }))).slice(0, FIXES_CHECKED);
  if (fixes.length === 0) return;
  const before = parseProblems(target, text);
  for (const { ruleId, fix } of fixes) {
    const after = TextDocument.applyEdits(document, fix.edits);
    assert.ok(stillParses(before, parseProblems(target, after)), `${ruleId}: "${fix.title}" breaks the parse:\n${after.slice(0, 2000)}`);
  }
}

/** The corpus files beside the checkout, by target (a missing corpus throws: see `corpusFolder`). */
export function corpusFiles(): FuzzCase[] {
  return TARGETS.flatMap((target) =>
    filesUnder(corpusFolder(target))
      .filter((path) => !/README|MANIFEST|LICENSE/i.test(basename(path)))
      .map((path) => ({ target, text: readFileSync(path, 'utf8') })),
  );
}

/** Bits of text that upset parsers and patterns, spliced into real files. */
const HOSTILE_BITS = [
  '\r', '\r\n', '\ufeff', '\ufffd', '\u0000', '\u0001\u001b', '\t', '\\\n', '\\', '"', "'", '`', '$(', '${', '}', '<<EOF\n', 'EOF\n', '<<-X\n\tx\n\tX\n',
  '&a ', '*a', '<<: *a\n', '<<: [*a, *a]\n', '&b runAsUser: 1000\n', '{', '}', '[', ']', ': ', '- ', '---\n', '...\n', '? ', '!!str ', '|\n', '>-\n', '#',
  '# container-coach ignore=all\n', '# hadolint ignore=DL3008\n', 'FROM ', 'RUN ', 'ENV = *a\n', 'SHELL ["/bin/sh", "-c"]\n', 'ARG A=${A}\n', 'COPY . .\n',
  'RUN apt-get update && apt-get install -y curl "\n', 'RUN yum install -y x `\n', 'services:\n', '  web:\n', '    image: x\n', 'cap_add:\n', '  - NET_ADMIN\n',
  'privileged: true\n', 'securityContext:\n', 'containers:\n', 'kind: Pod\n', 'apiVersion: v1\n', 'spec:\n', '  ', '    ', '\n', '\n\n',
];

const mutation = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: fc.oneof(fc.constantFrom(...HOSTILE_BITS), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 80 }) }),
  fc.record({ kind: fc.constant('duplicate-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), times: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constant('line-endings' as const), to: fc.constantFrom('\r', '\r\n') }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer M> ? M : never;

function mutate(text: string, change: Mutation): string {
  if (change.kind === 'line-endings') return text.replace(/\r?\n/g, change.to);
  const at = Math.floor(change.at * text.length);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  const line = text.slice(start, end < 0 ? text.length : end + 1);
  return text.slice(0, start) + line.repeat(change.times) + text.slice(start);
}

/** Up to `lines` lines of `text` from `at` (a fraction of its lines): small cases run fast, so that a run can try many. */
function window(text: string, at: number, lines: number): string {
  const all = text.split('\n');
  const start = Math.floor(at * all.length);
  return all.slice(start, start + lines).join('\n');
}

/** A corpus file (whole, or a few lines of it) with a few mutations, linted as its own target or (now and then) another. */
export function mutatedCorpus(files: readonly FuzzCase[]): fc.Arbitrary<FuzzCase> {
  return fc
    .record({
      file: fc.constantFrom(...files),
      part: fc.option(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), lines: fc.integer({ min: 1, max: 40 }) }), { freq: 40, nil: undefined }),
      changes: fc.array(mutation, { minLength: 1, maxLength: 6 }),
      other: fc.oneof({ arbitrary: fc.constant(undefined), weight: 7 }, { arbitrary: fc.constantFrom(...TARGETS), weight: 1 }),
    })
    .map(({ file, part, changes, other }) => ({
      target: other ?? file.target,
      text: changes.reduce(mutate, part ? window(file.text, part.at, part.lines) : file.text),
    }));
}

/** Files made to hurt: alias and merge bombs, deep nesting, long heredocs, huge lines, lone CRs, BOMs, invalid UTF-8. `scale` sets their size. */
export function hostileFiles(scale: number): fc.Arbitrary<FuzzCase> {
  const size = fc.integer({ min: 1, max: scale });
  const yaml = (text: string): fc.Arbitrary<FuzzCase> => fc.constantFrom(...(['compose', 'kubernetes'] as const)).map((target) => ({ target, text }));
  return fc.oneof(
    fc.integer({ min: 1, max: 8 }).chain((merges) => yaml(`services:\n  s: &a\n    <<: [${Array(merges).fill('*a').join(', ')}]\n    image: x\n`)),
    fc.integer({ min: 1, max: 8 }).chain((merges) => yaml(`apiVersion: v1\nkind: Pod\nspec: &a\n  <<: [${Array(merges).fill('*a').join(', ')}]\n  containers: [{name: c, image: x, securityContext: *a}]\n`)),
    fc.integer({ min: 2, max: 9 }).chain((width) => {
      const levels = Array.from({ length: 5 }, (_, level) => `l${level}: &l${level} [${Array(width).fill(level === 0 ? '"x"' : `*l${level - 1}`).join(',')}]`);
      return yaml(`${levels.join('\n')}\nservices:\n  web:\n    image: x\n    environment: *l4\n    cap_add: *l4\n`);
    }),
    size.chain((depth) => yaml(`services: ${'['.repeat(Math.min(depth, 3000))}${']'.repeat(Math.min(depth, 3000))}\n`)),
    size.chain((depth) => yaml(`services:\n${Array.from({ length: Math.min(depth, 200) }, (_, level) => `${'  '.repeat(level + 1)}k${level}:`).join('\n')} x\n`)),
    fc.record({ lines: size, line: fc.constantFrom('apt-get install -y curl && echo ok | cat ; true', 'npm install -x', 'pip install x', 'echo $HOME', '') }).map(({ lines, line }) => ({
      target: 'dockerfile' as const,
      text: `FROM debian:12\nCOPY . .\nRUN <<EOF\n${`${line}\n`.repeat(lines)}EOF\n`,
    })),
    fc.record({ length: size, word: fc.constantFrom('apt-get ', 'a', 'npm install ', 'pip install ', '-', '$', '\\', '"', "'", '&& ', 'curl ') }).map(({ length, word }) => ({
      target: 'dockerfile' as const,
      text: `FROM alpine:3\nRUN ${word.repeat(Math.ceil((length * 20) / word.length))}\nCMD ${word.repeat(length)}\n`,
    })),
    fc.record({ length: size }).chain(({ length }) => yaml(`services:\n  web:\n    image: "${'x'.repeat(length * 20)}"\n    command: ${'a '.repeat(length)}\n`)),
    fc.constantFrom(...TARGETS).map((target) => ({ target, text: '\r' })),
    fc.record({ target: fc.constantFrom(...TARGETS), bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }) }).map(({ target, bytes }) => ({
      target,
      text: Buffer.concat([Buffer.from(target === 'dockerfile' ? '\ufeffFROM alpine\nRUN echo ' : '\ufeffservices:\n  web:\n    image: '), Buffer.from(bytes), Buffer.from('\n')]).toString('utf8'),
    })),
  );
}
