import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places and asset types: the shorthand "dist. centers" and "data ctrs", a sentence that is only a list
 * and "too" after an exclusion, an exclusion word after its market with the reason in a bracket, an exclusion
 * corrected into an allow-list that names the same place, the reason for an exclusion given after a dash, and the
 * people of R&D (or a company's home city) who name no asset type. Each family has cases where its rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  '"dist. centers" and "data ctrs" are shorthand for distribution and data centers': [
    [
      'Raise $140M. Dist. centers, warehouses and plants only.',
      { target_amount: 140e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing'] },
    ],
    ['Only dist centers. $90M.', { target_amount: 90e6, asset_types: ['distribution_center'] }],
    ['$75M from dist. ctrs and offices only.', { target_amount: 75e6, asset_types: ['distribution_center', 'office'] }],
    ['No dist. centres please. $60M.', { target_amount: 60e6, asset_types: allTypesBut('distribution_center') }],
    ['ok 100m and no data ctrs or offices', { target_amount: 100e6, asset_types: allTypesBut('data_center', 'office') }],
    ['$80M from data ctrs only.', { target_amount: 80e6, asset_types: ['data_center'] }],
    // "Dist." that shortens another word names no type.
    ['Raise $80M. Dist. to treasury and legal.', { target_amount: 80e6 }],
  ],
  'a sentence that is only a list and "too", after an exclusion, rules its list out': [
    ['Plants are out. Labs too. Target $130M.', { target_amount: 130e6, asset_types: allTypesBut('manufacturing', 'lab') }],
    ['No data centers. Offices as well. Raise $90M.', { target_amount: 90e6, asset_types: allTypesBut('data_center', 'office') }],
    ['Exclude Dallas. Houston too. $90M.', { target_amount: 90e6, exclude_markets: ['Dallas', 'Houston'] }],
    // After a sentence that asks for something, or in a sentence with a verb of its own, the list is asked for.
    ['We sell warehouses. Offices too. $90M.', { target_amount: 90e6, asset_types: ['warehouse', 'office'] }],
    ['Exclude Dallas. We want offices too. $90M.', { target_amount: 90e6, exclude_markets: ['Dallas'], asset_types: ['office'] }],
  ],
  'an exclusion word after its market, with the reason in a bracket, rules the market out': [
    ['Please plan 150 mio. Dallas market exclude (HQ city, politically sensitive).', { target_amount: 150e6, exclude_markets: ['Dallas'] }],
    ['Houston market exclude (flood risk). Target 90 mio.', { target_amount: 90e6, exclude_markets: ['Houston'] }],
    ['Target $70M. Newark: omit (union talks pending).', { target_amount: 70e6, exclude_markets: ['Newark'] }],
    // The company's home city names no office; offices asked for by name are still read.
    ['Raise $90M in our HQ city, Dallas.', { target_amount: 90e6, include_markets: ['Dallas'] }],
    ['Raise $90M from offices in Dallas.', { target_amount: 90e6, include_markets: ['Dallas'], asset_types: ['office'] }],
  ],
  'an exclusion corrected into an allow-list that names the same place is taken back': [
    [
      'We need $130M. Exclude Columbus - sorry, I meant ONLY Columbus and Chicago.',
      { target_amount: 130e6, include_markets: ['Columbus', 'Chicago'] },
    ],
    ['No Dallas. I mean just Chicago and Dallas. $90M.', { target_amount: 90e6, include_markets: ['Chicago', 'Dallas'] }],
    [
      'Exclude Houston; I meant only Chicago, Houston and Atlanta. $90M.',
      { target_amount: 90e6, include_markets: ['Chicago', 'Houston', 'Atlanta'] },
    ],
    // An allow-list that leaves the place out takes nothing back.
    ['Exclude Houston; I meant only Chicago. $90M.', { target_amount: 90e6, exclude_markets: ['Houston'], include_markets: ['Chicago'] }],
  ],
  'the reason for an exclusion given after a dash excludes the asset, not every mortgaged one': [
    [
      '$65M from Phoenix. Exclude the Chandler Data Center - it is carrying a $120M mortgage.',
      { target_amount: 65e6, include_markets: ['Phoenix'], exclude_asset_ids: ['PHX-02'] },
    ],
    ['$65M. Skip the Tempe office - it has a mortgage on it.', { target_amount: 65e6, exclude_asset_ids: ['PHX-03'] }],
    ['$65M. Exclude the Ontario DC \u2014 the one with the $45M mortgage.', { target_amount: 65e6, exclude_asset_ids: ['IE-01'] }],
    // Mortgaged assets ruled out as such are still read.
    ['$65M. Exclude anything with a mortgage.', { target_amount: 65e6, exclude_mortgaged: true }],
    ['$65M. No mortgaged assets - none at all.', { target_amount: 65e6, exclude_mortgaged: true }],
  ],
  'the people of R&D name no asset type': [
    [
      'Leave the Dublin lab out, R&D will kill me. The program is $44M, all of it from Columbus.',
      { target_amount: 44e6, include_markets: ['Columbus'], exclude_asset_ids: ['COL-03'] },
    ],
    ['Raise $60M from Dallas; the R&D team has signed off.', { target_amount: 60e6, include_markets: ['Dallas'] }],
    ['Exclude the Dublin lab; research says no. $50M.', { target_amount: 50e6, exclude_asset_ids: ['COL-03'] }],
    // R&D buildings asked for are labs.
    ['Raise $60M, R&D only.', { target_amount: 60e6, asset_types: ['lab'] }],
    ['Raise $60M from R&D sites and warehouses.', { target_amount: 60e6, asset_types: ['lab', 'warehouse'] }],
  ],
};

describeFamilies('reading places and asset types', FAMILIES);
