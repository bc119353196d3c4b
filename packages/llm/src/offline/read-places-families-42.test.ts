import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-second round of wording families for the markets: a scanned page's short words and place names with a zero
 * for an o ("n0t"), two ones for a double l ("Da11as") or a two for a z ("Ari2ona"); a wish for nothing beyond the
 * places ("not interested in anything outside Texas"); the buildings of a place wished out of the program ("we don't
 * want any of our Georgia sites in the program"); a label that says what is out of the perimeter before its colon
 * ("Excluded from the perimeter are:") and a pasted key with its noun first ("markets_excluded,Newark;Phoenix,"); an
 * aside set off by commas between the places and their verdict ("Ohio, given the union talks, is excluded"); leave to
 * sell granted with "may be offered"; a chat's loose "anything out?" answered on the next line; and a chat's "+" that
 * continues an exclusion.
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
  'a chat\'s "+" that continues an exclusion ("excluding mortgaged sites + Newark")': [
    ['Ana: raise $64M, excluding mortgaged sites + Newark', { target_amount: 64e6, exclude_mortgaged: true, exclude_markets: ['Newark'] }],
    // A "+" in an ask joins the places asked for.
    ['Raise $64M from Ohio + Georgia.', { target_amount: 64e6, include_markets: ['Atlanta', 'Columbus'] }],
  ],
};

describeFamilies('reading the forty-second round of place wording families', FAMILIES);
