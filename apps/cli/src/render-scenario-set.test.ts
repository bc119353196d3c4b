import { ScenarioComparisonRowSchema, type Notice } from '@leaseback/domain';
import type { ScenarioSetWithComparison } from '@leaseback/service';
import { describe, expect, it } from 'vitest';
import { renderScenarioSet } from './render-scenario-set.js';
import { createTextStyle } from './text-style.js';

const plain = createTextStyle(false);

function row(label: string, kind: 'base' | 'risk_off', notices: Notice[]) {
  return ScenarioComparisonRowSchema.parse({
    run_id: `run-${kind}`,
    label,
    kind,
    run_status: 'completed',
    outcome_status: 'ok',
    target_amount: 100e6,
    proceeds: 104e6,
    shortfall: 0,
    net_leverage_after: 2.5,
    fixed_charge_coverage_after: 2.1,
    assets_sold: 3,
    implied_cost_of_capital: kind === 'base' ? 0.0794 : 0.0799,
    spread_to_cost_of_debt: kind === 'base' ? 0.0198 : 0.0204,
    npv_cost: kind === 'base' ? 38.9e6 : 29.4e6,
    annual_rent_added: 11.3e6,
    net_leverage_after_us_gaap: 2.64,
    net_leverage_after_ifrs16: kind === 'base' ? 2.86 : 2.78,
    error: null,
    notices,
  });
}

// Only the fields the rendering reads; the rest of a stored set plays no part in it.
function setOf(comparison: ReturnType<typeof row>[]): ScenarioSetWithComparison {
  return {
    scenario_set: { id: 'set-1', brief: 'Raise $100M', fund_id: null, created_at: '2026-01-01T00:00:00.000Z' },
    comparison,
  } as unknown as ScenarioSetWithComparison;
}

describe('renderScenarioSet', () => {
  it("prints each scenario's notices under its label, warnings first, and counts the warnings in the table", () => {
    const rendered = renderScenarioSet(
      setOf([
        row('Base case', 'base', [
          { code: 'covenant_defaulted', severity: 'info', message: 'net leverage limit not stated: at most 4.00x assumed (default)' },
          { code: 'greedy_overshoot', severity: 'warning', message: 'greedy raises $104M, 4 % above the target' },
        ]),
        row('Risk-off', 'risk_off', [
          { code: 'target_relaxed', severity: 'warning', message: 'target lowered from $80M to $70M (revision 1)' },
        ]),
      ]),
      plain,
    );
    const base = rendered.indexOf('Base case: Warnings (1) and notes');
    const overshoot = rendered.indexOf('warning greedy raises $104M');
    const defaulted = rendered.indexOf('note    net leverage limit not stated');
    const riskOff = rendered.indexOf('Risk-off: Warnings (1) and notes');
    const relaxed = rendered.indexOf('warning target lowered from $80M to $70M (revision 1)');
    expect(base).toBeGreaterThan(0);
    expect(overshoot).toBeGreaterThan(base);
    expect(defaulted).toBeGreaterThan(overshoot);
    expect(riskOff).toBeGreaterThan(defaulted);
    expect(relaxed).toBeGreaterThan(riskOff);
    expect(rendered.indexOf('Runs')).toBeGreaterThan(relaxed);
    const header = rendered.split('\n').find((line) => line.includes('Assets sold'));
    expect(header).toContain('Warnings');
    const baseRow = rendered.split('\n').find((line) => line.startsWith('│ Base case '));
    expect(baseRow?.split('│').map((cell) => cell.trim())[10]).toBe('1');
  });

  it('prints what each program costs, side by side, on both accounting bases', () => {
    const rendered = renderScenarioSet(setOf([row('Base case', 'base', []), row('Short leases', 'risk_off', [])]), plain);
    const lines = rendered.split('\n');
    const economics = lines.indexOf('Economics');
    expect(economics).toBeGreaterThan(0);
    const cells = (label: string) =>
      lines
        .slice(economics)
        .find((line) => line.startsWith(`│ ${label} `))
        ?.split('│')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '');
    expect(cells('Base case')).toEqual(['Base case', '7.94%', '+198 bp', '$38.9M', '$11.3M', '2.64x', '2.86x']);
    expect(cells('Short leases')).toEqual(['Short leases', '7.99%', '+204 bp', '$29.4M', '$11.3M', '2.64x', '2.78x']);
  });

  it('prints no notes section for a scenario without notices', () => {
    const rendered = renderScenarioSet(setOf([row('Base case', 'base', [])]), plain);
    expect(rendered).not.toContain('Base case: ');
    expect(rendered).not.toContain('Notes');
  });
});
