import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places, asset types and assets, most of them from operations notes and board papers:
 * a ruling on encumbered assets reported in the past tense ("Treasury has excluded anything carrying a mortgage"), a
 * question of a Q&A whether an asset is in, answered that it is out ("Is the Riverside cross-dock included? No"), and
 * "neither" one asset "nor" another, and a city beside an asset in a list ("keep Ontario and Fontana out") read as
 * the asset it names, and an asset "pulled from the list".
 * Each family has cases where its rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a ruling reported in the past tense whose object is the encumbered assets rules them out': [
    ['Target $90M. Treasury has excluded any property that carries a mortgage.', { target_amount: 90e6, exclude_mortgaged: true }],
    ['The Board excluded all mortgaged properties. Target $120M.', { target_amount: 120e6, exclude_mortgaged: true }],
    ['Target $75M. Our lenders have excluded anything with a lien on it.', { target_amount: 75e6, exclude_mortgaged: true }],
    ['Treasury excluded encumbered sites from the list; $60M.', { target_amount: 60e6, exclude_mortgaged: true }],
    // A fact about the excluded sites, and a list that excludes nothing, rule out no encumbered asset.
    ['Target $95M. The excluded sites carry mortgages.', { target_amount: 95e6 }],
    ['Target $95M. Nothing excluded; mortgaged sites are fine.', { target_amount: 95e6 }],
  ],
  'a question whether an asset is in the program, answered that it is out, rules the asset out': [
    [
      'Q: Is the Groveport warehouse in the sale?\nA: No, it is excluded for now. Target $80m.',
      { target_amount: 80e6, exclude_asset_ids: ['COL-02'] },
    ],
    ['Q: What about the Mesa store?\nA: Excluded.\nQ: And the ask?\nA: $70m.', { target_amount: 70e6, exclude_asset_ids: ['PHX-04'] }],
    ['Q (Ms Lee): Is the Kearny plant excluded?\nA: Yes. The ask is $60m.', { target_amount: 60e6, exclude_asset_ids: ['NWK-03'] }],
    [
      'Q: Are the Elk Grove and Edison warehouses included?\nA: No. $90m.',
      { target_amount: 90e6, exclude_asset_ids: ['CHI-02', 'NWK-02'] },
    ],
    // An answer of yes to whether it is in, and a question why it is in, rule nothing out.
    ['Q: Is the Tempe office included?\nA: Yes, it is. $80m.', { target_amount: 80e6 }],
    ['Q: Is the Groveport warehouse excluded?\nA: No. Target $80m.', { target_amount: 80e6 }],
  ],
  '"neither" one asset "nor" another rules both out': [
    ['$130m target. Neither Carrollton nor Chandler.', { target_amount: 130e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] }],
    ['Raise $90m, neither the Wilmer DC nor the Tempe office, please.', { target_amount: 90e6, exclude_asset_ids: ['DAL-02', 'PHX-03'] }],
    ['Neither Houston nor Newark this time; $75m.', { target_amount: 75e6, exclude_markets: ['Houston', 'Newark'] }],
    // "Neither is" says something of what was named before, and rules out nothing more.
    ['Raise $90m, Dallas only. Neither is mortgaged.', { target_amount: 90e6, include_markets: ['Dallas'] }],
  ],
  "beside an asset named by its place, a city that opens one asset's name is that asset": [
    [
      'Regional ops here: leave Ontario and Fontana out, peak season. $85M.',
      { target_amount: 85e6, exclude_asset_ids: ['IE-01', 'IE-02'] },
    ],
    ['Skip Ontario and Riverside, plus HOU-01. Target $90M.', { target_amount: 90e6, exclude_asset_ids: ['HOU-01', 'IE-01', 'IE-03'] }],
    ['Leave out Plano and Fontana; $90M.', { target_amount: 90e6, exclude_asset_ids: ['DAL-04', 'IE-02'] }],
    // Alone, or beside another place, the city is its market; a market written by its own name stays a market.
    ['Target $90M. Exclude Ontario.', { target_amount: 90e6, exclude_markets: ['Inland Empire'] }],
    ['Target $80M. Nothing in Ontario or Phoenix.', { target_amount: 80e6, exclude_markets: ['Inland Empire', 'Phoenix'] }],
    [
      'Target $90M. Exclude Dallas and the Fontana warehouse.',
      { target_amount: 90e6, exclude_markets: ['Dallas'], exclude_asset_ids: ['IE-02'] },
    ],
  ],
  '"pull" an asset "from the list" strikes it': [
    [
      'Our new contract depends on Groveport, so please pull Groveport from the list. $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['COL-02'] },
    ],
    ['Pull the Tempe office and the Mesa store from the program. $70M.', { target_amount: 70e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] }],
    ['Target $80M; pulling Kearny from the sale for the clean-up.', { target_amount: 80e6, exclude_asset_ids: ['NWK-03'] }],
    // Money pulled from a place asks for the place.
    ['Pull $60M from Dallas.', { target_amount: 60e6, include_markets: ['Dallas'] }],
    ['We could pull 40M from the Dallas sites. Target $90M.', { target_amount: 90e6, include_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading places, asset types and assets', FAMILIES);
