import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BankJson } from '../../../common/src/bank';
import type { SeedFile } from '../../../scripts/bank/parseSeeds';
import { assembleBank } from '../../../scripts/bank/assembleBank';
import { ownQuestionsFile } from '../../../scripts/bank/ownQuestions';

export const contentDir = join(__dirname, '..', '..', '..', 'content');
export const advancedTopicsFile = '000_f7c79ac86fa7c7d7.txt';
export const expertProductionFile = '004_4101e3df04024357.txt';

export function readSeedFiles(): SeedFile[] {
  return [advancedTopicsFile, expertProductionFile].map((fileName) => ({
    fileName,
    text: readFileSync(join(contentDir, 'seeds', fileName), 'utf8'),
  }));
}

export function readMetadataYaml(): string {
  return readFileSync(join(contentDir, 'questions.yaml'), 'utf8');
}

export function readOwnQuestionsYaml(): string {
  return readFileSync(join(contentDir, ownQuestionsFile), 'utf8');
}

let bank: BankJson | undefined;

/** The bank as `scripts/buildBank.ts` builds it from `content/`, built once per test run. */
export function contentBank(): BankJson {
  bank ??= assembleBank(readSeedFiles(), readMetadataYaml(), readOwnQuestionsYaml());
  return bank;
}
