import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A seventeenth round of wording families: the limits and the objective as people outside treasury name them, by what
 * they measure (interest plus rent covered, debt with the leases over EBITDAR, debt compared to a year's earnings), the
 * criticality score limited by a refusal or a rating, mortgaged assets ruled out by what cannot be sold, the rent's
 * rise after a modal, and the two objectives in everyday words. Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'fixed-charge coverage as interest plus rent covered ("keep interest plus rent covered at least 2 times by EBITDAR")': [
    ['Raise $60M and keep interest and rent payments covered at least 1.8 times.', { target_amount: 60e6, min_fixed_charge_coverage: 1.8 }],
    [
      'We need $70M; EBITDAR must cover our interest plus rent at least 2.1 times.',
      { target_amount: 70e6, min_fixed_charge_coverage: 2.1 },
    ],
    ['Raise $80M. Interest-and-rent coverage of 1.75x or better.', { target_amount: 80e6, min_fixed_charge_coverage: 1.75 }],
    ["Raise $50M; the bank's fixed-charge covenant is 1.4x minimum.", { target_amount: 50e6, min_fixed_charge_coverage: 1.4 }],
    // Interest alone is another ratio; interest and rent with no level, or at a past level, are no limit.
    ['Raise $60M; interest coverage at least 3x.', { target_amount: 60e6 }],
    ['Raise $60M. Interest and rent are paid monthly.', { target_amount: 60e6 }],
    ['Raise $60M; interest and rent were covered 2.4 times last year.', { target_amount: 60e6 }],
  ],
  'lease-adjusted leverage as debt with the leases or capitalised rent ("debt plus eight times rent, divided by EBITDAR")': [
    ['Raise $90M with debt plus capitalised leases below 4.6 times EBITDAR.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.6 }],
    ['Raise $90M; keep debt with the operating leases at 4.4x or below.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.4 }],
    ['Raise $75M. Debt plus 8x rent over EBITDAR no higher than 4.7.', { target_amount: 75e6, max_lease_adjusted_leverage: 4.7 }],
    ['Raise $75M; the leverage which includes the leases must stay under 5x.', { target_amount: 75e6, max_lease_adjusted_leverage: 5 }],
    // Debt with rent not capitalised names no ratio; leverage without the leases stays net.
    ['Raise $75M. Our debt plus rent is about $900M.', { target_amount: 75e6 }],
    ['Raise $75M; net leverage under 3.5x.', { target_amount: 75e6, max_net_leverage: 3.5 }],
  ],
  'net leverage as debt compared to a year\'s earnings ("our debt compared to yearly earnings (EBITDA)")': [
    ['Raise $65M; debt relative to annual EBITDA must stay below 3.4x.', { target_amount: 65e6, max_net_leverage: 3.4 }],
    ['Raise $65M; our debt compared with earnings no higher than 3.1 times.', { target_amount: 65e6, max_net_leverage: 3.1 }],
    // A level today is no limit.
    ['Raise $65M. Debt compared to earnings is 2.9x today.', { target_amount: 65e6 }],
  ],
  'criticality limited by a refusal, a rating or a quoted name ("we won\'t sell anything rated more critical than 0.7")': [
    ['Raise $55M. We will not sell anything rated more critical than 0.45.', { target_amount: 55e6, max_criticality: 0.45 }],
    ["Raise $55M. We don't want any site more critical than 0.55.", { target_amount: 55e6, max_criticality: 0.55 }],
    ['Raise $40M, nothing scored above 0.6 critical.', { target_amount: 40e6, max_criticality: 0.6 }],
    ['Raise $40M. Do not sell anything where the "criticality" score is above 0.5.', { target_amount: 40e6, max_criticality: 0.5 }],
    ["Raise $40M. The manual says criticality, so let's call it 0.5 at most.", { target_amount: 40e6, max_criticality: 0.5 }],
    // A refusal with no level, and one asset's rating, are no criticality limit.
    ["Raise $40M. We won't sell anything in Phoenix.", { target_amount: 40e6, exclude_markets: ['Phoenix'] }],
    ['Raise $40M. The Tempe Office is rated 0.8 critical.', { target_amount: 40e6 }],
  ],
  'mortgaged assets as what cannot be sold ("Can\'t sell anything with a loan against it")': [
    ['Raise $45M. We cannot sell anything with debt against it.', { target_amount: 45e6, exclude_mortgaged: true }],
    ["Raise $45M; we mustn't sell properties with a loan on them.", { target_amount: 45e6, exclude_mortgaged: true }],
    [
      'Exclude anything with leaseability below 0.4 and anything mortgaged. $45M.',
      { target_amount: 45e6, min_leaseability: 0.4, exclude_mortgaged: true },
    ],
    // A building that cannot be sold, or one asset's loan stated as a fact, rules out no mortgaged assets.
    ["Raise $45M. We can't sell the Tempe Office.", { target_amount: 45e6, exclude_asset_ids: ['PHX-03'] }],
    ['Raise $45M; the Tempe Office has a loan against it.', { target_amount: 45e6 }],
  ],
  'the rent\'s rise after a modal, with its period ("the rent should go up 1.75% a year")': [
    ['Raise $70M; rents will rise 2.25% per year.', { target_amount: 70e6, economics: { rent_escalator: 0.0225 } }],
    ['Raise $70M. The rent has to go up 3% annually.', { target_amount: 70e6, economics: { rent_escalator: 0.03 } }],
    // The market's rents rising are no escalator.
    ['Raise $70M. Market rents will rise 4% a year.', { target_amount: 70e6 }],
  ],
  'the objectives in everyday words ("cost as little as possible over the lease life", "fewest dollars above $85M")': [
    [
      'Raise $95M, and keep the leases costing as little as possible over the lease term.',
      { target_amount: 95e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Target $60M. Pick the buildings that are cheapest to rent back.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $80M and sell the minimum above the ask.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $80M with the least surplus over the target.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['Show the minimum package that hits $120M.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    ['Fewest extra dollars over $70M, please.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    // A question about what is cheapest, an excess spent, a minimum sale asked about, or the minimum as a fallback
    // figure is no objective.
    ['Which assets are cheapest to rent back? Raise $90M.', { target_amount: 90e6 }],
    ['Raise $80M; the excess over the target goes to debt paydown.', { target_amount: 80e6 }],
    ['Raise $80M; what is the minimum sale that makes sense?', { target_amount: 80e6 }],
    ['Target $60M. If bids are thin, sell the minimum, $50M.', { target_amount: 60e6 }],
  ],
};

describeFamilies('reading metrics in plain words (round 17)', FAMILIES);
