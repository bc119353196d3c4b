import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twentieth round of wording families for scores and covenant metrics in plain words: sites the business cannot
 * operate without, restated by a level in apposition; what may be sold named with its essential score held from
 * above; "more essential than" a level; how essential a site is, then what is refused, and the level "nothing above
 * that" points back to; how easy a building is to re-let held from below, the level after "scoring"; what a new owner
 * would struggle to let again; what earnings can pay of interest and rent, EBITDAR over the two; how much we owe
 * versus what we earn; net debt refused above a multiple of EBITDA; the new rent we would pay refused more; the
 * lease-adjusted formula "(net debt + 8x rent)/EBITDAR"; a figure joined to "times" by a hyphen; and levels the
 * brief sets aside itself (a suggestion the committee did not take, a table row marked superseded). Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'sites the business cannot operate without, the level in apposition ("skip sites we can\'t operate without, anything scoring over 0.75")':
    [
      [
        "Skip sites we can't operate without, anything scoring over 0.75 for criticality. Raise $75M.",
        { target_amount: 75e6, max_criticality: 0.75 },
      ],
      [
        "Exclude the buildings the business couldn't run without, anything rated above 0.6 on criticality. Raise $80M.",
        { target_amount: 80e6, max_criticality: 0.6 },
      ],
      [
        "Points:\n- Skip sites we can't operate without, anything scoring over 0.5 for criticality\n- Raise $240M",
        { target_amount: 240e6, max_criticality: 0.5 },
      ],
      // Without a level the words are read as critical sites ruled out; a level not refused, or something else the
      // business needs, sets no limit.
      ['Raise $60M. Avoid sites we cannot operate without.', { target_amount: 60e6, max_criticality: 0.7 }],
      ['Raise $50M, anything scoring over 0.6 for criticality can be sold.', { target_amount: 50e6 }],
      ["We can't operate without a decision by March. Raise $50M.", { target_amount: 50e6 }],
    ],
  'what may be sold named with its essential score held from above ("only sites with an essential-to-operations score of 0.75 or lower")': [
    ['Only sites with an essential-to-operations score of 0.75 or lower. Raise $60M.', { target_amount: 60e6, max_criticality: 0.75 }],
    ['Raise $70M from assets with a criticality score of at most 0.6.', { target_amount: 70e6, max_criticality: 0.6 }],
    ['$90M; only buildings with an importance score of 0.5 or less.', { target_amount: 90e6, max_criticality: 0.5 }],
    // A floor on how essential a site is limits nothing the spec holds.
    ['Only sites with an essential-to-operations score of 0.75 or higher. Raise $60M.', { target_amount: 60e6 }],
  ],
  '"more essential than" a level ruled out ("leave out anything rated more essential than 0.8 on the criticality scale")': [
    [
      'Leave out anything rated more essential than 0.8 on the criticality scale. The goal is $110M.',
      { target_amount: 110e6, max_criticality: 0.8 },
    ],
    ['Drop anything more important than 0.6 on the criticality scale. $45M.', { target_amount: 45e6, max_criticality: 0.6 }],
  ],
  'how essential a site is, then what is refused ("how essential a site is matters: nothing above 0.5")': [
    ['How essential a site is matters: nothing above 0.5. The goal is $25M.', { target_amount: 25e6, max_criticality: 0.5 }],
    ['Raise $40M. How critical each building is: nothing over 0.45.', { target_amount: 40e6, max_criticality: 0.45 }],
  ],
  'the level "nothing above that" points back to ("I first wrote 0.9 as the cut-off, but the COO wants 0.7: nothing rated above that")': [
    [
      'On how essential a site is, I first wrote 0.9 as the cut-off, but the COO wants 0.7: nothing rated above that. Raise $125M.',
      { target_amount: 125e6, max_criticality: 0.7 },
    ],
    [
      'On criticality, the draft said 0.8 but the board wants 0.6: nothing above that. Raise $100M.',
      { target_amount: 100e6, max_criticality: 0.6 },
    ],
    // A cut-off only written down, with nothing refused above it, is no limit.
    ['On how essential a site is, I first wrote 0.9 as the cut-off. Raise $100M.', { target_amount: 100e6 }],
  ],
  'how easy a building is to re-let, held from below ("how easy a building is to re-let should be 0.55 or better")': [
    ['How easy a building is to re-let should be 0.55 or better. Raise $75M.', { target_amount: 75e6, min_leaseability: 0.55 }],
    ['How easy the sites are to rent out: at least 0.6. Raise $90M.', { target_amount: 90e6, min_leaseability: 0.6 }],
  ],
  'easy to let again with its level after "scoring" or "rated" ("easy to re-let, scoring at least 0.55")': [
    [
      'Only buildings that would be easy to re-let, scoring at least 0.55. Target is $200M.',
      { target_amount: 200e6, min_leaseability: 0.55 },
    ],
    ['Raise $55M from properties easy to lease out, rated 0.6 or better.', { target_amount: 55e6, min_leaseability: 0.6 }],
    // Without a level the words keep their strong level.
    ['Raise $55M from properties easy to lease out.', { target_amount: 55e6, min_leaseability: 0.7 }],
  ],
  'what a new owner would struggle to let again, ruled out ("drop anything an investor would struggle to rent to someone else")': [
    [
      'Drop anything an investor would struggle to rent to someone else (below 0.75 on re-letting). Raise $100M.',
      { target_amount: 100e6, min_leaseability: 0.75 },
    ],
    ['Skip sites a buyer would find it hard to lease again (under 0.6). $70M.', { target_amount: 70e6, min_leaseability: 0.6 }],
    // Without a level, the strong level; one building described so rules nothing out.
    ['Exclude anything a new owner would have trouble re-letting. $70M.', { target_amount: 70e6, min_leaseability: 0.7 }],
    ['An investor would struggle to rent the Joliet plant to someone else. Raise $70M.', { target_amount: 70e6 }],
  ],
  'fixed-charge coverage as what earnings can pay ("our ability to pay interest and rent out of earnings", "EBITDAR over interest plus rent")':
    [
      [
        "Our ability to pay interest and rent out of earnings shouldn't drop below 1.5-times. Raise $45M.",
        { target_amount: 45e6, min_fixed_charge_coverage: 1.5 },
      ],
      [
        'The ability to cover rent plus interest from EBITDAR must stay above 1.8x. $90M.',
        { target_amount: 90e6, min_fixed_charge_coverage: 1.8 },
      ],
      ['Raise USD 50m; EBITDAR over interest plus rent of at least 2.25x.', { target_amount: 50e6, min_fixed_charge_coverage: 2.25 }],
      ['Earnings divided by rent and interest at least 1.9x. $90M.', { target_amount: 90e6, min_fixed_charge_coverage: 1.9 }],
      [
        'Interest and rent together must be covered 1.75 times or better. Raise $125M.',
        { target_amount: 125e6, min_fixed_charge_coverage: 1.75 },
      ],
      // Interest alone is another ratio.
      ['Our ability to pay interest was 3x last year. Raise $90M.', { target_amount: 90e6 }],
    ],
  'a figure joined to "times" by a hyphen ("covered 2-times or better")': [
    ['Fixed charges must be covered 2-times or better. $60M.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    ['Net leverage under 3-turns. $50M.', { target_amount: 50e6, max_net_leverage: 3 }],
  ],
  'net leverage as how much we owe versus what we earn ("how much we owe versus what we earn in a year must not pass 3.5x")': [
    ['The ask: $50M. How much we owe versus what we earn in a year must not pass 3.5x.', { target_amount: 50e6, max_net_leverage: 3.5 }],
    ['What we owe compared with what we make annually should stay under 3x. $75M.', { target_amount: 75e6, max_net_leverage: 3 }],
  ],
  'net debt refused above a multiple of EBITDA ("net debt can\'t be more than 3.5 times our annual EBITDA")': [
    ["Our bank deal says net debt can't be more than 3.5 times our annual EBITDA. $50M.", { target_amount: 50e6, max_net_leverage: 3.5 }],
    ["Total debt mustn't be higher than 4x our yearly earnings. $75M.", { target_amount: 75e6, max_net_leverage: 4 }],
    // Debt refused above an amount of money is no ratio.
    ["Net debt can't be more than $500M. Raise $75M.", { target_amount: 75e6 }],
  ],
  'the new rent we would pay, refused more ("the new rent we\'d be paying can\'t add more than $7.5m a year")': [
    ["The new rent we'd be paying can't add more than 7.5mm a year. Raise $100M.", { target_amount: 100e6, max_rent_added: 7.5e6 }],
    ["The added rent we'll be taking on can't add more than $5m a year. Raise $75M.", { target_amount: 75e6, max_rent_added: 5e6 }],
    ['New rent we would pay must not exceed $5m a year. Raise $75M.', { target_amount: 75e6, max_rent_added: 5e6 }],
  ],
  'lease-adjusted leverage as its formula ("(net debt + 8x rent)/EBITDAR capped at 4.75x")': [
    ['Need USD 250m. (net debt + 8x rent)/EBITDAR capped at 4.75x.', { target_amount: 250e6, max_lease_adjusted_leverage: 4.75 }],
    ['(debt + 8x rent) / EBITDAR no higher than 5x. Raise $75M.', { target_amount: 75e6, max_lease_adjusted_leverage: 5 }],
    ['Raise $75M; (total debt plus capitalised rent) over EBITDAR under 4.5x.', { target_amount: 75e6, max_lease_adjusted_leverage: 4.5 }],
  ],
  'levels the brief sets aside itself: a suggestion not taken, a table row marked superseded': [
    [
      'Discussion:\n- Kwame suggested FCCR at least 1.8x but the committee went with the figure below.\nAgreed:\n- Raise $390M\n- FCCR at least 1.75 times',
      { target_amount: 390e6, min_fixed_charge_coverage: 1.75 },
    ],
    [
      'Priya proposed criticality under 0.5, but the board settled on the number below.\n- Max criticality 0.7\n- Raise $90M',
      { target_amount: 90e6, max_criticality: 0.7 },
    ],
    [
      'Field | Value | Unit\nTarget | 125 | USD m\nMax lease-adj. leverage (v2, superseded) | 4.5 | x\nLease-adjusted leverage cap | 5x |',
      { target_amount: 125e6, max_lease_adjusted_leverage: 5 },
    ],
    ['Inputs:\nMax net leverage (superseded): 3x\nMax net leverage: 3.5x\nTarget: $80M', { target_amount: 80e6, max_net_leverage: 3.5 }],
    // A choice with its own level is a counter, and the level countered with is kept.
    ['Raise $90M. The lenders asked for 2.0x coverage, but we settled on 1.75x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.75 }],
  ],
};

describeFamilies('readBrief: scores and metrics in plain words (twentieth round)', FAMILIES);
