import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXED_CHARGE_COVERAGE, LEASE_ADJUSTED_LEVERAGE, NET_LEVERAGE } from './covenant-metric-names.js';
import { alternativesIn, patternParts } from './pattern-alternatives.js';

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

/** Every match of a global pattern in `text`: where it starts, what it matched, and every group it captured. */
function allMatches(pattern: RegExp, text: string): unknown[] {
  const found: unknown[] = [];
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    found.push({ index: match.index, text: match[0], groups: { ...match.groups } });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return found;
}

/** Forms of a limit around a metric's name, as the covenant reader writes them: the name as a whole group. */
function limitForms(metric: string): RegExp[] {
  return [
    new RegExp(String.raw`\b(?<metric>${metric})[^\S\n]*(?:below|under|at\s+most|of\s+at\s+least|above)?\s*(?<value>\d+(?:\.\d+)?)x?`, 'g'),
    new RegExp(String.raw`(?<value>\d+(?:\.\d+)?)x?\s+(?:max\s+)?(?:(?:net|total)\s+)?(?<metric>${metric})`, 'g'),
    new RegExp(
      String.raw`\b(?<metric>${metric})[^.;\n]{0,60}?\b(?:it|that)\s+(?:must|should)\s+stay\s+(?:below|above)\s+(?<value>\d+(?:\.\d+)?)`,
      'g',
    ),
  ];
}

describe('alternativesIn', () => {
  it('keeps, in their order, the alternatives that match somewhere in the text, and says when none does', () => {
    expect(alternativesIn('ab|cd|ef', 'xx cd yy ab')).toBe('ab|cd');
    expect(alternativesIn('ab|cd|ef', 'ef cd ab')).toBe('ab|cd|ef');
    expect(alternativesIn('ab|cd|ef', 'nothing here')).toBeUndefined();
    // A look around is judged against the whole text, as it is inside a longer pattern.
    expect(alternativesIn('(?<![a-z])net|lev', 'cabinet lev')).toBe('lev');
    expect(alternativesIn('(?<![a-z])net|lev', 'the net')).toBe('(?<![a-z])net');
    // An alternative that can match the empty text matches everywhere.
    expect(alternativesIn('x?|y', 'zzz')).toBe('x?');
  });

  it('always keeps an alternative that refers to a group, which it cannot test alone', () => {
    expect(alternativesIn(String.raw`(?<q>["'])\k<q>|ab`, 'nothing')).toBe(String.raw`(?<q>["'])\k<q>`);
  });

  it('gives the covenant forms exactly the matches they have with every name, in briefs that name the metrics', () => {
    const briefs = [
      'Raise $150M, keep net leverage below 3.5x and FCCR of at least 2.0x.',
      'Lease-adjusted leverage at most 5.2x; 3.25x max net leverage; fixed charge coverage above 1.8',
      'The leverage the agencies use (debt plus 8x rent over EBITDAR) - it must stay below 5.5 after the deal.',
      'net debt to EBITDA under 3.0x, coverage 2x, cabinet net 4 and rent-adjusted leverage 4.75x',
      'Nothing about covenants here: 2.5x is a multiple of something else.',
    ];
    for (const metric of [NET_LEVERAGE, LEASE_ADJUSTED_LEVERAGE, FIXED_CHARGE_COVERAGE])
      for (const brief of briefs) {
        const text = brief.toLowerCase();
        const named = alternativesIn(metric, text);
        for (const [index, whole] of limitForms(metric).entries()) {
          const expected = allMatches(whole, text);
          if (named === undefined) expect(expected).toEqual([]);
          else expect(allMatches(limitForms(named)[index] as RegExp, text)).toEqual(expected);
        }
      }
  });

  it('matches as the whole alternation inside a longer pattern, whatever the text (property)', () => {
    const words = fc.constantFrom(
      'lease-adjusted',
      'net debt',
      'net leverage',
      '|x|y',
      'fccr',
      'fixed charge',
      'ebitdar)',
      'ab',
      'rent',
      '3.5',
      'below',
      ' ',
      'x',
    );
    fc.assert(
      fc.property(fc.subarray([...ALTERNATIVES], { minLength: 1 }), fc.array(words, { maxLength: 8 }), (chosen, pieces) => {
        const source = chosen.join('|').replace('(?<metric>', '(?:');
        const text = pieces.join(' ');
        const template = (group: string) => new RegExp(String.raw`(?:^|\s)(?<name>${group})\s*(?:below\s*)?(?<value>\d+(?:\.\d+)?)?`, 'g');
        const named = alternativesIn(source, text);
        const expected = allMatches(template(source), text);
        if (named === undefined) expect(expected).toEqual([]);
        else expect(allMatches(template(named), text)).toEqual(expected);
      }),
    );
  });
});
