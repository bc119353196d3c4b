import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-second round of wording families for the markets: a scanned page's short words and place names with a zero
 * for an o ("n0t"), two ones for a double l ("Da11as") or a two for a z ("Ari2ona"); a wish for nothing beyond the
 * places ("not interested in anything outside Texas"); the buildings of a place wished out of the program ("we don't
 * want any of our Georgia sites in the program"); a label that says what is out of the perimeter before its colon
 * ("Excluded from the perimeter are:") and a pasted key with its noun first ("markets_excluded,Newark;Phoenix,"); an
 * aside set off by commas between the places and their verdict ("Ohio, given the union talks, is excluded"); leave to
 * sell granted with "may be offered"; a chat's loose "anything out?" answered on the next line; a chat's "+" that
 * continues an exclusion; and places that ask for nothing: a meeting with outsiders ("the lender presentation in
 * Chicago"), an earlier deal's "the one in Houston", a sign-on as a site's "guy", a memo's circulation list, a letter's
 * "Yours sincerely" signature, places discussed without a decision, a site's staffing, a question answered with no limit
 * on places and a passing remark recalled; and no building in the places just named ("no asset in either market is to
 * be sold").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a scanned page\'s zero for an o, double one for a double l and two for a z ("n0t", "Da11as", "Ari2ona")': [
    ['Raise $64M. Leave out Da11as.', { target_amount: 64e6, exclude_markets: ['Dallas'] }],
    ['Raise $64M. Sites in Ari2ona are exc1uded.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    // The negation must survive the scan, or "do n0t include" reads as an ask for the place.
    ['Raise $64M. Do n0t inc1ude Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // A repaired name asked for stays asked for; a code in capitals keeps its digit.
    ['Raise $64M from Da11as.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['Raise $64M from Ohio; ref AB2CD.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'a wish for nothing beyond the places ("not interested in anything outside Texas")': [
    ['Raise $64M. Not interested in anything outside Texas.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    [
      'Raise $64M. We do not want any properties outside of Ohio or Georgia.',
      { target_amount: 64e6, include_markets: ['Atlanta', 'Columbus'] },
    ],
  ],
  'the buildings of a place wished out of the program ("we don\'t want any of our Georgia sites in the program")': [
    ['Raise $64M. We do not want any of our Georgia sites in the program.', { target_amount: 64e6, exclude_markets: ['Atlanta'] }],
    ["Raise $64M. I don't want any Ohio properties in this.", { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // Sites wished free of a mortgage rule out no place.
    ["Raise $64M. I don't want any of the sites in this run to carry a mortgage.", { target_amount: 64e6, exclude_mortgaged: true }],
  ],
  'a label naming what is out before its colon, and a pasted key with its noun first ("Excluded from the perimeter are:")': [
    ['Raise $64M. Left out of the deal are: all sites in Georgia.', { target_amount: 64e6, exclude_markets: ['Atlanta'] }],
    ['Raise $64M. Excluded from the program are: the State of Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['field,value,unit\ntarget,64,USD m\nstates_excluded,Texas,', { target_amount: 64e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['target: $64M\nmetros_excluded: Phoenix;Newark', { target_amount: 64e6, exclude_markets: ['Newark', 'Phoenix'] }],
    // What the perimeter takes in is asked for.
    ['Raise $64M. Included in the perimeter are: all sites in Ohio.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'an aside set off by commas between the places and their verdict ("Ohio, given the union talks, is excluded")': [
    [
      'Raise $64M. The Texas sites, pending the flood review, are off the table.',
      { target_amount: 64e6, exclude_markets: ['Dallas', 'Houston'] },
    ],
    ['Raise $64M. Ohio, given the union talks, is excluded.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // An aside before words that ask for the place rules nothing out.
    ['Raise $64M. Dallas, given its depth of buyers, is where we sell.', { target_amount: 64e6, include_markets: ['Dallas'] }],
  ],
  'leave to sell granted ("anything in Georgia may be offered")': [
    ['Raise $64M. Anything in Georgia may be offered.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
    ['Raise $64M. The Ohio sites may also be sold.', { target_amount: 64e6, include_markets: ['Columbus'] }],
    // What bidders offered is market talk, which asks for no place.
    ['Raise $64M from Ohio. Bidders offered 6% caps on the Dallas boxes.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'a chat\'s loose "anything out?" answered on the next line': [
    ['Ana: $64M\nAna: anything out?\nBen: all of Georgia', { target_amount: 64e6, exclude_markets: ['Atlanta'] }],
    [
      'Ana: raise $64M\nAna: anything to leave out?\nBen: Newark and Phoenix',
      { target_amount: 64e6, exclude_markets: ['Newark', 'Phoenix'] },
    ],
    // An answer of no rules nothing out.
    ['Ana: raise $64M\nAna: anything out?\nBen: no', { target_amount: 64e6 }],
  ],
  'a meeting with outsiders named by its place ("the lender presentation in Chicago on the 3rd")': [
    ['Raise $64M from Ohio before the lender presentation in Chicago on the 3rd.', { target_amount: 64e6, include_markets: ['Columbus'] }],
    ['Raise $64M. The investor pitch in Atlanta is next Tuesday.', { target_amount: 64e6 }],
    // A place ruled out beside the meeting stays ruled out.
    ['Raise $64M and exclude Chicago before the lender presentation.', { target_amount: 64e6, exclude_markets: ['Chicago'] }],
  ],
  'an earlier deal spoken of as "the one in" its place ("our 2021 sale-leaseback (the $30M one in Phoenix)")': [
    ['Raise $64M. Our 2021 sale-leaseback (the $30M one in Phoenix) is still on the books.', { target_amount: 64e6 }],
    ['Raise $64M from Texas. The prior sale (the one in Ohio) closed.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    // "the one in" after no past deal is a building of this sale.
    ['Raise $64M. Sell the one in Houston.', { target_amount: 64e6, include_markets: ['Houston'] }],
  ],
  'a sign-on as the "guy" of a site ("Plant guy in Atlanta.")': [
    ['Plant guy in Atlanta. Raise $64M.', { target_amount: 64e6 }],
    ['Warehouse guy at Houston here. Raise $64M from Ohio.', { target_amount: 64e6, include_markets: ['Columbus'] }],
    // The sign-on without a place leaves the ask's place alone.
    ['Plant guy here. Raise $64M from Georgia.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
  ],
  'a memo\'s circulation list ("Circulation: Treasury (Dallas), Legal")': [
    ['Raise $64M from Ohio.\nCirculation: Treasury (Dallas), Legal', { target_amount: 64e6, include_markets: ['Columbus'] }],
    // A label of buildings is no list of readers.
    [
      'Raise $64M.\nDistribution centers: Dallas only',
      { target_amount: 64e6, asset_types: ['distribution_center'], include_markets: ['Dallas'] },
    ],
  ],
  'a letter closed "Yours sincerely", then a name and the writer\'s place': [
    ['Dear Treasurer,\nPlease raise $64M.\nYours sincerely,\nP. Okafor, Newark', { target_amount: 64e6 }],
    [
      'Dear Treasurer,\nPlease raise $64M from Ohio.\nYours faithfully,\nJ. Marsh, Audit Committee, Atlanta',
      { target_amount: 64e6, include_markets: ['Columbus'] },
    ],
    // The letter's own exclusion is still read.
    [
      'Dear Treasurer,\nPlease raise $64M and leave out Newark.\nYours sincerely,\nP. Okafor',
      { target_amount: 64e6, exclude_markets: ['Newark'] },
    ],
  ],
  'no building in the places just named ("no property in either market is to be sold")': [
    [
      'Raise $64M. Ohio and Georgia carry union agreements, so no site in those states may be sold.',
      { target_amount: 64e6, exclude_markets: ['Atlanta', 'Columbus'] },
    ],
    [
      'Raise $64M. The Dallas and Phoenix sites are strategic; no property in either market is to be sold.',
      { target_amount: 64e6, exclude_markets: ['Dallas', 'Phoenix'] },
    ],
    // A sale barred only to some buyer rules no place out.
    [
      'Raise $64M. Ohio and Georgia are fine; no site in either state is to be sold to a related party.',
      { target_amount: 64e6, include_markets: ['Atlanta', 'Columbus'] },
    ],
  ],
  'places discussed without a decision ("discussed the Houston and Dallas markets ... but made no decision")': [
    ['Raise $64M. The committee debated Ohio at length and reached no decision.', { target_amount: 64e6 }],
    [
      'Raise $64M. Directors reviewed Texas and Georgia, where cap rates are lowest, but made no decision on geography.',
      { target_amount: 64e6 },
    ],
    // A discussion that decides asks for what it decided.
    ['Raise $64M. The committee discussed Ohio and decided to sell there.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'a site\'s staffing or headcount ("Atlanta DC staffing up 12 FTE - noted")': [
    ['Item 1: Atlanta DC staffing up 12 FTE - noted.\nItem 2: Sale-leaseback approved at $64M.', { target_amount: 64e6 }],
    ['Raise $64M. The Ohio headcount review is next week.', { target_amount: 64e6 }],
    // Staffing said of a place asked for leaves the ask.
    ['Raise $64M from Ohio; staffing there is thin.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'a question that would rule places out, answered with no limit on places ("should we leave Georgia out?" "No geographic restrictions.")':
    [
      ['Ana: should we leave Georgia out?\nBen: No geographic restrictions. Raise $64M.', { target_amount: 64e6 }],
      ['Q: Do we exclude Ohio?\nA: There are no market limits this time. Target $64M.', { target_amount: 64e6 }],
      // Answered yes, the question rules the place out.
      ['Ana: should we leave Georgia out?\nBen: Yes. Raise $64M.', { target_amount: 64e6, exclude_markets: ['Atlanta'] }],
    ],
  'a passing remark recalled ("didn\'t Priya mention something about Phoenix?")': [
    ["Raise $64M from Ohio. Didn't Priya mention something about Phoenix?", { target_amount: 64e6, include_markets: ['Columbus'] }],
    // What someone said to do is still an ask.
    ['Raise $64M. Priya said to sell Phoenix.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'a heading\'s dash before where the notes come from ("Call notes - from the Atlanta office")': [
    ['Call notes - from the Atlanta office\nRaise $64M from Ohio.', { target_amount: 64e6, include_markets: ['Columbus'] }],
    // A dash after the ask's figure opens no heading.
    ['Raise $64M - from the Dallas sites.', { target_amount: 64e6, include_markets: ['Dallas'] }],
  ],
  'a chat\'s "+" that continues an exclusion ("excluding mortgaged sites + Newark")': [
    ['Ana: raise $64M, excluding mortgaged sites + Newark', { target_amount: 64e6, exclude_mortgaged: true, exclude_markets: ['Newark'] }],
    // A "+" in an ask joins the places asked for.
    ['Raise $64M from Ohio + Georgia.', { target_amount: 64e6, include_markets: ['Atlanta', 'Columbus'] }],
  ],
};

describeFamilies('reading the forty-second round of place wording families', FAMILIES);
