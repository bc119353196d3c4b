import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the ask in chats and dictated notes: a bare figure to raise or do, or needed by a date;
 * figures spoken as hundreds and tens; an earlier or wished-for figure replaced by the real one; and an ask that opens
 * a terse list whose later items name rent or a market cap. Every case states all a brief should read: a field it
 * does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a bare ask after a verb of raising, with a deadline or a condition after it': [
    ['Chat: need 75 by Q3. No encumbered assets.', { target_amount: 75e6, exclude_mortgaged: true }],
    ['We need 60 by year-end.', { target_amount: 60e6 }],
    ['Raise 95. Nothing in Ohio.', { target_amount: 95e6, exclude_markets: ['Columbus'] }],
    ['Text from the owner: do 120, skip Georgia.', { target_amount: 120e6, exclude_markets: ['Atlanta'] }],
    ['Board: get us 130 with net leverage under 3.5x.', { target_amount: 130e6, max_net_leverage: 3.5 }],
    // A figure asked about is no ask.
    ['Could we do 500? Nothing in Ohio.', { exclude_markets: ['Columbus'] }],
  ],
  'an amount spoken as hundreds and tens': [
    ['Target two-forty, nothing mortgaged.', { target_amount: 240e6, exclude_mortgaged: true }],
    ['The number is one-oh-five.', { target_amount: 105e6 }],
    ['Need roughly one-fifty million.', { target_amount: 150e6 }],
    ['Two-fifty million dollars, IFRS.', { target_amount: 250e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Hundred and twenty mil, no Georgia.', { target_amount: 120e6, exclude_markets: ['Atlanta'] }],
    ['Target one-sixty, floor one-forty.', { target_amount: 160e6, floor_amount: 140e6 }],
    // A time of day is no amount.
    ['Call me at one-thirty. Target $80M.', { target_amount: 80e6 }],
  ],
  'an amount refused, wished for or said before, then the real one': [
    ["Not $80m, it's $85m. No mortgaged sites.", { target_amount: 85e6, exclude_mortgaged: true }],
    ["We'd love $200M but realistically $160M.", { target_amount: 160e6 }],
    ['Ideally $140m, in reality $110m. Exclude Ohio.', { target_amount: 110e6, exclude_markets: ['Columbus'] }],
    ['Originally we wanted $90M; we now need $105M.', { target_amount: 105e6 }],
    ['I know we said $75m at the board, but the CFO now wants $85m.', { target_amount: 85e6 }],
    ['$300m feels way too high; $240m.', { target_amount: 240e6 }],
    ['Treasurer: "Can we do $200m?" CFO: "Not within the covenants. $170m."', { target_amount: 170e6 }],
    // "we said" before a figure that is no amount, and a question on something else, take nothing back.
    [
      'I know last time we said 3% escalators but use 2% this time. Target $79M.',
      { target_amount: 79e6, economics: { rent_escalator: 0.02 } },
    ],
    ['For your $27M ask, should we assume zero tax? Treasury: No, use 25%.', { target_amount: 27e6, economics: { tax_rate: 0.25 } }],
  ],
  'an ask opening a terse list whose later items name rent, a market cap or a variance': [
    ['$70m with added rent no more than $5m.', { target_amount: 70e6, max_rent_added: 5e6 }],
    ['$88m — no Texas — new rent ≤ $6m.', { target_amount: 88e6, max_rent_added: 6e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['Note: $120m with a 35% market cap.', { target_amount: 120e6, max_market_share: 0.35 }],
    ['The forecast is off by 3m this quarter. Separately: raise $60m.', { target_amount: 60e6 }],
    // Background named in the opening amount's own item stays background.
    ['$420m EBITDA — with net debt at $1.2bn. Target $60m.', { target_amount: 60e6 }],
  ],
  'an amount declared the final or governing ask after others': [
    ['The banker says $150M but our own ask, which is binding, is $130M.', { target_amount: 130e6 }],
    ['Was $60M, then $70M, final answer $65M.', { target_amount: 65e6 }],
    ['First I said 80, then 95. Final answer: 90.', { target_amount: 90e6 }],
    ['Call it 120.', { target_amount: 120e6 }],
    ['we need like 45, no Ohio', { target_amount: 45e6, exclude_markets: ['Columbus'] }],
    // A loan's balance named before it is no ask.
    ['The mortgage on Joliet is $30m. Target $90m.', { target_amount: 90e6 }],
  ],
  'a bare ask and floor each named after its figure': [
    ['COO: 90 target, 75 floor.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['120 ask; 100 min', { target_amount: 120e6, floor_amount: 100e6 }],
    // A floor above the ask is no pair of amounts.
    ['30 target, 40 floor', {}],
  ],
  'a bare figure alone as a sentence of a terse note, or settled on': [
    ["Text: '75. nothing in Ohio.'", { target_amount: 75e6, exclude_markets: ['Columbus'] }],
    ['Seventy. Only Texas.', { target_amount: 70e6, include_markets: ['Dallas', 'Houston'] }],
    ["CFO: 'Eighty-five. No mortgaged sites.'", { target_amount: 85e6, exclude_mortgaged: true }],
    ['They argued for weeks and settled on 95. No Ohio.', { target_amount: 95e6, exclude_markets: ['Columbus'] }],
    ['We landed on seventy-five.', { target_amount: 75e6 }],
    // The answer to a question on a limit, and a small step number, are no ask.
    ['Chair: Tax? CFO: Twenty-one.', {}],
    ['Step 3. Nothing in Ohio.', { exclude_markets: ['Columbus'] }],
    // A figure that is the whole brief is a number nobody asked for: it says nothing of what it counts.
    ['150', {}],
    ['  Ninety. ', {}],
  ],
  'an amount in words joined by hyphens into one modifier': [
    ["We're asking for a one-hundred-and-sixty-million-dollar sale-leaseback.", { target_amount: 160e6 }],
    ['We want a fifty-million-dollar program.', { target_amount: 50e6 }],
    ['A two-hundred-million raise, please.', { target_amount: 200e6 }],
    // A hyphen to a word that is no scale joins nothing.
    ['Our fifty-year-old roofs need no work. Raise $40m.', { target_amount: 40e6 }],
  ],
  'bare figures given their scale by a sentence or a units label of their own': [
    ['The number is 160. We would accept 140. Millions.', { target_amount: 160e6, floor_amount: 140e6 }],
    ['We need between 80 and 100. Millions.', { target_amount: 100e6, floor_amount: 80e6 }],
    ['Somewhere between 45 and 60. In millions, obviously.', { target_amount: 60e6, floor_amount: 45e6 }],
    ['One-sixty is the goal. Millions.', { target_amount: 160e6 }],
    ['Proceeds | 140 ; Units | $mm', { target_amount: 140e6 }],
    // Without the note, a bare range and a spoken "one-sixty" stay unread.
    ['One-sixty is the goal.', {}],
    ['We need between 80 and 100.', {}],
  ],
  'a figure fine as a last resort is the floor': [
    ['Raise $150m; $125m is OK if that is all we can get.', { target_amount: 150e6, floor_amount: 125e6 }],
    ['Target $90m, though $80m is fine if need be.', { target_amount: 90e6, floor_amount: 80e6 }],
    ["Goal is 150, but 125 is fine if that's all we can do. In millions.", { target_amount: 150e6, floor_amount: 125e6 }],
    // Fine with no last resort after it is no floor.
    ['Raise $90m; $5m of fees is fine.', { target_amount: 90e6 }],
  ],
  'an amount revised to another, by name or right after it, and a labelled amount said to be another now': [
    ['The Treasurer asked for $75 million; the Board reduced the authority to $65 million.', { target_amount: 65e6 }],
    ['The program is $185 million (amended in session to $165 million).', { target_amount: 165e6 }],
    ['Raise $120M, later trimmed to $110M.', { target_amount: 110e6 }],
    ['Management wanted $80m but the CFO upped the ask to $95m.', { target_amount: 95e6 }],
    ['IC memo: proceeds $90m, now $105m per the CFO.', { target_amount: 105e6 }],
    ['Target $60m, now $72m after the review.', { target_amount: 72e6 }],
    // Another amount revised after the ask leaves the ask alone.
    ['Raise $90m; the cap on new rent was raised to $8m.', { target_amount: 90e6, max_rent_added: 8e6 }],
  ],
};

describeFamilies('the ask in chats, dictation and terse lists', FAMILIES);
