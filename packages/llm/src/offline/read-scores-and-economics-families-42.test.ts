import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-second round of wording families for the scores and the lease economics: leaseability named as how easily
 * someone else could take a building; criticality refused in a filing's words ("will not dispose of"), as unease, by a
 * rule's "may not", with someone else's rating, in an "Excluded ... are:" list, named as "that criticality thing", as
 * how hard it would be to operate without a building, or as a topic capped after by a pronoun; leaseability as what a
 * buyer would struggle to re-let or another landlord could take over, a second refusal after "nor", and a difficulty
 * given as the reason a type is ruled out (no level); the cheapest over the leases said as "as cheaply as possible",
 * "over those 15 years" or with "(NPV)", the answer kept to the minimum over target; scanned words, percentages and
 * terms; the gains on sale at a rate, a rate on the gains settled as a fraction, a figure recalled and disowned; an
 * escalator range then the figure used, a figure to model in brackets, leases taken at a rise, a row labelled with both;
 * thread answers to a choice of terms, under a chat export's name and time lines, and after a remark on an earlier term;
 * a past deal's term "over" its leases; a mail chain newest first by its reply marks; settings in a nested JSON section
 * or a Python dict. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'leaseability named as how easily someone else could take a building': [
    ['Raise $80M. At least 0.65 on how easily someone else could take the site.', { target_amount: 80e6, min_leaseability: 0.65 }],
    ['Raise $80M. How easily a new tenant could take it: 0.7 or better.', { target_amount: 80e6, min_leaseability: 0.7 }],
    [
      'Raise $80M; nothing under 0.55 on how easily somebody else could take the building.',
      { target_amount: 80e6, min_leaseability: 0.55 },
    ],
    // The name alone, with no level, asks for nothing.
    ['Raise $80M. How easily someone else could take it is the buyer question.', { target_amount: 80e6 }],
  ],
  'criticality refused in a filing\'s words ("will not dispose of"), or as unease': [
    ['The Company seeks USD 80m and shall not dispose of any mission-critical facility.', { target_amount: 80e6, max_criticality: 0.7 }],
    ["Raise $80M. We're not comfortable with anything mission-critical being sold.", { target_amount: 80e6, max_criticality: 0.7 }],
    // A disposal in the past, and unease about something else, refuse nothing critical.
    ['Raise $80M. In 2019 we disposed of a mission-critical plant.', { target_amount: 80e6 }],
    ["Raise $80M. We're not comfortable with the timing; the critical path is the board.", { target_amount: 80e6 }],
  ],
  'criticality with someone else\'s rating, a rule\'s "may not", a list after "Excluded ... are:"': [
    ["Raise $80M. Don't touch anything the site leads rate above 0.55 on criticality.", { target_amount: 80e6, max_criticality: 0.55 }],
    ['Raise $80M. Avoid anything the plant managers score over 0.6 for criticality.', { target_amount: 80e6, max_criticality: 0.6 }],
    ['Raise $80M. The program may not include anything rated more critical than 0.65.', { target_amount: 80e6, max_criticality: 0.65 }],
    [
      'Raise $80M. Excluded from the sale are: anything under dispute; and any property whose criticality score exceeds 0.55.',
      { target_amount: 80e6, max_criticality: 0.55 },
    ],
    ['Raise $80M. Exclude sites critical over 0.4.', { target_amount: 80e6, max_criticality: 0.4 }],
    // A rating only reported keeps nothing out.
    ['Raise $80M. The site leads rate Dayton above 0.8 on criticality.', { target_amount: 80e6 }],
    // An order that keeps out another item first still reads both.
    [
      'Raise $80M. Leave out anything carrying a mortgage and anything rated above 0.6 on criticality.',
      { target_amount: 80e6, exclude_mortgaged: true, max_criticality: 0.6 },
    ],
  ],
  'criticality named loosely: "that criticality thing", how hard it would be to operate without it, a topic capped by a pronoun': [
    ['Raise $80M, and keep it to 0.45 or lower on that criticality thing.', { target_amount: 80e6, max_criticality: 0.45 }],
    ['Raise $80M. Nothing above 0.6 for how hard it would be to run without it.', { target_amount: 80e6, max_criticality: 0.6 }],
    ["Raise $80M. The criticality scores - we'd cap them at 0.55.", { target_amount: 80e6, max_criticality: 0.55 }],
    ['Raise $80M. Leaseability: I would set a floor on it at 0.65.', { target_amount: 80e6, min_leaseability: 0.65 }],
    // A floor on criticality is no limit the spec has; how hard a named site would be to run without says nothing.
    ["Raise $80M. The criticality scores, we'd floor them at 0.3.", { target_amount: 80e6 }],
    ['Raise $80M. How hard it would be to operate without the new software is unclear.', { target_amount: 80e6 }],
  ],
  'leaseability as what a buyer would struggle to re-let, another landlord taking over, a second refusal after "nor"': [
    ['Raise $80M. Nothing that a buyer would struggle to re-let, 0.65 is our minimum.', { target_amount: 80e6, min_leaseability: 0.65 }],
    ['Raise $80M. Another landlord should be able to take these over easily, 0.6 minimum.', { target_amount: 80e6, min_leaseability: 0.6 }],
    [
      'Raise $80M. The sale may not include anything rated more critical than 0.6, nor any site rated below 0.55 on leaseability.',
      { target_amount: 80e6, max_criticality: 0.6, min_leaseability: 0.55 },
    ],
    // "Nothing" before another item is that item's: the mortgage is ruled out, and the level is the letting clause's.
    [
      'Raise $80M with nothing mortgaged and only buildings another tenant could lease easily (0.65+).',
      { target_amount: 80e6, exclude_mortgaged: true, min_leaseability: 0.65 },
    ],
    // The struggle alone keeps the word's own level; a landlord taking a named site is no floor.
    ['Raise $80M. Nothing a buyer would struggle to re-let.', { target_amount: 80e6, min_leaseability: 0.5 }],
    ['Raise $80M. Another landlord could take the Tempe site, 0.6 minimum.', { target_amount: 80e6 }],
  ],
  'a difficulty in letting given as the reason a type is ruled out sets no level': [
    [
      "Raise $80M. Labs are out, they're too hard to re-let.",
      { target_amount: 80e6, asset_types: ['office', 'distribution_center', 'warehouse', 'manufacturing', 'data_center', 'retail'] },
    ],
    // A difficulty said of what is sold, with a level, is still a floor.
    ['Raise $80M. Nothing hard to re-let (under 0.6).', { target_amount: 80e6, min_leaseability: 0.6 }],
  ],
  'the cheapest over the leases said as "as cheaply as possible", "over those 15 years", "(NPV)"; the minimum over target': [
    ['Raise $80M, as cheaply as possible over the life of the leases.', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Raise $80M. Pick the option that costs us least over those 20 years.',
      { target_amount: 80e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Raise $80M, cheapest over the leases (NPV).', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $80M. Hold the sale to the minimum over target.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    // Cheaply said of one thing, a site cheapest over some years, and costs kept low are no objective.
    ['Raise $80M. We want to exit the Tulsa lease as cheaply as possible.', { target_amount: 80e6 }],
    ['Raise $80M. Tulsa was the cheapest site over those 15 years.', { target_amount: 80e6 }],
    ['Raise $80M. Keep costs to the minimum.', { target_amount: 80e6 }],
  ],
  'scanned words, percentages and terms ("1owest", "sma11est", "annua1", "2.O%", "lO-year", "l.5%")': [
    ['Raise $80M. 1owest 1ong-run cost p1ease.', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $80M. The sma11est overshoot above target.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    [
      'Raise $80M. Leases 2O years, 2.O% annua1 escalation.',
      { target_amount: 80e6, economics: { lease_term_years: 20, rent_escalator: 0.02 } },
    ],
    [
      'Raise $80M. Use lO-year leases and l.5% annual rent escalation.',
      { target_amount: 80e6, economics: { lease_term_years: 10, rent_escalator: 0.015 } },
    ],
    // Codes and figures with ones and zeros are left as written.
    ['Raise $80M. Exclude DAL-01; FY11 was the 1st year.', { target_amount: 80e6, exclude_asset_ids: ['DAL-01'] }],
  ],
  'the gains on sale at a rate, a rate on the gains settled as a fraction, a figure recalled and disowned': [
    ['Raise $80M. Gains on sale at 24%.', { target_amount: 80e6, economics: { tax_rate: 0.24 } }],
    ['Raise $80M. The effective rate on gains is about a fifth, so use 0.2.', { target_amount: 80e6, economics: { tax_rate: 0.2 } }],
    [
      'Raise $80M. Yesterday we said 30% for the gain; that was the old rate. Please use 23% for the base model.',
      { target_amount: 80e6, economics: { tax_rate: 0.23 } },
    ],
    // Gains on sale as a share of revenue are no tax rate; a figure recalled and confirmed stands.
    ['Raise $80M. Gains on sale were 12% of revenue last year.', { target_amount: 80e6 }],
    ['Raise $80M. Earlier we said 22% for the gain; that was the right rate.', { target_amount: 80e6, economics: { tax_rate: 0.22 } }],
  ],
  'an escalator range then the figure used, a figure to model in brackets, leases at a rise, a row labelled with both': [
    ['Raise $80M. Escalators run 2 to 3%; use 2.25%.', { target_amount: 80e6, economics: { rent_escalator: 0.0225 } }],
    ['Raise $80M. Index-linked rent increases (model at 1.75%).', { target_amount: 80e6, economics: { rent_escalator: 0.0175 } }],
    ['Raise $80M over 18y leases at 2%.', { target_amount: 80e6, economics: { lease_term_years: 18, rent_escalator: 0.02 } }],
    ['Target: $80M\nTerm / escalator: 15y / 1.5%', { target_amount: 80e6, economics: { lease_term_years: 15, rent_escalator: 0.015 } }],
    // A range alone, cost increases, and a buyer's yield at a percentage are no escalator.
    ['Raise $80M. Escalators of 2-3% are common.', { target_amount: 80e6 }],
    ['Raise $80M. Cost increases (model at 5%) are a risk.', { target_amount: 80e6 }],
    ['Raise $80M. Buyers bid 15-year leases at 6.5% cap rates.', { target_amount: 80e6, economics: { lease_term_years: 15 } }],
  ],
  "thread answers to a choice of terms, under a chat export's name and time lines, after a remark on an earlier term": [
    [
      'Ana: target $80M\nAna: leases 12 or 15?\nBo: 12, flat rent',
      { target_amount: 80e6, economics: { lease_term_years: 12, rent_escalator: 0 } },
    ],
    ['Ana: $80M\n@ana: lease term?\n@bo: 18y', { target_amount: 80e6, economics: { lease_term_years: 18 } }],
    [
      'Ann Lee\n10:02 AM\nTarget is $80M.\n\nBo Park\n10:04 AM\nescalators?\n\nAnn Lee\n10:05 AM\n2.25%',
      { target_amount: 80e6, economics: { rent_escalator: 0.0225 } },
    ],
    [
      'ANA: Target $80M.\nBO: And the lease term - the last model used ten years.\nANA: Go with twenty.',
      { target_amount: 80e6, economics: { lease_term_years: 20 } },
    ],
    // An answer choosing something other than years, and a loan's tenor, are no lease term.
    ['Ana: $80M. Lease term is still open.\nBo: take 3 sites first.', { target_amount: 80e6 }],
    ['Ana: $80M. Loan 5 or 7?\nBo: 7', { target_amount: 80e6 }],
  ],
  'a past deal\'s term "over" its leases, a mail chain newest first by its reply marks': [
    ['Raise $80M. For context, the 2020 program raised $55M over 10-year leases.', { target_amount: 80e6 }],
    [
      'From: Ana\nSent: Monday 9:10 AM\nSubject: RE: SLB inputs\nEscalator 2.5%, please.\nFrom: Bo\nSent: Monday 8:00 AM\nSubject: SLB inputs\nTarget $80M, escalator 3%.',
      { target_amount: 80e6, economics: { rent_escalator: 0.025 } },
    ],
    // The leases of the program asked for, "over" them, are its term.
    ['Raise $80M over 15-year leases.', { target_amount: 80e6, economics: { lease_term_years: 15 } }],
  ],
  'settings in a nested JSON section or a Python dict': [
    [
      '{\n  "ask": "USD 80m",\n  "terms": {"lease_term_years": 16, "tax_rate": "23%"}\n}',
      { target_amount: 80e6, economics: { lease_term_years: 16, tax_rate: 0.23 } },
    ],
    [
      "cfg = {\n  'target_usd': 80_000_000,\n  'max_criticality': 0.45,\n  'min_leaseability': 0.6,\n}",
      { target_amount: 80e6, max_criticality: 0.45, min_leaseability: 0.6 },
    ],
    // A section's other settings are not the scores'.
    ['{\n  "ask": "USD 80m",\n  "notes": {"comment": "criticality reviewed"}\n}', { target_amount: 80e6 }],
  ],
};

describeFamilies('offline brief reader: scores and economics wording families, round 42', FAMILIES);
