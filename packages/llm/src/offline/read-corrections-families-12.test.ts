import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twelfth round of wording families: figures a brief corrects or replaces, figures stated beside the ask that are
 * no part of it, objectives stated in working words, and assets excluded by description. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a correction with its reason between the figures ("USD 220 mio - correction, after the call it is USD 240 mio")': [
    ['Raise $130M - correction, after speaking to the treasurer it is $150M.', { target_amount: 150e6 }],
    ['The ask is $75M; correction: following the board meeting we need $85M.', { target_amount: 85e6 }],
    ['Net leverage 3.25x - correction, per the credit agreement it is 3.5x. Raise $60M.', { target_amount: 60e6, max_net_leverage: 3.5 }],
    // A correction of another kind of figure takes nothing back.
    ['Raise $130M - correction, net leverage must stay under 3.5x.', { target_amount: 130e6, max_net_leverage: 3.5 }],
  ],
  'an edit line owning up to an error, under the figure it corrects ("EDIT: sorry, I mixed it up ... the limit is 3,5x")': [
    [
      'Raise $90M. Net leverage at most 3x.\nEDIT: sorry, that was the old facility - the limit is 3.75x.',
      { target_amount: 90e6, max_net_leverage: 3.75 },
    ],
    [
      'Raise $80M, leases of 20 years.\nCorrection: my mistake, 15-year leases.',
      { target_amount: 80e6, economics: { lease_term_years: 15 } },
    ],
    ['Target $120M.\nEdit: I mixed up the two programs, the target is $140M.', { target_amount: 140e6 }],
    // An edit that adds something owns up to no error.
    [
      'Raise $90M. Net leverage at most 3x.\nEDIT: also exclude Phoenix.',
      { target_amount: 90e6, max_net_leverage: 3, exclude_markets: ['Phoenix'] },
    ],
  ],
  'a figure asked for and refused ("Tom asked whether we can stretch to $350M. The answer: no, hold it at $290M")': [
    ['Priya asked if we could go to $200M. The CFO said no; keep it at $160M.', { target_amount: 160e6 }],
    ["Legal asked whether we can stretch to $90M. The board's answer was no, hold it at $70M.", { target_amount: 70e6 }],
    ['Sam wondered if $400M was possible? No. Raise $320M.', { target_amount: 320e6 }],
    // A question answered yes leaves its figure standing.
    ['Priya asked if we could go to $200M. Yes, go ahead.', { target_amount: 200e6 }],
  ],
  'a figure as a question answered no ("$2.0bn? No. ... $800M is the number")': [
    ['$1.5bn? No. We only need $600M.', { target_amount: 600e6 }],
    ['$300M? No, that is too much. $240M is the number.', { target_amount: 240e6 }],
    ['Could it be $90M? No - raise $75M.', { target_amount: 75e6 }],
    // "no problem" is no refusal.
    ['Raise $90M? No problem, go ahead.', { target_amount: 90e6 }],
  ],
  'a first figure replaced by a later one ("Initial thought was $650M; after the IC call it\'s $600M")': [
    ['Initial thought was $300M; after the board call it is $280M.', { target_amount: 280e6 }],
    ['The original ask was $90M, but the treasurer now wants $110M.', { target_amount: 110e6 }],
    ['They rejected our first number ($150M); they want $175M.', { target_amount: 175e6 }],
    // A first figure with none after it stands.
    ['Initial thought was $120M and nobody objected. Exclude Dallas.', { target_amount: 120e6, exclude_markets: ['Dallas'] }],
  ],
  'an earlier draft\'s figure in brackets ("Target: $390,000,000 (draft 2 said $420,000,000)")': [
    ['Target: $95M (draft 1 said $110M)', { target_amount: 95e6 }],
    ['Raise $150M (the previous version had $170M). Leases of 15 years.', { target_amount: 150e6, economics: { lease_term_years: 15 } }],
    ['Net leverage at most 3.5x (v2 was 3.25x). Raise $60M.', { target_amount: 60e6, max_net_leverage: 3.5 }],
  ],
  'a figure set aside by "rather than" ("$180 million rather than the $250 million in last week\'s deck")': [
    ['The board wants $120 million rather than the $150 million in the first memo.', { target_amount: 120e6 }],
    ['Raise $75M rather than $90M.', { target_amount: 75e6 }],
    ['We now need $60M rather than the $45M from our last call. Exclude Newark.', { target_amount: 60e6, exclude_markets: ['Newark'] }],
  ],
  'a bound\'s word taken back ("the additional rent must be minimum... no, maximum 9 mio per year")': [
    ['Raise $80M; new rent must be minimum... no, maximum $6M per year.', { target_amount: 80e6, max_rent_added: 6e6 }],
    ['Raise $70M. Added rent at least, sorry, at most $5M a year.', { target_amount: 70e6, max_rent_added: 5e6 }],
    ['Raise $90M, criticality max - no, min... I mean max 0.6.', { target_amount: 90e6, max_criticality: 0.6 }],
  ],
  'figures beside the ask that are no part of it (a past deal in brackets, a mortgage balance, what is paid today)': [
    ['The raise is twice the 2020 deal (which was 45 mio), so $90M.', { target_amount: 90e6 }],
    [
      'Raise $200M. Keep the Tempe office out; the mortgage there is $40M and the lender will not release it.',
      { target_amount: 200e6, exclude_asset_ids: ['PHX-03'] },
    ],
    [
      'Raise $60M with at most $4M of new rent (today we pay about $25M rent on the leased sites).',
      { target_amount: 60e6, max_rent_added: 4e6 },
    ],
    // A bracket that states the ask's own figure is read.
    ['Raise $60M (that is the board-approved number).', { target_amount: 60e6 }],
  ],
  'terms of another deal, disowned ("... were the terms in the 2019 financing, not for this program")': [
    [
      'A 3% escalator and 25-year leases were the terms of the Dallas deal in 2018, not for this program. Raise $90M.',
      { target_amount: 90e6 },
    ],
    [
      'Leases of 20 years were used in the 2021 sale, not for this deal. We want 12-year leases and $70M.',
      { target_amount: 70e6, economics: { lease_term_years: 12 } },
    ],
    // Words alone, with no figure before them, disown nothing.
    ['Mortgaged assets may come up later, not for this run. Raise $80M.', { target_amount: 80e6 }],
  ],
  'selling no more than needed in working words ("fewest dollars over the number", "the smallest amount that reaches it")': [
    ['Raise $140M, with the fewest dollars over the target.', { target_amount: 140e6, economics: { objective: 'min_proceeds' } }],
    ['Target $90M. Sell the smallest amount possible that reaches it.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Pick the smallest package that gets us to $75M.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    [
      'Raise $120M so that the sale exceeds the target by the least possible amount.',
      { target_amount: 120e6, economics: { objective: 'min_proceeds' } },
    ],
    // Most proceeds is no objective the planner knows.
    ['Raise $120M; our bankers would like to maximise the proceeds.', { target_amount: 120e6 }],
  ],
  'the cheapest capital in working words ("the cheapest one in NPV terms", "costs us the least in PV terms")': [
    [
      'Raise $150M and take the cheapest option in NPV terms over the lease term.',
      { target_amount: 150e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $90M; choose the package that costs the company least in present-value terms.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Minimise our NPV cost. Raise $60M.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Sales proposed to maximise the proceeds, but the CFO decided: raise $100M, the cheapest solution on an NPV basis.',
      { target_amount: 100e6, economics: { objective: 'min_npv_cost' } },
    ],
    // The cheapest adviser is no present-value objective.
    ['Raise $90M. Legal asked for the cheapest law firm.', { target_amount: 90e6 }],
  ],
  'the exact run named as too slow ("with the greedy method please? The exact one took too long")': [
    ['Run $80M with the greedy rule; the exact solver took too long last time.', { target_amount: 80e6, strategy: 'greedy' }],
    ['Greedy please for $60M. The optimal one is way too slow on my machine.', { target_amount: 60e6, strategy: 'greedy' }],
    ['Raise $90M greedy first, we decide later whether the optimisation is needed.', { target_amount: 90e6, strategy: 'greedy' }],
    // Exact asked for and not called slow stays exact.
    ['Raise $90M with the exact solver.', { target_amount: 90e6, strategy: 'exact' }],
  ],
  'a count heading the names of the assets it counts ("the two Houston assets we discussed: the Baytown cold storage and ...")': [
    [
      'Raise $50M. Exclude the two Houston assets we discussed: the Baytown cold storage and the Pasadena packaging plant.',
      { target_amount: 50e6, exclude_asset_ids: ['HOU-02', 'HOU-03'] },
    ],
    [
      'Raise $50M, leaving out both Phoenix sites: the Tolleson DC and the Chandler data center.',
      { target_amount: 50e6, exclude_asset_ids: ['PHX-01', 'PHX-02'] },
    ],
    // The market itself, with no names after it, stays a market.
    ['Raise $50M. Exclude the Houston assets.', { target_amount: 50e6, exclude_markets: ['Houston'] }],
  ],
  'an asset not to be counted on ("please do not count on the Chandler data centre")': [
    ['Raise $70M. Please do not count on the Tempe office.', { target_amount: 70e6, exclude_asset_ids: ['PHX-03'] }],
    ["Raise $70M, and don't count on the Cicero plant.", { target_amount: 70e6, exclude_asset_ids: ['CHI-03'] }],
    // Rent not to be counted on is no exclusion.
    ["Raise $70M. Don't count on more than $6M of new rent.", { target_amount: 70e6, max_rent_added: 6e6 }],
  ],
};

describeFamilies('offline brief reader, corrections and working words (12)', FAMILIES);
