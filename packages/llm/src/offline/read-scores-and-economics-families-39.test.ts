import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-ninth round of wording families for the scores and the lease economics: criticality named as the question it
 * answers ("over 0.65 on 'how critical is it'"), leaseability as the ease of re-letting, "that score" after words on
 * another company moving in, a bare ceiling or floor after the words it limits, a level before the leasable word, a
 * building ruled out when its score passes a level, a score compared by a sign before the word that rules it out; chat
 * lines stamped with a weekday or with the time after the name, settings keyed under an object's name, a slashed header
 * over its row, scanned lease lengths; a bare term label, years set against the rent rise, softened or held rises, a
 * figure disowned after a dash, money refused by its smallest coin, the cheapest long-run capital, the cheapest among the
 * sets that reach the ask, and the least proceeds over a figure. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'criticality named as the question it answers ("over 0.65 on \'how critical is it\'")': [
    ['Sell $80M; whatever rates above 0.65 on "how critical is it" is not for sale.', { target_amount: 80e6, max_criticality: 0.65 }],
    ['Sell $80M and hold it at 0.5 on this how-important-is-it scale.', { target_amount: 80e6, max_criticality: 0.5 }],
    ["Sell $80M, 0.45 or less on our 'how vital is it' rating.", { target_amount: 80e6, max_criticality: 0.45 }],
    // The question asked of something else names no score.
    ['Sell $80M. We asked the plant how critical is it to keep the line running.', { target_amount: 80e6 }],
  ],
  'leaseability named as the ease of re-letting ("0.7+ on ease of re-letting")': [
    ['Sell $80M from sites at 0.7+ on ease of re-letting.', { target_amount: 80e6, min_leaseability: 0.7 }],
    ['Sell $80M from sites at 0.6 or better on how easy it is to re-lease.', { target_amount: 80e6, min_leaseability: 0.6 }],
    // Ease of re-letting without a level asks for nothing.
    ['Sell $80M; the buyers care about ease of re-letting.', { target_amount: 80e6 }],
  ],
  '"that score" after words on another company moving in ("0.6 at least on that score")': [
    [
      'Sell $80M. Only buildings a new firm could move into quickly, 0.6 at least on that score.',
      { target_amount: 80e6, min_leaseability: 0.6 },
    ],
    [
      'Sell $80M - if another operator could take over the site, at least 0.65 on this scale.',
      { target_amount: 80e6, min_leaseability: 0.65 },
    ],
    // What the business depends on makes it the other score, which this wording leaves alone.
    ['Sell $80M. Another firm could move in, but we depend on it: at least 0.6 on that score.', { target_amount: 80e6 }],
  ],
  'a bare ceiling or floor after the words it limits ("least critical sites, a ceiling of 0.35")': [
    ['Raise $80M from the least critical sites, a ceiling of 0.35.', { target_amount: 80e6, max_criticality: 0.35 }],
    ['Raise $80M from easily re-lettable stock, with a floor of 0.65.', { target_amount: 80e6, min_leaseability: 0.65 }],
    // A floor after critical words is no score's, nor is a ceiling in another sentence.
    ['Raise $80M from the least critical sites, a floor of 0.35.', { target_amount: 80e6 }],
    ['Raise $80M from critical sites. A ceiling of 0.35 applies elsewhere.', { target_amount: 80e6 }],
  ],
  'a level before the leasable word ("nothing under 0.6 lettable")': [
    ['Raise $80M, nothing under 0.6 lettable.', { target_amount: 80e6, min_leaseability: 0.6 }],
    ['Raise $80M with no sites below 0.55 re-leasable.', { target_amount: 80e6, min_leaseability: 0.55 }],
  ],
  'a building ruled out when its score passes a level ("a site is out if its criticality is above 0.6")': [
    ['Raise $80M. A site is out if its criticality is above 0.6.', { target_amount: 80e6, max_criticality: 0.6 }],
    [
      'Raise $80M; any property goes off the table when its leaseability falls below 0.45.',
      { target_amount: 80e6, min_leaseability: 0.45 },
    ],
  ],
  'a score compared by a sign before the word that rules it out ("leaseability < 0.5 out")': [
    ['Raise $80M. Leaseability < 0.5 out.', { target_amount: 80e6, min_leaseability: 0.5 }],
    ['Raise $80M. Sites w/ criticality > .6 excluded.', { target_amount: 80e6, max_criticality: 0.6 }],
  ],
  'chat lines stamped with a weekday or with the time after the name': [
    [
      'Wed 9:02 AM Bo: ask?\nWed 9:03 AM Cy: $95M\nWed 9:05 AM Bo: tax?\nWed 9:06 AM Cy: 23%',
      { target_amount: 95e6, economics: { tax_rate: 0.23 } },
    ],
    ['Bo 09:02 — target?\nCy 09:03 — $95M\nBo 09:04 — leaseability?\nCy 09:05 — 0.6 floor', { target_amount: 95e6, min_leaseability: 0.6 }],
  ],
  'a setting keyed under an object\'s name ("deal.tax = 0.25")': [
    ['deal.target = 95_000_000\ndeal.tax = 0.25   # blended', { target_amount: 95e6, economics: { tax_rate: 0.25 } }],
  ],
  'a slashed header over one row of as many values ("Target/Min/Tax" over "$90M/$80M/24%")': [
    ['Target/Min/Tax\n$90M/$80M/24%', { target_amount: 90e6, floor_amount: 80e6, economics: { tax_rate: 0.24 } }],
    // Rows of different lengths are no header and its row.
    ['Target/Min/Tax\n$90M/$80M\nTax 24%', { target_amount: 90e6, economics: { tax_rate: 0.24 } }],
  ],
  'a scanned lease length or key word ("Lease 2O yrs", "Ieaseability")': [
    ['SCAN: Amt $90M - Lease 2O yrs', { target_amount: 90e6, economics: { lease_term_years: 20 } }],
    ['SCAN: Amt $90M - Lease 1S years', { target_amount: 90e6, economics: { lease_term_years: 15 } }],
    ['SCAN: Amt $90M - criticaIity max 0.5', { target_amount: 90e6, max_criticality: 0.5 }],
  ],
  'a bare term label, years set against the rent rise, softened or held rises, a figure disowned after a dash': [
    ['Raise $90M. Bumps 2%, term 12.', { target_amount: 90e6, economics: { rent_escalator: 0.02, lease_term_years: 12 } }],
    ['Raise $90M; we want 18 years at 2.5%.', { target_amount: 90e6, economics: { lease_term_years: 18, rent_escalator: 0.025 } }],
    ['Raise $90M with rent rising only 1.5% a year.', { target_amount: 90e6, economics: { rent_escalator: 0.015 } }],
    ['Raise $90M; annual rent bumps held at 2.25%.', { target_amount: 90e6, economics: { rent_escalator: 0.0225 } }],
    ['Raise $90M; escalator 2%. (An old deal had 4% bumps - ignore it.)', { target_amount: 90e6, economics: { rent_escalator: 0.02 } }],
    // A contract's second term is no lease, nor is a payback term; a dash's "ignore" outside a bracket is left alone.
    ['Raise $90M before term 2.', { target_amount: 90e6 }],
    ['Raise $90M. Payback term 9.', { target_amount: 90e6 }],
  ],
  'money refused by its smallest coin, the cheapest long-run capital, the least proceeds over a figure': [
    ['Raise $90M and not a penny more than $8M of new rent a year.', { target_amount: 90e6, max_rent_added: 8e6 }],
    ['Raise $90M at the cheapest long-term funding.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['We want the smallest proceeds over $90M.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    // Not a cent more than what the plan needs is no cap on rent.
    ['Raise $90M and not a cent more than the plan needs.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
  ],
};

describeFamilies('offline brief reader: scores and economics wording families, round 39', FAMILIES);
