import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-second round of wording families for asset types, assets and mortgages: buildings refused by id, then a
 * dash giving the reason that they carry mortgages, rule out those buildings and not every mortgaged one; the words
 * that say who writes ("I'm in logistics planning", a company's name in capitals, an e-mail address) ask for no type;
 * a building called "one we keep" or "one of our keepers" is ruled out; a building placed by its own metro ("the
 * Tolleson DC outside Phoenix") or named in the possessive ("Port Newark's sortation hub") is ruled out alone, never
 * its market nor a namesake; "not part of this" before a dash and its reason rules out; a pasted "Keep (do not
 * sell)" row split by a tab, and a pasted sheet of yes and no split by tabs, are read as with cell borders; a table's
 * note that carves a building out of a market asked for rules it out; and a contracted pronoun ("it's not for sale",
 * "that one's off the table") rules out the building before it. Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'buildings refused by id, then a dash giving the reason that they carry mortgages': [
    [
      'Raise $95M. Please skip CHI-01 and COL-02 -- both still carry mortgages we are renegotiating.',
      { target_amount: 95e6, exclude_asset_ids: ['CHI-01', 'COL-02'] },
    ],
    [
      "Raise $95M. Don't sell DAL-03 — it carries a mortgage we refinance next year.",
      { target_amount: 95e6, exclude_asset_ids: ['DAL-03'] },
    ],
    [
      'Target $88M. Do not sell IE-02 or NWK-02 -- each is mortgaged to a different bank.',
      { target_amount: 88e6, exclude_asset_ids: ['IE-02', 'NWK-02'] },
    ],
    // The mortgaged buildings as a class are still ruled out as a class.
    ["Target $88M. Don't sell anything that carries a mortgage.", { target_amount: 88e6, exclude_mortgaged: true }],
    ['Target $88M. Do not sell mortgaged buildings -- the lenders would object.', { target_amount: 88e6, exclude_mortgaged: true }],
  ],
  'words that say who writes ask for no type ("I\'m in logistics planning", capitals, an e-mail address)': [
    ["I'm in logistics planning. The ask is $64M.", { target_amount: 64e6 }],
    ["We're with manufacturing, and we need $52M.", { target_amount: 52e6 }],
    ['ACME LOGISTICS - FINANCE NOTE\nRaise $75M.', { target_amount: 75e6 }],
    ['From: dc.operations@acme.com\nRaise $58M, 15-year leases.', { target_amount: 58e6, economics: { lease_term_years: 15 } }],
    ['Sent by store-lead@northwind.example\nThe ask is $61M.', { target_amount: 61e6 }],
    // Types asked for in words of their own are still read.
    ["I'm in logistics. Warehouses only, $64M.", { target_amount: 64e6, asset_types: ['warehouse'] }],
    ['ONLY DISTRIBUTION CENTERS. RAISE $90M.', { target_amount: 90e6, asset_types: ['distribution_center'] }],
  ],
  'a building called "one we keep" or "one of our keepers"': [
    ['Raise $66M. The Groveport Warehouse is one we keep.', { target_amount: 66e6, exclude_asset_ids: ['COL-02'] }],
    ["Raise $66M. Baytown Cold Storage is one we're holding on to.", { target_amount: 66e6, exclude_asset_ids: ['HOU-02'] }],
    ['Raise $66M. The Tempe Office is one of our keepers, so leave it.', { target_amount: 66e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'Raise $66M. Honestly, Edison Warehouse is one we will keep - it serves the port.',
      { target_amount: 66e6, exclude_asset_ids: ['NWK-02'] },
    ],
    // Keeping an eye on a building, or a keeper of something else, rules nothing out.
    ['Raise $66M. The Tempe Office is one we keep an eye on.', { target_amount: 66e6 }],
    ['Raise $66M. Our site manager is one of the keepers of the plan.', { target_amount: 66e6 }],
  ],
  'a building placed by its own metro ("outside Phoenix") or named in the possessive ("Port Newark\'s hub")': [
    ['Raise $84M. The Joliet DC outside Chicago stays with us.', { target_amount: 84e6, exclude_asset_ids: ['CHI-01'] }],
    ['Raise $84M. The Grand Prairie warehouse near Dallas stays put.', { target_amount: 84e6, exclude_asset_ids: ['DAL-03'] }],
    ['Raise $84M. The Rickenbacker DC just outside of Columbus is off the table.', { target_amount: 84e6, exclude_asset_ids: ['COL-01'] }],
    ["Raise $84M. Port Houston's rail-served DC stays.", { target_amount: 84e6, exclude_asset_ids: ['HOU-01'] }],
    ["Raise $84M. Please exclude Port Newark's sortation hub.", { target_amount: 84e6, exclude_asset_ids: ['NWK-01'] }],
    // A market ruled out on its own is still ruled out.
    ['Raise $84M. Chicago stays with us.', { target_amount: 84e6, exclude_markets: ['Chicago'] }],
  ],
  '"not part of this" before a dash and its reason': [
    [
      'Raise $73M. The Carrollton data center is not part of this - our systems run there.',
      { target_amount: 73e6, exclude_asset_ids: ['DAL-05'] },
    ],
    [
      'Raise $73M. The Kearny Legacy Plant is not part of it — it feeds the network.',
      { target_amount: 73e6, exclude_asset_ids: ['NWK-03'] },
    ],
    // A time or a plan after the words says when, not that the building stays.
    ["Raise $73M. The Schaumburg Office is not part of this quarter's review.", { target_amount: 73e6 }],
  ],
  'pasted rows split by tabs: a "Keep (do not sell)" row, and a sheet of yes and no': [
    ['Field\tValue\nAsk\t$62M\nKeep (do not sell)\tCHI-05', { target_amount: 62e6, exclude_asset_ids: ['CHI-05'] }],
    ['Item\tValue\nTarget\t$62M\nHold (not for sale)\tFontana Warehouse', { target_amount: 62e6, exclude_asset_ids: ['IE-02'] }],
    ['Type\tInclude?\nwarehouse\tY\nlab\tN\noffice\tY\nTarget $48M', { target_amount: 48e6, asset_types: ['warehouse', 'office'] }],
    [
      'Market\tSell?\nHouston\tno\nDallas\tyes\nRaise $48M.',
      { target_amount: 48e6, include_markets: ['Dallas'], exclude_markets: ['Houston'] },
    ],
    // A row whose label says nothing of keeping a building out rules nothing out.
    ['Field\tValue\nAsk\t$62M\nReview (before sale)\tCHI-05', { target_amount: 62e6 }],
  ],
  'a table note carving a building out of a market asked for': [
    [
      'Market | Include | Note\nDallas | yes | except the Carrollton data center\nHouston | yes |\nRaise $91M.',
      { target_amount: 91e6, include_markets: ['Dallas', 'Houston'], exclude_asset_ids: ['DAL-05'] },
    ],
    [
      'Market | In scope | Comments\nPhoenix | yes | excluding the Tempe Office (PHX-03)\nRaise $91M.',
      { target_amount: 91e6, include_markets: ['Phoenix'], exclude_asset_ids: ['PHX-03'] },
    ],
    // A note that carves nothing out rules nothing out.
    ['Market | Include | Note\nDallas | yes | strong buyer interest\nRaise $91M.', { target_amount: 91e6, include_markets: ['Dallas'] }],
  ],
  'a contracted pronoun ruling out the building before it ("it\'s not for sale", "that one\'s off the table")': [
    [
      "Target $70M. The team loves the cold storage warehouse in Baytown, and it's not for sale.",
      { target_amount: 70e6, exclude_asset_ids: ['HOU-02'] },
    ],
    [
      "Target $70M. We talked about the research lab in Dublin - that one's off the table.",
      { target_amount: 70e6, exclude_asset_ids: ['COL-03'] },
    ],
    ["Target $70M. Ops mentioned the Mesa Parts Store; that one's not to be sold.", { target_amount: 70e6, exclude_asset_ids: ['PHX-04'] }],
    ['Target $70M. The Tempe Office came up, and this one is staying.', { target_amount: 70e6, exclude_asset_ids: ['PHX-03'] }],
    // A pronoun that names no building, a sale allowed, a limit's effect, or "sit this one out" rules nothing out.
    ["Target $70M. It's not for sale at any price below that.", { target_amount: 70e6 }],
    [
      "Target $70M. The Kearny plant scores 0.95 on criticality; set the cap at 0.8 so it's out.",
      { target_amount: 70e6, max_criticality: 0.8 },
    ],
    ['Raise $60M from Arizona; every other market can sit this one out.', { target_amount: 60e6, include_markets: ['Phoenix'] }],
    ["Target $70M. The Mesa Parts Store is small, and it's for sale.", { target_amount: 70e6 }],
  ],
};

describeFamilies('types and assets: families, round 32', FAMILIES);
