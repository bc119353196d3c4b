import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Places and types that name who writes or what is said of something else (a place's site lead, a score limit's
 * consequence, buildings counted after their names, the retail trade a product serves, a share cap on proceeds
 * coming from a place, a building's name cut short after its market, carried by its town or listed among other
 * buildings), a clause taken back as it is typed, what a brief cannot lose, and a type ruled out then narrowed to the
 * buildings named after it. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a person or team a place has ("Dallas site lead:", "the Columbus site lead")': [
    ['Phoenix site lead here: the Tempe building is half empty. Raise $70M.', { target_amount: 70e6 }],
    ['A note from the Atlanta plant manager says the hub is busy. $70M.', { target_amount: 70e6 }],
    ['Chicago leadership wants this done by June. $70M.', { target_amount: 70e6 }],
    // A place asked for beside its site lead is still read.
    ['Phoenix site lead here. Sell in Phoenix only, $70M.', { target_amount: 70e6, include_markets: ['Phoenix'] }],
    ['$70M from Chicago, which leads our list.', { target_amount: 70e6, include_markets: ['Chicago'] }],
  ],
  'a clause taken back as it is typed ("from the labs... no wait, DCs only")': [
    ['Raise $60M from the offices... no wait, warehouses only.', { target_amount: 60e6, asset_types: ['warehouse'] }],
    ['$60M. Keep it to Phoenix - actually, Chicago only.', { target_amount: 60e6, include_markets: ['Chicago'] }],
    ['$60M. Stores are off... actually just sell what scores best.', { target_amount: 60e6 }],
    // A correction that adds to the clause keeps it.
    ['Exclude Dallas... actually, exclude Houston too. $60M.', { target_amount: 60e6, exclude_markets: ['Dallas', 'Houston'] }],
    // A correction pointing back at the buildings the clause names keeps them.
    [
      'Raise $40M. The Fontana and Edison warehouses first... actually no, exclude those two warehouses.',
      { target_amount: 40e6, exclude_asset_ids: ['IE-02', 'NWK-02'] },
    ],
  ],
  'a building name running on over its type\'s trade word ("the Baytown cold store")': [
    ['The Baytown cold store runs hot all summer. $65M.', { target_amount: 65e6 }],
    // "Cold stores" asked for are warehouses.
    ['Sell the cold stores, $65M.', { target_amount: 65e6, asset_types: ['warehouse'] }],
  ],
  'a share cap on proceeds coming from a place ("no more than 30% of the proceeds coming from Dallas")': [
    ['$90M, with at most 25% of the raise sourced from Phoenix.', { target_amount: 90e6 }],
    ['$90M; no more than 40% of the total to come from Houston.', { target_amount: 90e6 }],
    // Proceeds from a place with no cap ask for it.
    ['$90M, all of it coming from Phoenix.', { target_amount: 90e6, include_markets: ['Phoenix'] }],
  ],
  'what a brief cannot lose ("I cannot lose the data centers")': [
    ['We cannot lose the labs. $80M.', { target_amount: 80e6, asset_types: allTypesBut('lab') }],
    ["Ops can't afford to lose the plants. $80M.", { target_amount: 80e6, asset_types: allTypesBut('manufacturing') }],
    // Losing something other than a building rules nothing out.
    ['$80M from warehouses; we cannot lose time on this.', { target_amount: 80e6, asset_types: ['warehouse'] }],
  ],
  'types a score limit is said to take out ("criticality above 0.7 - that takes the plants out")': [
    ['$90M. Nothing with leaseability under 0.5, which rules out the labs by itself.', { target_amount: 90e6, min_leaseability: 0.5 }],
    ['$90M. Criticality no higher than 0.6; this alone knocks out the plants and the hubs.', { target_amount: 90e6, max_criticality: 0.6 }],
    // A type asked for beside a score limit is read.
    [
      '$90M. Criticality no higher than 0.6, and sell the warehouses.',
      { target_amount: 90e6, max_criticality: 0.6, asset_types: ['warehouse'] },
    ],
  ],
  'a type counting buildings just named ("Cicero, Pasadena and Kearny as our three plants")': [
    ['Fontana and Edison are our two warehouses in the east. $50M.', { target_amount: 50e6 }],
    ['The board sees Joliet and Tolleson as our two best distribution centers. $50M.', { target_amount: 50e6 }],
    // A count of a type to sell asks for it.
    ['$50M from our two warehouses.', { target_amount: 50e6, asset_types: ['warehouse'] }],
  ],
  'the retail trade a product or customer serves ("the retail clamshells")': [
    ['The Cicero line makes our retail packaging. $75M.', { target_amount: 75e6 }],
    ['$75M. Our retail customers count on the Joliet DC.', { target_amount: 75e6 }],
    // Retail asked for is read.
    ['$75M from retail.', { target_amount: 75e6, asset_types: ['retail'] }],
  ],
  'a market and the next word of a building\'s name there ("same for Houston Regional")': [
    ['Newark Regional is half empty. Sell offices, $40M.', { target_amount: 40e6, asset_types: ['office'] }],
    // The market alone asked for is read.
    ['$40M from Newark.', { target_amount: 40e6, include_markets: ['Newark'] }],
  ],
  'a town of the metro that a building\'s name carries ("Wilmer DC and Ontario DC carry our volume")': [
    ['Ontario DC is our busiest site. $60M.', { target_amount: 60e6 }],
    // The town asked for is its market.
    ['$60M from Ontario.', { target_amount: 60e6, include_markets: ['Inland Empire'] }],
  ],
  'a type ruled out, then its buildings named after a comma ("The data centers are not for sale, Carrollton and Chandler both")': [
    ['The plants are off the table, Cicero and Kearny both. $120M.', { target_amount: 120e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    ['We will not sell the labs, Dublin included. $120M.', { target_amount: 120e6, exclude_asset_ids: ['COL-03'] }],
    // With no names after it, the whole type is ruled out.
    ['The plants are off the table, all three. $120M.', { target_amount: 120e6, asset_types: allTypesBut('manufacturing') }],
    ['The data centers are not for sale. $120M.', { target_amount: 120e6, asset_types: allTypesBut('data_center') }],
  ],
  'a market listed among buildings\' names ("Marietta, Mesa, Columbus, Plano - the parts stores")': [
    ['Mesa, Columbus and Plano all need new roofs. Sell retail, $30M.', { target_amount: 30e6, asset_types: ['retail'] }],
    // Listed with a building its name does not share a type with, the market is asked for.
    ['Sell Tolleson and Columbus, $30M.', { target_amount: 30e6, include_markets: ['Columbus'] }],
    ['Columbus and Phoenix only, $30M.', { target_amount: 30e6, include_markets: ['Columbus', 'Phoenix'] }],
  ],
};

describeFamilies('offline brief reader, places and types (14)', FAMILIES);
