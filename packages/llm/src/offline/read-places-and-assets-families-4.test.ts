import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places and named assets: verbs that strike an item from the sale without saying
 * "exclude" ("ignore", "disregard", "kill", "scrap", "nix", "cross off"), markets written by a short form ("IE", "phx", "ATL"), a place after "any facility in", and an exclusion one
 * is minded to make or that is turned down by whoever decides, and a place with words of asset names after it
 * ("the Atlanta sortation hub"), "the one in" for another asset of the type just named, and the topic a sentence opens on ("Re the Texas
 * sites:"). Each family has cases where its rule must
 * not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a verb that strikes a place or an asset from the list rules it out': [
    ['Raise $90M; ignore the Cicero plant.', { target_amount: 90e6, exclude_asset_ids: ['CHI-03'] }],
    ['$120M. Kill the HQ and the Cicero plant from the list.', { target_amount: 120e6, exclude_asset_ids: ['DAL-01', 'CHI-03'] }],
    ['Target $80M. Disregard Newark.', { target_amount: 80e6, exclude_markets: ['Newark'] }],
    ['$75M, and scrap the Tempe office.', { target_amount: 75e6, exclude_asset_ids: ['PHX-03'] }],
    ['$60M; nix Phoenix.', { target_amount: 60e6, exclude_markets: ['Phoenix'] }],
    ['$60M; cross off the Dublin lab.', { target_amount: 60e6, exclude_asset_ids: ['COL-03'] }],
    // A consequence orders nothing.
    [
      'Phoenix only. No mortgaged sites - that kills Chandler, fine. $60M.',
      { target_amount: 60e6, include_markets: ['Phoenix'], exclude_mortgaged: true },
    ],
    // "ignore" a figure rules no place out.
    ['$90M; ignore the FCCR covenant, net leverage max 3.5x.', { target_amount: 90e6, max_net_leverage: 3.5 }],
  ],
  'a market written by its short form in a list is that market': [
    ['$70M from the IE and Newark.', { target_amount: 70e6, include_markets: ['Inland Empire', 'Newark'] }],
    ['Raise $50M, only IE + Columbus.', { target_amount: 50e6, include_markets: ['Inland Empire', 'Columbus'] }],
    ['Need 0.15bn, only phx + Dallas.', { target_amount: 150e6, include_markets: ['Phoenix', 'Dallas'] }],
    ['$60M from ATL and Chicago.', { target_amount: 60e6, include_markets: ['Atlanta', 'Chicago'] }],
    // "ie" in lower case is "that is"; an asset id's prefix is no market.
    ['$60M from the warehouses, ie the big boxes.', { target_amount: 60e6, asset_types: ['warehouse'] }],
    ['$70M, exclude PHX-01 and ATL-02.', { target_amount: 70e6, exclude_asset_ids: ['PHX-01', 'ATL-02'] }],
  ],
  'a place after "any facility in" is ruled out with the words before it': [
    ['$70M, excluding any facility in Newark.', { target_amount: 70e6, exclude_markets: ['Newark'] }],
    [
      'Raise $50M from the warehouses, excluding any location in Phoenix.',
      { target_amount: 50e6, asset_types: ['warehouse'], exclude_markets: ['Phoenix'] },
    ],
    ['Raise $50M, excluding any premises in Dallas.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
    ['$70M from any facility in Newark.', { target_amount: 70e6, include_markets: ['Newark'] }],
  ],
  'an exclusion one is minded to make, or one turned down by whoever decides, is no filter while still open': [
    ['We are minded to exclude Atlanta but that is still under discussion. $95M.', { target_amount: 95e6 }],
    ["I'm inclined to drop Houston, but it's still under review. Raise $80M.", { target_amount: 80e6 }],
    ['We considered excluding Phoenix but the treasurer decided to keep it in. Ask: $125M.', { target_amount: 125e6 }],
    ['We talked about dropping Newark, but the CFO decided to keep it. Raise $90M.', { target_amount: 90e6 }],
    ["You asked whether to exclude Phoenix - our view is it doesn't matter. Ask stays $135M.", { target_amount: 135e6 }],
    ["The CFO asked whether to drop Dallas; it won't make much difference. Raise $100M.", { target_amount: 100e6 }],
    ['We are minded to exclude Atlanta. $95M.', { target_amount: 95e6, exclude_markets: ['Atlanta'] }],
    ['You asked whether to exclude Phoenix - yes, exclude it. $135M.', { target_amount: 135e6, exclude_markets: ['Phoenix'] }],
  ],
  'a place with words of asset names after it is the one asset there so named': [
    ['$160M. Ring-fence the Atlanta sortation hub.', { target_amount: 160e6, exclude_asset_ids: ['ATL-01'] }],
    ['Raise $90M; exclude the Atlanta hub.', { target_amount: 90e6, exclude_asset_ids: ['ATL-01'] }],
    ['Raise $90M; exclude the Houston cold storage.', { target_amount: 90e6, exclude_asset_ids: ['HOU-02'] }],
    ['Raise $90M; exclude the Houston regional office.', { target_amount: 90e6, exclude_asset_ids: ['HOU-04'] }],
    [
      'Raise $90M; hold back the Newark legacy plant, and Dallas.',
      { target_amount: 90e6, exclude_asset_ids: ['NWK-03'], exclude_markets: ['Dallas'] },
    ],
    // Words naming several assets there stay with the place.
    ['Raise $90M; exclude Dallas and Houston.', { target_amount: 90e6, exclude_markets: ['Dallas', 'Houston'] }],
  ],
  '"the one in" after a named asset is another asset of its type, named or standing there': [
    [
      '$100M from the warehouses; skip the Groveport warehouse and the one in Elk Grove Village.',
      { target_amount: 100e6, asset_types: ['warehouse'], exclude_asset_ids: ['COL-02', 'CHI-02'] },
    ],
    ['Raise $90M; exclude the Tempe office and the one in Houston.', { target_amount: 90e6, exclude_asset_ids: ['PHX-03', 'HOU-04'] }],
    [
      'Raise $90M; exclude the Tempe office and the one in Chicago, and Dallas.',
      { target_amount: 90e6, exclude_asset_ids: ['PHX-03', 'CHI-04'], exclude_markets: ['Dallas'] },
    ],
    // "the one in" is no market of its own.
    ['Raise $90M; exclude the Tempe office and the one in Newark.', { target_amount: 90e6, exclude_asset_ids: ['PHX-03', 'NWK-04'] }],
  ],
  'the topic a sentence opens on asks for nothing': [
    ["Re the Texas sites: we're leaving Houston out altogether. Ask $115M.", { target_amount: 115e6, exclude_markets: ['Houston'] }],
    ['Regarding Ohio - no Columbus lab. Ask $60M.', { target_amount: 60e6, exclude_asset_ids: ['COL-03'] }],
    ['As for the Georgia sites: leave Atlanta out. Raise $40M.', { target_amount: 40e6, exclude_markets: ['Atlanta'] }],
    // A place asked for in so many words is still read.
    ['Raise $60M from Texas.', { target_amount: 60e6, include_markets: ['Dallas', 'Houston'] }],
  ],
};

describeFamilies('reading places and assets, families of striking verbs', FAMILIES);
