import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-seventh round of wording families for the scores and the economics: the cheapest or the note-taker's "min"
 * present value (or present-value cost) of the rent as the aim; buildings a new tenant could reasonably take over, and
 * buildings easy to lease to someone else; the best answer with the full search that proves it, a hyphenated best-possible
 * answer and heuristics turned down; an escalator key that carries its unit in basis points; a scan's lower-case l in a
 * score word in capitals or in a percentage's one before its decimals, and a zero for the o of "on", "of" or "or"; a term
 * run before and this run's figure after it; the other side's escalator then our counter's figure; and a one-row table
 * whose first column names its scenario, with one word cell among its settings. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the cheapest or min present value (or present-value cost) of the rent as the aim': [
    ['$95M, chosen at the cheapest PV of lease payments.', { target_amount: 95e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Min NPV of rent; raise $95M from Dallas.',
      { target_amount: 95e6, include_markets: ['Dallas'], economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Go for $95M with the cheapest present value cost of the leasebacks.',
      { target_amount: 95e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['We need $95M; choose the set with the smallest PV cost of rent.', { target_amount: 95e6, economics: { objective: 'min_npv_cost' } }],
    // The present value of something other than the rent made lowest is no objective.
    ['$95M, with the lowest PV of the sale proceeds shown for reference.', { target_amount: 95e6 }],
  ],
  'buildings a new tenant could reasonably take over, read as leasable': [
    ['$80M. Only sites another company could realistically move into.', { target_amount: 80e6, min_leaseability: 0.5 }],
    ['Sell properties that someone else could reasonably use, up to $80M.', { target_amount: 80e6, min_leaseability: 0.5 }],
    [
      '$80M from assets a different tenant could sensibly take on, and nothing mortgaged.',
      { target_amount: 80e6, min_leaseability: 0.5, exclude_mortgaged: true },
    ],
    ['Only buildings which an outside occupier could plausibly occupy. $80M.', { target_amount: 80e6, min_leaseability: 0.5 }],
    // A new tenant taking over a lease named after the verb, a statement about such buildings, or the bare clause with no
    // word of fitness for another occupier, asks for no level.
    ['$80M. A new tenant could reasonably take over the Joliet lease next year.', { target_amount: 80e6 }],
    ['$80M. Buildings a new tenant could reasonably take over sell faster.', { target_amount: 80e6 }],
    ['Raise $80M from buildings a new tenant could take on.', { target_amount: 80e6 }],
  ],
  'buildings easy to lease to someone else, read as easily leasable': [
    ['$80M from buildings that are easy to lease to another tenant.', { target_amount: 80e6, min_leaseability: 0.7 }],
    ['Only sell what would be really easy to rent to somebody else. $80M.', { target_amount: 80e6, min_leaseability: 0.7 }],
    ['$80M; keep to sites easy to let to a new business.', { target_amount: 80e6, min_leaseability: 0.7 }],
    // The company letting its own spare space to someone names no level.
    ['$80M. We could easily lease spare floors to another tenant.', { target_amount: 80e6 }],
  ],
  'the best answer proven by the full search, a hyphenated best-possible answer, and heuristics turned down': [
    ['$75M; the best combination, checked against every possible option.', { target_amount: 75e6, strategy: 'exact' }],
    ['Give me the best set for $75M, found by testing every combination.', { target_amount: 75e6, strategy: 'exact' }],
    ['Target $75M. Best-possible result.', { target_amount: 75e6, strategy: 'exact' }],
    ['$75M and no heuristics, please.', { target_amount: 75e6, strategy: 'exact' }],
    // Something else checked in full asks for no search.
    ['$75M. The title reports were checked exhaustively last week.', { target_amount: 75e6 }],
  ],
  'an escalator key that carries its unit in basis points': [
    ['{"target_usd": 120000000, "annual_escalator_bps": 250}', { target_amount: 120e6, economics: { rent_escalator: 0.025 } }],
    ['target = 120m\nbumps_bps = 150', { target_amount: 120e6, economics: { rent_escalator: 0.015 } }],
    ['Target: $120M\nEscalator (bps): 225', { target_amount: 120e6, economics: { rent_escalator: 0.0225 } }],
    ['target: 120m\nescalation in bps: 200', { target_amount: 120e6, economics: { rent_escalator: 0.02 } }],
    // Another spread in basis points is no escalator.
    ['{"target_usd": 120000000, "credit_spread_bps": 175}', { target_amount: 120e6 }],
  ],
  "a scan's lower-case l in a score word or a percentage's one, and a zero for the o of a short word": [
    ['TARGET: $90M\nMAX CRlTlCALITY 0.45', { target_amount: 90e6, max_criticality: 0.45 }],
    ['Target: $90M\nEscalator: l.25%', { target_amount: 90e6, economics: { rent_escalator: 0.0125 } }],
    ['TARGET: $90M\nTAX RATE 0N THE GAIN: 22%', { target_amount: 90e6, economics: { tax_rate: 0.22 } }],
    ['Target $90M; tax rate l9.5%', { target_amount: 90e6, economics: { tax_rate: 0.195 } }],
    // A code with a zero before letters keeps its zero, and asks for nothing.
    ['TARGET: $90M\nREF 0N-2 ATTACHED', { target_amount: 90e6 }],
  ],
  "a term run before and this run's figure after it": [
    ['$110M. We ran 25-year leases in the spring; this time use 18.', { target_amount: 110e6, economics: { lease_term_years: 18 } }],
    [
      '$110M. Treasury assumed 12-year terms last quarter, now make it 15 years.',
      { target_amount: 110e6, economics: { lease_term_years: 15 } },
    ],
    [
      'Target $110M. The last model used 20-year leases; for this run we will use 12.',
      { target_amount: 110e6, economics: { lease_term_years: 12 } },
    ],
    [
      'Last time we modelled ten-year leases; this time, go with twenty. $110M.',
      { target_amount: 110e6, economics: { lease_term_years: 20 } },
    ],
    // A percentage after "this time" is not the term: it is left to the tax rate.
    [
      'We modelled 20-year leases before; this time use 25% as the tax rate, with 15-year leases. $110M.',
      { target_amount: 110e6, economics: { lease_term_years: 15, tax_rate: 0.25 } },
    ],
  ],
  "the other side's escalator then our counter's figure": [
    ['Investors wanted 3.5% bumps; we countered at 2.5%. $100M.', { target_amount: 100e6, economics: { rent_escalator: 0.025 } }],
    [
      '$100M. The landlord proposed a 3% escalator - we pushed back with 2%.',
      { target_amount: 100e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      '$100M. The buyer asked for 2.75% bumps; we came back, and rents should be modelled at 2.25%.',
      { target_amount: 100e6, economics: { rent_escalator: 0.0225 } },
    ],
    [
      'The buyers quoted 3% escalators, we countered with 2.5%. Target $100M.',
      { target_amount: 100e6, economics: { rent_escalator: 0.025 } },
    ],
    // A counter with no figure of its own leaves the proposal's figure as the escalator said.
    [
      '$100M. The buyer asked for 3% bumps; we countered, and they accepted.',
      { target_amount: 100e6, economics: { rent_escalator: 0.03 } },
    ],
  ],
  'a one-row table whose first column names its scenario, with one word cell among its settings': [
    [
      'Scenario | Target | Max crit | Strategy\nBase | $130M | 0.6 | exact',
      { target_amount: 130e6, max_criticality: 0.6, strategy: 'exact' },
    ],
    [
      'Case | Target | Min lease | Method\nPlan A | $130M | 0.65 | exhaustive',
      { target_amount: 130e6, min_leaseability: 0.65, strategy: 'exact' },
    ],
    ['Run | Target | Max lev | Method\nR1 | $130M | 3.5x | greedy', { target_amount: 130e6, max_net_leverage: 3.5, strategy: 'greedy' }],
    [
      'Option | Target | Basis | Tax\nBase | $130M | IFRS 16 | 24%',
      { target_amount: 130e6, economics: { accounting_basis: 'ifrs16', tax_rate: 0.24 } },
    ],
    // A first column that names no scenario (a person) leaves a row with two word cells unread as settings.
    ['Owner | Target | Max crit | Method\nDana | $130M | 0.6 | exhaustive', { target_amount: 130e6 }],
  ],
};

describeFamilies('reads scores and economics families (47)', FAMILIES);
