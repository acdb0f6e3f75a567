import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintDocument } from './server/src/linter';
const root = '/work/shared/corpus/dockerfile';
const files: string[] = [];
(function walk(d: string) { for (const n of readdirSync(d)) { const p = join(d, n); if (statSync(p).isDirectory()) walk(p); else if (!/README|MANIFEST|LICENSE|\.dockerignore$/i.test(n)) files.push(p); } })(root);
const counts = new Map<string, number>(); const samples = new Map<string, string[]>();
const only = process.argv[2];
for (const f of files) {
  const text = readFileSync(f, 'utf8');
  const di = join(dirname(f), '.dockerignore');
  const doc = TextDocument.create('file://' + f, 'dockerfile', 1, text);
  const r = lintDocument(doc, 'dockerfile', { maxFileSize: 1 << 30, workspace: {} });
  for (const x of r.failures) console.log('FAIL', x.ruleId, f, x.error);
  for (const x of r.findings) {
    counts.set(x.rule.id, (counts.get(x.rule.id) ?? 0) + 1);
    const s = samples.get(x.rule.id) ?? []; s.push(`${f.slice(root.length + 1)}:${x.range.start.line + 1}: ${doc.getText(x.range).slice(0, 60)} | ${x.message.slice(0, 140)}`); samples.set(x.rule.id, s);
  }
}
console.log(files.length, 'files');
for (const [k, v] of [...counts].sort()) console.log(v.toString().padStart(5), k);
if (only) for (const s of (samples.get(only) ?? []).slice(0, Number(process.argv[3] ?? 15))) console.log(s);
