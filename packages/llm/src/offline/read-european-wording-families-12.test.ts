import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twelfth round of wording families: briefs from treasury teams writing English as a second language, with
 * European figures (decimal commas, "MUSD", "Mrd.") and words of their own languages ("Laufzeit", "veces").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a decimal comma in a limit with no unit after it ("FCCR of 2,25 minimum", "FCCR at least 1,9")': [
    ['Raise 140 mio USD. The FCCR of 1,85 minimum is a hard rule.', { target_amount: 140e6, min_fixed_charge_coverage: 1.85 }],
    [
      'Target 95 mio. Coverage must stay over 2,1 and net leverage under 3,4.',
      { target_amount: 95e6, min_fixed_charge_coverage: 2.1, max_net_leverage: 3.4 },
    ],
    [
      'Target 95 mio. Fixed charge cover at least 1,65; the lease-adjusted leverage 4,6 maximum.',
      { target_amount: 95e6, min_fixed_charge_coverage: 1.65, max_lease_adjusted_leverage: 4.6 },
    ],
    [
      'Target 75 mio. Leaseability not under 0,65, criticality at most 0,45.',
      { target_amount: 75e6, min_leaseability: 0.65, max_criticality: 0.45 },
    ],
    // A comma before three digits is a thousands group, never a decimal.
    ['Raise 90 mio. Over 1,250 staff work at the sites.', { target_amount: 90e6 }],
  ],
  'a money scale written the continental way ("120 MUSD", "MUSD 500", "1,2 Mrd. USD", "400 millones")': [
    ['We want 85 MUSD from the program.', { target_amount: 85e6 }],
    ['MUSD 160 target, IFRS 16.', { target_amount: 160e6, economics: { accounting_basis: 'ifrs16' } }],
    ['The board wants 1,5 Mrd. USD in the bold case.', { target_amount: 1.5e9 }],
    ['Queremos 250 millones USD.', { target_amount: 250e6 }],
    // A name that starts with the letters of a scale is no scale.
    ['Raise 80 mio; the buyer is Mrdak Capital.', { target_amount: 80e6 }],
  ],
  'a word of another language glossed in brackets ("Lease term (Laufzeit) 10 years", "Steuersatz (tax rate) 29 %")': [
    ['Target 120 mio. Lease term (Laufzeit) 12 years.', { target_amount: 120e6, economics: { lease_term_years: 12 } }],
    ['Target 120 mio. Steuersatz (tax rate) 27 % on the gain.', { target_amount: 120e6, economics: { tax_rate: 0.27 } }],
    [
      'Target 120 mio. Leases of 18 anni (years), escalator 2 %.',
      { target_amount: 120e6, economics: { lease_term_years: 18, rent_escalator: 0.02 } },
    ],
    ['Target 120 mio, but without the Rechenzentren (data centers).', { target_amount: 120e6, asset_types: allTypesBut('data_center') }],
    ['Target 120 mio. Net leverage max 3,75 veces.', { target_amount: 120e6, max_net_leverage: 3.75 }],
    // A bracket that says more than the word is left as written.
    ['Target 80 mio (Laufzeit still open).', { target_amount: 80e6 }],
  ],
  'a limit abbreviated with a dot before its figure ("criticality max. 0,75", "FCCR min. 1,8x")': [
    [
      'Raise 70 mio. Criticality max. 0,65, FCCR min. 1,8x.',
      { target_amount: 70e6, max_criticality: 0.65, min_fixed_charge_coverage: 1.8 },
    ],
    ['Raise 70 mio. Additional rent capped, leaseability min. 0,5.', { target_amount: 70e6, min_leaseability: 0.5 }],
    // "max." that ends a sentence sets no limit.
    ['Raise 70 mio at max. Speed matters more than price.', { target_amount: 70e6 }],
  ],
  'mortgaged assets called hypothecated ("the hypothecated sites stay out of the scope")': [
    ['Raise 110 mio. The hypothecated buildings are not part of the sale.', { target_amount: 110e6, exclude_mortgaged: true }],
    ['Raise 110 mio. Please leave out all hypothecated assets.', { target_amount: 110e6, exclude_mortgaged: true }],
  ],
  'a lease term in second-language idioms ("the lease is 15 years", "15 years of term", "15 years and 2 % escalation")': [
    ['Raise 110 mio. For this deal the lease is 12 years.', { target_amount: 110e6, economics: { lease_term_years: 12 } }],
    ['Target 65 mio. Our group lease standard is 20 years.', { target_amount: 65e6, economics: { lease_term_years: 20 } }],
    ['Target 65 mio, the new leases with 18 years of term.', { target_amount: 65e6, economics: { lease_term_years: 18 } }],
    [
      'Target 65 mio with 15 years and 2,5 % escalation.',
      { target_amount: 65e6, economics: { lease_term_years: 15, rent_escalator: 0.025 } },
    ],
    // Years "of lease" recalled from another deal are no term.
    ['In 2018 we signed 25 years of lease in Spain. Raise 80 mio.', { target_amount: 80e6 }],
  ],
  'a floor for the case it holds in ("Minimum volume in case the covenants bite: USD 150 mio")': [
    ['Target 200 mio. Minimum volume in case the market is weak: USD 160 mio.', { target_amount: 200e6, floor_amount: 160e6 }],
    ['Target 200 mio. Floor in case of a bad market: 170 mio.', { target_amount: 200e6, floor_amount: 170e6 }],
    // A volume for a case, with no word of a minimum, is no floor.
    ['Target 200 mio. Volume in case the market is weak: USD 160 mio.', { target_amount: 200e6 }],
  ],
  'a lower bound said as "upwards" ("leaseability from 0,5 upwards")': [
    ['Target 60 mio. Leaseability from 0,6 upwards.', { target_amount: 60e6, min_leaseability: 0.6 }],
    ['Target 60 mio. FCCR 1,75x and upwards.', { target_amount: 60e6, min_fixed_charge_coverage: 1.75 }],
  ],
  'the new rent kept "lower than" an amount ("the new rent per year must be lower than 5,5 mio")': [
    ['Target 60 mio. The additional rent must be lower than 4 mio per year.', { target_amount: 60e6, max_rent_added: 4e6 }],
    // The rent paid today is no cap.
    ['Target 60 mio. Today we pay rents lower than 4 mio per year.', { target_amount: 60e6 }],
  ],
  'an exclusion said "with the exclusion of" ("with the exclusion of Ohio and of the mortgaged assets")': [
    ['Please run 70 mio with the exclusion of Texas.', { target_amount: 70e6, exclude_markets: ['Dallas', 'Houston'] }],
    [
      'Please run 70 mio with the exclusion of the labs and of the encumbered sites.',
      { target_amount: 70e6, asset_types: allTypesBut('lab'), exclude_mortgaged: true },
    ],
    ['Raise 70 mio. With exclusion of Newark and of Phoenix.', { target_amount: 70e6, exclude_markets: ['Newark', 'Phoenix'] }],
    // An exclusion only discussed is none.
    ['USD 85 mio. The exclusion of Dallas was discussed but not decided.', { target_amount: 85e6 }],
  ],
};

describeFamilies('readBrief: European figures and second-language wording', FAMILIES);
