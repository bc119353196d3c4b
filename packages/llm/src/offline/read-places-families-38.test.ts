import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-eighth round of wording families for the markets: where a message comes from or who wrote it ("From the
 * Houston HQ:", "Ops, Atlanta hub.", "Treasurer's update (Chicago office):", "Compiled by, J. Ortiz, Houston", "Lee in
 * Newark sends her regards", "I run the fleet out of Houston", "Afternoon - Treasury Atlanta."); talk about the market,
 * the company's past or its people ("a big box in Phoenix just sold for $41M", "opened our first Houston branch in
 * 1987", "managers from Newark and Columbus met in Chicago", "prefers selling Newark, but it's not a constraint");
 * hearsay, bookings, money for a project and a meeting's place ("hearing rumours about selling in Atlanta", "the money
 * for the Phoenix fleet expansion", "sync (Newark, Tuesday)"); places ruled out or kept to by the shape of their line
 * ("- Dallas, Atlanta excluded from the program", "Exclusions asked for by the auditors: ...", a row
 * "Atlanta,excluded,zoning", "keeping everything in Ohio"); Census regions kept to in looser wording ("West and Midwest
 * only (Census definitions)", "Limit to the South (Census def)"); a question that would keep the sale to places answered
 * "no, anywhere"; and one building named by its place before the rest of its kind ("the Newark plant and other plants").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'where a message comes from or who wrote it ("From the Houston HQ:", "Ops, Atlanta hub.", "Compiled by, ..., Houston")': [
    ['From the Houston HQ: raise $64M.', { target_amount: 64e6 }],
    ['Ops, Atlanta hub. Raise $64M.', { target_amount: 64e6 }],
    ["Treasurer's update (Chicago office): raise $64M.", { target_amount: 64e6 }],
    ['Raise $64M.\nRow 9: Compiled by, J. Ortiz, Houston', { target_amount: 64e6 }],
    ['Raise $64M. Lee in Newark sends her regards.', { target_amount: 64e6 }],
    ['Raise $64M. I run the regional fleet out of Houston.', { target_amount: 64e6 }],
    ['SLB ask - Dallas & Houston finance team\nRaise $64M.', { target_amount: 64e6 }],
    ['Afternoon - Treasury Atlanta. Raise $64M.', { target_amount: 64e6 }],
    ['Approved terms (signed off by Treasurer, Columbus):\n- Raise $64M', { target_amount: 64e6 }],
    // An ask beside the opening still reads; money drawn from a place's sites asks for it.
    ['Hi from the Columbus hub! Sell only in Columbus, $64M.', { target_amount: 64e6, include_markets: ['Columbus'] }],
    ['Ops, Atlanta hub. Exclude Atlanta. Raise $64M.', { target_amount: 64e6, exclude_markets: ['Atlanta'] }],
    ['Raise $64M from the Phoenix sites.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'talk about the market, the company\'s past or its people ("just sold for $41M", "in 1987", "but it\'s not a constraint")': [
    ['Raise $64M. A big box in Phoenix just sold for $41M.', { target_amount: 64e6 }],
    ['Raise $64M. Our Atlanta landlord raised the rent 3% this year.', { target_amount: 64e6 }],
    ['Raise $64M. A fund floated $90M for the Chicago sites alone; we passed.', { target_amount: 64e6 }],
    ['My father opened our first Houston branch in 1987. Raise $64M.', { target_amount: 64e6 }],
    ['Raise $64M. Plant managers from Newark and Columbus met last week in Chicago.', { target_amount: 64e6 }],
    ['Raise $64M. The leadership retreat is in Phoenix.', { target_amount: 64e6 }],
    ["Raise $64M. The Newark group (run by Ed) prefers selling Newark, but it's not a constraint.", { target_amount: 64e6 }],
    ['Raise $64M.\n- Ana to schedule the Atlanta walkthrough (not a filter)', { target_amount: 64e6 }],
    // A price beside an ask leaves the ask; "not a constraint" does not take back an "only".
    ['Raise $64M, only in Dallas, where caps are near 6%.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ["Raise $64M. Only Houston, please; the lenders' view is not a constraint.", { target_amount: 64e6, include_markets: ['Houston'] }],
    ['Raise $64M. Exclude Phoenix, where a box just sold for $30M.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
  ],
  'hearsay, bookings, money for a project and a meeting\'s place ("hearing rumours about", "for the Phoenix fleet expansion")': [
    ['Raise $64M. I keep hearing rumours about selling in Atlanta.', { target_amount: 64e6 }],
    ['Raise $64M. Please book a hotel in Columbus for the closing.', { target_amount: 64e6 }],
    ['We need the money for the Phoenix fleet expansion. Raise $64M.', { target_amount: 64e6 }],
    ['Weekly sync (Newark, Tuesday)\nRaise $64M.', { target_amount: 64e6 }],
    // An ask beside them still reads, and "not a filter" does not take back an "only".
    ['Legal Houston here. Raise $64M, only from Houston.', { target_amount: 64e6, include_markets: ['Houston'] }],
    ['Raise $64M to pay for the Phoenix campus expansion; sell in Dallas only.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ["Raise $64M. The Phoenix sites aren't a filter for us - sell only Phoenix.", { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'places ruled out or kept to by the shape of their line ("- Dallas, Atlanta excluded", "Exclusions asked for by ...:", rows)': [
    ['Raise $64M.\n- Dallas, Atlanta excluded from the program', { target_amount: 64e6, exclude_markets: ['Dallas', 'Atlanta'] }],
    [
      'Raise $64M.\n* Newark, Houston, Phoenix excluded from the pool',
      { target_amount: 64e6, exclude_markets: ['Newark', 'Houston', 'Phoenix'] },
    ],
    [
      'Exclusions asked for by the auditors: Newark and Chicago. Raise $64M.',
      { target_amount: 64e6, exclude_markets: ['Newark', 'Chicago'] },
    ],
    [
      'site,status,why\nAtlanta,excluded,zoning\nNewark,excluded,union\ntarget: $64M',
      { target_amount: 64e6, exclude_markets: ['Atlanta', 'Newark'] },
    ],
    ['Could we raise $64.5M keeping everything in Ohio and Illinois?', { target_amount: 64.5e6, include_markets: ['Columbus', 'Chicago'] }],
    // A line whose words after the list ask for it, a row whose cell says something else, and everything kept out.
    ['Raise $64M.\n- Dallas, Atlanta: sale preferred', { target_amount: 64e6, include_markets: ['Dallas', 'Atlanta'] }],
    ['Raise $64M.\nmarket,note\nAtlanta,strong demand', { target_amount: 64e6 }],
    ['Raise $64M and keep everything in Illinois out.', { target_amount: 64e6, exclude_markets: ['Chicago'] }],
  ],
  'Census regions kept to in looser wording ("West and Midwest only (Census definitions)", "Limit to the South")': [
    [
      'Raise $64M. West and Midwest only (Census definitions).',
      { target_amount: 64e6, include_markets: ['Inland Empire', 'Phoenix', 'Chicago', 'Columbus'] },
    ],
    [
      'Raise $64M, using only the Census West markets (West per Census def).',
      { target_amount: 64e6, include_markets: ['Inland Empire', 'Phoenix'] },
    ],
    ['Raise $64M. Limit to the South (Census def).', { target_amount: 64e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    [
      'Raise $64M, limited to the Northeast (Census definition) and the Midwest.',
      { target_amount: 64e6, include_markets: ['Newark', 'Chicago', 'Columbus'] },
    ],
    // Ruled out, or only named, a Census region is not kept to.
    ['Raise $64M. Nothing from the South (Census def).', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Raise $64M. Our West and South teams (Census regions) report monthly.', { target_amount: 64e6 }],
  ],
  'a question that would keep the sale to places, answered "no, anywhere" ("Stick to Texas? Nah, any market is fine.")': [
    ['Raise $64M.\nQ: only Ohio?\nA: no, anywhere works', { target_amount: 64e6 }],
    ['Raise $64M. Stick to Texas? Nah, any market is fine.', { target_amount: 64e6 }],
    ['Lena: keep it to Georgia?\nRaj: nope, anywhere is fine\nLena: and the amount?\nRaj: $64M', { target_amount: 64e6 }],
    // An answer that names a place, or says yes, keeps the sale there.
    ['Raise $64M. Only Texas? No, Georgia only.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
    ['Raise $64M. Only Texas? Yes.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'one building named by its place before the rest of its kind ("the Newark plant and other plants")': [
    ['Sell the Newark plant and other plants as needed; $64M.', { target_amount: 64e6, asset_types: ['manufacturing'] }],
    ['Raise $64M from the Phoenix office plus any other offices.', { target_amount: 64e6, asset_types: ['office'] }],
    // Two kinds, or the places' sites as a whole, still ask for the place.
    [
      'Raise $64M from the Phoenix offices and other warehouses.',
      { target_amount: 64e6, asset_types: ['warehouse', 'office'], include_markets: ['Phoenix'] },
    ],
  ],
};

describeFamilies('reading markets: thirty-eighth round of wording families', FAMILIES);
