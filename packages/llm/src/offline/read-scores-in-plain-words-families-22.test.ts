import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-second round of wording families for the criticality and leaseability scores in plain words: the scores
 * named by what they measure ("how critical it is", "the how-essential scale", "how much operations depend on them",
 * "re-letting", "how easily someone else could lease them") wherever their own names are read; easy-to-let words
 * followed by the level that makes them exact; the refused comparative "nothing less leasable than"; and a refusal
 * that belongs to an item before a rated level. Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'criticality named by what it measures ("nothing rated over 0.55 on how critical it is", "a how-essential cap of 0.6")': [
    ['Raise $64M, and nothing scored over 0.55 on how critical it is to the business.', { target_amount: 64e6, max_criticality: 0.55 }],
    ['$72M. Keep the how-essential rating at 0.45 or lower.', { target_amount: 72e6, max_criticality: 0.45 }],
    [
      'We need $38M from sites rated 0.35 or less for how much the business relies on them.',
      { target_amount: 38e6, max_criticality: 0.35 },
    ],
    ['Set a ceiling of 0.65 on how important a site is. Proceeds $91M.', { target_amount: 91e6, max_criticality: 0.65 }],
    ['Target $57M; how-vital score no more than 0.5.', { target_amount: 57e6, max_criticality: 0.5 }],
    // Without a level the words ask for nothing; a share of proceeds is not a score.
    ['Raise $64M. We all know how critical some sites are to us.', { target_amount: 64e6 }],
    ['Raise $64M, at most 40% from one market, whatever how critical the sites are.', { target_amount: 64e6, max_market_share: 0.4 }],
  ],
  'leaseability named by what it measures ("re-letting score of at least 0.6", "0.7 or higher on how easily another tenant could move in")':
    [
      ['Proceeds of $83M; re-letting rating no lower than 0.55.', { target_amount: 83e6, min_leaseability: 0.55 }],
      [
        'Only sites scoring 0.65 or more on how easily a new tenant could take them over. $48M.',
        { target_amount: 48e6, min_leaseability: 0.65 },
      ],
      ['Raise $52M from buildings at 0.75+ on how easy they would be to rent out again.', { target_amount: 52e6, min_leaseability: 0.75 }],
      ['$66M, and the re-leasing score must be at least 0.45.', { target_amount: 66e6, min_leaseability: 0.45 }],
      // Letting again as a cost or a period names no score.
      ['Raise $66M. Re-letting costs run about 0.5% of value.', { target_amount: 66e6 }],
    ],
  'easy-to-let words followed by their level ("easy to re-let, 0.6 or better", "simple to rent out (at least 0.7)")': [
    ['Raise $44M from buildings that would lease up quickly, 0.6 or better.', { target_amount: 44e6, min_leaseability: 0.6 }],
    ['Only simple-to-rent-out sites (at least 0.72). Target $58M.', { target_amount: 58e6, min_leaseability: 0.72 }],
    ['$61M: highly leasable assets - minimum 0.8.', { target_amount: 61e6, min_leaseability: 0.8 }],
    ['Sell things a new occupier could easily take over, say 0.65+. $35M.', { target_amount: 35e6, min_leaseability: 0.65 }],
    ['Raise $29M from sites that are easy for another tenant to occupy, at least 0.55.', { target_amount: 29e6, min_leaseability: 0.55 }],
    // The words alone keep their own level; a figure after them that is no floor (a share, a multiple) is not theirs.
    ['Raise $44M from easily re-lettable sites.', { target_amount: 44e6, min_leaseability: 0.7 }],
    [
      'Raise $44M from easily re-lettable sites, 30% max per market.',
      { target_amount: 44e6, min_leaseability: 0.7, max_market_share: 0.3 },
    ],
  ],
  'the refused comparative and a refusal before a rated level ("nothing less leasable than 0.5", "avoid selling anything with criticality above 0.6")':
    [
      ['Raise $47M, with no sites less leasable than 0.5.', { target_amount: 47e6, min_leaseability: 0.5 }],
      ['Please avoid selling anything with criticality above 0.6. $53M.', { target_amount: 53e6, max_criticality: 0.6 }],
      [
        'Target $88M. Nothing mortgaged goes, and nothing rated above 0.55 on criticality.',
        { target_amount: 88e6, exclude_mortgaged: true, max_criticality: 0.55 },
      ],
      ["We'd rather not see anything go that's more critical than 0.6. Raise $41M.", { target_amount: 41e6, max_criticality: 0.6 }],
      // A level someone merely rated, with no refusal, is no limit.
      ['Raise $47M. Ops rated the Tempe office 0.8 on how critical it is.', { target_amount: 47e6 }],
    ],
  'critical words ruled out, with the level where they begin ("avoid selling what matters most to operations (say 0.55 or less)")': [
    [
      'Please avoid selling sites that matter most to the business (keep to 0.55 and under). $46M.',
      { target_amount: 46e6, max_criticality: 0.55 },
    ],
    ['Raise $59M. Nothing too essential either - nothing rated over 0.65.', { target_amount: 59e6, max_criticality: 0.65 }],
    ["$37M, and don't sell anything vital to operations (say under 0.4).", { target_amount: 37e6, max_criticality: 0.4 }],
    [
      'Raise $52M. Business-critical means a criticality score above 0.55 for us; leave those out.',
      { target_amount: 52e6, max_criticality: 0.55 },
    ],
    ['Raise $52M. Essential means criticality over 0.6 - so skip them.', { target_amount: 52e6, max_criticality: 0.6 }],
    ['Critical = above 0.65 on criticality; rule those out. $33M.', { target_amount: 33e6, max_criticality: 0.65 }],
    // A definition with no exclusion asks for nothing.
    ['Raise $52M. For us, mission-critical means criticality above 0.7.', { target_amount: 52e6 }],
    // A share in the bracket is no level; the words keep their own.
    ['Raise $59M. Nothing mission-critical (about 30% of rent).', { target_amount: 59e6, max_criticality: 0.7 }],
  ],
  'the mortgaged assets as the subject, ruled out by a pronoun later in the sentence ("the encumbered sites need consents, so leave them out")':
    [
      [
        'The encumbered sites would need bank consent, so please leave all of them out. Raise $62M.',
        { target_amount: 62e6, exclude_mortgaged: true },
      ],
      ['Our mortgaged properties are a headache for the lawyers; exclude them. $73M.', { target_amount: 73e6, exclude_mortgaged: true }],
      // Kept in, the pronoun rules nothing out.
      ["The mortgaged sites are fine to sell, don't leave them out. $73M.", { target_amount: 73e6 }],
    ],
};

describeFamilies('reading scores in plain words (round 22)', FAMILIES);
