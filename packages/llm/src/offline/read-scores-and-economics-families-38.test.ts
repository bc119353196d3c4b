import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-eighth round of wording families for the scores and the lease economics: a score's comparative after what
 * is sold ("stay clear of any property more critical than 0.6", "sites harder to re-let than 0.35"); criticality named
 * by what it rates ("an essential-to-the-business score of 0.65 or less"); "that score" after words on how losing a
 * building would hurt ("some of these we can't run without, so nothing over 0.55 on that score"); leaseability as how
 * readily a building re-lets ("anything under 0.55 on how readily it re-lets"); a place of sale where someone else could
 * take the building over, with its level ("only where a new occupier could move in quickly, 0.65 or higher"); the set
 * that just squeezes past the ask, the nearest above it, just enough to reach it, and what the funding costs over the
 * whole lease weighed to be cheapest; a tax rate reported then the one to use ("the statutory tax rate is 21% but assume
 * 27%"), gains taxed at a fraction, and a chat's tax question answered under a time-stamped speaker; an escalator left
 * hanging then given ("rent escalator over... ok, say 1.75%"); an economics figure disowned in a bracket ("3% bumps
 * (withdrawn)") or called unrelated; and a term answered under a time-stamped speaker, agreed after a "Term:" label, or
 * left bare in a brief of fragments. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a score\'s comparative after what is sold ("stay clear of any property more critical than 0.6")': [
    ['Sell $70M. Stay clear of any property more critical than 0.6.', { target_amount: 70e6, max_criticality: 0.6 }],
    ['Sell $70M, but steer clear of sites harder to re-let than 0.35.', { target_amount: 70e6, min_leaseability: 0.35 }],
    ['Sell $70M from assets less critical than 0.5 only.', { target_amount: 70e6, max_criticality: 0.5 }],
    // Said of one building, a comparative limits nothing.
    ['Sell $70M. Our Chicago office is less critical than 0.3, oddly.', { target_amount: 70e6, include_markets: ['Chicago'] }],
  ],
  'criticality named by what it rates ("an essential-to-the-business score of 0.65 or less")': [
    ['Sell $70M. Sites with an essential-to-the-business score of 0.65 or less only.', { target_amount: 70e6, max_criticality: 0.65 }],
    ['Sell $70M; keep the operational-importance score at 0.5 or below.', { target_amount: 70e6, max_criticality: 0.5 }],
    // Without a score's word it names a team, not the score.
    ['Sell $70M. The mission-critical team in Ohio will review.', { target_amount: 70e6 }],
  ],
  '"that score" after words on how losing a building would hurt ("we can\'t run without, so nothing over 0.55 on that score")': [
    ["Sell $70M. Some of these we can't run without, so nothing over 0.55 on that score.", { target_amount: 70e6, max_criticality: 0.55 }],
    ['Sell $70M. A few sites would hurt badly to lose - none above 0.45 on this scale.', { target_amount: 70e6, max_criticality: 0.45 }],
  ],
  'leaseability as how readily a building re-lets ("anything under 0.55 on how readily it re-lets")': [
    ['Sell $70M and skip anything under 0.55 on how readily it re-lets.', { target_amount: 70e6, min_leaseability: 0.55 }],
    ['Sell $70M. Drop any site that is below 0.45 on how easily it lets out.', { target_amount: 70e6, min_leaseability: 0.45 }],
  ],
  'a place of sale where someone else could take the building over, with its level ("0.65 or higher")': [
    ['Sell $70M. Only where a new occupier could move in quickly, 0.65 or higher.', { target_amount: 70e6, min_leaseability: 0.65 }],
    ['Sell $70M, provided another company could take the place over (0.7 or better).', { target_amount: 70e6, min_leaseability: 0.7 }],
    // What the company depends on is criticality, and the clause without a level is too loose to read.
    ["Sell $70M. Only where we depend on another tenant's goodwill - 0.7 or better.", { target_amount: 70e6 }],
    ['Sell $70M. Only where another tenant could take the building over easily.', { target_amount: 70e6 }],
  ],
  'the set just past the ask, the nearest above it, just enough to reach it, the cost over the whole lease': [
    ['Target $70M; find the mix that just squeezes past it.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Target $70M: nearest above the target, please.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Target $70M - just enough to reach the target, nothing more.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    [
      'Target $70M. Compare what the funding costs over the whole lease term and take the cheapest.',
      { target_amount: 70e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A rent that creeps over a figure a year is a rent cap; just enough for a debt is no objective; a cost weighed
    // without asking for the cheapest asks for nothing.
    ['Target $70M. Rent barely creeps over $6M a year, which is fine.', { target_amount: 70e6, max_rent_added: 6e6 }],
    ['Target $70M, just enough to cover the bond repayment.', { target_amount: 70e6 }],
    ['Target $70M. Compare what the funding costs over the whole lease term.', { target_amount: 70e6 }],
    // Turned down beside another objective, the set just past the ask is not the objective.
    ['$90M. Lowest NPV cost rather than one that just scrapes over it.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'a tax rate reported then the one to use, gains taxed at a fraction, a chat tax answer under a stamped speaker': [
    ['Target $70M. The statutory tax rate is 21% but assume 27% on the gain.', { target_amount: 70e6, economics: { tax_rate: 0.27 } }],
    ['Target $70M. Tax on the gain: the blended rate runs at 24%, but model 26%.', { target_amount: 70e6, economics: { tax_rate: 0.26 } }],
    ['Target $70M; gains taxed at 0.22.', { target_amount: 70e6, economics: { tax_rate: 0.22 } }],
    [
      'Lu 10:02: what tax rate on the gain?\nMo (Tax) 10:04 AM: 0.23\nLu 10:05: and the target is $70M',
      { target_amount: 70e6, economics: { tax_rate: 0.23 } },
    ],
    [
      'Lu 10:02: what tax rate on the gain?\nMo (Tax) 10:04 AM: 23%\nLu 10:05: and the target is $70M',
      { target_amount: 70e6, economics: { tax_rate: 0.23 } },
    ],
    // A leverage used instead of another is no tax rate, nor is a multiple after "at".
    ['Target $70M with 26% tax. Leverage is 3.1x today but use 3.4x.', { target_amount: 70e6, economics: { tax_rate: 0.26 } }],
    ['Target $70M. Tax the gains at 0.6x leverage? No.', { target_amount: 70e6 }],
  ],
  'an escalator left hanging then given, a figure disowned in a bracket or called unrelated': [
    ['Target $70M; rent escalator over... ok, say 1.75%.', { target_amount: 70e6, economics: { rent_escalator: 0.0175 } }],
    [
      "Target $70M with 2% bumps. Last year's memo used 3% bumps (withdrawn).",
      { target_amount: 70e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      'Target $70M with 2% bumps. The old Austin lease went up 5%, which is unrelated.',
      { target_amount: 70e6, economics: { rent_escalator: 0.02 } },
    ],
    // Trailing off into flat rent is flat rent.
    ['Target $70M; no escalator... fine, flat it is.', { target_amount: 70e6, economics: { rent_escalator: 0 } }],
  ],
  'a term answered under a time-stamped speaker, agreed after a "Term:" label, or bare among fragments': [
    [
      'Lu 10:01: target is $70M\nMo 10:02: how long are the leases?\nLu (CFO) 10:03 AM: 14 yrs',
      { target_amount: 70e6, economics: { lease_term_years: 14 } },
    ],
    ['Target $70M.\nTerm: the investor agreed 21 years.', { target_amount: 70e6, economics: { lease_term_years: 21 } }],
    ['Offices only. $70M. 17 yrs.', { target_amount: 70e6, asset_types: ['office'], economics: { lease_term_years: 17 } }],
    // How long something is owned, a term not agreed, an exit horizon and a short span are no lease term.
    ['Lu 10:01: target is $70M\nMo 10:02: how long have we owned them?\nLu (CFO) 10:03 AM: 14 yrs', { target_amount: 70e6 }],
    ['Target $70M.\nLease term: we have not yet agreed 21 years.', { target_amount: 70e6 }],
    ['Offices only. $70M. Exit within 17 yrs.', { target_amount: 70e6, asset_types: ['office'] }],
    ['Offices only. $70M. 4 years.', { target_amount: 70e6, asset_types: ['office'] }],
  ],
};

describeFamilies('reading the scores and the lease economics (families 38)', FAMILIES);
