import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-ninth round of wording families for the ask, the floor and the places: a floor said "at the very minimum"
 * and a floor said as "anything from" a figure that works; balances named before their figure (a facility named with
 * its lender, interest or rent said as an expense, what an appraisal put the buildings at, what the company paid for
 * one) as no ask; an amount asked how it would look as the ask; a sale and rent-back as the deal the ask is for;
 * another party's suggested figure before the company's own; a ratio's debt over earnings in a bracket as no ask; and
 * mortgaged buildings said as "anything that's mortgaged" at the end of a list, or as "free of any mortgage or lien".
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor at the very minimum, and anything from a figure that works': [
    ['We want $110M, with $90M at the very minimum.', { target_amount: 110e6, floor_amount: 90e6 }],
    ['$80M at the very minimum, ideally $100M.', { target_amount: 100e6, floor_amount: 80e6 }],
    ['Target $140M; anything from $120M works.', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Shoot for $95M, though anything from $85M would be fine.', { target_amount: 95e6, floor_amount: 85e6 }],
    // Rent from a figure is no floor of the ask, and a minimum cost is an objective.
    ['Raise $70M. Rent from $5M works for us.', { target_amount: 70e6 }],
    ['Raise $60M at a minimum cost.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
  ],
  "balances named before their figure: a lender's facility, an expense, an appraisal, a price paid": [
    ['Our revolver with Wells Fargo is $400M. Raise $90M.', { target_amount: 90e6 }],
    ['Our term loan with HSBC stands at $300M. Raise $100M, no labs.', { target_amount: 100e6, asset_types: allTypesBut('lab') }],
    ['Interest expense is about $60M a year; we need $110M.', { target_amount: 110e6 }],
    ['Rent expense is running $25M. Target $80M.', { target_amount: 80e6 }],
    ['The appraisers valued the portfolio at roughly $900M. We want $150M.', { target_amount: 150e6 }],
    ['We paid about $30M for the Tempe Office. Raise $70M.', { target_amount: 70e6 }],
    // Being paid is the ask, and a word of the balance without its figure leaves the ask alone.
    ['We want to be paid $80M for the package.', { target_amount: 80e6 }],
    ['The appraisal is due next week. Raise $85M.', { target_amount: 85e6 }],
    ['Our revolver is fine. Raise $60M to pay down interest.', { target_amount: 60e6 }],
  ],
  'an amount asked how it would look': [
    ['What would $120M look like with no labs?', { target_amount: 120e6, asset_types: allTypesBut('lab') }],
    ['What does $75M look like, Dallas only?', { target_amount: 75e6, include_markets: ['Dallas'] }],
    ['Tell me what $90M would look like against net debt/EBITDA of 3.5x.', { target_amount: 90e6, max_net_leverage: 3.5 }],
    ['Show me what $60M looks like under IFRS 16.', { target_amount: 60e6, economics: { accounting_basis: 'ifrs16' } }],
    // The debt asked about is no ask; the amount raised still is.
    ['What does net debt look like after we raise $100M?', { target_amount: 100e6 }],
  ],
  'a sale and rent-back as the deal the ask is for': [
    ['Sale and rent-back of $65M, 15-year term.', { target_amount: 65e6, economics: { lease_term_years: 15 } }],
    ['A sale-and-rent-back for $55M. No retail.', { target_amount: 55e6, asset_types: allTypesBut('retail') }],
    ['Rent-back deal for $45M please.', { target_amount: 45e6 }],
    // Rent named as too much is no ask.
    ['Rent of $8M is too much. Raise $60M.', { target_amount: 60e6 }],
  ],
  "another party's suggested figure before the company's own": [
    ['The bank suggested $250M. We would rather do $180M.', { target_amount: 180e6 }],
    ["Our advisers recommended a $300M program; we'll do $200M.", { target_amount: 200e6 }],
    ['Morgan Stanley thinks $350M is doable. I would prefer $240M.', { target_amount: 240e6 }],
    // A suggestion taken up, or given alone, is the ask.
    ['Our broker suggested $90M, which is what we will do.', { target_amount: 90e6 }],
    ['The CFO proposed $130M.', { target_amount: 130e6 }],
  ],
  "a ratio's debt over earnings in a bracket": [
    ['Net leverage is 3.2x today (1.34bn / 420). Raise $100M.', { target_amount: 100e6 }],
    ['Leverage today: 2.9x ($1.2bn over $410M). Target $85M.', { target_amount: 85e6 }],
    ['FCCR is 3.1x (620 / 200). We need $70M.', { target_amount: 70e6, min_fixed_charge_coverage: 3.1 }],
    // A slash between places, or between the ask and its floor, is no ratio.
    ['Raise $90M (half of it from Dallas / Houston).', { target_amount: 90e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $90M / $80M floor.', { target_amount: 90e6, floor_amount: 80e6 }],
  ],
  "anything that's mortgaged at a list's end, and buildings free of any mortgage or lien": [
    [
      "Skip the labs and everything that's encumbered. Raise $65M.",
      { target_amount: 65e6, asset_types: allTypesBut('lab'), exclude_mortgaged: true },
    ],
    ["Leave out anything that's still mortgaged. $50M.", { target_amount: 50e6, exclude_mortgaged: true }],
    ['Only buildings free from any lien may go. $55M.', { target_amount: 55e6, exclude_mortgaged: true }],
    ['Sites free of all mortgages only; target $70M.', { target_amount: 70e6, exclude_mortgaged: true }],
    // Mortgaged buildings allowed, and "free of charge", rule nothing out.
    ["Anything that's mortgaged can be sold too. $75M.", { target_amount: 75e6 }],
    ['Free of charge advice: raise $50M.', { target_amount: 50e6 }],
  ],
};

describeFamilies('Brief wording families, round 49: target, floor and places', FAMILIES);
