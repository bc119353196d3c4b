import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A sixteenth round of wording families for amounts, floors and limits: a floor stated in everyday words as a bare
 * figure after an ask in millions, a limit or floor corrected or replaced in the same message, a figure named as a
 * trigger with the limit set inside it, a range narrowed by "call it", a past deal's figures set aside, an earlier
 * figure in a bracketed aside, and caps written as a refusal or in shorthand. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor stated in everyday words ("minimum acceptable is 50", "don\'t dip below 55", "if we can\'t hit 50, 40 is okay")': [
    ['Raise $80M. Minimum acceptable is 70.', { target_amount: 80e6, floor_amount: 70e6 }],
    ['We want $45M, maybe $50M. Minimum is 40.', { target_amount: 45e6, floor_amount: 40e6 }],
    ["Around $90M; we won't drop below 75.", { target_amount: 90e6, floor_amount: 75e6 }],
    ["$120M please. If we can't get there, 100 is fine.", { target_amount: 120e6, floor_amount: 100e6 }],
    ['Target $70M, floor for the proceeds $60M.', { target_amount: 70e6, floor_amount: 60e6 }],
    // A bare count after the same words is no floor.
    ["Raise $80M. We can't dip below 12 sites.", { target_amount: 80e6 }],
    ["Raise $80M. If we can't hit 80, 3 sites is okay.", { target_amount: 80e6 }],
  ],
  'a limit or floor corrected or replaced in the same message ("was thinking 3.5x but the covenant is 3.75x")': [
    [
      'Raise $70M. The bank first mentioned 4.25x net leverage but the actual covenant is 3.9x.',
      { target_amount: 70e6, max_net_leverage: 3.9 },
    ],
    ['Raise $70M. We were thinking 1.4x FCCR but the new facility requires 1.6x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.6 }],
    ['$85M. The previous floor was $60M but this time set it at $65M.', { target_amount: 85e6, floor_amount: 65e6 }],
    [
      'Raise $95M. The draft said lease-adjusted leverage of 4.75x; legal negotiated it down to 4.4x.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.4 },
    ],
    // An old limit nobody replaces still stands, and two limits of different ratios are both read.
    ['Raise $70M. The old covenant was 3.5x net leverage and nothing has changed.', { target_amount: 70e6, max_net_leverage: 3.5 }],
    [
      'Raise $70M with net leverage under 3.5x, but FCCR above 1.5x.',
      { target_amount: 70e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
    ],
  ],
  'a figure named as a trigger or covenant, with the limit set inside it ("stay a notch inside that at 4.25x")': [
    [
      "The agency mentioned 5x lease-adjusted as the trigger; let's stay inside that at 4.6x. Raise $100M.",
      { target_amount: 100e6, max_lease_adjusted_leverage: 4.6 },
    ],
    ["We're at 2.8x net leverage today; covenant is 3.5x. Raise $75M.", { target_amount: 75e6, max_net_leverage: 3.5 }],
    // Today's level alone is no limit.
    ["We're at 2.8x net leverage today. Raise $75M.", { target_amount: 75e6 }],
  ],
  'a range, then one point of it ("Need 60-70m, call it 65")': [
    ['Need $80-90M, call it 85.', { target_amount: 85e6, floor_amount: 80e6 }],
    ['Raise 100 to 120 million, say 110.', { target_amount: 110e6, floor_amount: 100e6 }],
    // A point outside the range does not narrow it.
    ['Need $80-90M, call it 95.', { target_amount: 90e6, floor_amount: 80e6 }],
  ],
  'a past deal\'s figures set aside ("last year\'s deal was $90M at 3.2x, ignore that")': [
    [
      'Raise $45M. Our previous deal ran at 4.1x leverage - ignore that; this one needs net leverage under 3.6x.',
      { target_amount: 45e6, max_net_leverage: 3.6 },
    ],
    [
      'Our last transaction was $120M at 2.9x leverage, disregard that. Raise $70M with net leverage below 3.4x.',
      { target_amount: 70e6, max_net_leverage: 3.4 },
    ],
  ],
  'an earlier figure in a bracketed aside ("$60M (we discussed $75M last week but ...)")': [
    ['Raise $55M (we talked about $70M last month but plans changed).', { target_amount: 55e6 }],
    ['Raise $55M (the $70M last month was too big).', { target_amount: 55e6 }],
  ],
  'a cap written as a refusal or in shorthand ("new rent above $6M/yr is a non-starter", "market cap 0.3")': [
    ['Raise $60M. Any added rent above $4M a year is a deal-breaker.', { target_amount: 60e6, max_rent_added: 4e6 }],
    ['Raise $70M. Metro cap 0.25.', { target_amount: 70e6, max_market_share: 0.25 }],
    ['Raise $40M without touching anything critical above 0.6.', { target_amount: 40e6, max_criticality: 0.6 }],
    // Rent already paid, a multiple and a place keep reading as before.
    ['Raise $60M. Current rent above $4M is a non-starter.', { target_amount: 60e6 }],
    ['Raise $70M. Market cap 0.25x.', { target_amount: 70e6 }],
    ['Raise $40M without touching anything in Phoenix.', { target_amount: 40e6, exclude_markets: ['Phoenix'] }],
  ],
};

describeFamilies('reading amounts, floors and limits in a sixteenth round of families', FAMILIES);
