import type { RunRecord, ScenarioComparisonRow } from '@leaseback/domain';

/**
 * Lines up a set's runs side by side: per scenario the target, proceeds,
 * shortfall, leverage and coverage after, assets sold and status. Failed runs
 * keep their row, with nulls and the error. Each row carries its run's notices.
 */
export function compareScenarioSet(runs: readonly RunRecord[]): ScenarioComparisonRow[] {
  return runs.map((run) => {
    const outcome = run.response?.outcome ?? null;
    return {
      run_id: run.run_id,
      label: run.scenario_label ?? run.program_description,
      kind: run.scenario_kind ?? 'custom',
      run_status: run.status,
      outcome_status: outcome?.status ?? null,
      target_amount: outcome?.target_amount ?? null,
      proceeds: outcome?.proceeds ?? null,
      shortfall: outcome?.shortfall ?? null,
      net_leverage_after: outcome?.metrics_after?.net_leverage ?? null,
      fixed_charge_coverage_after: outcome?.metrics_after?.fixed_charge_coverage ?? null,
      assets_sold: outcome ? outcome.selected_asset_ids.length : null,
      error: run.error,
      // A response stored before notices existed has none.
      notices: run.response?.notices ?? [],
    };
  });
}
