import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts } from './read-amounts.js';
import { scaleDecimal } from './written-numbers.js';

/** A decimal written with `decimals` places: units = 1234, decimals = 2 is "12.34". */
function numeral(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const digits = String(units).padStart(decimals + 1, '0');
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

/** Every supported way of writing an amount in a scale, as a function of its numeral. */
const FORMATS: Readonly<Record<'thousand' | 'million' | 'billion', readonly ((written: string) => string)[]>> = {
  thousand: [(n) => `$${n}k`, (n) => `$${n}K`, (n) => `$${n} thousand`, (n) => `${n} thousand dollars`, (n) => `USD ${n}k`],
  million: [
    (n) => `$${n}M`,
    (n) => `$${n}m`,
    (n) => `$${n} million`,
    (n) => `$${n} M`,
    (n) => `${n}mm`,
    (n) => `$${n}MM`,
    (n) => `$${n}mn`,
    (n) => `USD ${n}m`,
    (n) => `US$${n}M`,
    (n) => `${n} million dollars`,
    (n) => `${n}m USD`,
  ],
  billion: [(n) => `$${n}bn`, (n) => `$${n}B`, (n) => `$${n} billion`, (n) => `${n}bn`, (n) => `USD ${n}bn`],
};
const SCALE_VALUES = { thousand: 1e3, million: 1e6, billion: 1e9 } as const;

describe('findAmounts', () => {
  it('reads each documented form', () => {
    const cases: [string, number][] = [
      ['$50M', 50_000_000],
      ['$50 million', 50_000_000],
      ['50mm', 50_000_000],
      ['$1.2bn', 1_200_000_000],
      ['$12,500,000', 12_500_000],
      ['USD 40m', 40_000_000],
      ['40 million dollars', 40_000_000],
      ['$750k', 750_000],
      ['twenty-five million', 25_000_000],
      ['one hundred and fifty million dollars', 150_000_000],
      ['half a billion', 500_000_000],
    ];
    for (const [written, value] of cases)
      expect(findAmounts(`raise ${written} now`), written).toEqual([expect.objectContaining({ value })]);
  });

  it('does not take ratios, counts, percentages or ids for money', () => {
    expect(findAmounts('leverage under 3.5x, 3 scenarios, 40% per market, asset DAL-01, 4 turns')).toEqual([]);
  });

  it('reads any amount in any supported format back to the same number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('thousand', 'million', 'billion'),
        fc.integer({ min: 1, max: 99_999 }),
        fc.integer({ min: 0, max: 2 }),
        fc.nat(),
        (scale, units, decimals, formatIndex) => {
          const formats = FORMATS[scale];
          const format = formats[formatIndex % formats.length];
          if (format === undefined) return;
          const written = format(numeral(units, decimals));
          const expected = (units * SCALE_VALUES[scale]) / 10 ** decimals;
          const found = findAmounts(`We need ${written} from warehouses.`);
          expect(found.map((amount) => amount.value)).toEqual([expected]);
        },
      ),
    );
  });

  it('reads whole-dollar amounts with thousands separators', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 9_999_999_999 }), fc.boolean(), (dollars, withSign) => {
        const written = `${withSign ? '$' : ''}${dollars.toLocaleString('en-US')}`;
        expect(findAmounts(`raise ${written}`).map((amount) => amount.value)).toEqual([dollars]);
      }),
    );
  });

  it('scales decimals without binary noise', () => {
    expect(scaleDecimal('1.15', 1e9)).toBe(1_150_000_000);
    expect(scaleDecimal('1.1', 1e6)).toBe(1_100_000);
    expect(scaleDecimal('12,500,000', 1)).toBe(12_500_000);
    expect(scaleDecimal('0.07', 1e6)).toBe(70_000);
  });
});
