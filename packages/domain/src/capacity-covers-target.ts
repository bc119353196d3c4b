import type { Capacity, ProgramOutcome } from './program-outcome.js';

/**
 * Whether the most the portfolio can raise under a spec reaches its target: the one
 * reading of "enough" for capacity reports and run reports alike (no tolerance, as the
 * engine's capacity node says "short of the target" only below it).
 */
export function capacityCoversTarget(capacity: Pick<Capacity, 'max_proceeds'>, targetAmount: number): boolean {
  return capacity.max_proceeds >= targetAmount;
}

/**
 * Whether greedy fell short of its target although the capacity run proved that another set reaches it under the
 * same covenants and filters: the shortfall is then the method's, not the portfolio's, and the exact strategy meets
 * the target. The one reading of that case for the planner's notice and both explanation summaries.
 */
export function greedyMissedReachableTarget(outcome: Pick<ProgramOutcome, 'status' | 'strategy' | 'capacity' | 'target_amount'>): boolean {
  const capacity = outcome.capacity;
  return (
    outcome.status === 'infeasible' &&
    outcome.strategy === 'greedy' &&
    capacity?.proven_optimal === true &&
    capacityCoversTarget(capacity, outcome.target_amount)
  );
}
