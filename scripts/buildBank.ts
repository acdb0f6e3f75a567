/**
 * Builds the question bank: `node --import tsx scripts/buildBank.ts [outFile]` (default `dist/bank.json`).
 * Reads `content/seeds/*.txt`, `content/questions.yaml` and our own questions in `content/own-questions.yaml`; exits non-zero, saying why, when they disagree.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { SeedParseError } from './bank/parseSeeds';
import { assembleBank, BankBuildError } from './bank/assembleBank';
import { ownQuestionsFile } from './bank/ownQuestions';

const contentDir = resolve(__dirname, '..', 'content');
const seedsDir = join(contentDir, 'seeds');

function main(outFile = resolve(__dirname, '..', 'dist', 'bank.json')): void {
  const seedFiles = readdirSync(seedsDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((fileName) => ({ fileName, text: readFileSync(join(seedsDir, fileName), 'utf8') }));
  const bank = assembleBank(seedFiles, readFileSync(join(contentDir, 'questions.yaml'), 'utf8'), readFileSync(join(contentDir, ownQuestionsFile), 'utf8'));
  const json = JSON.stringify(bank);
  mkdirSync(dirname(outFile), { recursive: true });
  writeFileSync(outFile, json);
  const repaired = bank.documents.filter((document) => document.repaired).map((document) => document.fileName);
  const own = bank.questions.filter((question) => question.origin === 'container-coach').length;
  console.log(
    `Question bank: ${bank.questions.length - own} questions from the seeds and ${own} of ours in ${bank.topics.length} topics, ` +
      `${(Buffer.byteLength(json) / 1024).toFixed(1)} KiB -> ${outFile}` +
      (repaired.length > 0 ? ` (mojibake repaired in ${repaired.join(', ')})` : ''),
  );
}

try {
  main(process.argv[2] && resolve(process.argv[2]));
} catch (error) {
  if (!(error instanceof BankBuildError || error instanceof SeedParseError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
