import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-eighth round of wording families for asset types, assets and mortgages: mortgaged buildings ruled out by a
 * condition and a pronoun ("if a building has a mortgage on it, skip it"), by who holds the loan ("any building a
 * lender has a mortgage on") or as not to be counted ("don't count anything mortgaged"); the buildings the writer
 * looks after, ruled out by a pronoun after them ("I manage the Carrollton and Chandler data centers. Neither can go");
 * a chat line asking what is left out without its question mark, answered by the next line's list; tables of
 * buildings kept with why each stays ("| Building | Why it stays |", "Exclusions (building | why)"); an order that a
 * building should not go, said softly or with a word after it ("shouldn't go though"); types taken back by a
 * trailing-off answered "no" and replaced, or by a one-type limit dropped by name ("scratch the warehouses-only
 * idea"); a job title on two joined type words ("Plant and DC ops"); and the writer's own building by a description,
 * alone or listed with others ("Our parts store and the Edison Warehouse are keepers"). Every case states what it must
 * read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'mortgaged buildings ruled out by a condition, by who holds the loan, or as not to be counted': [
    ['Raise $41M; where a site carries a lien, leave it out.', { target_amount: 41e6, exclude_mortgaged: true }],
    ['Target $41M. If any of our properties are mortgaged, we cannot sell them.', { target_amount: 41e6, exclude_mortgaged: true }],
    ['If there are sites with debt against them, those are off the table. $41M.', { target_amount: 41e6, exclude_mortgaged: true }],
    ['$41M, and do not offer anything the bank holds a lien over.', { target_amount: 41e6, exclude_mortgaged: true }],
    ['Exclude every property our lenders have charges against. Target $41M.', { target_amount: 41e6, exclude_mortgaged: true }],
    ['Target $41M; please do not put forward the encumbered sites.', { target_amount: 41e6, exclude_mortgaged: true }],
    // A condition whose consequence is no ruling, a refusal of the ruling, and a reliance on the class rule nothing out.
    ['Target $41M. If a building has a mortgage on it, we need the lender to sign off.', { target_amount: 41e6 }],
    ["Target $41M. If a site carries a lien, don't skip it.", { target_amount: 41e6 }],
    ["Target $41M. Don't count on the mortgaged ones closing quickly.", { target_amount: 41e6 }],
  ],
  'the buildings the writer looks after, ruled out by a pronoun after them': [
    [
      'I oversee the Joliet Distribution Center and the Elk Grove Village Warehouse. Both are off the table. Raise $52M.',
      { target_amount: 52e6, exclude_asset_ids: ['CHI-01', 'CHI-02'] },
    ],
    ["I'm responsible for the Tempe Office; please leave it out. Raise $52M.", { target_amount: 52e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'I run the Groveport Warehouse and the Columbus Parts Store. Neither can go. $52M.',
      { target_amount: 52e6, exclude_asset_ids: ['COL-02', 'COL-04'] },
    ],
    // Buildings looked after and then offered are no such ruling.
    ['I run the Groveport Warehouse, and it is ready to sell. Raise $52M.', { target_amount: 52e6 }],
    ['I look after the Tempe Office, which we could sell. Raise $52M.', { target_amount: 52e6 }],
    ['I oversee the Groveport Warehouse; please keep it in the sale. Raise $52M.', { target_amount: 52e6 }],
  ],
  'a chat line asking what is left out, answered by the next line alone': [
    [
      'Ana: so what do we leave out\nRui: Tempe Office, Mesa Parts Store\nAna: and the ask?\nRui: $57M',
      { target_amount: 57e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    [
      '[10:02] Kim: anything off limits?\n[10:03] Lee: the Dublin Research Lab\n[10:04] Lee: target $57M',
      { target_amount: 57e6, exclude_asset_ids: ['COL-03'] },
    ],
    ['Mo: are we excluding anything\nJo: Houston\nMo: ok, $57M it is', { target_amount: 57e6, exclude_markets: ['Houston'] }],
    // An answer that is no list, or goes on to ask for its list only, is no exclusion.
    ['Ana: what are we excluding\nRui: nothing this time\nRui: $57M', { target_amount: 57e6 }],
    ['Ana: what are we excluding?\nRui: Phoenix only, target $57M', { target_amount: 57e6, include_markets: ['Phoenix'] }],
  ],
  'tables of buildings kept, with why each stays': [
    [
      'Raise $64M.\n| Site | Reason we keep it |\n| --- | --- |\n| Tempe Office | lease renewal pending |\n| Fontana Warehouse | anchor tenant |',
      { target_amount: 64e6, exclude_asset_ids: ['IE-02', 'PHX-03'] },
    ],
    [
      'Do not sell (site | reason):\nGroveport Warehouse | expansion underway\nMesa Parts Store | new lease\nTarget $64M.',
      { target_amount: 64e6, exclude_asset_ids: ['COL-02', 'PHX-04'] },
    ],
    // A second column that says nothing of keeping leaves the buildings merely mentioned.
    ['Raise $64M.\n| Building | Notes |\n| --- | --- |\n| Tempe Office | recently renovated |', { target_amount: 64e6 }],
    ['Raise $64M.\n| Building | Why it stays in the sale |\n| --- | --- |\n| Tempe Office | cheap to replace |', { target_amount: 64e6 }],
  ],
  'an order that a building should not go, said softly or with a word after it': [
    ['Target $46M. The Schaumburg Office should not go, please.', { target_amount: 46e6, exclude_asset_ids: ['CHI-04'] }],
    ["Target $46M; the Dublin Research Lab won't go either.", { target_amount: 46e6, exclude_asset_ids: ['COL-03'] }],
    ["Raise $46M. The Fontana Warehouse isn't going anywhere (IE-02).", { target_amount: 46e6, exclude_asset_ids: ['IE-02'] }],
    // A level that should not go up, and an order on the deal, name no building.
    ["Target $46M; leverage shouldn't go above 3.5x.", { target_amount: 46e6, max_net_leverage: 3.5 }],
    ["Target $46M from the Tempe Office. The deal shouldn't go though.", { target_amount: 46e6 }],
  ],
  'types taken back by a trailing-off answered no, or by a one-type limit dropped by name': [
    ['Sell $70M of stores... no, I mean labs.', { target_amount: 70e6, asset_types: ['lab'] }],
    ['$70M from offices - no, make it warehouses.', { target_amount: 70e6, asset_types: ['warehouse'] }],
    ['Labs only. Actually, forget the labs-only restriction, any asset type is fine. $70M.', { target_amount: 70e6 }],
    ['Target $70M. Ditch that offices-only plan.', { target_amount: 70e6 }],
    ['Offices only, since the labs are full. Ok, scrap the offices-only plan; every type is fine. $70M.', { target_amount: 70e6 }],
    // A trailing-off that adds keeps what it follows; a limit kept, or dropped for another type, still stands.
    ['Sell $70M of stores... no, make that stores and labs too.', { target_amount: 70e6, asset_types: ['lab', 'retail'] }],
    ["Offices only, $70M. Don't scratch the offices-only rule.", { target_amount: 70e6, asset_types: ['office'] }],
    ['Warehouses only. Scratch the labs-only idea from last week. $70M.', { target_amount: 70e6, asset_types: ['warehouse'] }],
  ],
  'a job title on two joined type words': [
    ['Warehouse & logistics lead here. Target $33M.', { target_amount: 33e6 }],
    ['Retail/office manager:\nRaise $33M.', { target_amount: 33e6 }],
    // Two types asked for are still read.
    ['Plants and DCs only, $33M.', { target_amount: 33e6, asset_types: ['distribution_center', 'manufacturing'] }],
    ['Retail and office sale: $33M.', { target_amount: 33e6, asset_types: ['office', 'retail'] }],
  ],
  "the writer's own building by a description, alone or listed with others": [
    ['Plant manager, Kearny. My legacy plant is off the table. Target $36M.', { target_amount: 36e6, exclude_asset_ids: ['NWK-03'] }],
    [
      'Store lead, Marietta. Our parts store and the McDonough Warehouse stay with us. Target $36M.',
      { target_amount: 36e6, exclude_asset_ids: ['ATL-02', 'ATL-04'] },
    ],
    [
      'Lab director, Dublin. The Groveport Warehouse and our lab are both excluded. Raise $36M.',
      { target_amount: 36e6, exclude_asset_ids: ['COL-02', 'COL-03'] },
    ],
    // A building of the kind the brief does not name, or one merely described, is no building ruled out.
    ['Our parts stores are keepers. Target $36M.', { target_amount: 36e6, asset_types: allTypesBut('retail') }],
    ['Store lead, Marietta. Our parts store is busy this month. Target $36M.', { target_amount: 36e6 }],
    ['Office manager, Tempe. Our Dallas office is a keeper. Target $36M.', { target_amount: 36e6, exclude_asset_ids: ['DAL-01'] }],
  ],
};

describeFamilies('types and assets: families, round 38', FAMILIES);
