import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the floor and the ask, beside `read-amounts-and-limits-families-4.test.ts`: a lower amount found fine
 * once the ask is written, any amount from a figure up found fine, and an amount named the minimum acceptable right
 * after it; the ask declared after figures only mentioned, EBITDAR as background, and a bare replacement on its own
 * line. Every case states all a brief should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a lower amount found fine once the ask is written': [
    ['need 140M, ok with 120M.', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Raise $60M, happy with $50M.', { target_amount: 60e6, floor_amount: 50e6 }],
    ['We want $90m but would be fine with $75m.', { target_amount: 90e6, floor_amount: 75e6 }],
    ["$110M ideally; we're comfortable with $95M.", { target_amount: 110e6, floor_amount: 95e6 }],
    // Alone, the amount found fine is the ask; above the ask, it is no floor.
    ["We'd be happy with $50M.", { target_amount: 50e6 }],
    ["Raise $60M; we'd be happy with $70M.", { target_amount: 60e6 }],
  ],
  'any amount from a figure up found fine': [
    ['Raise fifty-five million dollars. We would be happy with anything from forty million.', { target_amount: 55e6, floor_amount: 40e6 }],
    ['Raise $55M; ok with anything above $45M.', { target_amount: 55e6, floor_amount: 45e6 }],
    ['Target $80m. Content with anything north of $70m.', { target_amount: 80e6, floor_amount: 70e6 }],
    // Happy with something other than an amount is no floor.
    ['Raise $55M; happy with anything from our advisers by Friday.', { target_amount: 55e6 }],
  ],
  'an amount named the minimum acceptable right after it': [
    ['Raise $85M, with $70M the minimum acceptable.', { target_amount: 85e6, floor_amount: 70e6 }],
    ['Raise $85M, $65M the absolute minimum acceptable.', { target_amount: 85e6, floor_amount: 65e6 }],
    ['Target $100m with $80m our lowest tolerable.', { target_amount: 100e6, floor_amount: 80e6 }],
    // The minimum of something else named after an amount is no floor.
    ['Raise $85M, with $5M the minimum rent cap.', { target_amount: 85e6 }],
  ],
  'the ask declared after a figure only mentioned: "the working number is", "but let\'s do"': [
    ['The CFO mentioned $300M in the earnings call as an "aspirational" figure; the working number is $160M.', { target_amount: 160e6 }],
    ['Press reports said $250m; the operative figure is $140m.', { target_amount: 140e6 }],
    ['we were thinking $200M, but lets do $165M. exact solve.', { target_amount: 165e6, strategy: 'exact' }],
    ["We had pencilled in $90m, but let's go with $80m.", { target_amount: 80e6 }],
    // A working figure of something else is no ask.
    ['Raise $120m; our working capital is $40m.', { target_amount: 120e6 }],
  ],
  'EBITDAR as a background figure': [
    ['Background: rent expense today is $30M and EBITDA is $420M, so EBITDAR is $450M. Program size: $105M.', { target_amount: 105e6 }],
    ['EBITDAR is $450M. Raise $90M.', { target_amount: 90e6 }],
    ['Raise $100M; we have $500M of EBITDAR.', { target_amount: 100e6 }],
  ],
  'a bare number replacing an amount in millions, on a line of its own': [
    [
      "looking for 120M\nactually make it 100\nand don't touch anything with a mortgage on it",
      { target_amount: 100e6, exclude_mortgaged: true },
    ],
    ['Target $90M\nactually make that 120\nnothing in Dallas', { target_amount: 120e6, exclude_markets: ['Dallas'] }],
    // A bare number with a unit after it on its own line is still not read as millions.
    ['Target $90M\nactually make that 12 years', { target_amount: 90e6 }],
  ],
};

describeFamilies('the floor found fine or named the minimum acceptable', FAMILIES);
