import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-ninth round of wording families for the scores and the lease economics: a score's limit changed by
 * "bring" or "pull" ("bring the criticality cap down to 0.6"), which replaces the level given before it; a level
 * suggested by someone else and then tightened by the writer ("we're going stricter at 0.65"); leaseability said as who
 * could move in ("another business could move into straight away", "a different firm could walk right into", "would
 * attract a new occupier quickly") with the level after it, also after "if we left" or "I'd say"; criticality named
 * after its level without a scale ("leave out anything rated over 0.7 on criticality") or as a comparative refused
 * ("nothing that rates more critical than 0.55"); the tax rate as "the rate on the gains" without the word tax, also
 * as a question answered on the next chat line; a "flat" or "fixed" escalator answering a question; leases wished to
 * have "ran" some years; and an escalator's usual figure replaced by the one wanted after "but". Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a score\'s limit changed by "bring" or "pull" ("bring the criticality cap down to 0.6")': [
    ['Raise $70M with max criticality 0.75. Update: bring the criticality cap down to 0.6.', { target_amount: 70e6, max_criticality: 0.6 }],
    [
      'Raise $55M, leaseability floor 0.5. On reflection, pull the leaseability floor up to 0.7.',
      { target_amount: 55e6, min_leaseability: 0.7 },
    ],
    ['We need $40M. Bring criticality down to 0.45.', { target_amount: 40e6, max_criticality: 0.45 }],
    // Bringing something else down names no score.
    ['Raise $40M. Bring the team down to Dallas.', { target_amount: 40e6, include_markets: ['Dallas'] }],
  ],
  'a suggested level tightened by the writer ("we\'re going stricter at 0.65")': [
    [
      "The consultant proposed a criticality ceiling of 0.7; we're going tighter at 0.55. Raise $62M.",
      { target_amount: 62e6, max_criticality: 0.55 },
    ],
    ['Our bank suggested leaseability of 0.4, but we are going with 0.6. Target $81M.', { target_amount: 81e6, min_leaseability: 0.6 }],
    // Without a score suggested before it, the level names nothing.
    ["We're going with 0.6 on this one. Target $81M.", { target_amount: 81e6 }],
  ],
  'leaseability said as who could move in, with its level ("another business could move into straight away, 0.65 or better")': [
    [
      'Raise $60M. Only buildings another business could move into straight away, 0.65 or better.',
      { target_amount: 60e6, min_leaseability: 0.65 },
    ],
    ['Raise $60M. Keep to sites a different firm could walk right into - 0.7 and up.', { target_amount: 60e6, min_leaseability: 0.7 }],
    [
      "Raise $60M. Only properties that would attract a new occupier quickly, I'd say 0.75 or more on that score.",
      { target_amount: 60e6, min_leaseability: 0.75 },
    ],
    [
      'Raise $60M. Only sites another company could move into right away once we moved out (0.55 or better).',
      { target_amount: 60e6, min_leaseability: 0.55 },
    ],
    // One named building described as easy to move into asks for no level.
    ['Raise $60M. Another business could move into the Fontana warehouse straight away.', { target_amount: 60e6 }],
  ],
  'criticality named after its level ("leave out anything rated over 0.7 on criticality") or as a refused comparative': [
    ['Raise $75M and leave out anything rated over 0.7 on criticality.', { target_amount: 75e6, max_criticality: 0.7 }],
    [
      'Raise $75M. Leave out anything mortgaged and anything scored above 0.65 on criticality.',
      { target_amount: 75e6, max_criticality: 0.65, exclude_mortgaged: true },
    ],
    ["Raise $75M; we'll hold on to every site above 0.6 on criticality.", { target_amount: 75e6, max_criticality: 0.6 }],
    ['Raise $75M. Nothing that rates more critical than 0.55, please.', { target_amount: 75e6, max_criticality: 0.55 }],
    ['Raise $75M. No building more critical than 0.4.', { target_amount: 75e6, max_criticality: 0.4 }],
    ['Raise $30M. Nothing more business-critical than 0.35.', { target_amount: 30e6, max_criticality: 0.35 }],
    // Sites described above a level are not kept out, and a level on something else's reports is no limit.
    ['Raise $75M. Our Dallas sites sit above 0.8 on criticality.', { target_amount: 75e6, include_markets: ['Dallas'] }],
    ['Raise $75M while we keep leverage above 0.5 on criticality reports.', { target_amount: 75e6 }],
  ],
  'the tax rate as "the rate on the gains", also asked and answered on the next chat line': [
    ['Raise $45M and take 23% as the rate on the gains.', { target_amount: 45e6, economics: { tax_rate: 0.23 } }],
    ['Use 21% as our rate for any gain. $90M.', { target_amount: 90e6, economics: { tax_rate: 0.21 } }],
    ['Ana: target $66M\nRaj: which rate applies to the gain?\nAna: 24%', { target_amount: 66e6, economics: { tax_rate: 0.24 } }],
    // A rate of something else is no tax.
    ['Use 21% as the rate of return. $90M.', { target_amount: 90e6 }],
    ['Ana: target $66M\nRaj: which rate for the cap?\nAna: 24%', { target_amount: 66e6 }],
  ],
  'a "flat" or "fixed" escalator answering a question ("escalator? / fixed 2.5%")': [
    ['Ana: target $66M\nRaj: escalator?\nAna: fixed 2.5%', { target_amount: 66e6, economics: { rent_escalator: 0.025 } }],
    ['Ana: target $66M\nRaj: bumps?\nAna: flat 2%', { target_amount: 66e6, economics: { rent_escalator: 0.02 } }],
  ],
  'leases wished to have "ran" some years ("I\'d rather the leases ran 10 years")': [
    ["We'd prefer the leases ran 12 years. Raise $50M.", { target_amount: 50e6, economics: { lease_term_years: 12 } }],
    ["I'd rather our leases ran fifteen years. Target $50M.", { target_amount: 50e6, economics: { lease_term_years: 15 } }],
    // Leases that ran some years in the past are history.
    ['The leases ran 10 years last time. Raise $50M.', { target_amount: 50e6 }],
  ],
  'an escalator\'s usual figure replaced by the one wanted after "but"': [
    [
      'The escalator in the template lease is 3%, but the fund wants 2%. Raise $58M.',
      { target_amount: 58e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      'Our usual escalator is 2%, but this buyer asked for 2.75%, so use 2.75%. Raise $58M.',
      { target_amount: 58e6, economics: { rent_escalator: 0.0275 } },
    ],
    // A figure wanted of something else leaves the escalator as it was.
    [
      'The escalator is 2%, but the lender wants 30% from any one market. Raise $58M.',
      { target_amount: 58e6, economics: { rent_escalator: 0.02 }, max_market_share: 0.3 },
    ],
  ],
};

describeFamilies('reading scores and lease economics: twenty-ninth round of wording families', FAMILIES);
