import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatRatio, formatStatedPercent, formatStatedRatio } from './display-figures.js';

describe('formatMoney', () => {
  it('uses the unit a finance reader expects, with at most two decimals and no trailing zeros', () => {
    expect(formatMoney(181_283_000)).toBe('$181.28M');
    expect(formatMoney(150_000_000)).toBe('$150M');
    expect(formatMoney(94_790_000)).toBe('$94.79M');
    expect(formatMoney(1_260_000_000)).toBe('$1.26B');
    expect(formatMoney(950_000)).toBe('$950K');
    expect(formatMoney(420)).toBe('$420');
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(-1_200_000)).toBe('-$1.2M');
  });

  it('says n/a for a missing or non-finite amount, never NaN', () => {
    expect(formatMoney(null)).toBe('n/a');
    expect(formatMoney(undefined)).toBe('n/a');
    expect(formatMoney(Number.NaN)).toBe('n/a');
    expect(formatMoney(Number.POSITIVE_INFINITY)).toBe('n/a');
  });

  it('moves to the larger unit where the smaller would print 1000', () => {
    expect(formatMoney(999_990_000)).toBe('$999.99M');
    expect(formatMoney(999_996_000)).toBe('$1B');
    expect(formatMoney(999_960)).toBe('$1M');
    expect(formatMoney(999_999)).toBe('$1M');
  });

  it('prints millions within half a hundredth of a million of the value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 999e6, noNaN: true }), (value) => {
        const match = /^\$(\d{1,3}(?:\.\d{1,2})?)M$/.exec(formatMoney(value));
        expect(match).not.toBeNull();
        expect(Math.abs(Number(match?.[1]) * 1e6 - value)).toBeLessThanOrEqual(0.005e6 + 1e-6);
      }),
    );
  });

  it('is symmetric in sign', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), (value) => formatMoney(-value) === `-${formatMoney(value)}`));
  });
});

describe('formatRatio and formatPercent', () => {
  it('format the same on every machine and never print NaN', () => {
    expect(formatRatio(2.6449)).toBe('2.64x');
    expect(formatRatio(null)).toBe('n/a');
    expect(formatRatio(Number.NaN)).toBe('n/a');
    expect(formatPercent(0.4)).toBe('40.0%');
    expect(formatPercent(0.0775)).toBe('7.8%');
    expect(formatPercent(undefined)).toBe('n/a');
  });
});

describe('figures as stated in conversation', () => {
  it('keeps at most two decimals and no trailing zeros', () => {
    expect(formatStatedRatio(3.5)).toBe('3.5x');
    expect(formatStatedRatio(2)).toBe('2x');
    expect(formatStatedRatio(3.256)).toBe('3.26x');
    expect(formatStatedRatio(null)).toBe('n/a');
    expect(formatStatedPercent(0.025)).toBe('2.5%');
    expect(formatStatedPercent(0.21)).toBe('21%');
    expect(formatStatedPercent(0.4)).toBe('40%');
    expect(formatStatedPercent(Number.NaN)).toBe('n/a');
  });
});
