import type { ProgramOutcome, RunRecord, ScenarioComparisonRow } from '@leaseback/domain';

/**
 * Lines up a set's runs side by side: per scenario the target, proceeds,
 * shortfall, leverage and coverage after, assets sold and status, and what
 * the capital costs (implied cost, spread to debt, NPV cost, rent added, net
 * leverage after on both bases). Failed runs
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
      ...economicsColumns(outcome),
      error: run.error,
      // A response stored before notices existed has none.
      notices: run.response?.notices ?? [],
    };
  });
}

type EconomicsColumns = Pick<
  ScenarioComparisonRow,
  | 'implied_cost_of_capital'
  | 'spread_to_cost_of_debt'
  | 'npv_cost'
  | 'annual_rent_added'
  | 'net_leverage_after_us_gaap'
  | 'net_leverage_after_ifrs16'
>;

/** The economics columns of one outcome: the basis in force from metrics_after, the other from the economics block. */
function economicsColumns(outcome: ProgramOutcome | null): EconomicsColumns {
  const economics = outcome?.economics ?? null;
  if (outcome === null || economics === null) {
    return {
      implied_cost_of_capital: null,
      spread_to_cost_of_debt: null,
      npv_cost: null,
      annual_rent_added: null,
      net_leverage_after_us_gaap: null,
      net_leverage_after_ifrs16: null,
    };
  }
  const inForce = outcome.metrics_after?.net_leverage ?? null;
  const other = economics.net_leverage_after_other_basis;
  const implied = economics.implied_cost_of_capital;
  return {
    implied_cost_of_capital: implied,
    spread_to_cost_of_debt: implied === null ? null : implied - economics.cost_of_debt,
    npv_cost: economics.npv_cost,
    annual_rent_added: economics.annual_rent_added,
    net_leverage_after_us_gaap: economics.accounting_basis === 'us_gaap' ? inForce : other,
    net_leverage_after_ifrs16: economics.accounting_basis === 'ifrs16' ? inForce : other,
  };
}
