import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-ninth round of wording families for the markets: the writer's introduction of themselves (a greeting that
 * says who writes and from where, the area they look after in a bracket, "The Ohio region here", "Manufacturing,
 * Chicago.", "Newark site mgr.", a closing of thanks with the writer's team); other people and meetings (a person on a
 * call with their place in a bracket, a person named by where they sit, a pleasantry about meeting, a header row of
 * someone's details, a line that needs no action); past deals owned by their place or given with their size; a place
 * said to be fine again after a correction; a case without a place asked for to compare; buildings said to be untouchable; a ballot box's X beside its
 * tick; "nothing is sold from", "nothing sold outside" and an "Excl mkts" label; a chat line stamped with its weekday
 * ("Mon 08:57 Gus:"); and a town that shortens the name of a building named before ("the Ontario Automated DC ... Skip
 * Ontario").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the writer introducing themselves ("Hey, it\'s Priya in FP&A Phoenix.", "I run logistics for the region (Georgia).")': [
    ["Hey, it's Priya in FP&A Phoenix. Raise $64M.", { target_amount: 64e6 }],
    ['Hi all, Omar here from controllership in Newark. Raise $64M.', { target_amount: 64e6 }],
    ['Hi from Legal, Bea from the Chicago office. Raise $64M.', { target_amount: 64e6 }],
    ['Hi team — Ravi, Tax Analyst, Dallas. Raise $64M.', { target_amount: 64e6 }],
    ['I run logistics for the region (Georgia). Raise $64M.', { target_amount: 64e6 }],
    ['I manage finance for the region (Arizona, Ohio). Raise $64M.', { target_amount: 64e6 }],
    ['Raise $64M. The Ohio region here — send it by Friday.', { target_amount: 64e6 }],
    ['Manufacturing, Chicago. Raise $64M.', { target_amount: 64e6 }],
    ['Newark site mgr. Raise $64M.', { target_amount: 64e6 }],
    ['Raise $64M. Thanks — Atlanta corporate finance', { target_amount: 64e6 }],
    // A greeting that asks, a plural type before a place, and a closing that asks keep their places.
    ['Hi all, only Phoenix this time. Raise $64M.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
    ['Hey team, Dallas and Houston please. Raise $64M.', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['Warehouses, Chicago. Raise $64M.', { target_amount: 64e6, asset_types: ['warehouse'], include_markets: ['Chicago'] }],
    ['I run logistics for the region (Georgia). Raise $64M, only from Ohio.', { target_amount: 64e6, include_markets: ['Columbus'] }],
  ],
  'other people and meetings ("the call with Tom (Phoenix) and Ines", "Lena in Newark asked", "Great seeing you in ...")': [
    ['Notes from the call with Tom (Phoenix) and Ines: raise $64M.', { target_amount: 64e6 }],
    ['Raise $64M. Lena in Newark asked for the rent schedule.', { target_amount: 64e6 }],
    ['Great seeing you at the expo in Atlanta. Raise $64M.', { target_amount: 64e6 }],
    ['Name | Role | Company | Dallas\nRaise $64M.', { target_amount: 64e6 }],
    ['Raise $64M.\n- Houston yard cited as a good example — no action', { target_amount: 64e6 }],
    // A place asked for beside them still reads.
    ['Raise $64M from Phoenix. Lena in Newark asked for the rent schedule.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
    ['Raise $64M.\n- Sell Houston only — no action', { target_amount: 64e6, include_markets: ['Houston'] }],
    ['Great seeing you last week. Raise $64M, only Atlanta.', { target_amount: 64e6, include_markets: ['Atlanta'] }],
  ],
  'past deals owned by their place or given with their size ("Phoenix\'s 2018 sale", "our 2021 SLB of $60M in Chicago")': [
    ["Raise $64M. (Phoenix's 2018 sale closed in May.)", { target_amount: 64e6 }],
    ['Raise $64M. Our 2021 SLB of $60M in Chicago is history.', { target_amount: 64e6 }],
    // This run's own place beside them still reads.
    ["Raise $64M in Phoenix. Dallas's 2018 sale went well.", { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  'a place said to be fine again, and a case without a place to compare ("Chicago is fine", "a no-Ohio case to compare")': [
    ['Raise $64M. Leave out Chicago — no wait, leave out Newark; Chicago is fine.', { target_amount: 64e6, exclude_markets: ['Newark'] }],
    ['Raise $64M. A no-Ohio case would be nice to compare too.', { target_amount: 64e6 }],
    // "nothing else" keeps the sale to the place; a no-place case for this run still rules it out.
    ['Raise $64M. Chicago is fine, nothing else.', { target_amount: 64e6, include_markets: ['Chicago'] }],
    ['Raise $64M. Run a no-Ohio case.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // Buildings said to be untouchable are kept out, and their market is not asked for.
    [
      'Raise $64M. The Tempe Office and the Chandler Data Center are untouchable.',
      { target_amount: 64e6, exclude_asset_ids: ['PHX-03', 'PHX-02'] },
    ],
  ],
  'a ballot box\'s X beside its tick, and "nothing is sold from", "nothing sold outside", "Excl mkts"': [
    ['Run list\n☑ $64M ask\n☒ Southeast only', { target_amount: 64e6 }],
    ['Raise $64M; nothing is sold from Phoenix.', { target_amount: 64e6, exclude_markets: ['Phoenix'] }],
    ['Raise $64M, and nothing sold outside Georgia and Ohio.', { target_amount: 64e6, include_markets: ['Atlanta', 'Columbus'] }],
    ['Raise $64M.\nExcl mkts: Newark, Dallas', { target_amount: 64e6, exclude_markets: ['Newark', 'Dallas'] }],
    // An X with no tick beside it ticks its item; a sale that has happened is no filter.
    ['Run list\n☒ $64M ask\n☒ Southeast only', { target_amount: 64e6, include_markets: ['Atlanta'] }],
  ],
  'a chat line stamped with its weekday, and a town that shortens a building named before ("Tue 10:04 Ida:", "Drop Ontario.")': [
    [
      'Tue 10:02 Ida: raise $64M\nTue 10:03 Bo: which markets are out?\nTue 10:04 Ida: Newark and Phoenix',
      { target_amount: 64e6, exclude_markets: ['Newark', 'Phoenix'] },
    ],
    ['The Ontario Automated DC still has its loan. Raise $64M. Drop Ontario.', { target_amount: 64e6, exclude_asset_ids: ['IE-01'] }],
    // With no building named by it before, the town is its market; a market's own name stays the market.
    ['Raise $64M. Drop Ontario.', { target_amount: 64e6, exclude_markets: ['Inland Empire'] }],
    ['The Houston Regional Office is dated. Raise $64M. Drop Houston.', { target_amount: 64e6, exclude_markets: ['Houston'] }],
  ],
};

describeFamilies('reading the markets, thirty-ninth round of wording families', FAMILIES);
