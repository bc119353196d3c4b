import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-sixth round of wording families for the asset scores and the economics: a criticality level ruled out by
 * screening or filtering ("screen out anything with criticality over 0.7"), or refused as a preference that the
 * company not sell ("I'd rather we not sell anything more critical than 0.5"); the most critical a sold site may be
 * as the score's name ("Most critical allowed | 0.6", "what's the most critical score we'd still sell?"); a score's
 * level described in words and settled by a figure after "so" ("a third, so use 0.33"); a building easy for a landlord
 * to let again, with its level ("0.7 or higher on that re-let score"), and a superlative giving the reason for types
 * chosen, which asks for no level; settings pasted as a section's nested object, as assignments side by side on one
 * line, with the tax keyed to the gain ("tax_on_gain"), or as spreadsheet cells with their addresses and no colons;
 * the lease term settled after "so" over a term proposed, said after its label in a sentence of its own, or as leases
 * that would be for a number of years; another's term turned down and an earlier run's term, read as nothing; the
 * rent to increase by a percentage in words with its numeral in brackets, an escalator buyers price off; a tax rate
 * the gain "should be modelled at", an instruction rather than a figure weighed; and a basis said to be another
 * reader's version. Every case states what it must read; a field it does not name is read as
 * absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a criticality level ruled out by screening or filtering ("screen out anything with criticality over 0.7")': [
    ['$88M. Screen out anything with criticality over 0.65.', { target_amount: 88e6, max_criticality: 0.65 }],
    ['$88M. Please filter out sites with criticality above 0.55.', { target_amount: 88e6, max_criticality: 0.55 }],
    [
      '$88M. Weed out anything with leaseability below 0.4 and anything with criticality above 0.8.',
      { target_amount: 88e6, max_criticality: 0.8, min_leaseability: 0.4 },
    ],
  ],
  'a preference that the company not sell above a level ("I\'d rather we not sell anything more critical than 0.5")': [
    ["$64M. I'd rather we not sell anything more critical than 0.45.", { target_amount: 64e6, max_criticality: 0.45 }],
    ["$64M. We would rather you didn't include anything more critical than 0.6.", { target_amount: 64e6, max_criticality: 0.6 }],
    // Rather than refusing, selling first: no limit.
    ["$64M. I'd rather we sold anything more critical than 0.5 last.", { target_amount: 64e6 }],
  ],
  'the most critical a sold site may be, as the score\'s name ("Most critical allowed | 0.6")': [
    ['What | Number\nRaise | $58M\nMost critical allowed | 0.55', { target_amount: 58e6, max_criticality: 0.55 }],
    ['Raise $58M.\nMost critical site we would accept: 0.35', { target_amount: 58e6, max_criticality: 0.35 }],
    [
      "Priya: what's the most critical score we'd still sell?\nOmar: 0.7\nPriya: and the target?\nOmar: 58 million",
      { target_amount: 58e6, max_criticality: 0.7 },
    ],
    // The most critical building itself is no limit.
    ['$58M. The most critical site is the Wilmer Automated Distribution Center.', { target_amount: 58e6 }],
  ],
  'a score\'s level described in words and settled after "so" ("a third, so use 0.33")': [
    ['$47M. Max criticality about a third, so use 0.33.', { target_amount: 47e6, max_criticality: 0.33 }],
    ['$47M. Keep criticality low, roughly a quarter, so use 0.25.', { target_amount: 47e6, max_criticality: 0.25 }],
    ['$47M. Leaseability: at least two-thirds, so take 0.67.', { target_amount: 47e6, min_leaseability: 0.67 }],
    // A figure of another kind after "so" is no level.
    ['$47M. Criticality matters a lot, so use $40M as the floor.', { target_amount: 47e6, floor_amount: 40e6 }],
  ],
  'a building easy for a landlord to let again, with its level ("0.7 or higher on that re-let score")': [
    [
      '$62M, only from buildings that would be easy for a landlord to lease to somebody else, 0.75 or higher on that re-let score.',
      { target_amount: 62e6, min_leaseability: 0.75 },
    ],
    ['$62M, only sites simple for the new owner to re-let, 0.6 or better on that score.', { target_amount: 62e6, min_leaseability: 0.6 }],
  ],
  'a superlative that gives the reason for the types chosen asks for no level ("the easiest to re-let")': [
    ['$91M. Only offices and retail, the easiest to re-let in this market.', { target_amount: 91e6, asset_types: ['office', 'retail'] }],
    ['$91M. Warehouses only - the quickest to re-let of anything we own.', { target_amount: 91e6, asset_types: ['warehouse'] }],
    // The word on its own still asks for re-lettable sites.
    ['$91M. Only re-lettable sites.', { target_amount: 91e6, min_leaseability: 0.5 }],
  ],
  'settings pasted as a nested object, side by side, with the tax keyed to the gain, or as addressed cells': [
    [
      '{"program": {"target_amount": 72000000, "rent_escalator": 0.0175, "lease_term_years": 14}}',
      { target_amount: 72e6, economics: { rent_escalator: 0.0175, lease_term_years: 14 } },
    ],
    [
      '{"slb": {"target": 42000000, "max_criticality": 0.55}, "tax_rate": 0.24}',
      { target_amount: 42e6, max_criticality: 0.55, economics: { tax_rate: 0.24 } },
    ],
    ['target=61M criticality_max=0.35 leaseability_min=0.6', { target_amount: 61e6, max_criticality: 0.35, min_leaseability: 0.6 }],
    [
      'From the model:\n\n{"raise": 99000000, "tax_on_gain": 0.26, "lease_years": 18}',
      { target_amount: 99e6, economics: { tax_rate: 0.26, lease_term_years: 18 } },
    ],
    [
      'Inputs from my sheet:\nA2\tTarget\tB2\t$45M\nA3\tMax criticality\tB3\t0.45\nA4\tLease term\tB4\t12 years',
      { target_amount: 45e6, max_criticality: 0.45, economics: { lease_term_years: 12 } },
    ],
    // A line of words with tabs but no cell addresses is no setting.
    ['$45M.\nA3\tMin leaseability\tB3\t0.45\tC3\tnote', { target_amount: 45e6 }],
  ],
  'the lease term settled after "so", after its label, or as leases that would be for a number of years': [
    [
      "The fund's term sheet proposes 25-year leases; we'd prefer eighteen, so model 18. Target $83M.",
      { target_amount: 83e6, economics: { lease_term_years: 18 } },
    ],
    ['$83M. Lease term is still open, so use 15.', { target_amount: 83e6, economics: { lease_term_years: 15 } }],
    [
      '$83M. Lease term: the auditors are comfortable with 17 years for sale accounting; shorter gets tricky.',
      { target_amount: 83e6, economics: { lease_term_years: 17 } },
    ],
    [
      'From the Cicero Main Plant: the ask is $83 million, and any lease back to us would be for twelve years.',
      { target_amount: 83e6, economics: { lease_term_years: 12 } },
    ],
    ['$83M. The leasebacks will run for 16 years.', { target_amount: 83e6, economics: { lease_term_years: 16 } }],
    // A figure of money after "so" is no term; the term proposed is then the one named.
    [
      '$83M. The buyer wants 25-year leases, so use $40M as the floor.',
      { target_amount: 83e6, floor_amount: 40e6, economics: { lease_term_years: 25 } },
    ],
  ],
  "another's term turned down and an earlier run's term are read as nothing": [
    [
      "Minutes\n- Proceeds sought: $57M.\n- Lease term 14 years.\n- The fund's counsel suggested 20-year terms; we declined.",
      { target_amount: 57e6, economics: { lease_term_years: 14 } },
    ],
    [
      '# slb.yaml\ntarget_amount: 57000000\nlease_term_years: 12\n# notes: last run used 25-year terms; changed per CFO',
      { target_amount: 57e6, economics: { lease_term_years: 12 } },
    ],
    ['$57M, 15-year leases. Previously we ran 20-year terms.', { target_amount: 57e6, economics: { lease_term_years: 15 } }],
    // A term suggested and agreed is the term.
    ['$57M. The buyer suggested 10-year terms and we agreed.', { target_amount: 57e6, economics: { lease_term_years: 10 } }],
  ],
  'the rent to increase by a percentage in words with its numeral, and an escalator buyers price off': [
    [
      '$175M; leases of fifteen (15) years; rent to increase by one and three-quarters percent (1.75%) annually.',
      { target_amount: 175e6, economics: { lease_term_years: 15, rent_escalator: 0.0175 } },
    ],
    ['$66M. Buyers will price off 2.25% bumps.', { target_amount: 66e6, economics: { rent_escalator: 0.0225 } }],
    // A price that rises is no escalator.
    ['$66M. A 4% price increase on supplies is expected.', { target_amount: 66e6 }],
  ],
  'a tax rate the gain "should be modelled at" is an instruction, not a figure weighed': [
    [
      '$48M. Tax on any gain should be modelled at 24%.\n\nThe $60M in the first deck is superseded.',
      { target_amount: 48e6, economics: { tax_rate: 0.24 } },
    ],
  ],
  'a basis said to be another reader\'s version ("The IFRS version was for the parent\'s pack")': [
    [
      "$74M. Basis: US GAAP. The IFRS version was for the parent's pack and is not what we're running.",
      { target_amount: 74e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    [
      '$74M. The GAAP numbers are just for the lenders; run it on IFRS 16.',
      { target_amount: 74e6, economics: { accounting_basis: 'ifrs16' } },
    ],
  ],
};

describeFamilies('reading scores and economics: a twenty-sixth round of families', FAMILIES);
