import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-seventh round of wording families for markets and states: an opening that names the writer's team before or
 * after the place and says "here" after a greeting ("Hi, FP&A Columbus here.", "Hi, Columbus hub team here."); the
 * writer's workplace introduced before a dash, before "writing", or by a first name "from the Dallas office"; a dashed
 * signature line of name, role and place ("— Dana, Facilities, Phoenix"); places ruled out as "not a single building
 * in", "keep the whole thing out of", "our Illinois buildings stayed out of this", and in a bracket that adds to a list
 * ruled out ("Exclude CHI-03 (and anything in Dallas)"); places asked for as "keep everything in Texas and Georgia",
 * "see what $60M looks like if we only sell in Ohio", and a region "as the Census Bureau defines it"; places that only
 * describe how the deal should not look, what it pays for, or the state of the company's buildings ("doesn't read as a
 * Dallas exit", "to fund the North Texas fleet refresh", "our Jersey buildings are full"); a table of markets with a
 * column of why they cannot be sold; and a checklist's struck option "[-]". Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'an opening with the writer\'s team before or after the place and "here" after a greeting ("Hi, FP&A Columbus here.")': [
    ['Hi, FP&A Houston here. We need $64M, and only from Atlanta.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
    ['Hello, treasury Newark here. The target is $71M.', { target_amount: 71e6 }],
    ['Hi, Chicago hub team here.\n\nCorporate wants $93M.', { target_amount: 93e6 }],
    ['Hey all, Phoenix site team here. Raise $48M.', { target_amount: 48e6 }],
    // A greeting to a region is no signature, and a team's place asked for after it is still read.
    ['Hi, Dallas region. Raise $52M.', { target_amount: 52e6, include_markets: ['Dallas'] }],
    ['Hi, Atlanta team here. Raise $57M, Atlanta only.', { target_amount: 57e6, include_markets: ['Atlanta'] }],
  ],
  'the writer\'s workplace before a dash or "writing", or a first name "from the Dallas office"': [
    ["I'm in facilities in Columbus - we've been asked to raise $66M.", { target_amount: 66e6 }],
    ['Site manager in Georgia writing for the CFO. They want $84M.', { target_amount: 84e6 }],
    ['Hey - Priya from the Houston office. $59M, sold out of Chicago.', { target_amount: 59e6, include_markets: ['Chicago'] }],
    ['Hi, Omar at the Newark site. Raise $46M.', { target_amount: 46e6 }],
    // A greeting before an ask from a place still asks for it.
    ['Hi, raise $46M from the Newark sites.', { target_amount: 46e6, include_markets: ['Newark'] }],
  ],
  'a dashed signature line of name, role and place ("— Dana, Facilities, Phoenix")': [
    ['Please raise $77M by selling and leasing back.\n— Marco, Treasury, Chicago', { target_amount: 77e6 }],
    ['Model a $102M program.\n\n- Jane Ortiz, Assistant Controller, Houston', { target_amount: 102e6 }],
    // A bullet of places is a list, not a signature, and a dashed line that asks still asks.
    ['Raise $55M from:\n- Dallas, Houston, Atlanta', { target_amount: 55e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Raise $55M.\n- Marco, Treasury, Chicago only', { target_amount: 55e6, include_markets: ['Chicago'] }],
  ],
  'places ruled out as "not a single building in", "keep the whole thing out of", "stayed out of this", "(and anything in Dallas)"': [
    ['Not a single building in Phoenix or Newark, please. $74M.', { target_amount: 74e6, exclude_markets: ['Newark', 'Phoenix'] }],
    ['Raise $69M. Not one site from Ohio.', { target_amount: 69e6, exclude_markets: ['Columbus'] }],
    ['We need $91M. Keep the whole thing out of Arizona.', { target_amount: 91e6, exclude_markets: ['Phoenix'] }],
    ['Raise $58M and keep the sale out of New Jersey.', { target_amount: 58e6, exclude_markets: ['Newark'] }],
    [
      "From the Houston site: we'd rather our Texas buildings stayed out of this. Raise the $105M elsewhere.",
      { target_amount: 105e6, exclude_markets: ['Dallas', 'Houston'] },
    ],
    ['Raise $63M. The Tempe Office should be kept out of the sale.', { target_amount: 63e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'Raise $47M. Exclude HOU-03 (and anything in Chicago).',
      { target_amount: 47e6, exclude_asset_ids: ['HOU-03'], exclude_markets: ['Chicago'] },
    ],
    ['Raise $47M. Exclude ATL-02 (and Newark).', { target_amount: 47e6, exclude_asset_ids: ['ATL-02'], exclude_markets: ['Newark'] }],
    // A place that stayed out of a past sale, and a bracket after an ask, rule nothing out.
    ['Raise $52M. Dallas stayed out of it last year.', { target_amount: 52e6, include_markets: ['Dallas'] }],
    ['Raise $52M from HOU-03 (and anything in Chicago).', { target_amount: 52e6, include_markets: ['Chicago'] }],
  ],
  'places asked for as "keep everything in Texas and Georgia", "what $60M looks like if we only sell in Ohio", "the West as the Census Bureau defines it"':
    [
      ['Keep everything in Illinois and Ohio. We need $120M.', { target_amount: 120e6, include_markets: ['Chicago', 'Columbus'] }],
      ['Raise $61M and keep the sale within Arizona.', { target_amount: 61e6, include_markets: ['Phoenix'] }],
      // Buildings kept off the list are retained, not asked for.
      ['Raise $61M. Keep everything in Dallas off the list.', { target_amount: 61e6, exclude_markets: ['Dallas'] }],
      ["Raise $83M; we're keeping everything in Arizona.", { target_amount: 83e6, exclude_markets: ['Phoenix'] }],
      ['Raise $83M. We will keep everything in Georgia.', { target_amount: 83e6, exclude_markets: ['Atlanta'] }],
      [
        "I'd like to see what $75M looks like if we only sell in Georgia, and I'd like it by Friday.",
        { target_amount: 75e6, include_markets: ['Atlanta'] },
      ],
      [
        'Show me what $44M looks like if we sell only in Illinois and Ohio.',
        { target_amount: 44e6, include_markets: ['Chicago', 'Columbus'] },
      ],
      [
        'Find $72M from our warehouses, limited to the West as the Census Bureau defines it.',
        { target_amount: 72e6, asset_types: ['warehouse'], include_markets: ['Inland Empire', 'Phoenix'] },
      ],
      [
        'Raise $88M from the South, as the Census Bureau defines it.',
        { target_amount: 88e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] },
      ],
      // "The West" without a definition fixes no states.
      ['Raise $88M, limited to the West.', { target_amount: 88e6 }],
    ],
  'places that describe how the deal should not look, what it pays for, or the company\'s buildings ("our Jersey buildings are full")': [
    ['Raise $136M. No metro above 35%, so the program does not read as a Houston exit.', { target_amount: 136e6, max_market_share: 0.35 }],
    ['Raise $93M, but it should not look like an Atlanta fire sale.', { target_amount: 93e6 }],
    [
      'Offices, Chicago. $34M, to fund the Southern California fleet refresh.',
      { target_amount: 34e6, asset_types: ['office'], include_markets: ['Chicago'] },
    ],
    ['Raise $52M to fund the Ohio expansion, from Texas only.', { target_amount: 52e6, include_markets: ['Dallas', 'Houston'] }],
    [
      'Only use buildings in Georgia and Ohio - our Texas sites are at capacity. Raise $67M.',
      { target_amount: 67e6, include_markets: ['Atlanta', 'Columbus'] },
    ],
    // The company's buildings ruled out stay ruled out.
    ['Raise $67M. Our Ohio sites are excluded.', { target_amount: 67e6, exclude_markets: ['Columbus'] }],
  ],
  'a table of markets with a column of why they cannot be sold, and a checklist\'s struck option "[-]"': [
    [
      "Market | Reason we can't sell there\nChicago | union talks\nAtlanta | pending zoning change\n\nTarget: $118M.",
      { target_amount: 118e6, exclude_markets: ['Atlanta', 'Chicago'] },
    ],
    [
      'Market | Reason we cannot sell there\nHouston | flood remediation\n\nTarget: $64M.',
      { target_amount: 64e6, exclude_markets: ['Houston'] },
    ],
    [
      'Program options\n[x] Target $79M\n[x] Warehouses only\n[-] Newark only (crossed out)\n[ ] Cap on new rent',
      { target_amount: 79e6, asset_types: ['warehouse'] },
    ],
    // A ticked option beside the struck one is still read.
    ['Program options\n[x] Target $79M\n[-] Dallas only\n[x] Exclude Phoenix', { target_amount: 79e6, exclude_markets: ['Phoenix'] }],
  ],
};

describeFamilies('places and markets, twenty-seventh round', FAMILIES);
