import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatMoney, formatPercent, formatRatio, formatTimestamp, truncate, wrapText } from './format-values.js';

describe('formatMoney', () => {
  it('uses the unit a finance reader expects', () => {
    expect(formatMoney(181_283_000)).toBe('$181.3M');
    expect(formatMoney(150_000_000)).toBe('$150.0M');
    expect(formatMoney(1_260_000_000)).toBe('$1.26B');
    expect(formatMoney(950_000)).toBe('$950K');
    expect(formatMoney(420)).toBe('$420');
    expect(formatMoney(0)).toBe('$0');
    expect(formatMoney(-1_200_000)).toBe('-$1.2M');
    expect(formatMoney(null)).toBe('n/a');
  });

  it('moves to the larger unit where the smaller would print 1000', () => {
    expect(formatMoney(999_940_000)).toBe('$999.9M');
    expect(formatMoney(999_960_000)).toBe('$1.00B');
    expect(formatMoney(999_960)).toBe('$1.0M');
  });

  it('prints millions within half a display unit of the value', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e6, max: 999e6, noNaN: true }), (value) => {
        const text = formatMoney(value);
        const match = /^\$(\d{1,3}\.\d)M$/.exec(text);
        expect(match).not.toBeNull();
        expect(Math.abs(Number(match?.[1]) * 1e6 - value)).toBeLessThanOrEqual(0.05e6 + 1e-6);
      }),
    );
  });

  it('is symmetric in sign', () => {
    fc.assert(fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), (value) => formatMoney(-value) === `-${formatMoney(value)}`));
  });
});

describe('ratios, percentages and timestamps', () => {
  it('formats them the same on every machine', () => {
    expect(formatRatio(2.6449)).toBe('2.64x');
    expect(formatRatio(null)).toBe('n/a');
    expect(formatPercent(0.4)).toBe('40.0%');
    expect(formatTimestamp('2025-01-31T14:05:09.123Z')).toBe('2025-01-31 14:05:09Z');
    expect(formatTimestamp('not a date')).toBe('not a date');
  });
});

describe('text layout', () => {
  it('truncates with an ellipsis only when needed', () => {
    expect(truncate('short', 10)).toBe('short');
    expect(truncate('a much longer brief', 10)).toBe('a much lo…');
  });

  it('wraps at spaces without losing or reordering words', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,12}$/), { maxLength: 60 }), fc.integer({ min: 12, max: 100 }), (words, width) => {
        const lines = wrapText(words.join(' '), width);
        expect(lines.join(' ').split(' ').filter((word) => word !== '')).toEqual(words);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
