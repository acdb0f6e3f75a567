/**
 * LABEL pairs and the label schema (hadolint's `label-schema`): the types a label's value can be
 * required to have, their checks, and the walk the format rules share.
 */
import type { Instruction, Property } from 'dockerfile-ast';
import type { Range } from 'vscode-languageserver-types';
import type { Finding, LabelType, WorkspaceFacts } from '../../engine/rule';
import type { ParsedDockerfile } from './model';
import { byKeyword } from './instructions';
import { code } from '../../text/markdown';

export const LABEL_TYPES: readonly LabelType[] = ['text', 'url', 'semver', 'hash', 'rfc3339', 'spdx', 'email'];

export interface LabelPair {
  instruction: Instruction;
  key: string;
  keyRange: Range;
  /** Quotes removed; variables as written. */
  value: string;
  valueRange: Range | null;
}

export function labelPairs(instruction: Instruction): LabelPair[] {
  if (instruction.getKeyword() !== 'LABEL') return [];
  return (instruction as unknown as { getProperties(): Property[] }).getProperties().map((property) => ({
    instruction,
    key: property.getName(),
    keyRange: property.getNameRange(),
    value: property.getValue() ?? '',
    valueRange: property.getValueRange(),
  }));
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
const RFC3339 = /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;

function isRfc3339(value: string): boolean {
  const match = RFC3339.exec(value);
  if (!match) return false;
  const [month, day, hour, minute, second] = match.slice(2, 7).map(Number);
  const offset = match[7] === undefined ? [0, 0] : [Number(match[7]), Number(match[8])];
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60 && offset[0] <= 23 && offset[1] <= 59;
}

/** Whether a value has the type; `spdx` checks the form of an identifier (`MIT`, `Apache-2.0`, `LicenseRef-x`), not the list. */
export const LABEL_CHECKS: Record<Exclude<LabelType, 'text'>, (value: string) => boolean> = {
  url: (value) => /^[A-Za-z][A-Za-z0-9+.-]*:[^\s"<>\\^`{|}]*$/.test(value),
  semver: (value) => SEMVER.test(value),
  hash: (value) => /^(?:[0-9a-f]{7}|[0-9a-f]{40})$/.test(value),
  rfc3339: isRfc3339,
  spdx: (value) => /^(?:LicenseRef-[A-Za-z0-9.-]+|[A-Za-z0-9][A-Za-z0-9.-]*\+?)$/.test(value),
  email: (value) => /^[^\s@<>()[\],;:"]+@[^\s@<>()[\],;:"]+$/.test(value),
};

/** The findings of one format rule: every LABEL value of a key the schema gives `type` that is not of that type. */
export function* malformedLabels(dockerfile: ParsedDockerfile, workspace: WorkspaceFacts, type: Exclude<LabelType, 'text'>, what: string): Generator<Finding> {
  const schema = workspace.labelSchema ?? {};
  // Most schemas, and the default one, give no key this type.
  if (!Object.values(schema).includes(type)) return;
  for (const instruction of byKeyword(dockerfile, 'LABEL')) {
    for (const pair of labelPairs(instruction)) {
      if (schema[pair.key] !== type || pair.value === '' || LABEL_CHECKS[type](pair.value)) continue;
      yield {
        range: pair.valueRange ?? pair.keyRange,
        message: `The label ${code(pair.key)} must be ${what} (its type in the label schema is \`${type}\`); ${code(pair.value)} is not${pair.value.includes('$') ? ': a value from a variable is checked as written, so give the label the type `text`' : ''}.`,
      };
    }
  }
}
