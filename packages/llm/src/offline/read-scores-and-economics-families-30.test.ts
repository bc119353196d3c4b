import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirtieth round of wording families for the scores and the lease economics: an escalator asked about in a chat and
 * answered on the next line by the figure alone ("what bumps do the investors want? / 2.5% a year", "buyers want 2"),
 * with or without the question mark; an escalator the buyers "price" leases off or with; a deal done before, whose term
 * or escalator is background ("our previous sale-leaseback had 15-year leases", "a deal in 2017 with 3% bumps"); a term
 * mentioned by someone else and then another decided on ("our advisers raised 12-year leases, but leadership chose
 * 16"); flat rent refused as what buyers "won't accept"; and leaseability said as who could step straight in or
 * re-let, with its level after "we'd want" or "set that bar at"; and criticality as what is "not central to operations",
 * with its level in brackets. Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'an escalator asked about in a chat and answered by the figure alone ("what bumps do the investors want? / 2.5% a year")': [
    [
      'Mia: what bumps do the investors want?\nOwen: 2.5% a year\nMia: and the raise?\nOwen: $48M',
      { target_amount: 48e6, economics: { rent_escalator: 0.025 } },
    ],
    [
      'Lee: which annual escalator should we model?\nKai: 1.5%\nLee: size?\nKai: 72M',
      { target_amount: 72e6, economics: { rent_escalator: 0.015 } },
    ],
    [
      'Jo: what rent increase are we assuming\nSam: investors want 2\nJo: and the raise?\nSam: $55M',
      { target_amount: 55e6, economics: { rent_escalator: 0.02 } },
    ],
    // A question on another figure answered with a percentage names no escalator.
    ['Jo: what share of any one market is ok?\nSam: 2%\nJo: raise?\nSam: $55M', { target_amount: 55e6, max_market_share: 0.02 }],
  ],
  'an escalator the buyers "price" leases off or with ("buyers price these off 2% escalators")': [
    ['Buyers will price the leases with 2.25% annual bumps. Raise $64M.', { target_amount: 64e6, economics: { rent_escalator: 0.0225 } }],
    [
      'The investors price everything off 3% escalators, so reflect that. Raise $64M.',
      { target_amount: 64e6, economics: { rent_escalator: 0.03 } },
    ],
    // A price's own rise is no rent's.
    ['Raise $64M; a 4% price increase on materials is expected.', { target_amount: 64e6 }],
  ],
  'a past deal\'s term or escalator as background ("our previous sale-leaseback had 15-year leases")': [
    [
      'Raise $52M on 20-year leases. Our previous sale-leaseback had 15-year leases; ignore that.',
      { target_amount: 52e6, economics: { lease_term_years: 20 } },
    ],
    [
      'Raise $52M with flat rents. We did a deal in 2017 with 3% bumps and regretted it.',
      { target_amount: 52e6, economics: { rent_escalator: 0 } },
    ],
    [
      'Raise $52M, 2% escalators. The last SLB carried 2.5% escalators, which was too rich.',
      { target_amount: 52e6, economics: { rent_escalator: 0.02 } },
    ],
    // A term said of the new program beside a past deal's name is still asked for.
    ['Raise $52M. Same as our last SLB: 25-year terms.', { target_amount: 52e6, economics: { lease_term_years: 25 } }],
  ],
  'a term mentioned by someone else and then another decided on ("raised 12-year leases, but leadership chose 16")': [
    [
      'Raise $66M. Our advisers raised 12-year leases, but leadership chose 16.',
      { target_amount: 66e6, economics: { lease_term_years: 16 } },
    ],
    [
      'Raise $66M. The regional team mentioned 10-year terms in their memo, but management decided on 14 years.',
      { target_amount: 66e6, economics: { lease_term_years: 14 } },
    ],
  ],
  'flat rent refused as what buyers "won\'t accept" ("use 2% bumps (buyers won\'t accept flat rent)")': [
    [
      'Raise $47M and use 1.5% escalators (investors will not accept flat rent).',
      { target_amount: 47e6, economics: { rent_escalator: 0.015 } },
    ],
    ["Raise $47M with 2% bumps; the fund wouldn't take flat rents.", { target_amount: 47e6, economics: { rent_escalator: 0.02 } }],
    // Flat rent asked for outright stays flat.
    ['Raise $47M with flat rent.', { target_amount: 47e6, economics: { rent_escalator: 0 } }],
  ],
  'leaseability as who could step in or re-let, with its level after "we\'d want" or "set that bar at"': [
    ['Raise $58M from sites another firm could step straight into, 0.7 or better.', { target_amount: 58e6, min_leaseability: 0.7 }],
    [
      'Raise $58M, only from buildings another business could re-let easily; set the bar at 0.55.',
      { target_amount: 58e6, min_leaseability: 0.55 },
    ],
    [
      'Raise $58M from buildings someone else could lease easily (we would want 0.6 or more on that score).',
      { target_amount: 58e6, min_leaseability: 0.6 },
    ],
    // Stepping into one named building asks for no level.
    ['Raise $58M. Another firm could step straight into the Fontana warehouse.', { target_amount: 58e6 }],
  ],
  'criticality as what is not central to operations, with its level in brackets ("sites that aren\'t central to operations (0.4 or less)")':
    [
      ['Raise $44M, only from sites that are not central to operations (0.45 or less).', { target_amount: 44e6, max_criticality: 0.45 }],
      ["Raise $44M from buildings that aren't core to the business (0.5 or under).", { target_amount: 44e6, max_criticality: 0.5 }],
      // One building said not to be central, without a level, limits nothing.
      ["Raise $44M. The Fontana warehouse isn't central to operations.", { target_amount: 44e6 }],
    ],
};

describeFamilies('reading scores and lease economics: thirtieth round of wording families', FAMILIES);
