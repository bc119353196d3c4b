import { describe, expect, it } from 'vitest';
import { capacityCoversTarget, greedyMissedReachableTarget } from './capacity-covers-target.js';

describe('capacityCoversTarget', () => {
  it('covers a target equal to the capacity and not one a dollar above it', () => {
    expect(capacityCoversTarget({ max_proceeds: 150e6 }, 150e6)).toBe(true);
    expect(capacityCoversTarget({ max_proceeds: 150e6 }, 150e6 + 1)).toBe(false);
    expect(capacityCoversTarget({ max_proceeds: 0 }, 0)).toBe(true);
  });
});

describe('greedyMissedReachableTarget', () => {
  const missed = {
    status: 'infeasible' as const,
    strategy: 'greedy' as const,
    target_amount: 100,
    capacity: { max_proceeds: 100, asset_ids: ['A'], proven_optimal: true },
  };
  it('holds for an infeasible greedy run whose proven capacity covers its target', () => {
    expect(greedyMissedReachableTarget(missed)).toBe(true);
  });
  it('does not hold for another status or strategy, an unproven capacity, a capacity short of the target, or none', () => {
    expect(greedyMissedReachableTarget({ ...missed, status: 'ok' })).toBe(false);
    expect(greedyMissedReachableTarget({ ...missed, strategy: 'exact' })).toBe(false);
    expect(greedyMissedReachableTarget({ ...missed, capacity: { ...missed.capacity, proven_optimal: false } })).toBe(false);
    expect(greedyMissedReachableTarget({ ...missed, capacity: { ...missed.capacity, max_proceeds: 99.99 } })).toBe(false);
    expect(greedyMissedReachableTarget({ ...missed, capacity: null })).toBe(false);
  });
});
