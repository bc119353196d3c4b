import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-third round of wording families for the markets: a mail header's sender line with a place ("From: Rita
 * Gomez (Houston)", "From: Treasurer, Newark") and an invite's room ("Location: Dallas, room 4"); another party's office
 * ("per our lawyers, Newark office"); the writer's own desk ("I sit in the Phoenix tax office") and a place the ask is
 * said not to be about; the town of a building kept for being the only one of its kind there; an earlier deal with
 * its size before its place ("last year's $90M Dallas deal"); a view of the program asked as a question ("what would
 * it look like if we sold nothing in Ohio?"); a bullet ruling out a place beside the bullet after it; a region placed by
 * the Census cited before it ("in the Census Bureau's Midwest") or named in a table's "Sale region" column; and words scanned with a one for an l ("Ca1ifornia",
 * "on1y", "Co1umbus") or an l for a state's capital I ("lllinois"). Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a mail header\'s sender and an invite\'s room ("From: Rita Gomez (Houston)", "Location: Dallas, room 4")': [
    ['From: Rita Gomez (Houston)\nTo: Treasury\nSubject: SLB\nRaise $64M.', { target_amount: 64e6 }],
    ['From: Treasurer, Newark\nRaise $64M with no mortgaged assets.', { target_amount: 64e6, exclude_mortgaged: true }],
    ['From: Li Wei (Phoenix)\nSent: Monday\nRaise $64M. Keep it out of Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['Meeting: SLB sizing\nLocation: Columbus, room 12\nRaise $64M.', { target_amount: 64e6 }],
    ['Raise $64M.\nWhere: Chicago HQ, 3rd floor boardroom', { target_amount: 64e6 }],
    // A "From:" line that asks, or a location line that is a scope, still reads.
    ['Subject: SLB\nFrom: Dallas and Houston only\nRaise $64M.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $64M.\nLocation: Phoenix only', { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'another party\'s office, the writer\'s desk, and a place the ask is not about ("per our lawyers, Newark office")': [
    ['Target $64M (per our lawyers, Newark office).', { target_amount: 64e6 }],
    ['Raise $64M. Our bankers in Dallas will run the process.', { target_amount: 64e6 }],
    ['I sit in the Phoenix tax office. Raise $64M from Atlanta.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
    ['I work out of the Columbus finance team. Raise $64M.', { target_amount: 64e6 }],
    ["This one isn't about Ohio: raise $64M from Chicago.", { target_amount: 64e6, include_markets: ['Chicago'] }],
    ["Raise $64M; it's not about Dallas at all.", { target_amount: 64e6 }],
    // A place sold in after the writer's desk, or ruled out outright, still reads.
    ['I sit in the Newark office. Raise $64M and exclude Newark.', { target_amount: 64e6, exclude_markets: ['Newark'] }],
  ],
  'the town of a building kept for being the only one there ("the only lab we run near Columbus")': [
    ['Raise $64M. Keep the Hilliard Lab: it is the only lab we run near Columbus.', { target_amount: 64e6 }],
    ["Raise $64M. Don't sell our sole DC in Phoenix.", { target_amount: 64e6 }],
    [
      'Raise $64M. The Baytown site stays - it is our last cold store left in Houston.',
      { target_amount: 64e6, exclude_asset_ids: ['HOU-02'] },
    ],
    // Only the places a sale is limited to are asked for.
    ['Raise $64M, only in Houston.', { target_amount: 64e6, include_markets: ['Houston'] }],
    ['Raise $64M from the Houston sites only.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'an earlier deal with its size before its place ("last year\'s $90M Dallas deal")': [
    ["Raise $64M. Last year's $90M Dallas deal is no guide.", { target_amount: 64e6 }],
    ['Raise $64M; our previous $75 million Newark sale went fine.', { target_amount: 64e6 }],
    ["Raise $64M in Dallas. Last year's $90M deal was elsewhere.", { target_amount: 64e6, include_markets: ['Dallas'] }],
  ],
  'words scanned with a one for an l, or an l for a state\'s capital I ("Ca1ifornia", "lllinois")': [
    ['Raise $64M from properties in Ca1ifornia on1y.', { target_amount: 64e6, include_markets: ['Inland Empire'] }],
    ['Raise $64M.\nExc1uded: Co1umbus, Phoenix', { target_amount: 64e6, exclude_markets: ['Columbus', 'Phoenix'] }],
    ['Sale limited to lllinois\nRaise $64M', { target_amount: 64e6, include_markets: ['Chicago'] }],
    ['Raise $64M. Markets out of scope: Co1umbus', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['Raise $64M from A1abama-free sites in Georgia on1y.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
    // Figures and ids with a one are left as written.
    ['Raise $64M; Q1 close. Exclude NWK-01.', { target_amount: 64e6, exclude_asset_ids: ['NWK-01'] }],
  ],
  'a view asked as a question, and a bullet ruling out beside the next ("what would it look like if we sold nothing in Ohio?")': [
    ['Raise $64M. What would it look like if we sold nothing in Ohio?', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['Raise $64M. How would the numbers look if we sold only in Arizona?', { target_amount: 64e6, include_markets: ['Phoenix'] }],
    [
      'Target $64M. What would the program look like if we sold nothing in Texas or Georgia?',
      { target_amount: 64e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] },
    ],
    ['- Target $64M\n- Phoenix excluded\n- Dallas excluded', { target_amount: 64e6, exclude_markets: ['Dallas', 'Phoenix'] }],
    [
      '- Target $64M\n- Houston excluded\n- Chandler Data Center excluded',
      { target_amount: 64e6, exclude_markets: ['Houston'], exclude_asset_ids: ['PHX-02'] },
    ],
    // A conditional that is no view, and a heading over bullets, read as before.
    ['Raise $64M. If we sold nothing in Ohio we would fall short.', { target_amount: 64e6 }],
    ['Raise $64M.\nOut of scope\n- Newark\n- Atlanta', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Newark'] }],
  ],
  'a region placed by the Census cited before it, and a table\'s region column ("the Census Bureau\'s Midwest")': [
    [
      "Raise $64M, only from properties in the Census Bureau's Midwest region.",
      { target_amount: 64e6, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['Raise $64M. Nothing in the Census South.', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    [
      'Sale region\tAsk ($m)\tFloor ($m)\nMidwest\t64\t50',
      { target_amount: 64e6, floor_amount: 50e6, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['Target region: West Coast\nRaise $64M.', { target_amount: 64e6, include_markets: ['Inland Empire'] }],
    // A region named in passing is no filter.
    ['Raise $64M. The Census Bureau Midwest figures came out today.', { target_amount: 64e6 }],
  ],
};

describeFamilies('places: families, round 33', FAMILIES);
