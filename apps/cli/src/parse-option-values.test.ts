import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UsageError } from './cli-errors.js';
import { parseAmount, parseDecimal, parseList, parseRatio, parseWholeNumber } from './parse-option-values.js';

describe('parseAmount', () => {
  it('reads amounts as people write them', () => {
    expect(parseAmount('150000000', '--target')).toBe(150e6);
    expect(parseAmount('150,000,000', '--target')).toBe(150e6);
    expect(parseAmount('$150M', '--target')).toBe(150e6);
    expect(parseAmount('150mm', '--target')).toBe(150e6);
    expect(parseAmount('1.2B', '--target')).toBe(1.2e9);
    expect(parseAmount('950k', '--target')).toBe(950e3);
    expect(parseAmount('USD 40m', '--target')).toBe(40e6);
    expect(parseAmount('$1.15bn', '--target')).toBe(1_150_000_000);
  });

  it('scales any whole number by its unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(['k', 1e3], ['M', 1e6], ['B', 1e9], ['', 1]),
        (amount, [unit, scale]) => {
          expect(parseAmount(`${amount}${unit as string}`, '--floor')).toBe(amount * (scale as number));
        },
      ),
    );
  });

  it('refuses anything else with a usage error naming the option', () => {
    for (const text of ['abc', '-5', '150 dollars', '', '1.2.3M', '$']) {
      expect(() => parseAmount(text, '--floor')).toThrow(UsageError);
      expect(() => parseAmount(text, '--floor')).toThrow(/^--floor: /);
    }
  });
});

describe('other option values', () => {
  it('reads ratios with or without the x', () => {
    expect(parseRatio('3.5x', '--max-leverage')).toBe(3.5);
    expect(parseRatio('2', '--min-coverage')).toBe(2);
    expect(() => parseRatio('three', '--max-leverage')).toThrow(UsageError);
  });

  it('reads decimals and whole numbers', () => {
    expect(parseDecimal('0.7', '--max-criticality')).toBe(0.7);
    expect(() => parseDecimal('high', '--max-criticality')).toThrow(UsageError);
    expect(parseWholeNumber('3', '-n')).toBe(3);
    expect(() => parseWholeNumber('2.5', '-n')).toThrow(UsageError);
  });

  it('splits comma-separated lists, trimming and dropping empty items', () => {
    expect(parseList('Chicago, Newark,,  Dallas ')).toEqual(['Chicago', 'Newark', 'Dallas']);
  });
});
