import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseApiKeys } from './parse-api-keys.js';

describe('parseApiKeys', () => {
  it('reads the compact notation', () => {
    expect(parseApiKeys('key1=fund-a|fund-b, key2=fund-c')).toEqual({ ok: true, value: { key1: ['fund-a', 'fund-b'], key2: ['fund-c'] } });
  });

  it('keeps base64 padding in keys (splits at the last =)', () => {
    expect(parseApiKeys('c2VjcmV0==fund-a')).toEqual({ ok: true, value: { 'c2VjcmV0=': ['fund-a'] } });
  });

  it('reads JSON, with a single fund or a list', () => {
    expect(parseApiKeys('{"a,b|c": ["fund-a", "fund-b"], "k2": "fund-c"}')).toEqual({
      ok: true,
      value: { 'a,b|c': ['fund-a', 'fund-b'], k2: ['fund-c'] },
    });
  });

  it('rejects malformed entries by position', () => {
    expect(parseApiKeys('key1=fund-a,,key2=fund-b')).toEqual({ ok: false, message: 'entry 2 is empty (expected key=fund-a|fund-b)' });
    expect(parseApiKeys('key1=fund-a|')).toEqual({ ok: false, message: 'entry 1 lists an empty fund id (expected key=fund-a|fund-b)' });
    expect(parseApiKeys('=fund-a')).toEqual({ ok: false, message: 'entry 1 has no key=funds form (expected key=fund-a|fund-b)' });
    expect(parseApiKeys('[1,2]')).toMatchObject({ ok: false });
    expect(parseApiKeys('{"k": 3}')).toEqual({ ok: false, message: 'entry 1 must map to a fund id or a non-empty list of fund ids' });
  });

  it('keeps a key named __proto__ as a key', () => {
    const expected = JSON.parse('{"__proto__": ["fund-a"]}') as Record<string, string[]>;
    expect(Object.keys(expected)).toEqual(['__proto__']);
    expect(parseApiKeys('__proto__=fund-a')).toEqual({ ok: true, value: expected });
    expect(parseApiKeys('{"__proto__": "fund-a"}')).toEqual({ ok: true, value: expected });
  });

  it('round-trips any key map through both notations (property)', () => {
    const key = fc.stringMatching(/^[A-Za-z0-9_+/-]{1,20}={0,2}$/);
    const fund = fc.stringMatching(/^[a-z0-9][a-z0-9_-]{0,11}$/);
    const keyMap = fc.dictionary(key, fc.uniqueArray(fund, { minLength: 1, maxLength: 4 }), { minKeys: 1, maxKeys: 6 });
    fc.assert(
      fc.property(keyMap, (keys) => {
        const compact = Object.entries(keys)
          .map(([apiKey, funds]) => `${apiKey}=${funds.join('|')}`)
          .join(',');
        expect(parseApiKeys(compact)).toEqual({ ok: true, value: keys });
        expect(parseApiKeys(JSON.stringify(keys))).toEqual({ ok: true, value: keys });
      }),
    );
  });
});
