import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the objective, the tax rate and settings weighed and left as they are, beside
 * `read-economics-families-3.test.ts`. Every case states all a brief should read: a field it does not name must stay
 * unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the least sold past the target in shorthand: "as poss", hyphenated, "sells the least", "smallest sale over target"': [
    ['can u do 70mm, sell as little as poss over that', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['hey 160m, sell as little above target as poss', { target_amount: 160e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $90m, selling as little over the ask as poss.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    [
      'Ask $145mm. Please run least-overshoot exact.',
      { target_amount: 145e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    ['$80m, a min-overshoot run please.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    [
      'Size a $120m SLB that sells the least we can to clear the number.',
      { target_amount: 120e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      '$155M, exact solve, smallest sale over target.',
      { target_amount: 155e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    ['$75M; the least raise above the ask.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    // "as little as poss" about something other than the sale is no objective.
    ['Raise $60m and spend as little as poss on fees.', { target_amount: 60e6 }],
  ],
  'the minimal overshoot with the exact solver named in its clause': [
    [
      '$65M from Georgia, minimal overshoot — exact solve please.',
      { target_amount: 65e6, include_markets: ['Atlanta'], strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    [
      '$40M, minimal overshoot with the exact solver.',
      { target_amount: 40e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    ['$50M: exact solve, smallest overshoot.', { target_amount: 50e6, strategy: 'exact', economics: { objective: 'min_proceeds' } }],
    // Without the exact solver, the minimal overshoot still names the objective.
    ['Free up $125M of liquidity with minimal overshoot.', { target_amount: 125e6, economics: { objective: 'min_proceeds' } }],
  ],
  'the cheapest cost counted in present value or as the cost of capital': [
    ['Circa $75m, please, at the cheapest cost in NPV terms.', { target_amount: 75e6, economics: { objective: 'min_npv_cost' } }],
    [
      "The treasurer's asking for the cheapest-cost-of-capital program at $125mm.",
      { target_amount: 125e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Raise $90m at the cheapest cost of funds.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['$60m; cheapest costs on a present-value basis.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    // The cheapest cost of something else is no objective.
    ['Raise $90m; tell us which site has the cheapest cost to maintain.', { target_amount: 90e6 }],
  ],
  'the tax rate with a describing word before it or a label with what it is for': [
    ["We're at a 21% blended tax rate. Ask is $115 million.", { target_amount: 115e6, economics: { tax_rate: 0.21 } }],
    ['Raise $90m at a 24 percent combined federal and state tax rate.', { target_amount: 90e6, economics: { tax_rate: 0.24 } }],
    [
      "Transaction size $260m. The Company's effective tax rate for the purposes of the Advisor's analysis shall be 22%.",
      { target_amount: 260e6, economics: { tax_rate: 0.22 } },
    ],
    [
      'Purchase price target: $205 million\nTax rate (for after-tax proceeds): 21%',
      { target_amount: 205e6, economics: { tax_rate: 0.21 } },
    ],
    ['Raise $90m. Tax rate used in the model is 25%.', { target_amount: 90e6, economics: { tax_rate: 0.25 } }],
    // A percentage near "tax" that is no rate of it stays unread.
    ['Raise $90m; 30% of the pool is tax-exempt land.', { target_amount: 90e6 }],
  ],
  'a setting weighed and left as it is is read as nothing': [
    [
      "$100M from the warehouses only. We thought about pushing 20-year terms but haven't landed on that.",
      { target_amount: 100e6, asset_types: ['warehouse'] },
    ],
    ['Size $150M. We discussed 25-year leases; the treasurer prefers to stay at the default.', { target_amount: 150e6 }],
    ['pls run 190m. also we had thought about 15yr leases but leave terms as they are', { target_amount: 190e6 }],
    ['We debated running this on IFRS 16 and decided not to change anything. Size is $135M.', { target_amount: 135e6 }],
    [
      'Treasury wants $100m. We did consider switching to IFRS 16 but have not decided, so nothing on that for now.',
      { target_amount: 100e6 },
    ],
    ["need 115m. tax rate maybe 22%? not confirmed so don't put it in yet", { target_amount: 115e6 }],
    ['Raise $80m. We floated 3% escalators but never agreed them.', { target_amount: 80e6 }],
    // Weighed and then chosen, the setting is read.
    ['Raise $80m. We discussed 25-year leases and agreed on them.', { target_amount: 80e6, economics: { lease_term_years: 25 } }],
  ],
  'an absolute or master lease after the term, an escalator assumption, and the optimiser not bothered with': [
    ['Proceeds sought: $150mm. Structure: 20-yr absolute NNN master lease.', { target_amount: 150e6, economics: { lease_term_years: 20 } }],
    ['Raise $90m on a 15-year master lease.', { target_amount: 90e6, economics: { lease_term_years: 15 } }],
    ['Raise $90m on 12-year absolute leases.', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    ['We seek $100m. Rent uplift assumption 2% p.a.', { target_amount: 100e6, economics: { rent_escalator: 0.02 } }],
    ['Raise $80m. Escalator input: 2.5%.', { target_amount: 80e6, economics: { rent_escalator: 0.025 } }],
    ["$65M. Greedy ranking is fine, don't bother with the optimiser.", { target_amount: 65e6, strategy: 'greedy' }],
    ['$65M; no need to bother running the solver.', { target_amount: 65e6, strategy: 'greedy' }],
    // A master lease without a term, or an assumption of something else, reads nothing.
    ['Raise $90m on a master lease; cap rate assumption 6%.', { target_amount: 90e6 }],
  ],
};

describeFamilies('the objective, the tax rate and settings left as they are', FAMILIES);
