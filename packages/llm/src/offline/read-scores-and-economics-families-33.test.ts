import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-third round of wording families for the scores and the lease economics: a criticality level said as how
 * critical or essential a building is ("hold on to anything above 0.5 on how critical it is", "the how-important-is-it
 * scale") and as the cutoff on the criticality scale; a score's level said as changed in the passive, from the old
 * level to the new ("crit. cap lowered from 0.8 to 0.7"); leaseability with its level before the word ("0.6
 * leaseability at minimum"), a chat's question on the floor answered by a level alone, and buildings that would rent
 * to others with their level after a colon or in brackets; and the lease economics: the rent raised with the verb first
 * ("the buyer will raise the rent 2.5% a year", "escalate at 1.75%"), an escalator key in percent ("escalator_pct:
 * 2.5"), the buildings leased back or the company staying on as the tenant for the years, a command line's
 * "--lease-term", a rate on the gain with the words of whose rate it is, settings nested in sections of their own, and
 * a scanned note's slips in the key words ("Leaseabi1ity", "lFRS 16", "2l%", "Lease terrn:"). Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'criticality as how critical a building is, or the cutoff on its scale ("hold on to anything above 0.5 on how critical it is")': [
    ['Raise $62M. Hold on to anything above 0.5 on how critical it is.', { target_amount: 62e6, max_criticality: 0.5 }],
    ['Raise $62M. Keep any site rated over 0.4 on how essential it is.', { target_amount: 62e6, max_criticality: 0.4 }],
    [
      'Raise $62M and leave alone anything scoring above 0.65 on the how-important-is-it scale.',
      { target_amount: 62e6, max_criticality: 0.65 },
    ],
    ['Raise $62M; the board agreed a cutoff of 0.55 on the criticality scale.', { target_amount: 62e6, max_criticality: 0.55 }],
    ['Raise $62M. 0.35 on the criticality score is our cutoff.', { target_amount: 62e6, max_criticality: 0.35 }],
    // Nothing keeps or refuses the level, or "leave" has no "alone": no limit.
    ['Raise $62M. Sites at 0.5 on how critical they are sell well.', { target_amount: 62e6 }],
    ['Raise $62M. Leave anything over 0.5 on how critical it is to the committee.', { target_amount: 62e6 }],
  ],
  'a score\'s level changed in the passive, from the old to the new ("crit. cap lowered from 0.8 to 0.7")': [
    ['Raise $88M.\nCrit. cap lowered from 0.8 to 0.7', { target_amount: 88e6, max_criticality: 0.7 }],
    ['Raise $88M. The criticality ceiling was brought down from 0.75 to 0.6.', { target_amount: 88e6, max_criticality: 0.6 }],
    ['Raise $88M. Leaseability floor raised from 0.5 to 0.65.', { target_amount: 88e6, min_leaseability: 0.65 }],
    ['Raise $88M. Leaseability minimum has been moved up from 0.4 to 0.55.', { target_amount: 88e6, min_leaseability: 0.55 }],
    ['Raise $88M. Criticality cap max 0.6; it was never changed from the draft.', { target_amount: 88e6, max_criticality: 0.6 }],
  ],
  'leaseability with its level before the word, or as a chat\'s answer ("0.6 leaseability at minimum")': [
    ['Raise $47M from buildings with wide appeal, 0.6 leaseability at minimum.', { target_amount: 47e6, min_leaseability: 0.6 }],
    ['Raise $47M; we need 0.75 leaseability or better.', { target_amount: 47e6, min_leaseability: 0.75 }],
    ['Ana: target $47M\nBo: what re-letting floor?\nAna: 0.55 leaseability', { target_amount: 47e6, min_leaseability: 0.55 }],
    ['Tue 9:02 - Ana: $47M\nTue 9:03 - Bo: leaseability floor?\nTue 9:05 - Ana: 0.65', { target_amount: 47e6, min_leaseability: 0.65 }],
    // A level held from above is no floor.
    ['Raise $47M. A 0.4 leaseability or less is fine for the Reno sites.', { target_amount: 47e6 }],
    // A level someone else put forward is no floor until it is agreed.
    ['Raise $47M. The fund proposed 0.8 leaseability; we said no.', { target_amount: 47e6 }],
  ],
  'buildings that would rent to others, the level after a colon or in brackets ("easy to rent out to someone else: 0.7 or above")': [
    [
      'Raise $53M from buildings that are easy to rent out to someone else: 0.7 or above on that score.',
      { target_amount: 53e6, min_leaseability: 0.7 },
    ],
    ['Raise $53M. Only sell sites that would rent quickly to others (0.6 and up).', { target_amount: 53e6, min_leaseability: 0.6 }],
    ['Raise $53M from buildings another firm could move into: at least 0.65.', { target_amount: 53e6, min_leaseability: 0.65 }],
    // What the company needs is criticality's: its words keep the clause from being a letting floor.
    ['Raise $53M. Only sell sites others would rent that we do not rely on (0.6 and up).', { target_amount: 53e6 }],
  ],
  'the rent raised with the verb first, or "escalate at" a rate ("the buyer will raise the rent 2.5% a year")': [
    ['Raise $66M. The buyer will raise the rent 2.5% a year.', { target_amount: 66e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $66M, and escalate the rents 1.75% annually.', { target_amount: 66e6, economics: { rent_escalator: 0.0175 } }],
    ['Raise $66M. Landlords would bump our rent by 3% each year.', { target_amount: 66e6, economics: { rent_escalator: 0.03 } }],
    [
      'Exclude mortgaged sites, escalate at 2.75%, and raise $66M.',
      { target_amount: 66e6, exclude_mortgaged: true, economics: { rent_escalator: 0.0275 } },
    ],
    ['Raise $66M; rents should escalate by 2% a year.', { target_amount: 66e6, economics: { rent_escalator: 0.02 } }],
    // A rise with no year is no escalator, and another subject's costs escalating are not the rent's.
    ['Raise $66M. They might raise the rent 2% over our budget.', { target_amount: 66e6 }],
    ['Raise $66M. Construction costs escalate at 4% in this market.', { target_amount: 66e6 }],
  ],
  'an escalator key in percent ("escalator_pct: 2.5")': [
    ['target: 66000000\nescalator_pct: 2.5', { target_amount: 66e6, economics: { rent_escalator: 0.025 } }],
    ['target = 66000000\nrent_escalation_percent = 3', { target_amount: 66e6, economics: { rent_escalator: 0.03 } }],
    ['{"target": 66000000, "lease": {"escalator_pct": 1.5}}', { target_amount: 66e6, economics: { rent_escalator: 0.015 } }],
  ],
  'buildings leased back, or the company staying on as the tenant, for the years ("lease them back to us for 14 years")': [
    ['Raise $71M; the buyer will lease them back to us for 14 years.', { target_amount: 71e6, economics: { lease_term_years: 14 } }],
    ['Raise $71M and lease everything back for 18 years.', { target_amount: 71e6, economics: { lease_term_years: 18 } }],
    ['Raise $71M. Lease the plants back for ten years.', { target_amount: 71e6, economics: { lease_term_years: 10 } }],
    ['Raise $71M. We would stay on as the tenant for 16 years.', { target_amount: 71e6, economics: { lease_term_years: 16 } }],
    ['Raise $71M. We will remain the occupier for 12 years.', { target_amount: 71e6, economics: { lease_term_years: 12 } }],
    ['slb plan --target 71000000 --lease-term 19', { target_amount: 71e6, economics: { lease_term_years: 19 } }],
    // Staying on in the past is history, and is no term.
    ['Raise $71M. In Reno we stayed on as tenant for 12 years.', { target_amount: 71e6 }],
  ],
  'a rate on the gain with the words of whose rate it is ("a 26% blended federal and state rate on the gain")': [
    ['Raise $59M; assume a 26% blended federal and state rate on the gain.', { target_amount: 59e6, economics: { tax_rate: 0.26 } }],
    ['Raise $59M and use a 23% combined rate on any gain.', { target_amount: 59e6, economics: { tax_rate: 0.23 } }],
    ['Target: $59M\nRate on gain: 22%', { target_amount: 59e6, economics: { tax_rate: 0.22 } }],
    // A rate on anything but the gain is no tax rate.
    ['Raise $59M; lenders charge a 6% blended rate on the debt.', { target_amount: 59e6 }],
  ],
  'settings nested in sections of their own ({"run": {"covenants": {...}, "tax_rate": 0.24}})': [
    [
      '{"run": {"target": 93000000, "filters": {"max_criticality": 0.6}, "tax_rate": 0.24}}',
      { target_amount: 93e6, max_criticality: 0.6, economics: { tax_rate: 0.24 } },
    ],
    [
      '{"plan": {"target": 93000000, "lease": {"lease_term": "16 years"}, "basis": "IFRS 16"}}',
      { target_amount: 93e6, economics: { lease_term_years: 16, accounting_basis: 'ifrs16' } },
    ],
  ],
  'a scanned note\'s slips in the key words ("Leaseabi1ity >= 0.6", "lFRS 16", "2l%", "Lease terrn:")': [
    ['Proceeds: $84M\nLeaseabi1ity >= 0.65', { target_amount: 84e6, min_leaseability: 0.65 }],
    ['Proceeds: $84M\nMin 1easeability: 0.5', { target_amount: 84e6, min_leaseability: 0.5 }],
    ['Proceeds: $84M\nBasis: lFRS 16', { target_amount: 84e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Proceeds: $84M\nTax rate: 2l%', { target_amount: 84e6, economics: { tax_rate: 0.21 } }],
    ['Proceeds: $84M\nLease terrn: 12 years', { target_amount: 84e6, economics: { lease_term_years: 12 } }],
  ],
};

describeFamilies('reading the thirty-third round of scores and economics wording', FAMILIES);
