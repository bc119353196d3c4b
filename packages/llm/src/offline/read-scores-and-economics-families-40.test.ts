import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fortieth round of wording families for the scores and the lease economics: a level put on a named score with its
 * side after it ("0.65 on leaseability at least"), a level after words on another operator taking a building over, a
 * level between dashes after what is not critical, criticality named as what the business cannot run without, critical
 * sites kept out; a score's cap moved to a new level, a percentage disowned and replaced, a lease length set aside for
 * the one preferred; a rate row under a share row, a setting written with an at sign, a scanned "at 1east"; the best on
 * long-run cost, the minimum proceeds as what is solved for, selling as little as needed, paying as little as possible
 * over the leases' life. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a level put on a named score with its side after it ("0.65 on leaseability at least")': [
    ['Raise $75M from sites at 0.65 on leaseability at least.', { target_amount: 75e6, min_leaseability: 0.65 }],
    ['Raise $75M; keep to 0.55 on the lettability scale or above.', { target_amount: 75e6, min_leaseability: 0.55 }],
    ['Raise $75M, nothing but 0.4 on criticality or less.', { target_amount: 75e6, max_criticality: 0.4 }],
    // A ceiling's side after a leaseability level is no floor; a level on criticality without its side says nothing.
    ['Raise $75M; the worst site is 0.3 on leaseability or less.', { target_amount: 75e6 }],
    ['Raise $75M. The Denver site sits at 0.9 on criticality.', { target_amount: 75e6 }],
    ['Raise $75M. Across the portfolio we average 0.65 on the lettability scale.', { target_amount: 75e6 }],
  ],
  'a level after words on another operator taking a building over ("another tenant could take over, 0.6 or better")': [
    ['Raise $75M from buildings another tenant could take over quickly, 0.6 or better.', { target_amount: 75e6, min_leaseability: 0.6 }],
    ['Raise $75M: sites a different occupier could step into - 0.7 at least.', { target_amount: 75e6, min_leaseability: 0.7 }],
    // What the business depends on between the two is the other score; a level after a full stop is no one's.
    ['Raise $75M from sites another firm could use but we rely on, 0.6 or better.', { target_amount: 75e6 }],
  ],
  'a level between dashes after what is not critical ("not vital to the business - below 0.45 -")': [
    [
      'Raise $75M from sites that are not vital to the business - below 0.45 - and nothing else.',
      { target_amount: 75e6, max_criticality: 0.45 },
    ],
    ["Raise $75M, only what isn't essential — at most 0.35.", { target_amount: 75e6, max_criticality: 0.35 }],
  ],
  'criticality named as what the business cannot run without, critical sites kept out': [
    ['Raise $75M. Anything over 0.65 on our cannot-run-without-it score stays with us.', { target_amount: 75e6, max_criticality: 0.65 }],
    ['Raise $75M and keep out all the business-critical sites.', { target_amount: 75e6, max_criticality: 0.7 }],
    // Keeping a critical eye out names no building.
    ['Raise $75M; keep out of the press until signing.', { target_amount: 75e6 }],
  ],
  'a score\'s cap moved to a new level ("last round used a 0.5 criticality cap; raise the cap to 0.65")': [
    [
      'Last round used a 0.5 criticality cap. For this one raise the cap to 0.65 and go for $75M.',
      { target_amount: 75e6, max_criticality: 0.65 },
    ],
    [
      'Ann: leaseability floor of 0.6 as usual\nBen: loosen it to 0.5 this time\nAnn: fine. Ask $75M',
      { target_amount: 75e6, min_leaseability: 0.5 },
    ],
    // A limit moved on the other score leaves the first one's level alone.
    [
      'Criticality cap 0.6; raise the leaseability floor to 0.5. Raise $75M.',
      { target_amount: 75e6, max_criticality: 0.6, min_leaseability: 0.5 },
    ],
  ],
  'a percentage disowned and replaced ("tax 21%" then "not 21%, use 25%")': [
    ['Raise $75M.\nKim: tax 21%\nKim: not 21%, use 25%', { target_amount: 75e6, economics: { tax_rate: 0.25 } }],
    ['Raise $75M with bumps of 3%. Sorry, not 3% - make it 2.25%.', { target_amount: 75e6, economics: { rent_escalator: 0.0225 } }],
    // A figure disowned that was never given is left to the other readers.
    ['Raise $75M with a 2% escalator, not 4% but 2%.', { target_amount: 75e6, economics: { rent_escalator: 0.02 } }],
  ],
  'a lease length set aside for the one preferred ("the model ran 18-year leases; we want 12")': [
    ['Raise $75M. The model ran 18-year leases; we want 12.', { target_amount: 75e6, economics: { lease_term_years: 12 } }],
    [
      'Raise $75M. The 2023 sale used 25-year terms, but for this one go with 20 years.',
      { target_amount: 75e6, economics: { lease_term_years: 20 } },
    ],
    // A preference for a number that is no lease length is left alone.
    ['Raise $75M on 15-year leases; we want 3 bids.', { target_amount: 75e6, economics: { lease_term_years: 15 } }],
    ['Raise $75M on 15-year leases, and we want 12 sites at most.', { target_amount: 75e6, economics: { lease_term_years: 15 } }],
  ],
  'a rate row under a share row, a setting with an at sign, a scanned "at 1east"': [
    [
      'Setting | Value\nTarget | $75m\nLargest market share | 30%\nRate on gains | 24%',
      { target_amount: 75e6, max_market_share: 0.3, economics: { tax_rate: 0.24 } },
    ],
    ['Raise $75M; tax @ 23%, escalator @ 2%.', { target_amount: 75e6, economics: { tax_rate: 0.23, rent_escalator: 0.02 } }],
    ['Raise $75M. Lettability at 1east 0.55.', { target_amount: 75e6, min_leaseability: 0.55 }],
    // An at sign before a place or a time is no setting's figure.
    ['Raise $75M; call me @ 3pm.', { target_amount: 75e6 }],
  ],
  'the best on long-run cost, the minimum proceeds solved for, selling or paying as little as needed': [
    ["What's the best you can get for $75M on lifetime cost?", { target_amount: 75e6, economics: { objective: 'min_npv_cost' } }],
    ['$75M, the smallest proceeds that reach it.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    ['$75M, greedy minimum-proceeds run.', { target_amount: 75e6, strategy: 'greedy', economics: { objective: 'min_proceeds' } }],
    ['Raise $75M but sell as little as required.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    [
      'Raise $75M and pay as little as we can over the term of the leasebacks.',
      { target_amount: 75e6, economics: { objective: 'min_npv_cost' } },
    ],
    // Minimum proceeds with their figure are a floor; the best on another measure is no objective here.
    ['Raise $90M, minimum proceeds $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ["What's the best we can do for $75M in terms of timing?", { target_amount: 75e6 }],
  ],
};

describeFamilies('offline brief reader: scores and economics wording families, round 40', FAMILIES);
