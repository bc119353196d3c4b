import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * More families of wording for the ask, its floor and the limits: figures deleted in a tracked edit. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'figures struck through in a tracked edit': [
    ['Revised ask ~~$70M~~ $85M, please.', { target_amount: 85e6 }],
    ['Markup: FCCR ~~1.3x~~ 1.45x, ask $45M.', { target_amount: 45e6, min_fixed_charge_coverage: 1.45 }],
    ['Proceeds ~~$30M~~ ~~$35M~~ $38M; cap per market ~~50%~~ 45%.', { target_amount: 38e6, max_market_share: 0.45 }],
  ],
  'an ask that is its own floor, and a floor named as the least accepted': [
    ['We require $64M, not a penny less.', { target_amount: 64e6, floor_amount: 64e6 }],
    ['Our goal is $150M, with $125M the lowest we would take.', { target_amount: 150e6, floor_amount: 125e6 }],
    // With a figure of its own, the words name the floor.
    ['Looking for $70M, not a dollar under $60M.', { target_amount: 70e6, floor_amount: 60e6 }],
  ],
  'a level planned inside the covenant, in other words': [
    ['Raise $65M. Lenders allow net leverage of 4.0x but we will work to 3.6x.', { target_amount: 65e6, max_net_leverage: 3.6 }],
    [
      '$80M please. Our lender says net leverage can be 3.75 but we want 3.25 for comfort.',
      { target_amount: 80e6, max_net_leverage: 3.25 },
    ],
  ],
  'a credit facility named by its size before the ask': [
    ['Hi team, the $400m revolver is fine as is. We only need $30m from sale-leasebacks.', { target_amount: 30e6 }],
    ['The $250m credit facility is untouched. Raise $35m.', { target_amount: 35e6 }],
  ],
  'amounts written as code writes them': [
    ['params:\n  target: 72e6\n  floor: 6.5e7', { target_amount: 72e6, floor_amount: 65e6 }],
    ['run_options = {"amount": 140_000_000}', { target_amount: 140e6 }],
  ],
  'a pension figure named before the ask': [
    ['After much talk about the pension gap ($75m), the board set the leaseback goal at $55m.', { target_amount: 55e6 }],
  ],
};

describeFamilies('amounts and limits in longer documents and loose notes, continued', FAMILIES);
