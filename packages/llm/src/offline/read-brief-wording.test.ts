import { describe, expect, it } from 'vitest';
import { portfolioTypes, readExampleBrief as read } from '../__fixtures__/example-brief-reading.js';
import type { BriefReading } from './read-brief.js';

/** Wordings read by general rules (a label before a colon, a cap anywhere in a rent clause, a list ruled out after it). */
const CASES: readonly (readonly [string, Partial<BriefReading>])[] = [
  ['Ask: $60M. Minimum: $50M.', { target_amount: 60e6, floor_amount: 50e6 }],
  ['Sell $90M of sites; the lowest we can accept is $70M.', { target_amount: 90e6, floor_amount: 70e6 }],
  ['Sell three quarters of a billion dollars of real estate.', { target_amount: 750e6 }],
  ['Management wants $80M of liquidity.', { target_amount: 80e6 }],
  ['Raise $40M. Ceiling on new rent: $4M.', { target_amount: 40e6, max_rent_added: 4e6 }],
  ['Raise $40M; annual rent added must stay below $3M.', { target_amount: 40e6, max_rent_added: 3e6 }],
  ['Raise $40M and skip properties with liens on them.', { target_amount: 40e6, exclude_mortgaged: true }],
  ['Raise $40M. No mortgages.', { target_amount: 40e6, exclude_mortgaged: true }],
  ['Raise $40M from anything but Phoenix.', { target_amount: 40e6, exclude_markets: ['Phoenix'] }],
  ['Raise $40M and stay away from Chicago.', { target_amount: 40e6, exclude_markets: ['Chicago'] }],
  ['Raise $40M with the Fontana Warehouse left alone.', { target_amount: 40e6, exclude_asset_ids: ['IE-02'] }],
  ['Raise $40M excluding the Southeast Sortation Hub.', { target_amount: 40e6, exclude_asset_ids: ['ATL-01'] }],
  ['Raise $40M; business-critical sites stay with us.', { target_amount: 40e6, max_criticality: 0.7 }],
  ['Raise $40M, not greedy.', { target_amount: 40e6, strategy: 'exact' }],
  ['Raise $40M with the least expensive funding.', { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
  ['Raise $40M; tax rate 25%.', { target_amount: 40e6, economics: { tax_rate: 0.25 } }],
  ['Raise $40M; the tax charge on the gain is 18%.', { target_amount: 40e6, economics: { tax_rate: 0.18 } }],
  ['Raise $40M; leaseability floor 0.6.', { target_amount: 40e6, min_leaseability: 0.6 }],
  ['Raise $40M; no city above 30%.', { target_amount: 40e6, max_market_share: 0.3 }],
  ['Raise $40M across markets, at most 25% in any one.', { target_amount: 40e6, max_market_share: 0.25 }],
  // A subject written as a relative clause, a hedged comparison, an exclusion verb after "will not".
  ['Raise $40M; the yearly rent we would be taking on stays below $3M.', { target_amount: 40e6, max_rent_added: 3e6 }],
  ['Raise $40M; leaseback rent capped at $2.5M.', { target_amount: 40e6, max_rent_added: 2.5e6 }],
  ['Raise $40M; new rent should not rise above $3M.', { target_amount: 40e6, max_rent_added: 3e6 }],
  ['Raise $40M; net leverage once the sales close stays well below 3x.', { target_amount: 40e6, max_net_leverage: 3 }],
  ['Raise $40M; leverage, which must stay under 3.2x.', { target_amount: 40e6, max_net_leverage: 3.2 }],
  ['Raise $40M; the rent-adjusted multiple at most 5x.', { target_amount: 40e6, max_lease_adjusted_leverage: 5 }],
  ['Raise $40M; per-market exposure remains under 35%.', { target_amount: 40e6, max_market_share: 0.35 }],
  ['Our floor will be $30M; we would like $40M.', { target_amount: 40e6, floor_amount: 30e6 }],
  ['Can you find $40M with rent-adjusted leverage under 5x?', { target_amount: 40e6, max_lease_adjusted_leverage: 5 }],
  ['Raise $40M; we must not sell anything in Texas.', { target_amount: 40e6, exclude_markets: ['Dallas', 'Houston'] }],
];

describe('readBrief: general wording rules', () => {
  for (const [brief, expected] of CASES) {
    it(`reads "${brief}"`, () => {
      const reading = read(brief);
      expect(reading).toMatchObject(expected);
      // Filler words may be left over; no figure may be.
      expect(reading.unrecognized.filter((phrase) => /\d/.test(phrase))).toEqual([]);
    });
  }

  it('reads the types after critical words as ruled out, and the critical words as the criticality filter', () => {
    const reading = read('Raise $40M; mission-critical plants and data centers stay off the table.');
    expect(reading.max_criticality).toBe(0.7);
    expect(reading.asset_types).toEqual(portfolioTypes.filter((type) => type !== 'manufacturing' && type !== 'data_center'));
  });

  it('keeps a bare number after a label unread as money ("Floor: 80" is not $80)', () => {
    const reading = read('Raise $90M. Floor: 80.');
    expect(reading.floor_amount).toBeUndefined();
  });
});

describe('readBrief: words of intent are not reported as not understood', () => {
  it.each([
    "Hi, we're thinking about raising around $150M.",
    'We are wondering whether we can raise $80M.',
    "We're hoping to raise $60M.",
    'We are planning to raise $45M.',
  ])('%s', (brief) => {
    expect(read(brief).unrecognized).toEqual([]);
  });
});
