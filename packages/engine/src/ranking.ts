import type { AssetFigures } from './asset-figures.js';

/**
 * Compares strings by UTF-16 code units (the order of `<`), never by locale,
 * so the ranking is the same on every machine.
 */
export function compareCodeUnits(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * The greedy ranking of `docs/domain.md`: criticality ascending, leaseability
 * descending, cash descending, asset id ascending. Asset ids are unique, so the
 * order is total and sorting gives the same sequence for any input order.
 */
export function compareRanking(left: AssetFigures, right: AssetFigures): number {
  if (left.criticality !== right.criticality) return left.criticality - right.criticality;
  if (left.leaseability !== right.leaseability) return right.leaseability - left.leaseability;
  if (left.cash !== right.cash) return right.cash - left.cash;
  return compareCodeUnits(left.assetId, right.assetId);
}
