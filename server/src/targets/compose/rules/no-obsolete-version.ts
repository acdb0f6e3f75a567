import { findPair, keyRange } from '../../../parsing/yaml';
import { removePair } from '../../../edits/yamlEdits';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/no-obsolete-version',
  aliases: [],
  severity: 'warning',
  fixSafety: 'safe',
  questions: ['q6', 'q10'],
  subject: ['version:'],
  summary: 'Leave out the top-level `version:` key: Compose v2 ignores it and warns.',
  docs: {
    why:
      'Docker Compose v2 follows the Compose Specification, which has no file format versions: it ignores ' +
      '`version:` and prints a warning that it is obsolete. The key suggests features are gated by it when ' +
      'they are not; remove it.',
    bad: 'version: "3.8"\nservices:\n  web:\n    image: nginx:1.27',
    good: 'services:\n  web:\n    image: nginx:1.27',
  },
  *check({ document, compose }) {
    for (const file of compose.files) {
      if (!file.servicesPair) continue;
      const pair = findPair(file.doc, file.root, 'version');
      if (!pair || !file.root.items.includes(pair)) continue;
      const edits = removePair(document, file.root, pair);
      yield {
        range: keyRange(document, pair),
        message: 'The top-level `version` key is obsolete: Compose v2 ignores it and warns; remove it.',
        fixes: edits && [{ title: 'Remove the obsolete `version` key', edits }],
      };
    }
  },
});
