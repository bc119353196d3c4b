import { ProgramOutcomeSchema } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { PER_ASSET_STEP_LIMIT } from './grouped-steps.js';
import { selectAssets } from './select-assets.js';
import { createRandom, generatePortfolio } from './__fixtures__/portfolio-generator.js';

describe('greedy explanation nodes of a long walk', () => {
  // Half the portfolio's cash under a 10 % market cap: well over the per-asset limit of steps, some of them rejections.
  const instance = generatePortfolio(createRandom(7), { assetCount: 3_000, targetShare: [0.5, 0.5] });
  const spec = { ...instance.spec, hard_constraints: { ...instance.spec.hard_constraints, max_market_share: 0.1 } };
  const outcome = selectAssets(instance.assets, instance.corporateState, spec);
  const selectedNodes = outcome.explanation_nodes.filter((node) => node.kind === 'asset_selected');
  const rejectedNodes = outcome.explanation_nodes.filter((node) => node.kind === 'asset_rejected');
  const idsOf = (value: unknown): string[] => (typeof value === 'string' && value.length > 0 ? value.split(',') : []);

  it('groups the steps once there are more than the per-asset limit, and stays a valid outcome', () => {
    const rejectedCount = rejectedNodes.reduce((sum, node) => sum + Number(node.values.count), 0);
    expect(outcome.selected_asset_ids.length + rejectedCount).toBeGreaterThan(PER_ASSET_STEP_LIMIT);
    expect(selectedNodes).toHaveLength(1);
    expect(rejectedNodes.length).toBeGreaterThan(0);
    expect(selectedNodes[0]?.asset_id).toBeNull();
    expect(ProgramOutcomeSchema.safeParse(outcome).success).toBe(true);
  });

  it('still says every eligible asset’s fate: selected in order, rejected by rule, excluded or not needed', () => {
    expect(idsOf(selectedNodes[0]?.values.asset_ids)).toEqual(outcome.selected_asset_ids);
    const rejectedIds = rejectedNodes.flatMap((node) => idsOf(node.values.asset_ids));
    for (const node of rejectedNodes) expect(idsOf(node.values.asset_ids)).toHaveLength(Number(node.values.count));
    const notNeeded = outcome.explanation_nodes.find((node) => node.kind === 'asset_not_needed');
    const accounted = new Set([
      ...outcome.selected_asset_ids,
      ...rejectedIds,
      ...outcome.excluded_assets.map((excluded) => excluded.asset_id),
    ]);
    // Every id is in at most one group, and the groups plus the not-needed count cover the portfolio.
    expect(accounted.size).toBe(outcome.selected_asset_ids.length + rejectedIds.length + outcome.excluded_assets.length);
    expect(accounted.size + Number(notNeeded?.values.count ?? 0)).toBe(instance.assets.length);
  });

  it('selects exactly what the per-asset walk selects (grouping changes only the nodes)', () => {
    const head = instance.assets.slice(0, 400);
    const small = selectAssets(head, instance.corporateState, spec);
    const smallSelected = small.explanation_nodes.filter((node) => node.kind === 'asset_selected').map((node) => node.asset_id);
    expect(smallSelected).toEqual(small.selected_asset_ids);
  });
});
