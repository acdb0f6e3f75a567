import assert from 'node:assert/strict';
import { interpolate } from '../../../../server/src/targets/compose/model';

describe('Compose interpolation', () => {
  const cases: [string, string][] = [
    ['${MARIADB_PORT:-3307}:3306', '3307:3306'],
    ['${PORT-8080}:80', '8080:80'],
    ['${HOST:?set HOST}:80', '${HOST}:80'],
    ['${TAG:+-slim}', '${TAG}'],
    ['$REGISTRY/app:${TAG:-1.4}', '${REGISTRY}/app:1.4'],
    ['${DATA:-${HOME:-/root}/data}:/data', '/root/data:/data'],
    ['echo $$HOME costs $$5', 'echo $HOME costs $5'],
    ['no variables: a:b', 'no variables: a:b'],
    ['a lone $ and ${not closed', 'a lone $ and ${not closed'],
    ['${1BAD}', '${1BAD}'],
  ];
  for (const [text, expected] of cases) {
    it(`reads ${JSON.stringify(text)} as ${JSON.stringify(expected)}`, () => assert.equal(interpolate(text), expected));
  }
});
