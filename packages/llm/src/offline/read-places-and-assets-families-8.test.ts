import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places, asset types and assets, most of them from dictated briefs: a word split in two
 * ("ware houses", "New Ark"), an asset id spelled letter by letter ("H O U oh four"), the dotted "D.C.s", an asset's
 * name written a letter off ("the Tollison DC"), assets named and then described by their type ("the data centers stay
 * ours"), what stays with the seller, what a buyer will not own, "nothing out of" a place, and a region whose states a
 * definition fixes ("from the Midwest only"), a "what if" that proposes the program, a
 * contract's defined term for what is excluded, "its research lab" for the one lab,  the
 * reason for ruling out an asset written before the next one, a label's list that opens with the encumbered
 * assets, a question answered "no —" and a corrected list,
 * and a question taken back ("no, scrap that"). Each family has cases where its rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a key word or a place name split in two by dictation is read as the word': [
    ['can u run 90 mil, only ware houses and dcs', { target_amount: 90e6, asset_types: ['distribution_center', 'warehouse'] }],
    ['Raise $40M from New Ark only.', { target_amount: 40e6, include_markets: ['Newark'] }],
    ['need 90 mil from ware houses only', { target_amount: 90e6, asset_types: ['warehouse'] }],
    ['Raise $60M from Colum Bus only', { target_amount: 60e6, include_markets: ['Columbus'] }],
    ['Raise $60M, head quarters excluded.', { target_amount: 60e6, exclude_asset_ids: ['DAL-01'] }],
    // A place split in lower case is two ordinary words; "lease back" is a verb of its own, not "leaseback".
    ['Raise $60M from colum bus only', { target_amount: 60e6 }],
    ['Sell and lease back $95M of warehouses.', { target_amount: 95e6, asset_types: ['warehouse'] }],
  ],
  'an asset id spelled letter by letter, "oh" and a digit, is the id': [
    ['target 100 million, and uh exclude H O U oh four, the Houston office', { target_amount: 100e6, exclude_asset_ids: ['HOU-04'] }],
    ['exclude I E oh two and raise 80 million', { target_amount: 80e6, exclude_asset_ids: ['IE-02'] }],
    ['skip P H X zero one and D A L oh five, target 120m', { target_amount: 120e6, exclude_asset_ids: ['DAL-05', 'PHX-01'] }],
    ['raise 90m, leave out HOU oh three', { target_amount: 90e6, exclude_asset_ids: ['HOU-03'] }],
    // Without the capitals of an id, "oh" and a number are words.
    [
      'Raise $90M, no Dallas, oh and one more thing: US GAAP.',
      { target_amount: 90e6, exclude_markets: ['Dallas'], economics: { accounting_basis: 'us_gaap' } },
    ],
  ],
  '"D.C.s" with the dots of an abbreviation are distribution centers': [
    ['75M, D.C.s only, no market above half', { target_amount: 75e6, asset_types: ['distribution_center'], max_market_share: 0.5 }],
    ['$70M from D. C.s and warehouses', { target_amount: 70e6, asset_types: ['distribution_center', 'warehouse'] }],
    [
      "100 mil, no D.C.'s, leverage under 3.5x",
      { target_amount: 100e6, asset_types: allTypesBut('distribution_center'), max_net_leverage: 3.5 },
    ],
    // "D.C." alone is Washington, which the portfolio does not hold.
    ['Raise $90M, nothing in Washington D.C.', { target_amount: 90e6 }],
  ],
  "an asset's name written a letter off is the asset": [
    ['Target $130M. Exclude Schaumberg Office and Tempe Office.', { target_amount: 130e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] }],
    ['Do 80M and leave Kearney and Cicero out (both plants).', { target_amount: 80e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    ['run it for 200M without the Tollison DC and the Rickenbacher DC', { target_amount: 200e6, exclude_asset_ids: ['COL-01', 'PHX-01'] }],
    ['Raise $90M. Exclude the Grovport warehouse.', { target_amount: 90e6, exclude_asset_ids: ['COL-02'] }],
    ['Raise $90M, not the Marrietta Parts Store.', { target_amount: 90e6, exclude_asset_ids: ['ATL-04'] }],
    // A name outside a list of exclusions names nothing.
    ['Raise $80M. Juliet in legal says no Dallas.', { target_amount: 80e6, exclude_markets: ['Dallas'] }],
  ],
  'assets named, then described by their type after "the", rule out the assets and not the type': [
    [
      'Raise 90M but keep DAL-05 and PHX-02 out, the data centers stay ours.',
      { target_amount: 90e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    [
      'Raise 100M, exclude DAL-05 and PHX-02, the data centers stay ours.',
      { target_amount: 100e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    ['keep NWK-01 and ATL-01 out, the sortation hubs are core. $90M.', { target_amount: 90e6, exclude_asset_ids: ['ATL-01', 'NWK-01'] }],
    ['Raise $90M without HOU-03 and NWK-03 - both plants stay ours.', { target_amount: 90e6, exclude_asset_ids: ['HOU-03', 'NWK-03'] }],
    // In a sentence of its own, or of another type than the assets named, the type is ruled out.
    [
      'Raise 100M but keep DAL-05 and PHX-02 out. The data centers stay ours.',
      { target_amount: 100e6, exclude_asset_ids: ['DAL-05', 'PHX-02'], asset_types: allTypesBut('data_center') },
    ],
    [
      'Raise 100M, exclude DAL-05 and PHX-02, and the offices stay ours.',
      { target_amount: 100e6, exclude_asset_ids: ['DAL-05', 'PHX-02'], asset_types: allTypesBut('office') },
    ],
  ],
  'an asset that stays with the seller is not sold': [
    [
      'The company wants unencumbered assets only and the Dublin Research Lab stays with them. $200M.',
      { target_amount: 200e6, exclude_mortgaged: true, exclude_asset_ids: ['COL-03'] },
    ],
    ['The seller keeps the Tempe Office: it remains with the company. $75M.', { target_amount: 75e6, exclude_asset_ids: ['PHX-03'] }],
    ["$75M. We'd like the Fontana Warehouse to stay with them.", { target_amount: 75e6, exclude_asset_ids: ['IE-02'] }],
    // What stays with them is not always an asset.
    ['$75M. The decision stays with them.', { target_amount: 75e6 }],
  ],
  'what a buyer will not own is ruled out': [
    [
      "Fund IC: we won't own plants, and the committee doesn't want offices either. Model $210M of everything else.",
      { target_amount: 210e6, asset_types: allTypesBut('manufacturing', 'office') },
    ],
    ['The fund will not buy offices. $120M.', { target_amount: 120e6, asset_types: allTypesBut('office') }],
    ["We wouldn't acquire labs or data centers. $120M.", { target_amount: 120e6, asset_types: allTypesBut('lab', 'data_center') }],
    // Owning, without a refusal, asks for the type.
    ["We'd own the warehouses outright. $90M.", { target_amount: 90e6, asset_types: ['warehouse'] }],
  ],
  '"nothing out of" a place rules it out': [
    [
      'raise 180M with no market over 30% and nothing out of Atlanta',
      { target_amount: 180e6, max_market_share: 0.3, exclude_markets: ['Atlanta'] },
    ],
    ['Raise $150M, none out of Phoenix.', { target_amount: 150e6, exclude_markets: ['Phoenix'] }],
    ['Raise $150M, nothing out of Texas or Georgia.', { target_amount: 150e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    // Money "out of" a place asks for it.
    ['Raise $50M out of Atlanta and Dallas.', { target_amount: 50e6, include_markets: ['Atlanta', 'Dallas'] }],
  ],
  'a region whose states a definition fixes, placed or ruled out, is the markets in those states': [
    [
      'Raise $60M from the Midwest only, leaseability above 0.6',
      { target_amount: 60e6, min_leaseability: 0.6, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['The West Coast is off limits. $200M.', { target_amount: 200e6, exclude_markets: ['Inland Empire'] }],
    [
      'for the DCs and warehouses in the Midwest, raise $90M',
      { target_amount: 90e6, asset_types: ['distribution_center', 'warehouse'], include_markets: ['Chicago', 'Columbus'] },
    ],
    ['$80M, nothing in the Northeast', { target_amount: 80e6, exclude_markets: ['Newark'] }],
    ['Great Lakes only, $70M', { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Mid-Atlantic sites only. $50M', { target_amount: 50e6, include_markets: ['Newark'] }],
    // A region only mentioned, or one no definition fixes, is no filter.
    ['We need cash for the Midwest expansion, call it $130M.', { target_amount: 130e6 }],
    ['Regional VP Midwest: raise $100M.', { target_amount: 100e6 }],
    ['$90M from the Sun Belt.', { target_amount: 90e6 }],
  ],
  'a "what if" that sizes the program and asks no question proposes it, places and all': [
    [
      'um, what if we did, like, seventy million, uh, only from Inland Empire and Phoenix, criticality at most 0.5',
      { target_amount: 70e6, max_criticality: 0.5, include_markets: ['Inland Empire', 'Phoenix'] },
    ],
    [
      'um so what if we did ninety million, only from Dallas and Phoenix, leverage under 3.5x',
      { target_amount: 90e6, max_net_leverage: 3.5, include_markets: ['Dallas', 'Phoenix'] },
    ],
    ['what if we went with $75M, nothing in Texas', { target_amount: 75e6, exclude_markets: ['Dallas', 'Houston'] }],
    // Asked as a question, the "what if" stays a hypothetical.
    ['What if we did $300m from Dallas only? Too much. Run $210m.', { target_amount: 210e6 }],
    ['$50M. What if we only sold in Chicago? Just a thought.', { target_amount: 50e6 }],
  ],
  'a defined term of a contract that names what is excluded rules its list out': [
    [
      '"Excluded Assets" means the Grand Prairie Warehouse, the Joliet Distribution Center and the Tempe Office. Proceeds: $95,000,000.',
      { target_amount: 95e6, exclude_asset_ids: ['CHI-01', 'DAL-03', 'PHX-03'] },
    ],
    [
      '"Excluded Property" means the Cicero Main Plant and any other property subject to a mortgage. Proceeds: $100,000,000.',
      { target_amount: 100e6, exclude_asset_ids: ['CHI-03'], exclude_mortgaged: true },
    ],
    ['"Excluded Markets" shall mean Dallas and Houston. $90M.', { target_amount: 90e6, exclude_markets: ['Dallas', 'Houston'] }],
    // Another defined term rules nothing out.
    ['"Permitted Liens" means liens on the Ontario DC. $80M.', { target_amount: 80e6 }],
  ],
  "a singular type after a possessive, ruled out, is the portfolio's one asset of that type": [
    [
      "Offering memo: the properties offered exclude the Company's headquarters and its research lab. Seller target $150M.",
      { target_amount: 150e6, exclude_asset_ids: ['COL-03', 'DAL-01'] },
    ],
    ['Exclude our lab and our offices. $90M.', { target_amount: 90e6, exclude_asset_ids: ['COL-03'], asset_types: allTypesBut('office') }],
    // A type the portfolio holds several of, or without a possessive, is the type.
    ['Exclude its data center. $90M.', { target_amount: 90e6, asset_types: allTypesBut('data_center') }],
    ['Exclude the lab. $90M.', { target_amount: 90e6, asset_types: allTypesBut('lab') }],
  ],
  'the reason an asset is ruled out, written before the next asset of the list, leaves the list running on': [
    [
      'Raise $65M. Exclude the Groveport warehouse (the landlord next door holds a right of first refusal on it) and the Fontana warehouse (rezoning).',
      { target_amount: 65e6, exclude_asset_ids: ['COL-02', 'IE-02'] },
    ],
    [
      'Please exclude the Edison warehouse, which is being converted, and the Riverside cross-dock, which is being sold. Target $80M.',
      { target_amount: 80e6, exclude_asset_ids: ['IE-03', 'NWK-02'] },
    ],
    [
      'Skip the Joliet DC, which needs a new roof, and the Tempe Office, which is half empty. $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['CHI-01', 'PHX-03'] },
    ],
    [
      'Leave out HOU-02 (the tenant is too specialised for the buyer pool we are talking to) and the Edison warehouse. $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['HOU-02', 'NWK-02'] },
    ],
    // What follows the bracket is no asset: the list ends with it.
    [
      'Exclude the Fontana Warehouse (it sits on land the city wants to buy back next year) and the target is $80M.',
      { target_amount: 80e6, exclude_asset_ids: ['IE-02'] },
    ],
  ],
  "a label's list that opens with the encumbered assets goes on after them": [
    [
      'Term sheet: target $120M. Excluded: properties with secured financing; Port Houston DC (rail agreement).',
      { target_amount: 120e6, exclude_mortgaged: true, exclude_asset_ids: ['HOU-01'] },
    ],
    [
      'Excluded: mortgaged assets; the Tempe Office. $90M.',
      { target_amount: 90e6, exclude_mortgaged: true, exclude_asset_ids: ['PHX-03'] },
    ],
    [
      'Exclusions: encumbered sites, the Joliet DC and Newark. $90M.',
      { target_amount: 90e6, exclude_mortgaged: true, exclude_asset_ids: ['CHI-01'], exclude_markets: ['Newark'] },
    ],
    // A new sentence after the encumbered assets is no item of the label's list.
    ['Excluded: mortgaged assets. The Tempe Office is fine to sell. $90M.', { target_amount: 90e6, exclude_mortgaged: true }],
  ],
  'a "no" that answers a question, with a dash after it, corrects the list and rules nothing out': [
    [
      '$125M. FCCR at least 1.7x. Dallas and Columbus only? no — Dallas, Columbus and Newark.',
      { target_amount: 125e6, min_fixed_charge_coverage: 1.7, include_markets: ['Columbus', 'Dallas', 'Newark'] },
    ],
    ['$100M. Texas only? no - Texas and Georgia.', { target_amount: 100e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    // Without the dash the answer names what is ruled out; without the question "no" rules out.
    ['$100M. Any exclusions? No Dallas.', { target_amount: 100e6, exclude_markets: ['Dallas'] }],
    ['Raise $100M, no Dallas.', { target_amount: 100e6, exclude_markets: ['Dallas'] }],
  ],
  'a question answered no and taken back ("no, scrap that") leaves only the instruction after it': [
    [
      'target $60M. only offices and labs? no, scrap that, anything but offices',
      { target_amount: 60e6, asset_types: allTypesBut('office') },
    ],
    ['$80M. Dallas and Houston only? no, forget that, exclude Phoenix.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
    ['$80M. Warehouses only? nah, ignore that, plants only.', { target_amount: 80e6, asset_types: ['manufacturing'] }],
    // A question answered yes stands.
    ['$80M. Only Dallas? Yes. Scrap that thought about leverage.', { target_amount: 80e6, include_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading places, asset types and assets', FAMILIES);
