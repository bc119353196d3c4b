import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-third round of wording families for asset types, assets and mortgages: a setting's key and value that rules
 * mortgaged assets out ("skip_encumbered: true", "mortgaged=exclude", "allow_mortgaged: no"); a form's question about
 * encumbered assets with its "No" box ticked; a chat's question about mortgaged sites answered on a later line under
 * the speaker's name ("leave them all out"); the mortgaged class left where it is, or after a label with "every"; a
 * scanned page's "Exc1ude mortgaged assets"; buildings held back by a label or table row ("Sites held back", "keepers:",
 * "Do not market:"), counted with their ids in brackets ("Two plants are off the list (HOU-03, NWK-03)") or added to
 * an exclusion "and separately"; a table of types marked yes and no; and the type words that ask for no type (a type's
 * people, "HQ campus politics", a chat's question of types answered "offices only"). Every case states what it must
 * read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a setting\'s key and value that rules mortgaged assets out ("skip_encumbered: true", "mortgaged=exclude")': [
    ['run:\n  target: 90_000_000\n  skip_mortgaged: yes', { target_amount: 90e6, exclude_mortgaged: true }],
    ['target=80000000 | encumbered=excluded | strategy=greedy', { target_amount: 80e6, exclude_mortgaged: true, strategy: 'greedy' }],
    ['[deal]\nproceeds = 70000000\nallow_encumbered = false', { target_amount: 70e6, exclude_mortgaged: true }],
    ['Target $60M.\nmortgaged_ok: no', { target_amount: 60e6, exclude_mortgaged: true }],
    ['"target": 50000000, "drop-encumbered-assets": true', { target_amount: 50e6, exclude_mortgaged: true }],
    // A value that keeps the class rules nothing out.
    ['target=80000000 | mortgaged=include', { target_amount: 80e6 }],
    ['run:\n  target: 90_000_000\n  skip_encumbered: false', { target_amount: 90e6 }],
  ],
  'a form\'s question about encumbered assets, its "No" box ticked, or a chat\'s question answered below': [
    ['REQUEST\nAmount: $75,000,000\nMortgaged sites allowed?  [ ] Yes  [x] No', { target_amount: 75e6, exclude_mortgaged: true }],
    ['Amount: $75M\nEncumbered properties eligible? [X] No [ ] Yes', { target_amount: 75e6, exclude_mortgaged: true }],
    ['Amount: $75M\nExclude encumbered assets?  [x] Yes  [ ] No', { target_amount: 75e6, exclude_mortgaged: true }],
    ['Amount: $75M\nMortgaged assets eligible?  [x] Yes  [ ] No', { target_amount: 75e6 }],
    [
      'Priya Shah  9:12 AM\nwe need $66M\nTom Lee  9:14 AM\nencumbered ones?\nPriya Shah  9:15 AM\nkeep them all out',
      { target_amount: 66e6, exclude_mortgaged: true },
    ],
    ['ana: target is $48M\nraj: mortgaged buildings?\nana: exclude them', { target_amount: 48e6, exclude_mortgaged: true }],
    // A question of mortgaged sites answered with a yes keeps them.
    ['ana: target is $48M\nraj: mortgaged buildings?\nana: fine to include', { target_amount: 48e6 }],
  ],
  'the mortgaged class left where it is, after a label with "every", or ruled out on a scanned page': [
    ['Raise $85M and leave the encumbered sites where they are.', { target_amount: 85e6, exclude_mortgaged: true }],
    ['Raise $85M; keep all mortgaged buildings on our books.', { target_amount: 85e6, exclude_mortgaged: true }],
    [
      'Raise $85M. Excluded: each encumbered asset, plus the Tempe Office.',
      { target_amount: 85e6, exclude_mortgaged: true, exclude_asset_ids: ['PHX-03'] },
    ],
    ['1. Amount: USD 140m\n2. Exc1ude encumbered properties', { target_amount: 140e6, exclude_mortgaged: true }],
    ['Target $140M; assets subject to a lien sha1l be excluded.', { target_amount: 140e6, exclude_mortgaged: true }],
    // Where the mortgaged buildings are listed is no ruling.
    ['Raise $85M. The mortgaged buildings are listed in the appendix.', { target_amount: 85e6 }],
  ],
  'buildings held back by a label or table row ("Sites held back", "keepers:", "Do not market:")': [
    [
      '| Field | Value |\n|---|---|\n| Target | $92M |\n| Assets retained | DAL-03, IE-03 |',
      { target_amount: 92e6, exclude_asset_ids: ['DAL-03', 'IE-03'] },
    ],
    ['- $92M\n- keepers: Tempe Office, Edison Warehouse', { target_amount: 92e6, exclude_asset_ids: ['PHX-03', 'NWK-02'] }],
    [
      'Proceeds: $92M\nDo not offer: Dublin Research Lab; Chandler Data Center',
      { target_amount: 92e6, exclude_asset_ids: ['COL-03', 'PHX-02'] },
    ],
    [
      'Proceeds: $92M\nDo not market: Pasadena Packaging P1ant; Joliet Distribution Center',
      { target_amount: 92e6, exclude_asset_ids: ['HOU-03', 'CHI-01'] },
    ],
    ['Sites withheld: ATL-02\nTarget $92M', { target_amount: 92e6, exclude_asset_ids: ['ATL-02'] }],
  ],
  'buildings counted with their ids in brackets, or added to an exclusion "and separately"': [
    [
      'Three DCs stay with us (IE-01, CHI-01, COL-01). Raise $110M.',
      { target_amount: 110e6, exclude_asset_ids: ['IE-01', 'CHI-01', 'COL-01'] },
    ],
    ['Two offices are off the table (HOU-04, NWK-04). $110M.', { target_amount: 110e6, exclude_asset_ids: ['HOU-04', 'NWK-04'] }],
    ['$110M. A couple of warehouses are excluded (DAL-03 and ATL-02).', { target_amount: 110e6, exclude_asset_ids: ['DAL-03', 'ATL-02'] }],
    [
      '$110M. Exclude Phoenix, and separately the Edison warehouse (NWK-02).',
      { target_amount: 110e6, exclude_markets: ['Phoenix'], exclude_asset_ids: ['NWK-02'] },
    ],
    [
      '$110M. Skip Atlanta, and also the Joliet DC (CHI-01).',
      { target_amount: 110e6, exclude_markets: ['Atlanta'], exclude_asset_ids: ['CHI-01'] },
    ],
    // A count with no ids rules out nothing by id.
    ['$110M. We have two plants in Texas.', { target_amount: 110e6 }],
  ],
  'a table of types marked yes and no': [
    ['asset_type,include\noffice,Y\nwarehouse,N\nlab,N\ntarget,$44M', { target_amount: 44e6, asset_types: ['office'] }],
    [
      'type | in\nretail | yes\ndata center | no\ndistribution center | yes\nTarget $44M',
      {
        target_amount: 44e6,
        asset_types: ['distribution_center', 'retail'],
      },
    ],
  ],
  'type words that ask for no type (a type\'s people, "HQ campus politics", a question answered "offices only")': [
    ['Office management would like a 15-year lease. Raise $58M.', { target_amount: 58e6, economics: { lease_term_years: 15 } }],
    ['Raise $58M. The DC team wants this done by June.', { target_amount: 58e6 }],
    ['Houston is out for now (HQ sign-off pending). Raise $58M.', { target_amount: 58e6, exclude_markets: ['Houston'] }],
    ['Kim: warehouses and DCs?\nJo: warehouses only\nKim: amount?\nJo: $58M', { target_amount: 58e6, asset_types: ['warehouse'] }],
    ['Kim: labs or offices?\nJo: just labs\nTarget $58M.', { target_amount: 58e6, asset_types: ['lab'] }],
    // Types asked for in words of their own are still read.
    ['Warehouse operations only. Raise $58M.', { target_amount: 58e6, asset_types: ['warehouse'] }],
    ['Offices only, $58M.', { target_amount: 58e6, asset_types: ['office'] }],
  ],
};

describeFamilies('types and assets: families, round 33', FAMILIES);
