import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findAmounts } from './read-amounts.js';
import { numberValue, readAmountNotation, scaleValue, WORD_MULTIPLE, WORD_NUMBER, wordNumberValue } from './written-numbers.js';

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** An independent spelling of 1..999, the way a brief writes it. */
function spell(value: number, separator: ' ' | '-'): string {
  const hundreds = Math.floor(value / 100);
  const rest = value % 100;
  const underHundred =
    rest === 0
      ? ''
      : rest < 10
        ? UNITS[rest]
        : rest < 20
          ? TEENS[rest - 10]
          : `${TENS[Math.floor(rest / 10)]}${rest % 10 === 0 ? '' : `${separator}${UNITS[rest % 10]}`}`;
  if (hundreds === 0) return underHundred ?? '';
  return `${UNITS[hundreds]} hundred${underHundred === '' ? '' : ` and ${underHundred}`}`;
}

describe('written numbers', () => {
  it('reads every whole number from 1 to 999 spelled out, and the pattern matches the whole spelling', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.constantFrom(' ' as const, '-' as const), (value, separator) => {
        const words = spell(value, separator);
        expect(wordNumberValue(words)).toBe(value);
        expect(new RegExp(`^(?:${WORD_NUMBER})$`).test(words)).toBe(true);
      }),
    );
  });

  it('reads fractions of a whole and of a scale', () => {
    expect(wordNumberValue('three and a half')).toBe(3.5);
    expect(wordNumberValue('two and a quarter')).toBe(2.25);
    expect(wordNumberValue('two and three-quarters')).toBe(2.75);
    expect(wordNumberValue('half a')).toBe(0.5);
    expect(wordNumberValue('a quarter of a')).toBe(0.25);
    expect(wordNumberValue('a hundred')).toBe(100);
    expect(new RegExp(`^(?:${WORD_MULTIPLE})$`).test('three and a half')).toBe(true);
  });

  it('gives NaN for words that are not a number, and reads numerals with separators', () => {
    expect(wordNumberValue('several')).toBeNaN();
    expect(wordNumberValue('')).toBeNaN();
    expect(numberValue('12,500')).toBe(12_500);
    expect(numberValue('3.75')).toBe(3.75);
    expect(numberValue('twenty-five')).toBe(25);
  });

  it('knows the money scales and leaves anything else at 1', () => {
    expect(scaleValue('bn')).toBe(1e9);
    expect(scaleValue('MM')).toBe(1e6);
    expect(scaleValue('k')).toBe(1e3);
    expect(scaleValue(undefined)).toBe(1);
    expect(scaleValue('widgets')).toBe(1);
  });
});

describe('readAmountNotation', () => {
  it('reads an amount written on its own, and nothing else', () => {
    expect(readAmountNotation('150,000,000')).toBe(150e6);
    expect(readAmountNotation('USD 40m')).toBe(40e6);
    expect(readAmountNotation('$1.15bn')).toBe(1_150_000_000);
    expect(readAmountNotation('2 billion')).toBe(2e9);
    for (const text of ['', '$', '150 dollars', 'raise $150M', '1.2.3M', '-5']) expect(readAmountNotation(text)).toBeNull();
  });

  it('agrees with the brief reader on every amount written with a currency mark and a scale', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('k', 'm', 'mm', 'mn', 'M', 'bn', 'B', ' million', ' billion'),
        (whole, cents, scale) => {
          const text = `$${whole}.${String(cents).padStart(2, '0')}${scale}`;
          expect(readAmountNotation(text)).toBe(findAmounts(text)[0]?.value);
        },
      ),
    );
  });
});
