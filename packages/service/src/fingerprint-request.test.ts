import { canonicalJson } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprintRequest } from './fingerprint-request.js';

/** Rebuilds every object of `value` with its keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([key, entry]) => [key, reverseKeys(entry)]),
    );
  return value;
}

describe('fingerprintRequest', () => {
  it('is the SHA-256 of the canonical JSON, so stored fingerprints keep matching', () => {
    expect(fingerprintRequest({ b: 1, a: [1, { z: 1, y: 2 }] })).toBe('2da4014350f2f255b33a5677ae57c86c2c3af60f697aa104ed7ab0a13200311a');
  });

  it('gives the same fingerprint whatever the key order (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(fingerprintRequest(reverseKeys(value))).toBe(fingerprintRequest(value));
      }),
    );
  });

  it('gives different fingerprints to different bodies (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (left, right) => {
        fc.pre(canonicalJson(left) !== canonicalJson(right));
        expect(fingerprintRequest(left)).not.toBe(fingerprintRequest(right));
      }),
    );
  });
});
