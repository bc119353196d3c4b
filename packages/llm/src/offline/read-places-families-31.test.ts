import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-first round of wording families for the markets: a brief's credit lines (who prepared, owns, hosted,
 * attended or reviewed it, in a table, a config or a note: "Prepared by | Houston FP&A", "owner: ops-dallas"); where
 * the writer, or the person they write for, is or will be ("I'll be in Newark all week", "she's in Phoenix today",
 * "writing from Columbus"); past deals and other parties' deals named by their place ("last year's Houston deal", "the
 * 2018 program in Dallas raised $40M", "our Phoenix peer"); teams, people and firms named by their place ("Atlanta
 * FP&A is building the model", "our lawyers in Chicago"); remarks that a place is no filter ("Columbus is just where I
 * sit"); a chat's "markets out?" answered with a place; regions kept with "just the", "kept to", "inside", a config's
 * "region:" and "our West Coast site"; "we don't want any of it from" a state and "none of the Newark buildings should be
 * sold"; and a market table's rows marked "no" beside rows marked "yes". Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'credit lines: who prepared, owns, hosted, attended or reviewed the brief ("Prepared by | Houston FP&A", "owner: ops-dallas")': [
    ['| Field | Value |\n|---|---|\n| Target | $64M |\n| Prepared by | Houston FP&A |', { target_amount: 64e6 }],
    ['sizing:\n  target: 64000000\n  owner: ops-dallas', { target_amount: 64e6 }],
    ['target = 64000000\ncontact = capital-team (Phoenix)', { target_amount: 64e6 }],
    ['Notes\n- Raise $64M\n- Attendees: legal Newark, tax Chicago', { target_amount: 64e6 }],
    ['Notes\n- Raise $64M\n- Host: Columbus site', { target_amount: 64e6 }],
    ['Raise $64M.\nReviewed by: Houston tax; approval pending from Dallas', { target_amount: 64e6 }],
    ['Raise $64M. Minutes kept by the Atlanta admin team.', { target_amount: 64e6 }],
    ['Raise $64M.\nSigned, R. Okafor, Chicago', { target_amount: 64e6 }],
    ['Raise $64M.\n* Next call: Monday, Phoenix office', { target_amount: 64e6 }],
    // A credit line that asks is read as an ask.
    ['Raise $64M.\nOwner: Dallas team - only Texas sites please', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Raise $64M. Ohio only.\nPrepared by Columbus treasury', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'where the writer, or the person written for, is or will be ("I\'ll be in Newark all week", "she\'s in Phoenix today")': [
    ['Raise $72M. I will be in Newark all week if anything comes up.', { target_amount: 72e6 }],
    ['Raise $72M. I can review it once I land in Dallas.', { target_amount: 72e6 }],
    ["Raise $72M. I'm recording this from the Chicago lounge.", { target_amount: 72e6 }],
    ["I'm in accounting in Columbus and was asked to send this on. Raise $72M.", { target_amount: 72e6 }],
    ['Writing for our CFO (she is in Phoenix today). Raise $72M.', { target_amount: 72e6 }],
    ['Treasury analyst writing from Atlanta. Raise $72M.', { target_amount: 72e6 }],
    ["Hello, it's Omar from the Houston region. Raise $72M.", { target_amount: 72e6 }],
    ['Raise $72M. Send questions to me at the Houston office.', { target_amount: 72e6 }],
    // A wish about where to sell is an ask, whoever voices it.
    ["Raise $72M. I'm only interested in sales from Ohio.", { target_amount: 72e6, include_markets: ['Columbus'] }],
    ["Raise $72M. It's all in Texas this time.", { target_amount: 72e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'past deals and other parties\' deals named by their place ("last year\'s Houston deal", "the 2018 program in Dallas raised $40M")': [
    ["Raise $85M. Last year's Houston deal closed at $50M.", { target_amount: 85e6 }],
    ['Raise $85M. The 2018 program in Dallas raised $40M; a different case.', { target_amount: 85e6 }],
    ['Raise $85M. When we did the Newark deal in 2020 leverage drifted.', { target_amount: 85e6 }],
    ['Raise $85M. For context, the 2021 Chicago sale fetched $30M.', { target_amount: 85e6 }],
    ['Raise $85M. Our Phoenix peer just did $110M.', { target_amount: 85e6 }],
    ['Raise $85M. The board cited the 2017 leaseback ($35M, Atlanta) as history.', { target_amount: 85e6 }],
    ['Raise $85M. Last time we ran this Columbus supplied most of it.', { target_amount: 85e6 }],
    // A program placed now is asked for.
    ['Raise $85M. This program is for Houston only.', { target_amount: 85e6, include_markets: ['Houston'] }],
  ],
  'teams, people and firms named by their place ("Atlanta FP&A is building the model", "our lawyers in Chicago")': [
    ['Raise $58M. Atlanta FP&A is building the model.', { target_amount: 58e6 }],
    ['Raise $58M. Treasury Dallas will run the numbers.', { target_amount: 58e6 }],
    ['Raise $58M. Our lawyers in Chicago are drafting the leases.', { target_amount: 58e6 }],
    ['Raise $58M. Loop in the Newark finance lead.', { target_amount: 58e6 }],
    ["Raise $58M. Terms follow the Phoenix broker's view.", { target_amount: 58e6 }],
    ['Real estate, Houston office. Raise $58M.', { target_amount: 58e6 }],
    // A place's buildings, or a team's place asked for, are asks.
    ['Raise $58M from Houston only; the Dallas team will help.', { target_amount: 58e6, include_markets: ['Houston'] }],
    ['Raise $58M, only from Treasury Dallas buildings.', { target_amount: 58e6, include_markets: ['Dallas'] }],
  ],
  'remarks that a place is no filter ("Columbus is just where I sit", "that\'s just the venue")': [
    ['Raise $66M. Columbus is just where I sit.', { target_amount: 66e6 }],
    ['Raise $66M. The offsite is in Dallas - that is just the venue.', { target_amount: 66e6 }],
    ['Raise $66M. The rating call is in Newark; location irrelevant.', { target_amount: 66e6 }],
    ['Raise $66M. Our Atlanta office is where we are, not a filter.', { target_amount: 66e6 }],
    // A remark beside an ask leaves the ask standing.
    ['Raise $66M. Exclude Dallas; Houston is just where I sit.', { target_amount: 66e6, exclude_markets: ['Dallas'] }],
  ],
  'a chat\'s "markets out?" answered with a place': [
    ['Kim: how much?\nLee: $92M\nKim: markets out?\nLee: Columbus', { target_amount: 92e6, exclude_markets: ['Columbus'] }],
    ['Kim: how much?\nLee: $92M\nKim: any states out?\nLee: Arizona', { target_amount: 92e6, exclude_markets: ['Phoenix'] }],
  ],
  'regions kept with "just the", "kept to", "inside", a config\'s "region:", "our West Coast site"': [
    ['Just the Midwest please: $74M.', { target_amount: 74e6, include_markets: ['Chicago', 'Columbus'] }],
    [
      'We want the program kept to the South (Census definition). $74M.',
      { target_amount: 74e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] },
    ],
    ['Keep the deal inside the Northeast (Census region). $74M.', { target_amount: 74e6, include_markets: ['Newark'] }],
    ['case:\n  target: 74000000\n  region: "West (Census def)"', { target_amount: 74e6, include_markets: ['Inland Empire', 'Phoenix'] }],
    ['Keep it to our West Coast site. $74M.', { target_amount: 74e6, include_markets: ['Inland Empire'] }],
    ['Our West Coast property only. $74M.', { target_amount: 74e6, include_markets: ['Inland Empire'] }],
    // A region named for another reason is no filter.
    ['$74M. We are just the Midwest team helping out.', { target_amount: 74e6 }],
  ],
  '"we don\'t want any of it from" a state; "none of the Newark buildings should be sold"': [
    ["$81M, but we don't want any of it from Ohio or Georgia.", { target_amount: 81e6, exclude_markets: ['Atlanta', 'Columbus'] }],
    ['$81M. None of the Chicago buildings should be sold.', { target_amount: 81e6, exclude_markets: ['Chicago'] }],
    ["$81M, and we don't want any of the proceeds from Arizona.", { target_amount: 81e6, exclude_markets: ['Phoenix'] }],
  ],
  'a market table\'s rows marked "no" beside rows marked "yes"': [
    ['market,use\nDallas,yes\nHouston,yes\nPhoenix,no\ntarget,70000000', { target_amount: 70e6, include_markets: ['Dallas', 'Houston'] }],
    ['Atlanta: yes\nNewark: no\nTarget $70M', { target_amount: 70e6, include_markets: ['Atlanta'] }],
    [
      'market,include\nChicago,yes\nNewark,no\nColumbus,yes\nRaise $70M.',
      { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'] },
    ],
  ],
};

describeFamilies('places: families, round 31', FAMILIES);
