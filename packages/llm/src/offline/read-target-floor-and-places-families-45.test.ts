import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-fifth round of wording families for the ask, the floor and the places: a figure only reached, then said fine
 * or named the least taken ("if we only get to 140, that's OK"), counted a success, or any amount from it up said fine;
 * proceeds of less than a figure refused; bare asks to rerun, redo or run at, a board's "says", "our number", and a
 * figure to raise or do that goes on to how the set is chosen, its floor in brackets or the only markets it comes out
 * of; bids of a bank or a buyer named with what they are for, a figure "we'd bid" and a bankers' pitch; "not a penny of
 * it from" two places; buildings and places flagged "as untouchable"; id exclusion keys in snake case; and a scanned
 * "distributlon". Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a figure only reached, then said fine or named the least taken after a comma': [
    ["We want $230M; if the deal lands at $205M, that's alright.", { target_amount: 230e6, floor_amount: 205e6 }],
    ["Aim for $75M; if it comes in at $62M, that's the bare minimum.", { target_amount: 75e6, floor_amount: 62e6 }],
    ["We need 160 million. If we only get 135 that's OK.", { target_amount: 160e6, floor_amount: 135e6 }],
    ["Raise 95 million, and if we can only reach 82, that's fine.", { target_amount: 95e6, floor_amount: 82e6 }],
    // A figure above the ask, a count, or no verdict after the comma is no floor.
    ["Raise $70M. If it comes in at $85M, that's fine.", { target_amount: 70e6 }],
    ["Raise $70M. If we get $50M of bids, we'll talk.", { target_amount: 70e6 }],
    ["Raise $70M. If we get 12 offers, that's fine.", { target_amount: 70e6 }],
  ],
  'a floor counted a success, or any amount from it up said fine': [
    ["We're after $120M, though we'd call it a success at $100M.", { target_amount: 120e6, floor_amount: 100e6 }],
    ['Target $88M; we will count it a win at $76M.', { target_amount: 88e6, floor_amount: 76e6 }],
    ['Aim for $210M; the board would call it a win at $190M.', { target_amount: 210e6, floor_amount: 190e6 }],
    ['Raise $150M; anything from $130M up would be fine.', { target_amount: 150e6, floor_amount: 130e6 }],
    ['We want $64M, and anything from $55M up should be workable.', { target_amount: 64e6, floor_amount: 55e6 }],
    // Alone, or above the ask, it is the ask or nothing more.
    ["We'd call it a success at $45M.", { target_amount: 45e6 }],
    ['Raise $60M; anything from $75M up would be fine.', { target_amount: 60e6 }],
  ],
  'proceeds of less than a figure refused': [
    [
      'The Company seeks $210 million; proceeds of less than $185 million would not be acceptable.',
      { target_amount: 210e6, floor_amount: 185e6 },
    ],
    ['Raise $96M. Proceeds of under $80M will not work.', { target_amount: 96e6, floor_amount: 80e6 }],
    // Proceeds of less than a figure that are fine set no floor.
    ['Raise $96M. Proceeds of less than $80M from Dallas are fine.', { target_amount: 96e6, include_markets: ['Dallas'] }],
  ],
  'a bare ask to rerun, redo or run at, said by the board, or called our number': [
    ['Rerun at 140 instead of 125, Atlanta only.', { target_amount: 140e6, include_markets: ['Atlanta'] }],
    ['Could you redo it at 95? No Phoenix.', { target_amount: 95e6, exclude_markets: ['Phoenix'] }],
    ['pls run 65, 15yr leases', { target_amount: 65e6, economics: { lease_term_years: 15 } }],
    ['board says 130 for the sale. nothing in Houston pls', { target_amount: 130e6, exclude_markets: ['Houston'] }],
    ["We'll be modest: 115 is our number.", { target_amount: 115e6 }],
    // A count to run, or a term, is no ask.
    ['Please run 3 scenarios for Dallas.', { include_markets: ['Dallas'], num_scenarios: 3 }],
    ['Run 12-year leases.', { economics: { lease_term_years: 12 } }],
  ],
  'a bare figure to raise or do that goes on to how the set is chosen, its floor, or where it comes from': [
    ['Raise 125 with the lowest rent cost.', { target_amount: 125e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise 140 (floor 120), warehouses only.', { target_amount: 140e6, floor_amount: 120e6, asset_types: ['warehouse'] }],
    ['could we do 85 out of Phoenix and Atlanta only?', { target_amount: 85e6, include_markets: ['Atlanta', 'Phoenix'] }],
    ['can we get 90 w/o selling anything in Newark', { target_amount: 90e6, exclude_markets: ['Newark'] }],
    // A figure that goes on to something else stays unread.
    ['Raise 120 from the Dallas offices.', { include_markets: ['Dallas'], asset_types: ['office'] }],
  ],
  "a bank's or a buyer's bid named with what it is for, a figure we'd bid, and a bankers' pitch": [
    ["The bank's indicative bid on the Fontana building came in at $140M. For the program we need $75M.", { target_amount: 75e6 }],
    ["The buyer's bid for the whole Houston portfolio was $260M, far more than we need. We need $95M.", { target_amount: 95e6 }],
    ['Forwarded: "We\'d bid $48M for the Tempe office." We need $130M.', { target_amount: 130e6 }],
    ['The bankers are pitching a $400M deal; we think $160M is right.', { target_amount: 160e6 }],
    // Our own bid target, or a buyer's bid the brief asks about with its own places, still read.
    ["We'll bid $210M for the portfolio.", { target_amount: 210e6 }],
    ['The advisers proposed $300M, but we settled on $240M with $210M as the floor.', { target_amount: 240e6, floor_amount: 210e6 }],
    [
      'Raise $85M; we expect the best bids from Chicago buyers, so sell in Chicago only.',
      { target_amount: 85e6, include_markets: ['Chicago'] },
    ],
  ],
  'none of it from two places, said with a coin': [
    ['Raise $90M. Not a penny of it from Columbus or Newark.', { target_amount: 90e6, exclude_markets: ['Columbus', 'Newark'] }],
    ['Raise $90M, not a cent of the proceeds from Houston or Atlanta.', { target_amount: 90e6, exclude_markets: ['Atlanta', 'Houston'] }],
    // Not a cent more than a figure limits the amount, and names no place.
    [
      'Raise $90M from Dallas, not a cent more.',
      { target_amount: 90e6, include_markets: ['Dallas'], economics: { objective: 'min_proceeds' } },
    ],
  ],
  'buildings and places flagged as untouchable': [
    [
      'Operations has flagged the Tolleson Distribution Center and the Edison Warehouse as untouchable. Raise $70M.',
      { target_amount: 70e6, exclude_asset_ids: ['PHX-01', 'NWK-02'] },
    ],
    [
      'Legal has marked Columbus and Atlanta as untouchable. Raise $70M.',
      { target_amount: 70e6, exclude_markets: ['Atlanta', 'Columbus'] },
    ],
    ['We treat data centers as sacrosanct. Raise $70M.', { target_amount: 70e6, asset_types: allTypesBut('data_center') }],
    // Seen as something else, a place is asked for.
    ['We see Houston as our best market; Houston only. Raise $70M.', { target_amount: 70e6, include_markets: ['Houston'] }],
  ],
  'id exclusion keys in snake case': [
    ['ids_excluded: PHX-02, NWK-03 | target: 120m', { target_amount: 120e6, exclude_asset_ids: ['PHX-02', 'NWK-03'] }],
    ['raise_mm,95\nexclude_ids,ATL-04', { target_amount: 95e6, exclude_asset_ids: ['ATL-04'] }],
    ['asset_ids_excluded: COL-03\ntarget: 80m', { target_amount: 80e6, exclude_asset_ids: ['COL-03'] }],
  ],
  'a scanned distribution': [
    ['Assets: distributlon centers only. Raise $60M.', { target_amount: 60e6, asset_types: ['distribution_center'] }],
    [
      'ASSETS: WAREHOUSES AND DISTRIBUT1ON CENTERS. Raise $60M.',
      { target_amount: 60e6, asset_types: ['distribution_center', 'warehouse'] },
    ],
  ],
};

describeFamilies('Brief wording families, round 45: target, floor and places', FAMILIES);
