import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fifteenth round of wording families for the figures and the objective: the amount an adviser recommends, set
 * against figures only compared or rejected; the sale past the target minimised or fitted tightly over it; the cheapest
 * all-in cost with its present-value basis in brackets; what is only or actually needed against a larger figure allowed; the ask resized from one figure to another; encumbered assets labelled out; a figure used for the tax; a lower figure it would be fine to close at, which is the floor; and figures quoted from other clients' or peers' deals, which set nothing.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the amount recommended, after figures only compared or rejected ("Recommendation: $130M", "we recommend $160M instead")': [
    [
      'We modelled a $380M stretch case and set it aside. Recommendation: $110M, offices only.',
      { target_amount: 110e6, asset_types: ['office'] },
    ],
    ['The first draft sized it at $240M; we now recommend $170M instead.', { target_amount: 170e6 }],
    ['A $500M case was discussed at length. Our recommended raise is $205M.', { target_amount: 205e6 }],
    [
      'We priced a $320M version and dropped it. Recommended: $90M with net leverage under 3.5x.',
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
    // A recommendation that names no figure of its own leaves the ask where it was.
    ['Raise $85M. We recommended a lease review last year.', { target_amount: 85e6 }],
  ],
  'the sale past the target minimised, or the tightest fit over it ("minimise how much we sell beyond that")': [
    ['Raise $55M and minimize what we raise over it.', { target_amount: 55e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $88M. Minimise how much you sell past the target.', { target_amount: 88e6, economics: { objective: 'min_proceeds' } }],
    ['Need $47M; tightest fit above the ask, please.', { target_amount: 47e6, economics: { objective: 'min_proceeds' } }],
    // Minimising something else, or a tight fit of a lease, is no objective.
    ['Raise $88M and minimise how much rent we add.', { target_amount: 88e6 }],
  ],
  'the cheapest all-in cost with its NPV basis in brackets ("at the cheapest all-in cost (NPV vs borrowing)")': [
    ['Raise $95M at the cheapest total cost (NPV of rent vs debt).', { target_amount: 95e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $95M; cheapest overall cost (present value) wins.', { target_amount: 95e6, economics: { objective: 'min_npv_cost' } }],
    // A cheapest cost with some other note in brackets is no objective.
    ['Raise $95M; the cheapest all-in cost (legal fees) was last year.', { target_amount: 95e6 }],
  ],
  'a figure used for the tax, or the tax set at a figure ("use 26% for tax", "put tax at a quarter (25%)")': [
    ['Raise $70M and assume 23% for taxes.', { target_amount: 70e6, economics: { tax_rate: 0.23 } }],
    ['Raise $70M. Set the tax rate at 27% this year.', { target_amount: 70e6, economics: { tax_rate: 0.27 } }],
    ['Raise $70M; peg tax at a fifth (20%).', { target_amount: 70e6, economics: { tax_rate: 0.2 } }],
    // A figure used for tax on something other than the gain is no tax rate on it.
    ['Raise $70M; we use 30% for tax on rent income in our plan.', { target_amount: 70e6 }],
  ],
  'figures from other clients\' or peers\' deals ("one of our clients chose 25-year leases", "Client A accepted 5.2x")': [
    [
      'Another client of ours took 20-year leases with 3% bumps. Raise $90M on 12-year leases with 2% bumps.',
      { target_amount: 90e6, economics: { lease_term_years: 12, rent_escalator: 0.02 } },
    ],
    [
      'A peer kept its single-market cap at 45% and struggled. Raise $60M, no market above 30% of proceeds.',
      { target_amount: 60e6, max_market_share: 0.3 },
    ],
    [
      'Client B closed with net leverage of 4.4x. Raise $75M and keep net leverage under 3.6x.',
      { target_amount: 75e6, max_net_leverage: 3.6 },
    ],
    // The company's own figures, even when it is called the client, are read.
    ['The client wants $75M with net leverage under 3.6x.', { target_amount: 75e6, max_net_leverage: 3.6 }],
    // A party with no deal done, only named, leaves the figures after it alone.
    ['A client call is booked. Raise $75M, 15-year leases.', { target_amount: 75e6, economics: { lease_term_years: 15 } }],
  ],
  'a lower figure it would be fine to close or settle at, after the ask ("comfortable closing at $180mm")': [
    ['We think $120M is right, though we would be fine settling at $95M.', { target_amount: 120e6, floor_amount: 95e6 }],
    ["Raise $70M; we're okay stopping at $60M.", { target_amount: 70e6, floor_amount: 60e6 }],
    // A figure closed at in the past is no floor.
    ['Raise $70M. Last year we closed at $60M.', { target_amount: 70e6 }],
  ],
  'the ask resized from one figure to another ("cutting the ask from $175M to $150M")': [
    ['On reflection, trim the target from $140M to $115M.', { target_amount: 115e6 }],
    ['We are lowering our ask from $95M to $72M after the audit.', { target_amount: 72e6 }],
    // Something else moved between two figures leaves the ask alone.
    ['Raise $60M. Rent went from $4M to $5M last year.', { target_amount: 60e6 }],
  ],
  'encumbered assets labelled out in a terse summary ("Mortgaged sites: out")': [
    [
      'Size: $80M\nEncumbered assets - excluded\nLeases: 12 years',
      { target_amount: 80e6, exclude_mortgaged: true, economics: { lease_term_years: 12 } },
    ],
    ['Raise $80M. Pledged properties: off-limits.', { target_amount: 80e6, exclude_mortgaged: true }],
    // A label that leaves the class in, or only counts it, rules nothing out.
    ['Raise $80M. Mortgaged sites: outstanding balances are small.', { target_amount: 80e6 }],
  ],
  'what is only or actually needed, against a larger figure allowed ("approved up to $250M but we only need $160M")': [
    ['The committee cleared up to $300M, but we actually need $180M.', { target_amount: 180e6 }],
    ['Lenders would allow $200M, but I just need $95M.', { target_amount: 95e6 }],
    // A need of something other than money leaves the ask alone.
    ['Raise $60M. We only need 20 years of lease cover, not more.', { target_amount: 60e6 }],
    // Without an allowance before it, a second amount only needed corrects nothing.
    ['Raise $110M but we only need $70M.', { target_amount: 110e6 }],
  ],
};

describeFamilies("figures and the objective in advisers' and working words", FAMILIES);
