import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fortieth round of wording families for the markets: a closing with a title or initials before the writer's place
 * ("Cheers, FP&A Houston", "Thanks - Elena, AT, Dallas", "Yours faithfully, Relationship Director, Atlanta", a title
 * line "Director, Corporate Development | Chicago"); the writer's charge over a place ("I run distribution for the
 * Dallas region") and a building placed by a direction ("the McDonough warehouse south of Atlanta"); a region kept to
 * by ruling out everything outside it, one placed after a floor said with "not less than", and "none of it from" a
 * region; market talk closed by "a good moment to sell"; a place said to blow through a share on its own; an open
 * point ("Open: whether to include Columbus") and a place's carve-out discussed and dropped; a chat answer stamped
 * with a time and a role; a place bounding a superlative; a place's people acting apart from the program; and places
 * pointed back to as "those two markets only".
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a closing with a title or initials before the writer\'s place ("Cheers, FP&A Houston", "Thanks - Elena, AT, Dallas")': [
    ['Please raise $64M. Cheers, Treasury Phoenix', { target_amount: 64e6 }],
    ['Raise $64M.\nThanks - Omar, JK, Newark', { target_amount: 64e6 }],
    ['Raise $64M.\nKind regards, Senior Analyst, Columbus', { target_amount: 64e6 }],
    ['Raise $64M.\nYours sincerely, Bea Ortiz, Head of Tax, Chicago', { target_amount: 64e6 }],
    ['Raise $64M.\nLena\nManager, Internal Audit | Houston', { target_amount: 64e6 }],
    ['Hi, warehouse planning lead, Phoenix hub.\n\nRaise $64M.', { target_amount: 64e6 }],
    // A closing that asks, a bare list of places and a chat speaker's colon keep their places.
    ['Raise $64M. Thanks, Phoenix only', { target_amount: 64e6, include_markets: ['Phoenix'] }],
    ['Raise $64M.\nDallas, Houston', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $64M.\nCFO: Houston', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'the writer\'s charge over a place, and a building placed by a direction ("I run distribution for the Dallas region", "south of Atlanta")':
    [
      ['I run warehousing for the Houston region. Raise $64M.', { target_amount: 64e6 }],
      ['I manage fulfillment for Phoenix. Raise $64M.', { target_amount: 64e6 }],
      ['I look after the McDonough warehouse just south of Atlanta. Raise $64M.', { target_amount: 64e6 }],
      // A verdict after the placed building falls on the building; a place asked for beside the charge still reads.
      ['Raise $64M. Keep the Tolleson DC west of Phoenix.', { target_amount: 64e6, exclude_asset_ids: ['PHX-01'] }],
      ['I run distribution for the Houston region. Raise $64M, only from Dallas.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ],
  'a region kept to or ruled out in looser words ("Nothing outside the Midwest", "not less than $50M, from the Midwest only", "none of it from")':
    [
      ['Nothing outside the Midwest. Raise $64M.', { target_amount: 64e6, include_markets: ['Chicago', 'Columbus'] }],
      ['Raise $64M; no sales from outside the Northeast.', { target_amount: 64e6, include_markets: ['Newark'] }],
      [
        'Raise $64M, and no less than $50M, from the Northeast and the Midwest only.',
        { target_amount: 64e6, floor_amount: 50e6, include_markets: ['Chicago', 'Columbus', 'Newark'] },
      ],
      ['Raise $64M, none of it from the Northeast.', { target_amount: 64e6, exclude_markets: ['Newark'] }],
      // Where a message comes from is no place to sell; a negation of the sale still rules the region out.
      ['Subject: a view from the Midwest\nRaise $64M.', { target_amount: 64e6 }],
      ["Raise $64M. Don't sell anything in the Midwest.", { target_amount: 64e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ],
  'market talk closed by a good moment to sell, and a place said to pass a share ("a good moment to sell", "Phoenix alone would blow through 25%")':
    [
      ['Cap rates in Dallas are around 5.5%, so it is a great time to sell. Raise $64M.', { target_amount: 64e6 }],
      ['Raise $64M, no market above 30%. Houston by itself would take 40%.', { target_amount: 64e6, max_market_share: 0.3 }],
      // A sale asked for in the place is still read.
      ['Cap rates in Dallas are low, a good time to sell. Raise $64M from Dallas.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ],
  'an open point, and a place\'s carve-out discussed and dropped ("Open: whether to include Columbus", "A Newark carve-out was discussed and dropped")':
    [
      ['Raise $64M.\nOpen: whether to drop Phoenix', { target_amount: 64e6 }],
      ['Raise $64M. Whether to exclude Houston is still open.', { target_amount: 64e6 }],
      ['Raise $64M. The Dallas exclusion was floated but rejected.', { target_amount: 64e6 }],
      ['Raise $64M. A Chicago carve-out was considered and not pursued.', { target_amount: 64e6 }],
      // A filter decided is read, open words elsewhere on the line change nothing.
      ['Raise $64M. Keep the option open: exclude Houston.', { target_amount: 64e6, exclude_markets: ['Houston'] }],
    ],
  'a chat answer stamped with a time and a role ("[09:15] Kate (COO): Houston")': [
    [
      '[10:01] Ana: ask?\n[10:01] Bo (CFO): $64M\n[10:02] Ana: any markets off limits?\n[10:03] Bo (CFO): Phoenix and Dallas',
      { target_amount: 64e6, exclude_markets: ['Dallas', 'Phoenix'] },
    ],
    ['[10:01] Bo (CFO): raise $64M\n[10:02] Ana: anything excluded?\n[10:03] Bo (CFO): no', { target_amount: 64e6 }],
  ],
  'a place bounding a superlative, and a place\'s people acting apart from the program ("the most valuable thing we own in California")': [
    [
      'Raise $64M. The Joliet DC is the most important site we have in Illinois, so keep it.',
      { target_amount: 64e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      'Raise $64M. Our automated DC is the most important site we have in Texas; keep it.',
      { target_amount: 64e6, exclude_asset_ids: ['DAL-02'] },
    ],
    ['Raise $64M. Apparently Dallas is running its own process for the HQ.', { target_amount: 64e6 }],
    ['Raise $64M. I hear Phoenix may be marketing a building separately.', { target_amount: 64e6 }],
    // A place the sale is kept to, and a place that merely sells well, still read.
    ['Raise $64M from Houston. Newark is handling its own sale.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'places pointed back to as the only ones ("those two markets only")': [
    [
      'Atlanta and Phoenix have deep buyer pools. Raise $64M, only from those two markets.',
      { target_amount: 64e6, include_markets: ['Atlanta', 'Phoenix'] },
    ],
    [
      'We run the Dallas and Newark sites. Raise $64M in those markets only.',
      { target_amount: 64e6, include_markets: ['Dallas', 'Newark'] },
    ],
    // A negation before the pointing words keeps nothing there.
    ['Atlanta and Phoenix have deep buyer pools. Raise $64M, nothing from those markets.', { target_amount: 64e6 }],
  ],
};

describeFamilies('reading the markets, fortieth round of wording families', FAMILIES);
