import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssetFigures } from './asset-figures.js';
import { rankingOrder, sortByRanking } from './rank-order.js';
import { compareRanking } from './ranking.js';

/** Only the fields the ranking reads; the rest of the figures play no part in the order. */
function figuresOf(assetId: string, criticality: number, leaseability: number, cash: number): AssetFigures {
  return { assetId, criticality, leaseability, cash } as unknown as AssetFigures;
}

// Few distinct values (ties on every key), values closer than the packed key resolves (1e-9 apart), signed zeros.
const score = fc.oneof(
  fc.integer({ min: 0, max: 4 }).map((step) => step / 4),
  fc.integer({ min: 0, max: 3 }).map((step) => 0.5 + step * 1e-9),
  fc.constantFrom(0, -0, 1),
  fc.double({ min: -1e6, max: 1e6, noNaN: true }),
);
const cash = fc.oneof(
  fc.integer({ min: 1, max: 5 }).map((step) => step * 1e6),
  fc.integer({ min: 0, max: 3 }).map((step) => 1e6 * (1 + step * 1e-12)),
  fc.double({ min: -1e12, max: 1e12, noNaN: true }),
);
const items = (maxLength: number) =>
  fc
    .array(fc.tuple(score, score, cash), { maxLength })
    .map((rows) =>
      rows.map(([criticality, leaseability, money], index) =>
        figuresOf(`A-${(index * 7919) % 1009}-${index}`, criticality, leaseability, money),
      ),
    );

describe('rankingOrder', () => {
  it('orders exactly as the ranking comparator', () => {
    fc.assert(
      fc.property(items(80), (figures) => {
        const expected = [...figures].sort(compareRanking).map((item) => item.assetId);
        const order = rankingOrder(figures);
        expect(Array.from(order, (index) => (figures[index] as AssetFigures).assetId)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('sortByRanking gives the comparator order above and below the packed-sort size', () => {
    fc.assert(
      fc.property(items(700), (figures) => {
        const expected = [...figures].sort(compareRanking);
        expect(sortByRanking([...figures])).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('breaks ties on every numeric key by asset id', () => {
    const tied = Array.from({ length: 300 }, (_, index) => figuresOf(`B-${String(299 - index).padStart(3, '0')}`, 0.2, 0.8, 5));
    expect(sortByRanking([...tied]).map((item) => item.assetId)).toEqual(tied.map((item) => item.assetId).sort());
  });
});
