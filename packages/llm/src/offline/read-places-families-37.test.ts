import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-seventh round of wording families for the markets: where someone is or travels, with when ("our treasurer
 * is in Phoenix until Friday", "heading to Houston tomorrow", "moving to their Atlanta office"); where a meeting or an
 * event is held ("the rating committee meets in Atlanta", "ahead of the 10am Newark call", "Present: ... (Columbus)");
 * a sentence the writer disowns as a whole ("market colour only", "not ours", "is unrelated", "I was overruled") or
 * that is someone else's talk ("a buyer's analyst reckons Chicago ..."), or an earlier year's figure ("For context, the
 * 2022 round was 40% Houston", "the 2023 Atlanta deal"); and places ruled out by "nothing come out of", "take ... out
 * entirely" and "... are withheld from this program". Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'where someone is or travels, with when ("our treasurer is in Phoenix until Friday", "heading to Houston")': [
    ['Raise $64M. Our treasurer is in Phoenix until Friday.', { target_amount: 64e6 }],
    ['Raise $64M. The leasing team will be in Dallas next week.', { target_amount: 64e6 }],
    ["Raise $64M. I'm heading to Houston tomorrow for the lender meeting.", { target_amount: 64e6 }],
    ['Raise $64M. Our tax partner is moving to their Atlanta office in March.', { target_amount: 64e6 }],
    ['Apologies for the slow reply, back-to-back in Columbus all week. Raise $64M.', { target_amount: 64e6 }],
    // An ask in the same brief still reads; a place's sites are still asked for.
    ['Raise $64M from Dallas only. The treasurer is in Dallas next week.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['Raise $64M. Sell only in Phoenix; the team is in Phoenix all week.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
    ['Raise $64M. The Phoenix sites are fine.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'where a meeting or an event is held ("meets in Atlanta", "the 10am Newark call", "Present: ... (Columbus)")': [
    ['Raise $64M. The rating committee meets in Atlanta on the 9th.', { target_amount: 64e6 }],
    ['Raise $64M. Please send the output ahead of the 10am Newark call.', { target_amount: 64e6 }],
    ['Raise $64M.\nPresent: J. Ruiz, M. Lee (Columbus)', { target_amount: 64e6 }],
    ['Raise $64M. I went to a buyer roadshow in Chicago on Monday; lots of appetite.', { target_amount: 64e6 }],
    ['Raise $64M, Texas only. The board offsite in Houston agreed it.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'a sentence disowned, someone else\'s talk, or an earlier year\'s figure ("not ours", "a buyer\'s analyst reckons")': [
    ['Raise $64M. A buyer analyst reckons Chicago would price at a 6% cap.', { target_amount: 64e6 }],
    ["Raise $64M. The Phoenix comp you saw is the appraiser's view, not ours.", { target_amount: 64e6 }],
    ['Raise $64M. Cap rates near 6% in Houston, but that is market colour only.', { target_amount: 64e6 }],
    ['Raise $64M. The Newark zoning appeal is unrelated.', { target_amount: 64e6 }],
    ["Raise $64M. I'd have picked Georgia first, but I was overruled.", { target_amount: 64e6 }],
    ['Raise $64M. For context, the 2022 round was 40% Houston.', { target_amount: 64e6 }],
    ['Raise $64M. The 2023 Atlanta deal closed at a 6.1% cap.', { target_amount: 64e6 }],
    // Someone else's view that asks, or an ask beside a tag, still reads.
    ['Raise $64M. Our broker thinks we should exclude Chicago.', { target_amount: 64e6, exclude_markets: ['Chicago'] }],
    ['Raise $64M. Sell only in Phoenix - market colour only for the rest.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'places ruled out by "nothing come out of", "take ... out entirely" and "withheld from this program"': [
    ['Raise $64M. The board asked that nothing come out of Chicago this year.', { target_amount: 64e6, exclude_markets: ['Chicago'] }],
    ['Raise $64M. And take Phoenix out completely.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Raise $64M.\n- Houston assets are withheld from the sale.', { target_amount: 64e6, exclude_markets: ['Houston'] }],
    // Money drawn out of a place asks for it; tax withheld in a state rules nothing out.
    ['Raise $64M. Most of the money will come out of Dallas.', { target_amount: 64e6, include_markets: ['Dallas'] }],
    ['Raise $64M. Tax is withheld in Ohio.', { target_amount: 64e6 }],
  ],
};

describeFamilies('reading markets: thirty-seventh round of wording families', FAMILIES);
