import assert from 'node:assert/strict';
import { withPlainEnv } from '../../../server/src/parsing/plainEnv';
import { parseYamlText } from '../../../server/src/parsing/yaml';

describe('withPlainEnv: the YAML parse reads a plain process.env', () => {
  const real = process.env;
  afterEach(() => {
    process.env = real;
    delete process.env.LOG_TOKENS;
  });

  it('swaps in a plain object with the variables yaml reads, then puts the real one back', () => {
    process.env.LOG_TOKENS = '';
    const seen = withPlainEnv(() => ({ env: process.env, tokens: process.env.LOG_TOKENS, home: process.env.HOME }));
    assert.notEqual(seen.env, real);
    assert.equal(Object.getPrototypeOf(seen.env), Object.prototype);
    assert.equal(seen.tokens, '');
    assert.equal(seen.home, undefined);
    assert.equal(process.env, real);
  });

  it('puts the real process.env back when the work throws', () => {
    assert.throws(() => withPlainEnv(() => { throw new Error('parse failed'); }), /parse failed/);
    assert.equal(process.env, real);
  });

  it('keeps yaml\'s token log working: LOG_TOKENS set, the parse prints its tokens', () => {
    process.env.LOG_TOKENS = '1';
    const printed: unknown[][] = [];
    const log = console.log;
    console.log = (...args: unknown[]) => void printed.push(args);
    try {
      parseYamlText('kind: Pod\n');
    } finally {
      console.log = log;
    }
    assert.ok(printed.some((args) => args[0] === '|' && String(args[1]).includes('kind')), JSON.stringify(printed));
    assert.equal(process.env, real);
  });
});
