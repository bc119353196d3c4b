import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { patternParts } from './pattern-alternatives.js';

// Alternatives with groups, classes and escapes that hold a `|` of their own, which must never be cut.
const ALTERNATIVES = [
  String.raw`lease[-\s]adj(?:usted|\.)?`,
  String.raw`net\s+(?:debt|leverage)`,
  String.raw`[|(]x\|y`,
  String.raw`(?<metric>fccr|fixed\s+charge)`,
  String.raw`ebitdar\)`,
  'a(?=b|c)',
  'rent',
] as const;

describe('patternParts', () => {
  it('keeps each part within the size asked for, cuts only between alternatives, and loses none', () => {
    const parts = patternParts(ALTERNATIVES.join('|'), 40);
    expect(parts.every((part) => part.length <= 40)).toBe(true);
    expect(parts.join('|')).toBe(ALTERNATIVES.join('|'));
    // Every part compiles: no group, class or escape was cut.
    for (const part of parts) expect(() => new RegExp(part)).not.toThrow();
    expect(parts.length).toBeGreaterThan(1);
  });

  it('gives a part of its own to an alternative longer than the size asked for', () => {
    expect(patternParts('abcdef|g|h', 3)).toEqual(['abcdef', 'g|h']);
  });

  it('answers as the whole pattern does: a text matches it exactly when it matches one of the parts', () => {
    const words = fc.constantFrom('lease-adjusted', 'net debt', '|x|y', 'fccr', 'ebitdar)', 'ab', 'rent', 'nothing', ' ', 'x');
    fc.assert(
      fc.property(
        fc.subarray([...ALTERNATIVES], { minLength: 1 }),
        fc.array(words, { maxLength: 6 }),
        fc.integer({ min: 1, max: 80 }),
        (chosen, pieces, most) => {
          const source = chosen.join('|');
          const text = pieces.join(' ');
          const whole = new RegExp(source).test(text);
          const parts = patternParts(source, most).map((part) => new RegExp(part));
          expect(parts.some((part) => part.test(text))).toBe(whole);
        },
      ),
    );
  });
});
