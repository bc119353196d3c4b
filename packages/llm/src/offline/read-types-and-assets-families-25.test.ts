import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for asset types and the buildings ruled out: a wish that buildings stay,
 * opened with the contractions "I'd" and "we'd" as well as "I would" and "we want" ("I'd like the Tempe Office left
 * alone", "we'd want ours (Mesa Parts Store) kept"); a type word naming the writer's job, unit or office ("store
 * operations lead here", "I'm a plant guy", "Business unit: Logistics", "Requester: Hal (Columbus office)"), which
 * asks for no type; the encumbered class labelled do-not-sell ("Mortgaged assets: do not sell"), called by its bank loan
 * ("anything with a bank loan secured on it"), or asked about and answered no; and a count of buildings ruled out with their names after a colon ("Two no-go buildings:
 * the Las Colinas headquarters and the main plant in Cicero"); and buildings under a do-not-sell key or on lines that
 * mark them held ("do_not_sell: Carrollton Data Center", "DAL-01,hold"). Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a wish that buildings stay, opened with "I\'d" or "we\'d" ("I\'d like the Tempe Office left alone")': [
    ["Raise $52M. I'd like the Tempe Office left alone.", { target_amount: 52e6, exclude_asset_ids: ['PHX-03'] }],
    [
      "Raise $51M. We'd want the Edison Warehouse and the Groveport Warehouse kept.",
      { target_amount: 51e6, exclude_asset_ids: ['COL-02', 'NWK-02'] },
    ],
    ['Raise $50M. I\u2019d prefer the Cicero Main Plant retained.', { target_amount: 50e6, exclude_asset_ids: ['CHI-03'] }],
    ["Raise $49M, but we'd need ours (Mesa Parts Store) left out.", { target_amount: 49e6, exclude_asset_ids: ['PHX-04'] }],
    ["Raise $48M. I'd like mine (DAL-05) held back.", { target_amount: 48e6, exclude_asset_ids: ['DAL-05'] }],
    // A wish that keeps the building in the sale, or wants it sold, rules nothing out.
    ["Raise $47M. I'd like the Tempe Office kept in the program.", { target_amount: 47e6 }],
    ["Raise $46M. We'd like ours (Mesa Parts Store) sold early.", { target_amount: 46e6 }],
  ],
  'a type word naming the writer\'s job, unit or office ("store operations lead here", "I\'m a plant guy", "Business unit: Logistics")': [
    ['Warehouse operations manager here. We need $58M this round.', { target_amount: 58e6 }],
    ["Raise $57M. Full disclosure, I'm a store guy, so go easy on me.", { target_amount: 57e6 }],
    ['Request form\nBusiness unit: Retail\nAmount: $56M', { target_amount: 56e6 }],
    ['Submitted by: Priya Shah (Tempe office)\nAmount: $55M', { target_amount: 55e6 }],
    ['We run the northeast and midwest plants. Raise $54M, keep it simple.', { target_amount: 54e6 }],
    ['Planning call (Phoenix office)\nTarget: $53M', { target_amount: 53e6 }],
    // The type asked for in words of its own is still read; a building's own name in a bracket is left to the asset readers.
    ['Plant ops lead here. Raise $52M from plants only.', { target_amount: 52e6, asset_types: ['manufacturing'] }],
    ['Raise $51M, selling offices only.', { target_amount: 51e6, asset_types: ['office'] }],
  ],
  'the encumbered class labelled do-not-sell, or a question whether to keep it in answered no ("Mortgaged assets: do not sell")': [
    ['Target: $66M\nEncumbered properties: do not sell', { target_amount: 66e6, exclude_mortgaged: true }],
    ['Target: $65M\nMortgaged sites - never include', { target_amount: 65e6, exclude_mortgaged: true }],
    ['Target: $64M\nPledged assets: keep out', { target_amount: 64e6, exclude_mortgaged: true }],
    [
      'Ana: do we keep the encumbered sites in?\nLeo (Treasury): nope, take them out\nAna: and the number?\nLeo: $63M',
      { target_amount: 63e6, exclude_mortgaged: true },
    ],
    ['Sell the mortgaged properties? No. Target $62M.', { target_amount: 62e6, exclude_mortgaged: true }],
    ['Target $60M. Any site with a bank loan secured against it has to stay out.', { target_amount: 60e6, exclude_mortgaged: true }],
    // A question answered yes keeps them in; a building's own loan, stated as a fact, rules nothing out.
    ['Target $59M. The Tempe Office has a bank loan on it, and it can be sold.', { target_amount: 59e6 }],
    ['Keep the mortgaged buildings in?\nCFO: yes, keep them. Target $61M.', { target_amount: 61e6 }],
  ],
  'a count of buildings ruled out, then their names after a colon ("Two no-go buildings: the Las Colinas headquarters and the main plant in Cicero")':
    [
      [
        'Raise $72M. Three sites are staying with us: the Tempe Office, the Mesa Parts Store and the Fontana Warehouse.',
        { target_amount: 72e6, exclude_asset_ids: ['IE-02', 'PHX-03', 'PHX-04'] },
      ],
      [
        'Raise $71M. Two protected buildings in this round: the data center in Chandler and the plant in Pasadena.',
        { target_amount: 71e6, exclude_asset_ids: ['HOU-03', 'PHX-02'] },
      ],
      [
        'Raise $70M, but keep a couple of properties back: the Edison Warehouse (lease talks) and the Schaumburg Office (staff move).',
        { target_amount: 70e6, exclude_asset_ids: ['CHI-04', 'NWK-02'] },
      ],
      [
        'Raise $69M. Exclude two buildings: the Grand Prairie Warehouse and the Groveport Warehouse.',
        { target_amount: 69e6, exclude_asset_ids: ['COL-02', 'DAL-03'] },
      ],
      [
        'Two assets are off-limits for the $68M: the Cicero Main Plant and the Kearny Legacy Plant.',
        { target_amount: 68e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] },
      ],
      // A count of buildings asked for rules nothing out.
      ['Raise $67M. Two buildings to sell first: the Tempe Office and the Mesa Parts Store.', { target_amount: 67e6 }],
    ],
  'buildings under a do-not-sell key, or on lines that mark them held ("do_not_sell: Carrollton Data Center", "DAL-01,hold")': [
    ['amount: $84M\nnever_sell: Tempe Office, Mesa Parts Store', { target_amount: 84e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] }],
    [
      'Hold list (per Legal):\nSchaumburg Office\nNaperville Parts Store\n\nTarget $83M.',
      { target_amount: 83e6, exclude_asset_ids: ['CHI-04', 'CHI-05'] },
    ],
    ['Target $82M\n- Do not sell: Kearny Legacy Plant', { target_amount: 82e6, exclude_asset_ids: ['NWK-03'] }],
    ['Target: $81M\n\nasset_id;action\nHOU-01;keep\nIE-03;keep', { target_amount: 81e6, exclude_asset_ids: ['HOU-01', 'IE-03'] }],
    ['Target $80M.\nCOL-04: retain\nNWK-05: retain', { target_amount: 80e6, exclude_asset_ids: ['COL-04', 'NWK-05'] }],
    // A row that marks a building for sale rules nothing out.
    ['Target: $79M\n\nasset_id,action\nDAL-03,sell', { target_amount: 79e6 }],
  ],
};

describeFamilies('reading types and assets (families, round 25)', FAMILIES);
