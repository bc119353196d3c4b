import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the floor, beside `read-amounts-and-limits-families-4.test.ts`: a lower amount found fine
 * once the ask is written, any amount from a figure up found fine, and an amount named the minimum acceptable right
 * after it. Every case states all a brief should read: a field it does not name must stay unread.
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
};

describeFamilies('the floor found fine or named the minimum acceptable', FAMILIES);
