import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fourth round of wording families for the scores and the lease economics: criticality said as a comparative
 * with whom or what the building matters to before "than" ("nothing more critical to us than 0.45", "nothing more
 * essential to running the business than 0.65"), added to a building already left out ("along with anything else
 * rated more critical to operations than 0.7"), and as a level "for operational importance"; leaseability as someone
 * else leasing the building with its level after ("0.6 at minimum"), also after "whatever we sell,"; a scan's slips in
 * the score words and a term's years ("cr1t1cal1ty", "re-lett1ng", "lease-ab1l1ty", "Min1mum", "TERM l5 YRS"); a
 * "lease_min" key; and the lease economics: a tax rate's fraction after a label ending its sentence ("Tax: 0.27.") or
 * after "tax rate applied to gain:", a tax question answered in an IRC log ("<lia> 23%"), a rent-adjustment label with
 * the figure and its year alone ("Rent Adjustment: 2.0% annually"), a term with "absolute NNN" after its years, and the
 * leases as a label or a dash's subject with their years ("Lease settings: 20y", "the leases - let's say 11 years").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'criticality as a comparative with whom the building matters to ("nothing more critical to us than 0.45")': [
    ['Raise $58M. Nothing more critical to the company than 0.4, please.', { target_amount: 58e6, max_criticality: 0.4 }],
    ['Raise $58M, with nothing more important to the plants than 0.6.', { target_amount: 58e6, max_criticality: 0.6 }],
    ['Raise $58M. Nothing more essential to keeping our lines running than 0.55.', { target_amount: 58e6, max_criticality: 0.55 }],
    ['Raise $58M and sell nothing else more critical to ops than 0.5.', { target_amount: 58e6, max_criticality: 0.5 }],
    [
      'Raise $58M. Leave the Tolleson site out, along with anything else rated more essential to our network than 0.65.',
      { target_amount: 58e6, exclude_asset_ids: ['PHX-01'], max_criticality: 0.65 },
    ],
    // Nothing is refused, or the comparison is with no level.
    ['Raise $58M. Speed is more important to us than 0.5 points of yield.', { target_amount: 58e6 }],
    ['Raise $58M. Nothing is more important to us than closing by June.', { target_amount: 58e6 }],
  ],
  'criticality as a level "for operational importance" ("nothing rated above 0.6 for operational importance")': [
    ['Raise $83M. Nothing rated above 0.45 for operational importance.', { target_amount: 83e6, max_criticality: 0.45 }],
    ['Raise $83M; nothing scoring over 0.7 on business importance.', { target_amount: 83e6, max_criticality: 0.7 }],
    ['Raise $83M. No sites above 0.5 for importance to operations.', { target_amount: 83e6, max_criticality: 0.5 }],
    // A level described, not refused.
    ['Raise $83M. Our sites average 0.5 for operational importance.', { target_amount: 83e6 }],
  ],
  'leaseability as someone else leasing the building, its level after ("easy for them to lease to someone else - 0.6 at minimum")': [
    [
      'Raise $49M. Every site a buyer takes should be easy for them to let to another tenant - 0.65 at minimum.',
      { target_amount: 49e6, min_leaseability: 0.65 },
    ],
    ['Raise $49M from buildings someone else could lease easily, 0.7 at a minimum.', { target_amount: 49e6, min_leaseability: 0.7 }],
    [
      'Raise $49M. Whatever we sell, the new owner must be able to rent it to another company without a refit, 0.55 or better.',
      { target_amount: 49e6, min_leaseability: 0.55 },
    ],
    [
      'Raise $49M. Anything we sell, a buyer should be able to lease to someone else without gutting it (0.6 or higher).',
      { target_amount: 49e6, min_leaseability: 0.6 },
    ],
    // What the company itself cannot run without is criticality's, and no level follows the second.
    ['Raise $49M. Whatever we sell, our teams must keep running without it, 0.6 or better.', { target_amount: 49e6 }],
    ['Raise $49M. Whatever we sell, someone else should be able to lease it.', { target_amount: 49e6 }],
  ],
  'a scan\'s slips in the score words and a term\'s years ("Max cr1t1cal1ty 0.5", "TERM l5 YRS")': [
    ["Scanned: 'Target $ 66 M. Max cr1t1cal1ty 0.45.'", { target_amount: 66e6, max_criticality: 0.45 }],
    ["Scanned: 'Target $ 66 M. Min1mum re-lett1ng score 0.7.'", { target_amount: 66e6, min_leaseability: 0.7 }],
    ["Scanned: 'Target $ 66 M. Min lease-ab1l1ty 0.55.'", { target_amount: 66e6, min_leaseability: 0.55 }],
    ['Fax:\nTARGET $ 66 M\nLEASE TERM 2l YRS', { target_amount: 66e6, economics: { lease_term_years: 21 } }],
    ['Fax:\nTARGET $ 66 M\nTERM l8 YEARS', { target_amount: 66e6, economics: { lease_term_years: 18 } }],
    // A letter l alone is no digit, and a code's one is left as written.
    ['Raise $66M. I years ago we sold CHI-01.', { target_amount: 66e6 }],
  ],
  'leaseability as a "lease_min" key ("lease_min=0.7")': [
    ['target=66000000; lease_min=0.65', { target_amount: 66e6, min_leaseability: 0.65 }],
    ['target: 66000000\nlease min: 0.6', { target_amount: 66e6, min_leaseability: 0.6 }],
    // Years are a term's, not a score's.
    ['target: 66000000\nlease min: 10 years', { target_amount: 66e6 }],
  ],
  'a tax rate\'s fraction after a label ending its sentence, or after "tax rate applied to gain" ("Tax: 0.27.")': [
    ['Tax: 0.24. Target: $77M.', { target_amount: 77e6, economics: { tax_rate: 0.24 } }],
    ['Target $77M. Tax rate: 0.26. Nothing mortgaged.', { target_amount: 77e6, exclude_mortgaged: true, economics: { tax_rate: 0.26 } }],
    ['Target: $77,000,000\nTax rate applied to the gain: 0.21', { target_amount: 77e6, economics: { tax_rate: 0.21 } }],
    ['Target: $77,000,000\nTax rate on book gains: 0.25', { target_amount: 77e6, economics: { tax_rate: 0.25 } }],
    ['Target $77M. Tax at 24.', { target_amount: 77e6, economics: { tax_rate: 0.24 } }],
  ],
  'a tax question answered in an IRC log ("<omar> tax? / <lia> 23%")': [
    ['09:10 <ben> target 77m\n09:11 <ana> tax?\n09:11 <ben> 22%', { target_amount: 77e6, economics: { tax_rate: 0.22 } }],
    ['[09:10] <ben> target 77m\n[09:11] <ana> tax rate?\n[09:12] <ben> 25', { target_amount: 77e6, economics: { tax_rate: 0.25 } }],
    // A question on tax left open gives no rate.
    ['09:10 <ben> target 77m\n09:11 <ana> tax?\n09:11 <ben> not sure yet', { target_amount: 77e6 }],
  ],
  'a rent-adjustment label with the figure and its year alone ("Rent Adjustment: 2.0% annually")': [
    ['Price: $77,000,000\nRent Adjustment: 2.5% per annum', { target_amount: 77e6, economics: { rent_escalator: 0.025 } }],
    ['Price: $77,000,000\nRent review: 1.75% each year', { target_amount: 77e6, economics: { rent_escalator: 0.0175 } }],
    ['Price: $77,000,000\nRental increases - 3% a year', { target_amount: 77e6, economics: { rent_escalator: 0.03 } }],
  ],
  'a term with "absolute NNN" after its years ("12-year absolute NNN")': [
    [
      'Ask: $77M\nLease: 14-year absolute NNN, 2% bumps',
      { target_amount: 77e6, economics: { lease_term_years: 14, rent_escalator: 0.02 } },
    ],
    ['Raise $77M on 16 year triple NNN leases.', { target_amount: 77e6, economics: { lease_term_years: 16 } }],
  ],
  'the leases as a label or a dash\'s subject, with their years ("Lease settings: 20y", "the leases - let\'s say 11 years")': [
    [
      'Lease assumptions: 17y / 2.5% bumps\nTarget: $77M',
      { target_amount: 77e6, economics: { lease_term_years: 17, rent_escalator: 0.025 } },
    ],
    [
      'Raise $77M, nothing mortgaged, and the leases - call it 13 years.',
      { target_amount: 77e6, exclude_mortgaged: true, economics: { lease_term_years: 13 } },
    ],
    ['Raise $77M. New leases: 19 years.', { target_amount: 77e6, economics: { lease_term_years: 19 } }],
    // The existing leases' years left are no term.
    ['Raise $77M. Our leases - 6 years left on most of them.', { target_amount: 77e6 }],
  ],
};

describeFamilies('reading the scores and the lease economics (families 34)', FAMILIES);
