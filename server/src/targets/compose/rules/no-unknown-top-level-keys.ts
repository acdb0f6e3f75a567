import { withinEditDistance } from '../../../text/editDistance';
import { keyRange, mapPairs } from '../../../parsing/yaml';
import { replaceNode } from '../../../edits/yamlEdits';
import { code } from '../../../text/markdown';
import { defineComposeRule } from '../../../engine/rule';

const TOP_LEVEL = ['version', 'name', 'services', 'networks', 'volumes', 'configs', 'secrets', 'include', 'models'];

export default defineComposeRule({
  id: 'compose/no-unknown-top-level-keys',
  aliases: [],
  severity: 'error',
  fixSafety: 'unsafe',
  questions: ['q274'],
  summary: 'Top-level keys must be ones the Compose Specification defines, or extensions starting with `x-`.',
  docs: {
    why:
      'Compose rejects a file with an unknown top-level key (`services` misspelt, a `volume:` without the ' +
      '`s`, a key indented one level too little). Reusable fragments go under keys that start with `x-`, ' +
      'which Compose ignores.',
    bad: 'services:\n  web:\n    image: nginx:1.27\nvolume:\n  data: {}',
    good: 'services:\n  web:\n    image: nginx:1.27\nvolumes:\n  data: {}\nx-defaults: &defaults\n  restart: unless-stopped',
  },
  *check({ document, compose }) {
    for (const file of compose.files) {
      const topLevel = [...mapPairs(file.doc, file.root)];
      if (!topLevel.some(({ key }) => key === 'services')) continue;
      for (const { key, pair } of topLevel) {
        if (TOP_LEVEL.includes(key) || key.startsWith('x-')) continue;
        const suggestion = TOP_LEVEL.find((known) => withinEditDistance(known, key.toLowerCase(), 2) && !topLevel.some((each) => each.key === known));
        const edits = suggestion ? replaceNode(document, pair.key, suggestion) : undefined;
        yield {
          range: keyRange(document, pair),
          message: suggestion
            ? `${code(key)} is not a Compose top-level key; did you mean ${code(suggestion)}?`
            : `${code(key)} is not a Compose top-level key; Compose rejects the file (prefix reusable fragments with ${code('x-')}).`,
          fixes: edits && [{ title: `Rename to ${suggestion}`, edits }],
        };
      }
    }
  },
});

