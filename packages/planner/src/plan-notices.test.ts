import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseInput,
  PortfolioSchema,
  ProgramRequestSchema,
  type Notice,
  type NoticeCode,
  type ProgramRequest,
  type ProgramResponse,
} from '@leaseback/domain';
import { createOfflineLlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { feasibleSpec, smallRequest } from './__fixtures__/portfolio.js';
import { revisionNotices } from './plan-notices.js';
import { runProgram } from './run-program.js';

const portfolio = parseInput(
  PortfolioSchema,
  JSON.parse(readFileSync(new URL('../../../examples/portfolio.json', import.meta.url), 'utf8')),
);

function requestFor(brief: string, overrides: Partial<ProgramRequest> = {}): ProgramRequest {
  return parseInput(ProgramRequestSchema, {
    assets: portfolio.assets,
    corporate_state: portfolio.corporate_state,
    program_description: brief,
    ...overrides,
  });
}

async function plan(brief: string, overrides: Partial<ProgramRequest> = {}): Promise<ProgramResponse> {
  const result = await runProgram(requestFor(brief, overrides), { llm: createOfflineLlmClient() });
  if (result.status !== 'completed') throw new Error(JSON.stringify(result.error));
  return result.response;
}

function withCode(response: ProgramResponse, code: NoticeCode): Notice[] {
  return response.notices.filter((notice) => notice.code === code);
}

describe('notices on the example portfolio, one per code', () => {
  it('covenant_defaulted and floor_defaulted: a brief that states neither covenants nor a floor', async () => {
    const response = await plan('Raise $150M from warehouses');
    expect(withCode(response, 'covenant_defaulted').map((notice) => notice.field)).toEqual([
      'hard_constraints.max_net_leverage',
      'hard_constraints.min_fixed_charge_coverage',
    ]);
    expect(withCode(response, 'floor_defaulted')).toEqual([expect.objectContaining({ severity: 'info', field: 'floor_amount' })]);
    expect(withCode(response, 'floor_defaulted')[0]?.message).toContain('$120');
  });

  it('floor_capped: a floor in the brief above its target', async () => {
    const response = await plan('Raise $40M, at least $50M, leverage under 3.5x, coverage above 1.5x');
    expect(response.spec.floor_amount).toBe(40_000_000);
    expect(withCode(response, 'floor_capped')).toHaveLength(1);
  });

  it('cases_to_compare: a plan names the cases and applies none of them', async () => {
    const response = await plan('Raise $150M. Compare a short leases case and a no-Texas case.');
    expect(response.spec.asset_filters.exclude_markets).toBeUndefined();
    expect(response.spec.program_terms?.lease_term_years).toBeUndefined();
    expect(withCode(response, 'cases_to_compare')).toEqual([expect.objectContaining({ severity: 'info' })]);
    expect(withCode(response, 'cases_to_compare')[0]?.message).toContain('("short leases", "no-Texas")');
    expect(withCode(response, 'clause_not_understood')).toEqual([]);
  });

  it('clause_not_understood quotes the phrase', async () => {
    const response = await plan('Raise $150M and sell to a REIT by year end');
    expect(withCode(response, 'clause_not_understood').map((notice) => notice.message)).toEqual([
      'not understood, so not applied: "REIT by year end"',
    ]);
    expect(withCode(response, 'clause_not_understood')[0]?.severity).toBe('warning');
  });

  it('unknown_market and state_resolved: "outside Texas and Boston"', async () => {
    const response = await plan('Raise $150M outside Texas and Boston');
    expect(response.spec.asset_filters.exclude_markets).toEqual(['Dallas', 'Houston']);
    expect(withCode(response, 'state_resolved')[0]?.message).toBe("Texas read as Dallas, Houston (the portfolio's markets in it)");
    expect(withCode(response, 'unknown_market')[0]?.message).toMatch(/^"Boston" is not a market of the portfolio/);
  });

  it('asset_resolved: "not the Fontana warehouse" and "except the Dallas HQ" name one asset each', async () => {
    const response = await plan('Raise $100M, not the Fontana warehouse, and except the Dallas HQ');
    expect(response.spec.asset_filters.exclude_asset_ids).toEqual(['IE-02', 'DAL-01']);
    expect(response.spec.asset_filters.asset_types).toBeUndefined();
    expect(withCode(response, 'asset_resolved').map((notice) => notice.message)).toEqual([
      '"Fontana warehouse" read as IE-02 (Fontana Warehouse)',
      '"Dallas HQ" read as DAL-01 (Northwind Headquarters, Las Colinas)',
    ]);
  });

  it('"except headquarters" excludes the headquarters, not every office', async () => {
    const response = await plan('Raise $100M except headquarters');
    expect(response.spec.asset_filters.exclude_asset_ids).toEqual(['DAL-01']);
    expect(response.spec.asset_filters.asset_types).toBeUndefined();
  });

  it('unknown_asset: an id the portfolio does not hold excludes nothing and says so', async () => {
    const response = await plan('Raise $100M, except ZZZ-99');
    expect(response.spec.asset_filters.exclude_asset_ids).toBeUndefined();
    expect(withCode(response, 'unknown_asset')[0]?.message).toContain('"ZZZ-99" is not an asset id of the portfolio');
  });

  it('filter_relaxed: the README brief says leaseability went from 0.70 to 0.60 at revision 1', async () => {
    const response = await plan(
      'We need $250 million, net leverage under 3.25x, coverage above 1.8x, only easily re-lettable sites, exclude Chicago.',
    );
    expect(response.outcome.status).toBe('ok');
    expect(withCode(response, 'filter_relaxed')).toEqual([
      {
        code: 'filter_relaxed',
        severity: 'warning',
        message: 'leaseability relaxed from 0.70 to 0.60 (revision 1)',
        field: 'asset_filters.min_leaseability',
      },
    ]);
    expect(response.notices[0]?.severity).toBe('warning');
  });

  it('target_relaxed and infeasible_shortfall: "$500M from warehouses" is measured against the $500M asked', async () => {
    const response = await plan('$500M from warehouses');
    expect(response.outcome.status).toBe('infeasible');
    expect(response.outcome.target_amount).toBe(400_000_000);
    expect(response.outcome.requested_target_amount).toBe(500_000_000);
    expect(response.outcome.shortfall_against_request).toBeCloseTo(500_000_000 - response.outcome.proceeds, 2);
    expect(withCode(response, 'target_relaxed')[0]?.message).toBe('target lowered from $500M to $400M (revision 1)');
    const shortfall = withCode(response, 'infeasible_shortfall')[0]?.message ?? '';
    expect(shortfall).toMatch(
      /against the \$500M asked, short by \$194\.79M; against the revised target of \$400M the shortfall is \$94\.79M/,
    );
  });

  it('greedy_short_of_capacity: greedy stopped by the rent cap while another set reaches the target, which exact then meets', async () => {
    const brief = 'Raise $700M with rent added under $40M a year';
    const response = await plan(brief);
    const capacity = response.outcome.capacity;
    expect(response.outcome.status).toBe('infeasible');
    expect(capacity?.proven_optimal).toBe(true);
    expect(capacity?.max_proceeds).toBeGreaterThanOrEqual(response.outcome.target_amount);
    const notice = withCode(response, 'greedy_short_of_capacity');
    expect(notice).toEqual([expect.objectContaining({ severity: 'warning', field: 'strategy' })]);
    expect(notice[0]?.message).toMatch(
      /^greedy stopped at \$577\.08M, but 8 assets can raise \$683\.77M under the same limits and filters \(the most any set can raise, enough for the revised target\): the exact strategy/,
    );
    // The advice holds: the exact strategy meets the target greedy missed.
    const exact = await plan(brief, { strategy: 'exact' });
    expect(exact.outcome.status).toBe('ok');
    expect(exact.outcome.proceeds).toBeGreaterThanOrEqual(response.outcome.target_amount);
    expect(withCode(exact, 'greedy_short_of_capacity')).toEqual([]);
  });

  it('greedy_short_of_capacity is not said when no set reaches the target', async () => {
    const response = await plan('$500M from warehouses');
    expect(response.outcome.status).toBe('infeasible');
    expect(response.outcome.capacity?.max_proceeds).toBeLessThan(response.outcome.target_amount);
    expect(withCode(response, 'greedy_short_of_capacity')).toEqual([]);
  });

  it('greedy_overshoot: greedy raising more than 10 % above the target points at the exact strategy', async () => {
    const response = await plan('Raise $150M outside Texas and Boston');
    expect(response.outcome.proceeds).toBeGreaterThan(165_000_000);
    expect(withCode(response, 'greedy_overshoot')[0]?.message).toMatch(/above the target of \$150M\..*exact/);
  });
});

describe('notices on a small portfolio', () => {
  it('greedy_overshoot carries what exact would raise when the portfolio is small', async () => {
    const llm = createTestLlmClient({ generateSelectorSpec: { ...feasibleSpec, target_amount: 50 }, generateExplanationSummary: 'x' });
    const result = await runProgram(smallRequest, { llm });
    if (result.status !== 'completed') throw new Error('run failed');
    const overshoot = result.response.notices.find((notice) => notice.code === 'greedy_overshoot');
    // Every box raises 58.8, so no set is smaller: exact says so instead of a figure.
    expect(result.response.outcome.proceeds).toBeCloseTo(58.8, 6);
    expect(overshoot?.message).toContain('The exact strategy finds no smaller program.');
  });

  it('net_cash_after: proceeds above net debt explain the negative net leverage', async () => {
    const request = { ...smallRequest, corporate_state: { ...smallRequest.corporate_state, net_debt: 50 } };
    const llm = createTestLlmClient({ generateSelectorSpec: feasibleSpec, generateExplanationSummary: 'x' });
    const result = await runProgram(request, { llm });
    if (result.status !== 'completed') throw new Error('run failed');
    const notice = result.response.notices.find((candidate) => candidate.code === 'net_cash_after');
    expect(result.response.outcome.metrics_after?.net_debt).toBeLessThan(0);
    expect(notice?.message).toMatch(/net cash after the program, so net leverage reads -/);
  });

  it('covenant_relaxed: a revision that loosens a covenant says from, to and when', () => {
    const before = { ...feasibleSpec, hard_constraints: { max_net_leverage: 3, min_fixed_charge_coverage: 2, max_rent_added: 5 } };
    const after = { ...feasibleSpec, hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 2 } };
    expect(revisionNotices(before, after, 2)).toEqual([
      {
        code: 'covenant_relaxed',
        severity: 'warning',
        message: 'net leverage limit relaxed from 3.00x to 3.50x (revision 2)',
        field: 'hard_constraints.max_net_leverage',
      },
      {
        code: 'covenant_relaxed',
        severity: 'warning',
        message: 'new rent cap limit of $5 dropped (revision 2)',
        field: 'hard_constraints.max_rent_added',
      },
    ]);
  });
});

