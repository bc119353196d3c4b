import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fifth round of wording families for the scores and the lease economics: criticality as a level on a scale
 * named by what operations cannot run without or would suffer from losing, kept out by "keep ... out" around it ("keep
 * every site above 0.7 on the 'we can't operate without it' measure out of the sale") or taking its name from the
 * sentence before ("The business can't operate without some sites; skip anything over 0.35 on that scale"), and as what
 * operations lean on or rely on with its level in brackets ("nothing that operations lean on heavily (above 0.5)");
 * leaseability as a replacement tenant moving in, or another tenant taking a building on "at" a level, as the letting
 * adjective "at" its level ("re-lettable at 0.6 or more"), and as an item ruled out under a level "on how re-lettable it
 * is"; the reporting basis named by its country ("we report under US rules"); an escalator asked about in a timed chat
 * log and answered by the next speaker; a term stated, then "make it N years" in a reply or the next sentence; and a
 * score chosen over a suggestion, named only in the topic sentence before ("The committee discussed criticality
 * thresholds. Dana suggested 0.7 but the committee went with 0.6"). Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "criticality on a scale named by what operations cannot do without, kept out or named before (\"keep ... above 0.7 on the 'we can't operate without it' measure out\")":
    [
      [
        "Raise $64M. Please keep any building rated over 0.55 on the 'we could not function without it' scale out of the deal.",
        { target_amount: 64e6, max_criticality: 0.55 },
      ],
      ["Raise $64M and keep everything above 0.6 on our can't-cope-without-it measure out.", { target_amount: 64e6, max_criticality: 0.6 }],
      [
        "Raise $64M. No site above 0.5 on the 'how much would the plants suffer if we sold it' score.",
        { target_amount: 64e6, max_criticality: 0.5 },
      ],
      [
        "Raise $64M. Please keep everything scoring above 0.65 on the 'what would hurt operations to lose' measure out of the sale.",
        { target_amount: 64e6, max_criticality: 0.65 },
      ],
      [
        "Raise $64M. Operations can't run without a few of our sites, so leave out anything that scores over 0.45 on that scale.",
        { target_amount: 64e6, max_criticality: 0.45 },
      ],
      // Kept in the deal, or a level only described: nothing is refused.
      ["Raise $64M. Keep anything above 0.6 on the 'can't-run-without-it' scale in the deal.", { target_amount: 64e6 }],
      ["Raise $64M. Our sites average 0.5 on the 'can't-operate-without-it' scale.", { target_amount: 64e6 }],
    ],
  'criticality as what operations lean on or rely on, its level in brackets ("nothing that operations lean on heavily (above 0.5)")': [
    ['Raise $64M. Sell nothing the business relies on heavily (over 0.55).', { target_amount: 64e6, max_criticality: 0.55 }],
    ['Raise $64M, and nothing our operations depend on a lot (above 0.4).', { target_amount: 64e6, max_criticality: 0.4 }],
    ['Raise $64M. Nothing we lean on (keep under 0.6).', { target_amount: 64e6, max_criticality: 0.6 }],
    // A share of volume named in brackets is no level of the score.
    ['Raise $64M. Operations lean on Dallas heavily (0.5 of volume).', { target_amount: 64e6, include_markets: ['Dallas'] }],
  ],
  'leaseability as a replacement tenant moving in, or another tenant taking a building on "at" its level ("another tenant could take on at 0.65 or better")':
    [
      [
        'Raise $64M from buildings a replacement occupier could move into easily - 0.6 minimum.',
        { target_amount: 64e6, min_leaseability: 0.6 },
      ],
      [
        'Raise $64M; only sites a successor tenant could take over quickly, at least 0.65.',
        { target_amount: 64e6, min_leaseability: 0.65 },
      ],
      ['Raise $64M from buildings any other company could occupy at 0.7 or better.', { target_amount: 64e6, min_leaseability: 0.7 }],
      // A figure after "at" that is no level held from below is left to its own reader.
      [
        'Raise $64M from buildings another tenant could take on at 2.5% bumps.',
        { target_amount: 64e6, economics: { rent_escalator: 0.025 } },
      ],
    ],
  'leaseability as the letting adjective "at" its level, or an item ruled out "on how re-lettable it is" ("re-lettable at 0.6 or more")': [
    ['Raise $64M. Sites leasable at 0.55 or higher only.', { target_amount: 64e6, min_leaseability: 0.55 }],
    ['Raise $64M. Only properties that are re-lettable at 0.7 or more.', { target_amount: 64e6, min_leaseability: 0.7 }],
    [
      'Raise $64M. Exclude mortgaged sites and anything below 0.65 on how easily it could be let again.',
      { target_amount: 64e6, exclude_mortgaged: true, min_leaseability: 0.65 },
    ],
    ['Raise $64M. Skip anything under 0.6 on how leasable it is.', { target_amount: 64e6, min_leaseability: 0.6 }],
    ['Raise $64M. Leave out anything under 0.6 on how re-lettable it is.', { target_amount: 64e6, min_leaseability: 0.6 }],
    // A level only described rules nothing out.
    ['Raise $64M. Our sites average 0.6 on how easily they could be let again.', { target_amount: 64e6 }],
  ],
  'the reporting basis named by its country ("we report under US rules")': [
    ['Raise $64M. Our books are kept under US accounting standards.', { target_amount: 64e6, economics: { accounting_basis: 'us_gaap' } }],
    ['Raise $64M. We report under the international rules.', { target_amount: 64e6, economics: { accounting_basis: 'ifrs16' } }],
    // Rules that are not the accounts' name no basis.
    ['Raise $64M. The buyer follows US rules on zoning.', { target_amount: 64e6 }],
  ],
  'an escalator asked about in a timed chat log and answered by the next speaker ("[10:03] maria: rent escalator buyers want? / [10:04] jon: 2.75%")':
    [
      [
        '[14:01] ana: target 64\n[14:02] ana: escalator the investors expect?\n[14:03] raj: 2.25%',
        { target_amount: 64e6, economics: { rent_escalator: 0.0225 } },
      ],
      ['ana: target 64m\nana: annual escalator?\nraj: 3%', { target_amount: 64e6, economics: { rent_escalator: 0.03 } }],
      // A question left open gives no escalator.
      ['[14:01] ana: target 64m\n[14:02] ana: escalator?\n[14:03] raj: not decided', { target_amount: 64e6 }],
    ],
  'a term stated, then "make it N years" in a reply or the next sentence ("> lease term 15 yrs / Julia: make it 12 years")': [
    ['Tom wrote:\n> target $64M, lease term 20 yrs\nAmy: make it 15 years.', { target_amount: 64e6, economics: { lease_term_years: 15 } }],
    ['Raise $64M. Lease term 20 yrs.\nAmy: make it 15 years.', { target_amount: 64e6, economics: { lease_term_years: 15 } }],
    ['Raise $64M on 18-year leases. Hmm, make it 16 years.', { target_amount: 64e6, economics: { lease_term_years: 16 } }],
    // Years said of another question are no new term.
    ['Raise $64M, lease term 20 years. The payback? Make it 7 years.', { target_amount: 64e6, economics: { lease_term_years: 20 } }],
  ],
  'a score chosen over a suggestion, named only in the topic sentence before ("The committee discussed criticality thresholds. Dana suggested 0.7 but ...")':
    [
      [
        'Raise $64M. The board talked about leaseability floors. Ravi proposed 0.75 but the board settled on 0.65.',
        { target_amount: 64e6, min_leaseability: 0.65 },
      ],
      [
        'Raise $64M. We discussed criticality at length. Sam recommended 0.5, but we chose 0.55.',
        { target_amount: 64e6, max_criticality: 0.55 },
      ],
      // A choice of years is no score's level.
      ['Raise $64M. We discussed criticality at length. Sam recommended 12 years but we chose 15.', { target_amount: 64e6 }],
    ],
};

describeFamilies('reading the scores and the lease economics (families 35)', FAMILIES);
