import { composeString } from '../model';
import { findPair, getMap, isMap, keyRange, pairRange } from '../../../parsing/yaml';
import { insertPair, insertPairs } from '../../../edits/yamlEdits';
import { code } from '../../../text/markdown';
import { ownPairFix } from '../fixes';
import { keepFixes } from '../../../edits/fixes';
import { defineComposeRule } from '../../../engine/rule';

export default defineComposeRule({
  id: 'compose/require-log-rotation',
  aliases: [],
  severity: 'warning',
  fixSafety: 'unsafe',
  questions: ['q289', 'q7', 'q8'],
  subject: ['max-size', 'log rotation', 'max-file'],
  summary: 'With the `json-file` log driver, set `max-size` (and `max-file`) so logs cannot fill the disk.',
  docs: {
    why:
      'The `json-file` driver keeps every line a container prints, forever, under `/var/lib/docker`: a chatty ' +
      'service fills the host\'s disk and takes every container down. `max-size` rotates the file and ' +
      '`max-file` keeps a few old ones. The `local` driver rotates by default.',
    bad: 'services:\n  app:\n    image: example/app:1.4\n    logging:\n      driver: json-file',
    good: 'services:\n  app:\n    image: example/app:1.4\n    logging:\n      driver: json-file\n      options:\n        max-size: "10m"\n        max-file: "3"',
  },
  *check({ document, compose }) {
    for (const service of compose.services) {
      const loggingPair = service.get('logging');
      const logging = service.value('logging');
      if (!loggingPair || !isMap(logging)) continue;
      const driverPair = findPair(service.doc, logging, 'driver');
      const driver = composeString(driverPair?.value);
      if (driver !== undefined && driver !== 'json-file') continue;
      const optionsPair = findPair(service.doc, logging, 'options');
      const options = getMap(service.doc, logging, 'options');
      if (options && findPair(service.doc, options, 'max-size')) continue;
      if (optionsPair && !options) continue;
      const rotation = { 'max-size': '"10m"', ...(options && findPair(service.doc, options, 'max-file') ? {} : { 'max-file': '"3"' }) };
      const rotate = () => (options ? insertPairs(document, options, rotation) : insertPair(document, logging, 'options', rotation));
      yield {
        range: driverPair ? pairRange(document, driverPair) : keyRange(document, loggingPair),
        message: `Service ${code(service.name)} logs with ${code('json-file')} without ${code('max-size')}, so its logs grow until the disk is full.`,
        fixes: () => keepFixes(ownPairFix(service, 'logging', 'Rotate logs at 10 MB, keeping 3 files', rotate)),
      };
    }
  },
});
