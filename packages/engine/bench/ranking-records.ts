/** The plain-sort baseline of the greedy benchmarks: the ranking key as a flat record. */
import type { Asset } from '@leaseback/domain';

/** The fields the ranking compares, nothing else. */
export interface RankingRecord {
  readonly criticality: number;
  readonly leaseability: number;
  readonly cash: number;
  readonly assetId: string;
}

/** The record of one asset (cash with the generator's 2 % selling costs). */
export function toRankingRecord(asset: Asset): RankingRecord {
  return {
    criticality: asset.criticality,
    leaseability: asset.leaseability,
    cash: (asset.market_rent / asset.cap_rate) * 0.98 - (asset.mortgage_balance ?? 0),
    assetId: asset.asset_id,
  };
}

/** The greedy ranking order of `docs/domain.md` on records. */
export function compareRecords(left: RankingRecord, right: RankingRecord): number {
  if (left.criticality !== right.criticality) return left.criticality - right.criticality;
  if (left.leaseability !== right.leaseability) return right.leaseability - left.leaseability;
  if (left.cash !== right.cash) return right.cash - left.cash;
  return left.assetId < right.assetId ? -1 : left.assetId > right.assetId ? 1 : 0;
}
