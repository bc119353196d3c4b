import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-fifth round of wording families for the scores and the economics: the rent kept least and counted over the
 * leases' life or the years, its present value kept lowest, or kept cheap in terms of the total rent paid; landing as
 * close as can be to the target's figure, the closest fit just above it, as small an overshoot as can be, just over
 * the figure and not more, and a settings value's underscored objective; an empty round button beside a filled one; the optimum not needed or not bothered
 * with, and a brute force or a full solve waived; critical words ruled out, then defined
 * by a level; a second comparative refused after a first; high-leaseability stuff with its level; a tax label with its
 * unit, a chat line's bare tax figure, and a combined rate; and a scanned term's slips (rn for m, l for i
 * or one). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "the rent kept least over the leases' life or the years, its present value lowest, or cheap in total rent": [
    [
      'Find us $85M from Chicago while we pay the least rent across the life of these leases.',
      { target_amount: 85e6, include_markets: ['Chicago'], economics: { objective: 'min_npv_cost' } },
    ],
    [
      "We're after $85M and want to pay as little in rent over the lease terms as possible.",
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$85M. Keep it to the lowest lease cost over time.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$85M. Solve for the cheapest all-in rent cost across the lease terms.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$85M; choose whatever leaves us paying the least for the space over the years.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$85M. Pick the set with the smallest present value of the lease payments.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$85M, as cheaply as possible in terms of the rent we will pay.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    // Rent least in one year, a past deal's cheap rent, or rent in total with nothing kept least, is no objective.
    ['$85M. The old depot paid the least rent last year.', { target_amount: 85e6 }],
    ['$85M. The oldest lease had the lowest rent of any site.', { target_amount: 85e6 }],
    ['$85M. Tell me the total rent we will pay.', { target_amount: 85e6 }],
  ],
  'landing as close as can be to the figure, the closest fit above it, as small an overshoot as can be, or just over it and not more': [
    ['Please land as near as possible to $70M.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['We need the tightest match just over $70M.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['$70M with as little excess as we can.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Raise just above $70M and no more.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['settings:\n  target: 70_000_000\n  objective: min_overshoot', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    // A limit kept close to today, a figure passed by a bid, or "no more than" a cap, names no objective.
    ['$70M. Keep leverage as close as possible to 3.0x.', { target_amount: 70e6, max_net_leverage: 3 }],
    ['$70M. The best bid came in just over $20M.', { target_amount: 70e6 }],
  ],
  'the optimum not needed or not bothered with, a brute force or a full solve waived': [
    ['$75M out of Atlanta. No need to brute force it.', { target_amount: 75e6, include_markets: ['Atlanta'], strategy: 'greedy' }],
    ["$75M. Please don't brute force it.", { target_amount: 75e6, strategy: 'greedy' }],
    ["$75M. We don't need it optimal.", { target_amount: 75e6, strategy: 'greedy' }],
    ["$75M; don't bother with optimisation.", { target_amount: 75e6, strategy: 'greedy' }],
    ['$75M, no need for the full solve this time.', { target_amount: 75e6, strategy: 'greedy' }],
    // The full solve asked for, or a quick pass only named, still reads as it did.
    ['$75M. Please run the full solve.', { target_amount: 75e6, strategy: 'exact' }],
    ['$75M. A quick heuristic first, then we decide.', { target_amount: 75e6 }],
  ],
  'an empty round button beside a filled one on a form': [
    [
      'Goal: (\u2022) Lowest NPV cost ( ) Minimum overshoot\nTarget: $105M',
      { target_amount: 105e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Goal: (x) Smallest overshoot ( ) Cheapest NPV\nTarget: $105M', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
  ],
  'critical words ruled out, then defined by a level': [
    ['$95M, and nothing critical. Define critical as over 0.55.', { target_amount: 95e6, max_criticality: 0.55 }],
    ['$95M; avoid essential sites. By essential we mean above 0.45.', { target_amount: 95e6, max_criticality: 0.45 }],
    ['$95M without selling anything critical: critical means above 0.6.', { target_amount: 95e6, max_criticality: 0.6 }],
    // A definition with nothing ruled out before it asks for nothing.
    ['$95M. In our model, critical means above 0.6.', { target_amount: 95e6 }],
  ],
  'a second comparative refused after a first, and high-leaseability stuff with its level': [
    [
      '$110M. Skip anything more critical than 0.5 or less lettable than 0.65.',
      { target_amount: 110e6, max_criticality: 0.5, min_leaseability: 0.65 },
    ],
    ['$110M, only high-leaseability stuff, 0.7 and up.', { target_amount: 110e6, min_leaseability: 0.7 }],
  ],
  'a tax label with its unit, a chat line bare tax figure, and a combined rate': [
    ['Tax rate (%): 24\nTarget: USD 60 million', { target_amount: 60e6, economics: { tax_rate: 0.24 } }],
    ['Ana: tax 23\nAna: target 60m', { target_amount: 60e6, economics: { tax_rate: 0.23 } }],
    ['$60M. Use a 27% combined rate.', { target_amount: 60e6, economics: { tax_rate: 0.27 } }],
    ['$60M; 22% combined rate.', { target_amount: 60e6, economics: { tax_rate: 0.22 } }],
    // The statutory rate set aside for another is not the rate used.
    ['$60M. Use 25% tax, not the 21% statutory rate.', { target_amount: 60e6, economics: { tax_rate: 0.25 } }],
    // A loan's blended rate is no tax rate.
    ['$60M. The term loan has a 6% blended rate.', { target_amount: 60e6 }],
  ],
  "a scanned term's slips: rn for m, l for i, l for one": [
    ['Target: $48M\nLease terrn: 14 years', { target_amount: 48e6, economics: { lease_term_years: 14 } }],
    ['Target: $48M\nLease term: elghteen (18) years', { target_amount: 48e6, economics: { lease_term_years: 18 } }],
    ['Target: $48M. Use a l2-year lease.', { target_amount: 48e6, economics: { lease_term_years: 12 } }],
    // A name's l before a figure with no year after it is left alone.
    ['Target: $48M. Building l2 stays.', { target_amount: 48e6 }],
  ],
};

describeFamilies('reads scores and economics families (45)', FAMILIES);
