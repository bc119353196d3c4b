import { describe, expect, it } from 'vitest';
import { DEFAULT_REVISION_POLICY_CONFIG } from '@leaseback/domain';
import { allowedTargetRange, revisionFloor } from './revision-target.js';
import { numericFilterLimit } from './numeric-filter-rule.js';
import { edited, fullyFilteredOriginal, relettableOriginal } from './__fixtures__/specs.js';

const config = DEFAULT_REVISION_POLICY_CONFIG;

describe('revisionFloor', () => {
  it('is the explicit floor, else 80 % of the first target, never above the first target', () => {
    expect(revisionFloor(fullyFilteredOriginal, config)).toBe(100_000_000);
    expect(revisionFloor(relettableOriginal, config)).toBe(200_000_000);
    const floorAboveTarget = edited(relettableOriginal, (spec) => {
      spec.floor_amount = 300_000_000;
    });
    expect(revisionFloor(floorAboveTarget, config)).toBe(250_000_000);
  });
});

describe('allowedTargetRange', () => {
  it('runs from 20 % below the previous target (or the floor) up to the previous target', () => {
    // $250M, floor $200M: the step bound and the floor coincide at $200M.
    expect(allowedTargetRange(relettableOriginal, relettableOriginal, config)).toEqual({
      lowest: 200_000_000,
      highest: 250_000_000,
      floor: 200_000_000,
      stepBound: 200_000_000,
    });
    // $150M with a $100M floor: the step binds at $120M.
    expect(allowedTargetRange(fullyFilteredOriginal, fullyFilteredOriginal, config)).toMatchObject({
      lowest: 120_000_000,
      highest: 150_000_000,
    });
    // From $110M the step would allow $88M, the floor stops at $100M.
    const previous = edited(fullyFilteredOriginal, (spec) => {
      spec.target_amount = 110_000_000;
    });
    expect(allowedTargetRange(fullyFilteredOriginal, previous, config)).toMatchObject({
      lowest: 100_000_000,
      highest: 110_000_000,
      stepBound: 88_000_000,
    });
  });

  it('collapses to the floor when the previous target is already below it', () => {
    const previous = edited(relettableOriginal, (spec) => {
      spec.target_amount = 150_000_000;
    });
    expect(allowedTargetRange(relettableOriginal, previous, config)).toMatchObject({ lowest: 200_000_000, highest: 200_000_000 });
  });
});

describe('numericFilterLimit', () => {
  it('is one step looser until the ceiling or floor, and never tighter than the previous value', () => {
    expect(numericFilterLimit('max_criticality', 0.5, config)).toEqual({ loosest: 0.6, boundBy: 'step' });
    expect(numericFilterLimit('max_criticality', 0.8, config)).toEqual({ loosest: 0.9, boundBy: 'step' });
    expect(numericFilterLimit('max_criticality', 0.85, config)).toEqual({ loosest: 0.9, boundBy: 'bound' });
    expect(numericFilterLimit('max_criticality', 0.95, config)).toEqual({ loosest: 0.95, boundBy: 'bound' });
    expect(numericFilterLimit('min_leaseability', 0.7, config)).toEqual({ loosest: 0.6, boundBy: 'step' });
    expect(numericFilterLimit('min_leaseability', 0.15, config)).toEqual({ loosest: 0.1, boundBy: 'bound' });
    expect(numericFilterLimit('min_leaseability', 0.05, config)).toEqual({ loosest: 0.05, boundBy: 'bound' });
  });
});
