import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-second round of wording families for the ask, its floor, the caps and the economics: the cheapest capital
 * counted against borrowing or in today's money, the lowest long-run cost, what the capital costs over the leases
 * minimised; the least sold over the ask in everyday words; the ranking rule said not to be good enough, every
 * combination asked to be checked, a plain ranking called enough, greedy told of as a past run or left open against
 * exact; rents rising in terse or plain words, an escalator of the deal's paper or "to be" a figure; a tax rate after an
 * escalator "now" used; the US or international rules in plain words, and a named basis turned down; rent caps in plain
 * words; an amount named final after others; a units note in brackets; leases with an approximate term; neither of the markets named above a share; and floors after "in no event", as the worst case, where the line is drawn,
 * a bare figure alone after a shortfall, or fine "if that's all". Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the cheapest capital in everyday words ("cheapest in today\'s dollars versus borrowing", "the lowest long-run cost")': [
    ['Raise $90M, whichever set is cheapest compared with borrowing.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ["Go for the lowest-cost option in today's money. $60M.", { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    ['We want $80M at the least long-term cost.', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Minimise what the sale costs the company over the life of the leases. $70M.',
      { target_amount: 70e6, economics: { objective: 'min_npv_cost' } },
    ],
    // The cheapest building is a building, not an objective.
    ["The cheapest building in today's dollars is in Reno. Raise $50M.", { target_amount: 50e6 }],
  ],
  'the least sold over the ask in everyday words ("sell the smallest amount that clears $72M", "overshoot as little as you can")': [
    ['Please raise the least amount needed to reach $95M.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    ['$85M; overshoot by as little as possible.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    ['Sell no more than the minimum required above $130M.', { target_amount: 130e6, economics: { objective: 'min_proceeds' } }],
    ['Target $70M, the minimum possible above it.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
  ],
  'the ranking rule not good enough, every combination, a plain ranking enough ("greedy won\'t do it", "check every possible combination")':
    [
      ["Raise $90M. Greedy won't cut it this time.", { target_amount: 90e6, strategy: 'exact' }],
      ["Target $55M. The greedy pass can't get us there.", { target_amount: 55e6, strategy: 'exact' }],
      ['Raise $40M and try all the combinations instead of the quick ranking.', { target_amount: 40e6, strategy: 'exact' }],
      ['$75M. Go through every possible combination.', { target_amount: 75e6, strategy: 'exact' }],
      ['$60M; a quick ranking is fine.', { target_amount: 60e6, strategy: 'greedy' }],
      ['$60M. The rank-and-pick approach will do.', { target_amount: 60e6, strategy: 'greedy' }],
      // Greedy named plainly is still greedy.
      ['Raise $80M. Greedy selection.', { target_amount: 80e6, strategy: 'greedy' }],
    ],
  'greedy told of as a past run disliked, or left open against exact ("someone ran greedy and the board hated it")': [
    ['We ran greedy in March and the CFO disliked it. Raise $70M.', { target_amount: 70e6 }],
    ["We're unsure whether greedy or exact is best. Raise $70M.", { target_amount: 70e6 }],
  ],
  'rents rising in terse or plain words, an escalator of the deal\'s paper or "to be" a figure ("rent up 1.5% a year", "escalator in the LOI is 2.25%")':
    [
      ['Raise $65M; rent on our leasebacks must rise 2.5% a year.', { target_amount: 65e6, economics: { rent_escalator: 0.025 } }],
      ['Raise $65M; rents up 2% per year.', { target_amount: 65e6, economics: { rent_escalator: 0.02 } }],
      ['Raise $65M; rent +1.75%/year.', { target_amount: 65e6, economics: { rent_escalator: 0.0175 } }],
      ['Escalator per the term sheet is 2.75%. Raise $65M.', { target_amount: 65e6, economics: { rent_escalator: 0.0275 } }],
      ['Bumps to be 3%. Raise $65M.', { target_amount: 65e6, economics: { rent_escalator: 0.03 } }],
      // The market's rents rising are no escalator.
      ['Market rents will go up 4% a year. Raise $65M.', { target_amount: 65e6 }],
    ],
  'a tax rate after an escalator and "now" ("Escalators of 2% as before; now use 25% tax")': [
    [
      'Escalators of 2.5% like last time; now use a 23% tax. Raise $50M.',
      { target_amount: 50e6, economics: { rent_escalator: 0.025, tax_rate: 0.23 } },
    ],
    // A bare figure after "now" still replaces the escalator.
    ['Escalators of 3% last round; now go with 2%. Raise $50M.', { target_amount: 50e6, economics: { rent_escalator: 0.02 } }],
  ],
  'the US or international rules in plain words, and a named basis turned down ("US accounting", "IFRS 16 rather than US GAAP")': [
    ['Raise $45M, reporting on US accounting.', { target_amount: 45e6, economics: { accounting_basis: 'us_gaap' } }],
    ['Raise $45M under the international accounting standards.', { target_amount: 45e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Raise $45M under US GAAP rather than IFRS.', { target_amount: 45e6, economics: { accounting_basis: 'us_gaap' } }],
    ['Raise $45M; IFRS 16 this time, not US GAAP.', { target_amount: 45e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Raise $45M. Basis now US GAAP (previously IFRS 16).', { target_amount: 45e6, economics: { accounting_basis: 'us_gaap' } }],
    // "us" the pronoun is no basis.
    ['Raise $45M. It costs us accounting time, sadly.', { target_amount: 45e6 }],
  ],
  'rent caps in plain words ("No rent above $5M added", "room for maybe $9M more rent")': [
    ['Raise $70M; no new rent over $4M added.', { target_amount: 70e6, max_rent_added: 4e6 }],
    ['Raise $70M. The added rent must not exceed $5M.', { target_amount: 70e6, max_rent_added: 5e6 }],
    ['Raise $70M. The extra rent hits the P&L, so hold it to $6M a year.', { target_amount: 70e6, max_rent_added: 6e6 }],
    ['Raise $70M. Rent add cap: $3M.', { target_amount: 70e6, max_rent_added: 3e6 }],
    ["Raise $70M. There's room for about $4M of extra rent.", { target_amount: 70e6, max_rent_added: 4e6 }],
    // The rent paid today is no cap.
    ['Raise $70M. The rent we pay today is $20M.', { target_amount: 70e6 }],
  ],
  'an amount named final after others ("Final: $150M", "the corrected number is $72M", "the number for this run is $175M")': [
    ['Target $120M. Final number: $110M.', { target_amount: 110e6 }],
    ['Target was $90M; the agreed figure is $95M.', { target_amount: 95e6 }],
    ['We floated $200M, then Priya said go with $180M.', { target_amount: 180e6 }],
    ['$300M came up; the ask for this run is $250M.', { target_amount: 250e6 }],
    // A rent cap before the final amount stays a rent cap.
    ['Max new rent $8M. Final: $90M.', { target_amount: 90e6, max_rent_added: 8e6 }],
  ],
  'floors after "in no event", as the worst case, where the line is drawn, or a bare figure after a shortfall': [
    ['Target $80M, and in no case less than $70M.', { target_amount: 80e6, floor_amount: 70e6 }],
    ["Target $150M; I'd accept $120M as the worst case.", { target_amount: 150e6, floor_amount: 120e6 }],
    ['Raise $150M. $125M is where we draw the line.', { target_amount: 150e6, floor_amount: 125e6 }],
    ["Raise 90 million. If we can't hit it, 80.", { target_amount: 90e6, floor_amount: 80e6 }],
    ["Target 200 million; 170 would be fine if that's all we can get.", { target_amount: 200e6, floor_amount: 170e6 }],
  ],
  'a units note in brackets after a bare ask ("Target 175 (units $M)")': [
    ['Target 90 (units $M), max net leverage 3.5x.', { target_amount: 90e6, max_net_leverage: 3.5 }],
  ],
  'neither of the markets named above a share ("neither of them over 60% of the total")': [
    [
      'Raise $50M from Dallas and Houston; neither of the two above 70%.',
      { target_amount: 50e6, include_markets: ['Dallas', 'Houston'], max_market_share: 0.7 },
    ],
    // Neither of them said of something else is no share cap.
    ['Raise $50M from Dallas and Houston; neither of them is mortgaged.', { target_amount: 50e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'leases with an approximate term ("Leases around 12 years")': [
    ['Raise $60M; new leases of about 15 yrs.', { target_amount: 60e6, economics: { lease_term_years: 15 } }],
    ['Raise $60M. Leases roughly 18 years.', { target_amount: 60e6, economics: { lease_term_years: 18 } }],
  ],
};

describeFamilies('reading figures and economics (round 22)', FAMILIES);
