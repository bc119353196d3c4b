import { describe, expect, it } from 'vitest';
import { ERROR_CODES, ERROR_KINDS, errorKindOf, isErrorCode } from './error-codes.js';
import { LeasebackError, toLeasebackError } from './leaseback-error.js';

describe('ERROR_CODES', () => {
  it('gives every code a kind from ERROR_KINDS', () => {
    for (const [code, kind] of Object.entries(ERROR_CODES)) {
      expect(ERROR_KINDS, code).toContain(kind);
    }
  });

  it('uses every kind at least once, so no mapping row is dead', () => {
    const used = new Set(Object.values(ERROR_CODES));
    expect([...ERROR_KINDS].filter((kind) => !used.has(kind))).toEqual([]);
  });

  it('names codes in snake_case', () => {
    for (const code of Object.keys(ERROR_CODES)) expect(code).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it('treats a string outside the set as internal, and no inherited key as a code', () => {
    expect(isErrorCode('invalid_input')).toBe(true);
    expect(isErrorCode('toString')).toBe(false);
    expect(isErrorCode('nonsense_code')).toBe(false);
    expect(errorKindOf('nonsense_code')).toBe('internal');
    expect(errorKindOf('invalid_input')).toBe('bad_input');
    expect(errorKindOf('llm_timeout')).toBe('upstream_timeout');
  });

  it('gives the codes toLeasebackError produces a kind', () => {
    expect(isErrorCode(toLeasebackError(new Error('boom')).code)).toBe(true);
    const aborted = Object.assign(new Error('stop'), { name: 'AbortError' });
    expect(errorKindOf(toLeasebackError(aborted).code)).toBe('cancelled');
    expect(new LeasebackError('not_found', 'gone').code).toBe('not_found');
  });
});
