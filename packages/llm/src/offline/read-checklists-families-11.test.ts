import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eleventh round of wording families: checklists with tick boxes and crosses, bulleted lists under a heading
 * that rules their items out, a form's line that declines an exclusion, and a question whether to rule a place out
 * answered no. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'ticked and crossed items: only the ticked are asked ("✓ Warehouses", "✗ Offices")': [
    [
      'Types we will sell:\n✓ Warehouses\n✓ Labs\n✗ Retail\n✗ Distribution centers\nRaise $80m',
      { target_amount: 80e6, asset_types: ['warehouse', 'lab'] },
    ],
    [
      'Sign-off list\n✔ Raise $70M\n✔ Exclude Columbus\n✘ Exclude Atlanta (withdrawn)\n✘ Exclude anything mortgaged',
      { target_amount: 70e6, exclude_markets: ['Columbus'] },
    ],
    ['Method\n✓ Exact solve\n✗ Greedy ranking\nTarget: $95M', { target_amount: 95e6, strategy: 'exact' }],
    [
      'Items agreed\n✓ Target $140m\n✗ Leave out Dallas - declined by the CEO\n✓ Net leverage ≤ 3.4x',
      { target_amount: 140e6, max_net_leverage: 3.4 },
    ],
    // A crossed item standing alone under a plain heading is ruled out.
    ['Asset classes:\n✗ Labs\n✗ Manufacturing\nRaise $60m', { target_amount: 60e6, asset_types: allTypesBut('lab', 'manufacturing') }],
  ],
  'an empty box beside ticked ones states nothing ("☐ Exclude mortgaged assets", "[ ] Exclude offices")': [
    ['Approvals\n☑ Proceeds $45m\n☐ Exclude mortgaged sites\n☑ Exclude Atlanta', { target_amount: 45e6, exclude_markets: ['Atlanta'] }],
    [
      'Filters\n[x] Exclude warehouses\n[ ] Exclude retail\n[X] Exclude labs\nRaise $120m',
      { target_amount: 120e6, asset_types: allTypesBut('warehouse', 'lab') },
    ],
    ['Run options\n☑ Objective: lowest NPV cost\n☐ Greedy\nRaise $90m', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    // A list of empty boxes and nothing else is a list of things to do: each is asked.
    [
      'To do for the deal\n☐ Raise $55M\n☐ Sell only in Georgia\n☐ Criticality at most 0.6',
      { target_amount: 55e6, include_markets: ['Atlanta'], max_criticality: 0.6 },
    ],
  ],
  'under a heading that rules out, the marked items are ruled out ("Do-not-sell list", "Sites off the table:")': [
    [
      'Not for sale:\n☒ the Dublin lab\n☒ Kearny Legacy Plant\nRaise $150m',
      { target_amount: 150e6, exclude_asset_ids: ['COL-03', 'NWK-03'] },
    ],
    [
      'Hold-back list\n✓ Las Colinas HQ\n✓ Chandler data center\n✗ Marietta store (fine to sell)\nTarget $200M',
      { target_amount: 200e6, exclude_asset_ids: ['DAL-01', 'PHX-02'] },
    ],
    [
      'Excluded from the sale\n[x] Fairburn sortation hub\n[ ] Joliet DC\nRaise $175m',
      { target_amount: 175e6, exclude_asset_ids: ['ATL-01'] },
    ],
    ['Retain (do not sell):\n✗ Phoenix\n✗ Columbus\nRaise $130m', { target_amount: 130e6, exclude_markets: ['Phoenix', 'Columbus'] }],
    ['Ruled out:\n✗ labs — no\n✗ offices — no\nRaise $85m', { target_amount: 85e6, asset_types: allTypesBut('lab', 'office') }],
  ],
  'a mark beside the word that says it, or as a row\'s one value ("Dallas — ✗ excluded", "Warehouse | ✓")': [
    [
      'Markets\nAtlanta — ✗ excluded\nColumbus — ✗ excluded\nEverything else — open\nRaise $100m',
      { target_amount: 100e6, exclude_markets: ['Atlanta', 'Columbus'] },
    ],
    [
      'Type | OK to sell?\nWarehouse | ✓\nRetail | ✓\nOffice | ✗\nLab | ✗\nRaise $65m',
      { target_amount: 65e6, asset_types: ['warehouse', 'retail'] },
    ],
  ],
  'a bulleted list under a heading that rules its items out ("Exclude:" then "- Houston (reason)")': [
    [
      'Target $160M. Exclude:\n- Phoenix (water permits under review)\n- the Fontana warehouse\n- anything mortgaged',
      { target_amount: 160e6, exclude_markets: ['Phoenix'], exclude_asset_ids: ['IE-02'], exclude_mortgaged: true },
    ],
    [
      'Raise $90m.\nDo not sell:\n• Columbus\n• the Dublin lab',
      { target_amount: 90e6, exclude_markets: ['Columbus'], exclude_asset_ids: ['COL-03'] },
    ],
    ['Raise $110m.\nExclusions:\n* Chicago - labor talks\n* Atlanta', { target_amount: 110e6, exclude_markets: ['Chicago', 'Atlanta'] }],
    // Bullets under a heading that asks for its items are no exclusion.
    ['Raise $110m.\nSell only in:\n- Dallas\n- Houston', { target_amount: 110e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'a form\'s line that declines an exclusion ("Exclude mortgaged: no")': [
    ['Proceeds: $75m\nExclude mortgaged: no\nMax criticality: 0.7', { target_amount: 75e6, max_criticality: 0.7 }],
    ['Target: $90M\nExclude encumbered assets = false', { target_amount: 90e6 }],
    ['Target: $90M\nExclude mortgaged: yes', { target_amount: 90e6, exclude_mortgaged: true }],
  ],
  'a question whether to rule a place out, answered that it stays ("should Dallas be excluded? No")': [
    ['Raise $120m. Should Columbus be excluded? A: No, keep Columbus in.', { target_amount: 120e6 }],
    ['Target $95m. Asked by treasury: should Atlanta be dropped? No.', { target_amount: 95e6 }],
    ['Raise $140m. The CFO asked about Houston; the board kept Houston in scope.', { target_amount: 140e6 }],
    // A question answered yes rules the place out.
    ['Raise $140m. Should Houston be excluded? Yes - exclude Houston.', { target_amount: 140e6, exclude_markets: ['Houston'] }],
  ],
};

describeFamilies('reading checklists, tick boxes and bulleted exclusions', FAMILIES);
