import { describe, expect, it } from 'vitest';
import { capacityCoversTarget } from './capacity-covers-target.js';

describe('capacityCoversTarget', () => {
  it('covers a target equal to the capacity and not one a dollar above it', () => {
    expect(capacityCoversTarget({ max_proceeds: 150e6 }, 150e6)).toBe(true);
    expect(capacityCoversTarget({ max_proceeds: 150e6 }, 150e6 + 1)).toBe(false);
    expect(capacityCoversTarget({ max_proceeds: 0 }, 0)).toBe(true);
  });
});
