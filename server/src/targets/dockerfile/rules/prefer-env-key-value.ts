import type { Property } from 'dockerfile-ast';
import { byKeyword } from '../instructions';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { code } from '../../../text/markdown';
import { replaceFix } from '../../../edits/textEdits';
import { defineDockerfileRule, type Fix } from '../../../engine/rule';

export default defineDockerfileRule({
  id: 'dockerfile/prefer-env-key-value',
  aliases: ['LegacyKeyValueFormat'],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['cc-dockerfile-variables'],
  subject: ['key=value', 'LegacyKeyValueFormat'],
  summary: 'ENV and LABEL should use the `key=value` form.',
  docs: {
    why:
      'The legacy `ENV key value` form sets one variable to the whole rest of the line, so `ENV A 1 B 2` sets ' +
      '`A` to `1 B 2`. The `key=value` form is unambiguous and can set several variables at once.',
    bad: 'ENV NODE_ENV production',
    good: 'ENV NODE_ENV=production',
  },
  *check({ document, dockerfile }) {
    for (const instruction of byKeyword(dockerfile, 'ENV', 'LABEL')) {
      const keyword = instruction.getKeyword();
      const properties = (instruction as unknown as { getProperties(): Property[] }).getProperties();
      if (properties.length !== 1 || properties[0].getAssignmentOperator() !== null || properties[0].getValue() === null) continue;
      const property = properties[0];
      const fix = keyValueFix(document, property);
      yield {
        range: property.getRange(),
        message: `${code(`${keyword} ${property.getName()} …`)} uses the legacy form; write ${code(`${property.getName()}=…`)}.`,
        ...(fix ? { fixes: [fix] } : {}),
      };
    }
  },
});

function keyValueFix(document: TextDocument, property: Property): Fix | undefined {
  const valueRange = property.getValueRange();
  if (!valueRange || valueRange.start.line !== valueRange.end.line) return undefined;
  const raw = document.getText(valueRange);
  if (/["'\\`]/.test(raw)) return undefined;
  const value = /\s/.test(raw) ? `"${raw}"` : raw;
  const range = { start: property.getNameRange().end, end: valueRange.end };
  return replaceFix(`Write ${property.getName()}=…`, range, `=${value}`);
}
