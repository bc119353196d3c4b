import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the floor beside an ask: a deal still done at a lower figure, the seller's reserve, and a
 * refusal to be made to accept less. Every case states all a brief should read: a field it does not name must stay
 * unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a deal still done at a lower figure is the floor': [
    ["The treasurer wants a quarter of a billion, but says she'd sign off at $200M.", { target_amount: 250e6, floor_amount: 200e6 }],
    ["$125M target, but she'd close at $110M.", { target_amount: 125e6, floor_amount: 110e6 }],
    ['Ask $90m; the board would still agree at $75m.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['We want $60m, though we could go ahead at $50m.', { target_amount: 60e6, floor_amount: 50e6 }],
    // Signing off on a figure approves the ask itself.
    ['The CFO will sign off on $80m.', { target_amount: 80e6 }],
  ],
  "the seller's reserve is the floor": [
    ["Proceeds $180 million (Seller's reserve $150 million).", { target_amount: 180e6, floor_amount: 150e6 }],
    ['Target $90m; our reserve: $70m.', { target_amount: 90e6, floor_amount: 70e6 }],
    ["Raise $120m, the vendor's reserve price is $100m.", { target_amount: 120e6, floor_amount: 100e6 }],
    // A cash reserve the company holds is no floor.
    ['Raise $120m; we hold a cash reserve of $30m.', { target_amount: 120e6 }],
  ],
  'a refusal to be made to accept less is the floor': [
    [
      'Target proceeds of $175,000,000; the Company shall not be required to accept proceeds below $140,000,000.',
      { target_amount: 175e6, floor_amount: 140e6 },
    ],
    ['Raise $90m. The seller will not be forced to accept bids below $70m.', { target_amount: 90e6, floor_amount: 70e6 }],
  ],
  'an ask asked or proposed beside a rent or debt figure, and a rent figure with the words saying which rent': [
    ['Quick q from treasury: can we do $120mm with added rent under $8mm?', { target_amount: 120e6, max_rent_added: 8e6 }],
    ['Could you do $90m with new rent no more than $6m?', { target_amount: 90e6, max_rent_added: 6e6 }],
    [
      'Group Treasury proposes $200m at the lowest NPV cost relative to our cost of debt.',
      { target_amount: 200e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['We propose $150m, with interest savings on the debt repaid.', { target_amount: 150e6 }],
    [
      'A portfolio generating about $8.0 million of initial annual rent; the Company targets proceeds of $135 million.',
      { target_amount: 135e6 },
    ],
    ['Sites carrying $6m of current contracted rent; we want $90m.', { target_amount: 90e6 }],
    // A rent figure alone is never the ask.
    ['The pool carries $8m of initial annual rent.', {}],
  ],
  'the ask, then the figure it replaced with its past words': [
    ["Treasurer asks for $70M — was $90M last week but they've found cash elsewhere.", { target_amount: 70e6 }],
    ['We need $60m (down from $75m last quarter).', { target_amount: 60e6 }],
    ['Raise $45m, previously $55m in the prior round.', { target_amount: 45e6 }],
    // A figure raised in the past is still no ask.
    ['We raised $70M last year — was $90M planned. Now we need $50M.', { target_amount: 50e6 }],
  ],
  'amounts weighed, then one chosen': [
    ["We're thinking $120m, possibly $140m; let's go with $140m.", { target_amount: 140e6 }],
    ["Maybe $80m or $90m, we'll settle on $90m.", { target_amount: 90e6 }],
    ['Either $50m or $60m; we should opt for $50m.', { target_amount: 50e6 }],
    // A choice of something other than an amount takes no figure back.
    [
      "Target $150m, floor $120m; let's go with 20-year leases.",
      { target_amount: 150e6, floor_amount: 120e6, economics: { lease_term_years: 20 } },
    ],
  ],
};

describeFamilies('the floor beside an ask', FAMILIES);
