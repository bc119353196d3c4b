import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-fourth round of wording families for the scores and the economics: the cheapest "to carry" over the lease
 * life, "across" the life of the leases, joined into one modifier ("the cheapest-over-lease-life run"), as the
 * cheapest lifetime cost, as what costs least in rent over the years, and as paying the least over the years; landing
 * as close as possible above the ask, just over its figure, with no big overshoot; the best combo, and the best answer
 * from a search worked out properly; "exactly" said of a deal copied or of the kind meant; the criticality ceiling
 * named by a noun made of its adjective, given to a bare score after what the business cannot run without, restated
 * after "I mean", and given "on that" after a score for how essential a site is; the leaseability floor given on "the
 * scale you use" after another company moving in, and ruled out after "don't pick"; an escalator shortened to
 * "escal.", labelled as the annual rent adjustment, or agreed after the landlord's proposal for a rising rent; a term
 * left behind in a past deal's listed figures or a peer's leases; and a scanned tax label split by a stray space. Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the cheapest over the leases said to carry, across their life, joined, or over the years': [
    ['$120M, whichever set is cheapest to carry over the lease term.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$120M. Pick the package that is cheapest across the life of these leases.',
      { target_amount: 120e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Please run a cheapest-over-lease-life pass for $120M.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$120M; Houston and Atlanta only; the cheapest lifetime cost.',
      { target_amount: 120e6, include_markets: ['Atlanta', 'Houston'], economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$120M. Choose whatever costs the company least in rent over time.',
      { target_amount: 120e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['How do we reach $120M while paying the least over the years?', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    // The cheapest building, or a cost told of a year, is no objective.
    ['$120M. The oldest building is cheapest to carry this year.', { target_amount: 120e6 }],
    ['$120M. The head office cost us least in rent last quarter.', { target_amount: 120e6 }],
  ],
  'landing as close as possible above the ask, just over its figure, with no big overshoot': [
    ['$65M - get us as close as we can above that figure.', { target_amount: 65e6, economics: { objective: 'min_proceeds' } }],
    ['Target $65M. Aim to land just over 65, not far past it.', { target_amount: 65e6, economics: { objective: 'min_proceeds' } }],
    [
      'We want to end around $65M, slightly above it, no large overshoot.',
      { target_amount: 65e6, economics: { objective: 'min_proceeds' } },
    ],
    ['$65M: landing just past 65 is ideal.', { target_amount: 65e6, economics: { objective: 'min_proceeds' } }],
    // Close to something else, landing just over a past figure, or a bid that lands above the ask, names no objective.
    ['$65M. Keep net leverage as close as possible to today.', { target_amount: 65e6 }],
    ['$65M; the best offer lands just over it.', { target_amount: 65e6 }],
    ['$65M. The roof repair landed just under budget.', { target_amount: 65e6 }],
  ],
  'the best combo, or the best answer from a search worked out properly': [
    ['$140M - the best possible combo, please.', { target_amount: 140e6, strategy: 'exact' }],
    ['$140M. Give us the best combo of buildings.', { target_amount: 140e6, strategy: 'exact' }],
    ['$140M. Solve it thoroughly to get the best result.', { target_amount: 140e6, strategy: 'exact' }],
    ['$140M. Run it carefully for the very best solution.', { target_amount: 140e6, strategy: 'exact' }],
    // The best of something else, or a careful search waived, asks for nothing.
    ['$140M. We want the best combo of term and escalator.', { target_amount: 140e6 }],
    ["$140M. We don't need to work it out properly for the best answer.", { target_amount: 140e6 }],
  ],
  '"exactly" said of a deal copied, or of the kind meant': [
    [
      'A competitor sold its Atlanta stores for $150M. We do not want to replicate them exactly. Our ask is $110M.',
      { target_amount: 110e6 },
    ],
    ['$110M. The Columbus lab scores 0.3, which is exactly the sort of site I mean.', { target_amount: 110e6 }],
    ['$110M. Mirror that deal exactly? No.', { target_amount: 110e6 }],
    // "Exactly" alone as the way to solve still asks for the exact search.
    ['$110M. Work it out exactly.', { target_amount: 110e6, strategy: 'exact' }],
  ],
  'the criticality ceiling by a noun of its adjective, a bare score, a restatement, or "on that"': [
    ['$100M. The critical-ness rating ceiling is 0.45.', { target_amount: 100e6, max_criticality: 0.45 }],
    ['$100M. Our essentialness score limit is 0.55; nothing above that gets sold.', { target_amount: 100e6, max_criticality: 0.55 }],
    ["$100M. Nothing the business really can't run without, score under 0.4.", { target_amount: 100e6, max_criticality: 0.4 }],
    ["$100M. No site we simply can't operate without; score 0.35 max.", { target_amount: 100e6, max_criticality: 0.35 }],
    ['$100M. Exclude anything vital to our daily work, I mean criticality above 0.65.', { target_amount: 100e6, max_criticality: 0.65 }],
    [
      '$100M. Each site has a score for how critical it is; hold everything we sell at 0.45 or below on that.',
      { target_amount: 100e6, max_criticality: 0.45 },
    ],
    // A remark on essentialness, or "on that" after a score on nothing the business needs, sets no ceiling.
    ['$100M. Essentialness matters to the Dallas team.', { target_amount: 100e6 }],
    ['$100M. The parking ratio sits at 0.5 or below on that.', { target_amount: 100e6 }],
  ],
  'the leaseability floor on the scale you use after someone moving in, or ruled out after "don\'t pick"': [
    [
      '$100M. Only sites another business could readily move into. On the scale you use, 0.65 or better.',
      { target_amount: 100e6, min_leaseability: 0.65 },
    ],
    [
      '$100M. Pick buildings a new occupier could move into fast. On the scale we use, 0.7 or more.',
      { target_amount: 100e6, min_leaseability: 0.7 },
    ],
    ["$100M. Don't choose any building whose re-letting score is under 0.55.", { target_amount: 100e6, min_leaseability: 0.55 }],
    ["$100M. Don't select sites with criticality over 0.6.", { target_amount: 100e6, max_criticality: 0.6 }],
    // The scale said of what the business needs is criticality's; a score of neither is left alone.
    ['$100M. Only sites we could do without. On the scale you use, at least 0.6.', { target_amount: 100e6 }],
  ],
  'an escalator shortened to "escal.", labelled the annual rent adjustment, or agreed after the landlord\'s proposal': [
    ['$80M. Escal. 1.75%', { target_amount: 80e6, economics: { rent_escalator: 0.0175 } }],
    ['C1 Target  D1 $80,000,000\nC2 Escal.  D2 2.25%', { target_amount: 80e6, economics: { rent_escalator: 0.0225 } }],
    ['Purchase price: $80,000,000. Yearly Rent Adjustment: 2.5%.', { target_amount: 80e6, economics: { rent_escalator: 0.025 } }],
    ['$80M. Rental adjustment of 1.5% each year.', { target_amount: 80e6, economics: { rent_escalator: 0.015 } }],
    [
      '$80M. Our rent will climb every year; the landlord proposed 3% but we would agree to 2.25%.',
      { target_amount: 80e6, economics: { rent_escalator: 0.0225 } },
    ],
    // A proposal on no rising rent, or an adjustment of something else, is no escalator.
    ['$80M. The landlord proposed a 7% cap but we would agree to 6.5%.', { target_amount: 80e6 }],
    ['$80M. Annual budget adjustment: 2%.', { target_amount: 80e6 }],
  ],
  "a term left behind in a past deal's listed figures or a peer's leases": [
    [
      'Purchase price: $90,000,000. Base term: 18 years. Yearly escalator: 2.25%. (Our prior SLB in 2019: $40,000,000, 12 years.)',
      { target_amount: 90e6, economics: { lease_term_years: 18, rent_escalator: 0.0225 } },
    ],
    [
      '$90M; term 20 years; 2% bumps; our previous deal: $55M, 10 years.',
      { target_amount: 90e6, economics: { lease_term_years: 20, rent_escalator: 0.02 } },
    ],
    [
      "$90M. Our competitor in Atlanta did 10-year leases, we're going with 16.",
      { target_amount: 90e6, economics: { lease_term_years: 16 } },
    ],
    ['$90M. The Chicago team signed 12-year terms; we are going with 14.', { target_amount: 90e6, economics: { lease_term_years: 14 } }],
    // Years alone after the past deal, or said to be this time's, are the term asked for.
    ['$60M. Just like our previous SLB: 18-year terms.', { target_amount: 60e6, economics: { lease_term_years: 18 } }],
    [
      '$90M. Lease term: 20 years, escalator 2%. Last deal: $55M, 12-year leases this time.',
      { target_amount: 90e6, economics: { lease_term_years: 12, rent_escalator: 0.02 } },
    ],
  ],
  'a scanned tax label split by a stray space': [
    ['Scanned memo:\nTarget: $64M\nTa x: 21%', { target_amount: 64e6, economics: { tax_rate: 0.21 } }],
    [
      'OCR copy\nRaise: $64M\nT ax rate: 26.5%\nTerm: 15 years',
      { target_amount: 64e6, economics: { tax_rate: 0.265, lease_term_years: 15 } },
    ],
    // Letters that only run into "x" inside other words, or a split label mid-sentence, are no tax label.
    ['Scanned memo:\nTarget: $64M\nData x: 21%', { target_amount: 64e6 }],
  ],
};

describeFamilies('reads scores and economics families (44)', FAMILIES);
