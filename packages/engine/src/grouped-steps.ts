import type { ConstraintName, ExplanationNode } from '@leaseback/domain';
import type { AssetFigures } from './asset-figures.js';
import { covenantLabel, formatCovenantLimit } from './covenants.js';
import { formatMoney, pluralize } from './format-numbers.js';
import type { RejectionCause } from './outcome-builder.js';

/**
 * Most walk steps (selections plus rejections) explained one node per asset.
 * Above it the walk's nodes are grouped: one `asset_selected` node listing the
 * selected ids in order, and one `asset_rejected` node per first failed rule
 * listing the ids it passed over. Why: past a thousand steps a node per asset
 * costs more (a third of a large run's time and most of its memory) than any
 * reader takes from it, while the grouped nodes still say every asset's fate.
 */
export const PER_ASSET_STEP_LIMIT = 1_000;

/** Ids named in a grouped node's message; the full list is in `values.asset_ids`. */
const IDS_IN_MESSAGE = 10;

/** The first ids, then how many more, for a message. */
function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, IDS_IN_MESSAGE).join(', ');
  return ids.length > IDS_IN_MESSAGE ? `${shown} and ${ids.length - IDS_IN_MESSAGE} more` : shown;
}

function idsOf(assets: readonly AssetFigures[]): string[] {
  const ids = new Array<string>(assets.length);
  for (let index = 0; index < assets.length; index += 1) ids[index] = (assets[index] as AssetFigures).assetId;
  return ids;
}

/** One node for every selected asset of a long walk, ids in selection order. */
export function groupedSelectedNode(selected: readonly AssetFigures[], proceeds: number, targetText: string): ExplanationNode {
  const ids = idsOf(selected);
  return {
    kind: 'asset_selected',
    asset_id: null,
    constraint: null,
    message:
      `Selected ${pluralize(ids.length, 'asset')} in rank order, each the next that keeps every covenant, ` +
      `bringing proceeds to ${formatMoney(proceeds)} of the ${targetText} target: ${listIds(ids)} ` +
      `(grouped: more than ${PER_ASSET_STEP_LIMIT} steps; every id, in selection order, is in asset_ids).`,
    values: { count: ids.length, running_total: proceeds, asset_ids: ids.join(',') },
  };
}

/** A covenant's limit in words, for a grouped rejection. */
function causeWords(cause: RejectionCause, limit: number | null): string {
  if (cause === 'ebitda') return 'its rent would bring EBITDA to zero or below';
  if (cause === 'max_market_share')
    return `its market would provide more than the cap of ${limit === null ? 'the cap' : `${(limit * 100).toFixed(1)}% of the target`}`;
  const name: ConstraintName = cause;
  return `${covenantLabel(name)} would break or worsen against the covenant of ${limit === null ? 'its limit' : formatCovenantLimit(name, limit)}`;
}

/**
 * One node per first failed rule of a long walk, listing the ids it passed over
 * in rank order; `causes` in the order the nodes should appear.
 */
export function groupedRejectedNodes(
  rejectedByCause: ReadonlyMap<RejectionCause, AssetFigures[]>,
  causes: ReadonlyArray<{ readonly cause: RejectionCause; readonly limit: number | null }>,
): ExplanationNode[] {
  const nodes: ExplanationNode[] = [];
  for (const { cause, limit } of causes) {
    const rejected = rejectedByCause.get(cause);
    if (rejected === undefined || rejected.length === 0) continue;
    const ids = idsOf(rejected);
    nodes.push({
      kind: 'asset_rejected',
      asset_id: null,
      constraint: cause === 'ebitda' ? null : cause,
      message:
        `Passed over ${pluralize(ids.length, 'asset')} because, with each added, ${causeWords(cause, limit)}: ${listIds(ids)} ` +
        `(grouped by the first rule each failed; every id, in rank order, is in asset_ids).`,
      values: { count: ids.length, limit, asset_ids: ids.join(',') },
    });
  }
  return nodes;
}
