import { describe, expect, it } from 'vitest';
import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';
import { numberValue } from './written-numbers.js';

/**
 * A tenth round of wording families for the minimum-proceeds objective said in plain words, floors and caps written
 * as a list's "label — value", assets ruled out by name or by a count of their type, a lease term put to buyers, a
 * covenant's history beside the level asked for, and amounts beside a balance or a past aside. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the smallest package reaching the target ("the smallest package that gets them to $60M")': [
    [
      'Treasury wants the smallest set that takes them past $85M. Nothing in Ohio.',
      { target_amount: 85e6, exclude_markets: ['Columbus'], economics: { objective: 'min_proceeds' } },
    ],
    ['Size $140M; smallest program clearing the target, please.', { target_amount: 140e6, economics: { objective: 'min_proceeds' } }],
    [
      'We need $75M, and the smallest package that will get us to that number.',
      { target_amount: 75e6, economics: { objective: 'min_proceeds' } },
    ],
    ['Raise $95M in the smallest feasible program.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    [
      '$120M, smallest set possible, IFRS 16.',
      { target_amount: 120e6, economics: { objective: 'min_proceeds', accounting_basis: 'ifrs16' } },
    ],
    ['Fund $60M: smallest programme.', { target_amount: 60e6, economics: { objective: 'min_proceeds' } }],
    // The smallest sale of an earlier year, or one turned down, is no objective.
    ['Our smallest sale last year was $20M. Raise $90M.', { target_amount: 90e6 }],
    [
      'We want the cheapest capital in NPV terms rather than just the smallest package. $100M.',
      { target_amount: 100e6, economics: { objective: 'min_npv_cost' } },
    ],
  ],
  'the least sold above the target ("overshoot the $70M as little as possible")': [
    ['Raise $80M and overshoot it as little as we can.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['The board wants to overshoot $45M by as little as possible.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    [
      'We want the least amount sold over the target, not the lowest-cost option. Target $65M.',
      { target_amount: 65e6, economics: { objective: 'min_proceeds' } },
    ],
    ['Target $110M; the minimum value raised beyond that.', { target_amount: 110e6, economics: { objective: 'min_proceeds' } }],
    // Overshooting something else as little as possible says nothing of the sale.
    ['Raise $80M. Keep rent growth as little as possible.', { target_amount: 80e6 }],
  ],
  'a floor or a market cap as a label and a spaced dash ("Item: Floor — $115M")': [
    ['Ask — $140M\nFloor — $120M', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Target - $90M; Minimum acceptable - $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Raise $200M, with the floor being $170M.', { target_amount: 200e6, floor_amount: 170e6 }],
    ['Target — $60M\nMetro cap — 35%', { target_amount: 60e6, max_market_share: 0.35 }],
    // A dash between words that are no label leaves the figure the ask.
    ['Raise $90M - the minimum-fuss version.', { target_amount: 90e6 }],
  ],
  'assets ruled out by name with "rule out" or "pull", or by a count of their type ("keep both data centres out")': [
    ['Raise $70M and rule out the Secaucus Parts Store.', { target_amount: 70e6, exclude_asset_ids: ['NWK-05'] }],
    ['Please pull the Kearny plant and the Tempe office. $85M.', { target_amount: 85e6, exclude_asset_ids: ['NWK-03', 'PHX-03'] }],
    ['$90M, with the two data centers kept out.', { target_amount: 90e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] }],
    ['Exclude both data centres and the lab; $130M.', { target_amount: 130e6, exclude_asset_ids: ['COL-03', 'DAL-05', 'PHX-02'] }],
    // What cannot be ruled out is no exclusion; a count the portfolio does not hold stays a type.
    ["We can't rule out the Secaucus Parts Store being sold later. Raise $70M.", { target_amount: 70e6 }],
    [
      'Exclude the two plants. Raise $50M.',
      { target_amount: 50e6, asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center', 'lab'] },
    ],
  ],
  'one building named by its type, or a type all ruled out by name, asks for no type ("investors asked about the HQ")': [
    ['Buyers toured the lab last week. Target $55M.', { target_amount: 55e6 }],
    ['The CFO mentioned the headquarters twice. Raise $75M.', { target_amount: 75e6 }],
    [
      'The data centers are leased to a key customer, so keep DAL-05 and PHX-02. $90M.',
      { target_amount: 90e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    // A type asked for keeps its word, and so does a list of types.
    ['Raise $60M from the office portfolio.', { target_amount: 60e6, asset_types: ['office'] }],
    ['Only the warehouse and DC pool. $60M.', { target_amount: 60e6, asset_types: ['distribution_center', 'warehouse'] }],
  ],
  'a lease term put to buyers as a label ("Lease term offered: 15 years")': [
    ['Raise $100M. Lease term proposed: 12 years.', { target_amount: 100e6, economics: { lease_term_years: 12 } }],
    ['Term offered - 18 yrs. Target $75M.', { target_amount: 75e6, economics: { lease_term_years: 18 } }],
    ['Initial term on offer: 20 years; $140M.', { target_amount: 140e6, economics: { lease_term_years: 20 } }],
    // A term offered by someone else, labelled so, is not read as the label.
    ['Raise $100M. Term offered by the buyer was rejected.', { target_amount: 100e6 }],
  ],
  'a facility signed in a past year, then the level the lenders would like modelled': [
    [
      'Our 2021 FCCR covenant is 1.4x; the lenders would like 1.9x modelled. $120M.',
      { target_amount: 120e6, min_fixed_charge_coverage: 1.9 },
    ],
    [
      'Net leverage is tested quarterly; the bank wants 3.25x used for this case. Raise $90M.',
      { target_amount: 90e6, max_net_leverage: 3.25 },
    ],
    [
      'The term loan was signed in 2020 with a 4.5x net leverage covenant. Raise $110M, lease-adjusted at most 5.0x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 5 },
    ],
    // A level the lenders would like modelled, with no metric named before it, is no limit.
    ['Raise $90M. The bank would like 2.0x modelled.', { target_amount: 90e6 }],
  ],
  'an amount beside a balance, a past aside or another question ("The loan has $60M outstanding. Raise $90M.")': [
    ['The mortgage on Joliet has $25M still outstanding. Target $70M.', { target_amount: 70e6 }],
    ['We have $40M owing on the revolver; raise $120M.', { target_amount: 120e6 }],
    ['Raise $80M (last year was IFRS 16).', { target_amount: 80e6 }],
    ['Target $65M (the prior program was $40M).', { target_amount: 65e6 }],
    ['$95M; Chicago only? No, Chicago and Newark.', { target_amount: 95e6, include_markets: ['Chicago', 'Newark'] }],
    // A figure asked about and refused is still no target.
    ['Can we do $300M? No. Raise $150M.', { target_amount: 150e6 }],
  ],
};

describeFamilies('reading objectives, labels and named assets (round 10)', FAMILIES);

describe('a whole number and a fraction in words', () => {
  it('reads "two and one-half" as 2.5, counting the "one" as the fraction\'s', () => {
    expect(numberValue('two and one-half')).toBe(2.5);
    expect(numberValue('three and one quarter')).toBe(3.25);
    expect(numberValue('one hundred and one')).toBe(101);
  });
});
