import type { Capacity } from './program-outcome.js';

/**
 * Whether the most the portfolio can raise under a spec reaches its target: the one
 * reading of "enough" for capacity reports and run reports alike (no tolerance, as the
 * engine's capacity node says "short of the target" only below it).
 */
export function capacityCoversTarget(capacity: Pick<Capacity, 'max_proceeds'>, targetAmount: number): boolean {
  return capacity.max_proceeds >= targetAmount;
}
