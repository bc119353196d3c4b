import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatPercent, formatRatio, formatTimestamp, truncate, wrapText } from './format-values.js';

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
        expect(
          lines
            .join(' ')
            .split(' ')
            .filter((word) => word !== ''),
        ).toEqual(words);
        for (const line of lines) expect(line.length).toBeLessThanOrEqual(width);
      }),
    );
  });
});
