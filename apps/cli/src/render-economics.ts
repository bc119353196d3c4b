import type { ProgramEconomics, ProgramOutcome } from '@leaseback/domain';
import { formatBasisPoints, formatMoney, formatRate, formatRatio } from './format-values.js';
import { renderTable } from './render-table.js';
import { BASIS_LABELS } from './spec-fields.js';
import type { TextStyle } from './text-style.js';

/** Each selected asset's implied cost (its IRR), by asset id, from the outcome's economics. */
export function impliedCostByAsset(outcome: ProgramOutcome): Map<string, number | null> {
  return new Map((outcome.economics?.assets ?? []).map((asset) => [asset.asset_id, asset.implied_cost]));
}

/** Net leverage after the program on each basis: the one in force from the pro-forma, the other from the economics. */
export function netLeverageByBasis(
  outcome: ProgramOutcome,
  economics: ProgramEconomics,
): { us_gaap: number | null; ifrs16: number | null } {
  const inForce = outcome.metrics_after?.net_leverage ?? null;
  const other = economics.net_leverage_after_other_basis;
  return economics.accounting_basis === 'ifrs16' ? { us_gaap: other, ifrs16: inForce } : { us_gaap: inForce, ifrs16: other };
}

/**
 * The Economics section of a run report: rent added and rent coverage; the
 * implied cost against the cost of debt with the spread in basis points; NPV
 * cost; gain, tax and after-tax proceeds; and net leverage after under US GAAP
 * and IFRS 16 side by side (the basis the covenants were tested on marked).
 */
export function renderEconomics(outcome: ProgramOutcome, style: TextStyle): string {
  const economics = outcome.economics;
  if (!economics) return '';
  const implied = economics.implied_cost_of_capital;
  const spread = implied === null ? null : implied - economics.cost_of_debt;
  const spreadText =
    spread === null ? '' : ` (${formatBasisPoints(Math.abs(spread))} ${spread > 0 ? 'above' : spread < 0 ? 'below' : 'at'} debt)`;
  const npvWords =
    economics.npv_cost > 0 ? 'dearer than borrowing' : economics.npv_cost < 0 ? 'cheaper than borrowing' : 'the same as borrowing';
  const leverageBefore = outcome.metrics_before?.net_leverage ?? null;
  const byBasis = netLeverageByBasis(outcome, economics);
  const inForce = (basis: 'us_gaap' | 'ifrs16'): string => (economics.accounting_basis === basis ? ' (covenant basis)' : '');
  const lines = [
    `  Rent added          ${formatMoney(economics.annual_rent_added)} a year; rent coverage after ${formatRatio(economics.rent_coverage_after)}`,
    `  Implied cost        ${formatRate(implied)} against a cost of debt of ${formatRate(economics.cost_of_debt)}${spreadText}`,
    `  NPV cost            ${formatMoney(economics.npv_cost)} in today's money, ${npvWords} at the cost of debt`,
    `  Gain on sale        ${formatMoney(economics.gain_on_sale)}; tax ${formatMoney(economics.tax_on_gain)}; after-tax proceeds ${formatMoney(economics.after_tax_proceeds)}`,
    `  Lease liability     ${formatMoney(economics.lease_liability_added)} added`,
  ];
  const table = renderTable(
    style,
    [{ heading: 'Basis' }, { heading: 'Leverage before', align: 'right' }, { heading: 'Leverage after', align: 'right' }],
    [
      [`${BASIS_LABELS.us_gaap}${inForce('us_gaap')}`, formatRatio(leverageBefore), formatRatio(byBasis.us_gaap)],
      [`${BASIS_LABELS.ifrs16}${inForce('ifrs16')}`, formatRatio(leverageBefore), formatRatio(byBasis.ifrs16)],
    ],
  );
  return `${style.bold('Economics')} (${BASIS_LABELS[economics.accounting_basis]} basis)\n${lines.join('\n')}\n${table}`;
}
