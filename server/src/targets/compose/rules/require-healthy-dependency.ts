import { hasHealthcheck, type ComposeModel, type ComposeService } from '../model';
import { findPair, isMap, isSeq, mapPairs, nodeRange, resolveNode, scalarString, sequenceItems, type Node, type YAMLSeq } from '../../../parsing/yaml';
import { insertPair, renderFlow, replaceNode, setScalar, type YamlValue } from '../../../edits/yamlEdits';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { code } from '../../../text/markdown';
import { endOfLine } from '../../../text/endOfLine';
import { ownPairFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { defineComposeRule, type Fix } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-healthy-dependency',
  aliases: [],
  severity: 'info',
  fixSafety: 'unsafe',
  questions: ['q285', 'q265'],
  summary: 'Wait for a dependency\'s health check (`condition: service_healthy`) when it has one.',
  docs: {
    why:
      'Plain `depends_on` only orders container starts: the app starts as soon as the database container ' +
      'exists, usually before the database accepts connections, and fails or races. When the dependency has ' +
      'a `healthcheck`, `condition: service_healthy` makes Compose wait until it passes.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    depends_on:\n      - db\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD", "pg_isready"]',
    good: 'services:\n  app:\n    image: example/app:1.4\n    depends_on:\n      db:\n        condition: service_healthy\n  db:\n    image: postgres:16.4\n    healthcheck:\n      test: ["CMD", "pg_isready"]',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const pair = service.get('depends_on');
      const value = resolveNode(service.doc, pair?.value);
      if (!pair) continue;
      if (isSeq(value)) {
        for (const item of sequenceItems(service.doc, value)) {
          const name = scalarString(item);
          const dependency = name === undefined ? undefined : compose.service(service, name);
          const range = nodeRange(document, item);
          if (!dependency || !range || !hasHealthcheck(dependency)) continue;
          const fix = ownPairFix(service, 'depends_on', 'Wait for healthy dependencies', () => listToMap(document, compose, service, value, pair.key as Node));
          yield finding(range, service, name ?? '', keepFixes(fix));
        }
      } else if (isMap(value)) {
        for (const { key, pair: entry } of mapPairs(service.doc, value)) {
          const dependency = compose.service(service, key);
          if (!dependency || !hasHealthcheck(dependency)) continue;
          const options = resolveNode(service.doc, entry.value);
          const condition = isMap(options) ? findPair(service.doc, options, 'condition') : undefined;
          const current = scalarString(condition?.value);
          if (current === 'service_healthy' || current === 'service_completed_successfully') continue;
          const healthy = () => {
            if (condition) return setScalar(document, condition.value, 'service_healthy');
            return isMap(options) ? insertPair(document, options, 'condition', 'service_healthy') : undefined;
          };
          const range = nodeRange(document, entry.key);
          if (range) yield finding(range, service, key, keepFixes(ownPairFix(service, 'depends_on', 'Wait until it is healthy', healthy)));
        }
      }
    }
  },
});

function finding(range: Range, service: ComposeService, name: string, fixes: Fix[] | undefined) {
  return {
    range,
    message: `Service ${code(service.name)} starts as soon as ${code(name)} starts, not when its health check passes; use ${code('condition: service_healthy')}.`,
    fixes,
  };
}

/** Rewrites `depends_on: [a, b]` as a map with a condition for each dependency. */
function listToMap(document: TextDocument, compose: ComposeModel, service: ComposeService, seq: YAMLSeq, key: Node) {
  const text = document.getText();
  const range = seq.range;
  const keyStart = key.range?.[0];
  if (!range || keyStart === undefined || text.slice(range[0], range[1]).includes('#')) return undefined;
  const entries: [string, YamlValue][] = [];
  for (const item of sequenceItems(service.doc, seq)) {
    const name = scalarString(item);
    if (name === undefined || !/^[\w.-]+$/.test(name)) return undefined;
    const dependency = compose.service(service, name);
    entries.push([name, { condition: dependency && hasHealthcheck(dependency) ? 'service_healthy' : 'service_started' }]);
  }
  if (seq.flow) return replaceNode(document, seq, renderFlow(Object.fromEntries(entries)));
  const column = range[0] - (text.lastIndexOf('\n', range[0] - 1) + 1);
  const keyColumn = keyStart - (text.lastIndexOf('\n', keyStart - 1) + 1);
  if (column <= keyColumn) return undefined;
  const eol = endOfLine(text);
  const indent = ' '.repeat(column);
  const lines = entries.map(([name, options]) => `${name}:${eol}${indent}  condition: ${(options as { condition: string }).condition}`);
  return replaceNode(document, seq, lines.join(`${eol}${indent}`));
}
