import type { Asset } from '@leaseback/domain';
import { describe, expect, it } from 'vitest';
import { FAILED_RUN, INFEASIBLE_RUN } from './__fixtures__/infeasible-run.js';
import { renderRun } from './render-run.js';
import { createTextStyle, stripStyle } from './text-style.js';

const plain = createTextStyle(false);
const asset = (asset_id: string, name: string, market: string): Asset => ({
  asset_id,
  name,
  asset_type: 'warehouse',
  market,
  market_rent: 1,
  cap_rate: 0.05,
  book_value: 1,
  criticality: 0.2,
  leaseability: 0.9,
  mortgage_balance: 0,
});

describe('renderRun', () => {
  const text = renderRun(INFEASIBLE_RUN, { style: plain });
  const lines = text.split('\n');

  it('shows the shortfall, why the outcome is infeasible and the capacity with its assets', () => {
    expect(text).toContain(
      'Run run-1  completed, outcome infeasible, after revision: target $250M → $225M, min leaseability 0.70 → 0.60 (greedy)',
    );
    expect(text).toContain('Proceeds  $180M against a target of $225M: short by $45M (shortfall $45M)');
    expect(text).toContain('Why infeasible\n  - target_shortfall: Raised $180M of the $225M target.');
    expect(text).toContain('Capacity  at most $190M');
    expect(text).toContain('(proven optimal), short of the $225M target, from 3 assets: A-1, B-2, F-6');
  });

  it('marks a breached covenant and a binding one, with the note for a missing value', () => {
    const leverage = lines.find((line) => line.includes('Net leverage'));
    expect(leverage).toMatch(/3\.40x .* 3\.10x .* ≤ 3\.25x .* pass, binding/);
    const share = lines.find((line) => line.includes('Largest market share'));
    expect(share).toMatch(/n\/a .* 45\.0% .* ≤ 40\.0% .* BREACH/);
    expect(text).toContain('Largest market share: no sales before the program');
  });

  it("prints each asset's cash from the outcome's economics, and groups exclusions by reason", () => {
    expect(lines.find((line) => line.includes(' A-1 '))).toMatch(/A-1 +│ +\$100M +│ +7\.00% /);
    expect(lines.find((line) => line.includes(' B-2 '))).toMatch(/B-2 +│ +\$80M +│ +7\.20% /);
    expect(lines.find((line) => line.trimStart().startsWith('leaseability'))).toMatch(/2 {2}C-3, D-4$/);
    expect(lines.find((line) => line.trimStart().startsWith('underwater'))).toMatch(/1 {2}E-5$/);
  });

  it('prints n/a for the cash of a run stored before each sale recorded it', () => {
    const response = INFEASIBLE_RUN.response;
    if (response === null || response.outcome.economics === null) throw new Error('fixture has economics');
    const economics = response.outcome.economics;
    const older = {
      ...INFEASIBLE_RUN,
      response: {
        ...response,
        outcome: {
          ...response.outcome,
          economics: { ...economics, assets: economics.assets.map(({ cash_proceeds: _, ...rest }) => rest) },
        },
      },
    };
    const rendered = renderRun(older, { style: plain }).split('\n');
    expect(rendered.find((line) => line.includes(' A-1 '))).toMatch(/A-1 +│ +n\/a +│ +7\.00% /);
  });

  it('adds names, types and markets when the portfolio is given', () => {
    const assets = new Map([
      ['A-1', asset('A-1', 'Fontana Warehouse', 'Inland Empire')],
      ['B-2', asset('B-2', 'Groveport Warehouse', 'Columbus')],
    ]);
    const withNames = renderRun(INFEASIBLE_RUN, { style: plain, assets }).split('\n');
    expect(withNames.find((line) => line.includes(' A-1 '))).toMatch(/Fontana Warehouse .* warehouse .* Inland Empire .* \$100M/);
  });

  it('writes one audit line per trace entry, with what each revision changes and the policy verdict', () => {
    const trail = lines.slice(lines.indexOf('Audit trail') + 1).filter((line) => line.startsWith('  #'));
    expect(trail).toHaveLength(6);
    expect(trail[0]).toMatch(/^ {2}#0 spec_generated +read the brief: target \$250M.*\[offline offline-parser-v1\]$/);
    expect(trail[1]).toMatch(/#1 engine_run +infeasible: \$180M of \$250M from 2 assets, short \$70M; binding: max_net_leverage/);
    expect(trail[2]).toContain('proposes target $250M → $150M, min leaseability 0.70 → 0.60');
    expect(trail[3]).toContain('clamped: applies target $250M → $225M, min leaseability 0.70 → 0.60');
    expect(trail[3]).toContain('violations: target_step_exceeded (the target may fall at most 10% per iteration)');
    // The second engine run compares against the spec the policy applied, not the proposal.
    expect(trail[4]).toMatch(/#2 engine_run +infeasible: \$180M of \$225M/);
    expect(trail[5]).toMatch(/#2 explanation +summary written/);
  });

  it('shows why a failed run failed, and its trace', () => {
    const failed = renderRun(FAILED_RUN, { style: plain });
    expect(failed).toContain('Run run-2  failed');
    expect(failed).toContain('Error     llm_unavailable: the provider did not answer');
    expect(failed).toMatch(/#0 run_failed +llm_unavailable: the provider did not answer\n/);
    expect(failed).not.toContain('Summary');
  });

  it('colours only when asked', () => {
    const coloured = renderRun(INFEASIBLE_RUN, { style: createTextStyle(true) });
    expect(coloured).not.toBe(text);
    expect(stripStyle(coloured)).toBe(text);
  });

  it('prints the notices before the summary, warnings first, and a header that says the target was kept', () => {
    const response = INFEASIBLE_RUN.response;
    if (response === null) throw new Error('fixture has a response');
    const kept = {
      ...INFEASIBLE_RUN,
      response: {
        ...response,
        spec: { ...response.spec, target_amount: 250e6 },
        notices: [
          {
            code: 'covenant_defaulted' as const,
            severity: 'info' as const,
            message: 'net leverage limit not stated',
            field: 'hard_constraints.max_net_leverage',
          },
          { code: 'filter_relaxed' as const, severity: 'warning' as const, message: 'leaseability relaxed from 0.70 to 0.60 (revision 1)' },
        ],
      },
    };
    const rendered = renderRun(kept, { style: plain });
    expect(rendered).toContain('outcome infeasible, after revision: target $250M kept, min leaseability 0.70 → 0.60 (greedy)');
    const warning = rendered.indexOf('warning leaseability relaxed from 0.70 to 0.60 (revision 1)');
    const note = rendered.indexOf('note    net leverage limit not stated');
    expect(warning).toBeGreaterThan(0);
    expect(note).toBeGreaterThan(warning);
    expect(rendered.indexOf('Summary')).toBeGreaterThan(note);
  });
});