describe('bad input before anything runs', () => {
  it('unknown_market: an excluded market the portfolio does not hold, with the known ones', async () => {
    const attempt = runProgram(requestFor('Raise $150M', { exclude_markets_override: ['Texas', 'Boston'] }), {
      llm: createOfflineLlmClient(),
    });
    await expect(attempt).rejects.toMatchObject({ code: 'unknown_market', problems: [{ path: 'request.exclude_markets_override' }] });
    await expect(attempt).rejects.toThrow(/"Boston" is not a market of the portfolio \(markets: Atlanta, Chicago/);
  });

  it('a state in the override resolves to its markets, with a state_resolved notice', async () => {
    const response = await plan('Raise $150M', { exclude_markets_override: ['Texas'] });
    expect(response.spec.asset_filters.exclude_markets).toEqual(['Dallas', 'Houston']);
    expect(response.outcome.selected_asset_ids.some((id) => id.startsWith('DAL') || id.startsWith('HOU'))).toBe(false);
    expect(withCode(response, 'state_resolved')).toHaveLength(1);
  });

  it('a floor override above the target is refused, not capped', async () => {
    const attempt = runProgram(requestFor('Raise $150M', { floor_override: 200_000_000 }), { llm: createOfflineLlmClient() });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid_input', problems: [{ path: 'request.floor_override' }] });
    await expect(attempt).rejects.toThrow(/floor \$200(\.0)?M is above the target \$150(\.0)?M/);
  });

  it('unknown_asset: a model spec that excludes an id the portfolio does not hold', async () => {
    const llm = createTestLlmClient({
      generateSelectorSpec: { ...feasibleSpec, asset_filters: { exclude_asset_ids: ['NOPE'] } },
      generateExplanationSummary: 'x',
    });
    await expect(runProgram(smallRequest, { llm })).rejects.toMatchObject({ code: 'unknown_asset' });
  });
});
