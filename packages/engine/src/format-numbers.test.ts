import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatRatio } from './format-numbers.js';

describe('number formatting', () => {
  it('formats money with a unit suffix and trims trailing zeros', () => {
    expect(formatMoney(58_800_000)).toBe('$58.8M');
    expect(formatMoney(60_000_000)).toBe('$60M');
    expect(formatMoney(12_345_678)).toBe('$12.35M');
    expect(formatMoney(1_250_000_000)).toBe('$1.25B');
    expect(formatMoney(950_000)).toBe('$950K');
    expect(formatMoney(58.8)).toBe('$58.8');
    expect(formatMoney(-1_200_000)).toBe('-$1.2M');
    expect(formatMoney(0)).toBe('$0');
  });

  it('formats ratios and shares', () => {
    expect(formatRatio(2.5177)).toBe('2.52x');
    expect(formatRatio(3)).toBe('3.00x');
    expect(formatPercent(0.4)).toBe('40.0%');
    expect(formatPercent(0.37449)).toBe('37.4%');
  });
});
