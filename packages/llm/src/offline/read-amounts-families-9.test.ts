import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A ninth round of wording families for the ask and the floor, as board papers and operations notes write them: the
 * floor set by resolution or as a past decision ("the minimum acceptable proceeds be $100m", "the floor was set at
 * $110m"), the floor of the programme ("the floor for the Programme is $72m"), and the least someone would go to or
 * live with, the proceeds named ("minimum proceeds they'd live with is $100M", "the lowest they'd go is $135M"). Every
 * case states all a brief should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the floor set by resolution or as a past decision ("the minimum acceptable proceeds be $100m", "the floor was set at $110m")': [
    [
      'RESOLVED that the Target Proceeds be $150,000,000 and that the minimum acceptable proceeds be $120,000,000.',
      { target_amount: 150e6, floor_amount: 120e6 },
    ],
    ['It was resolved that the floor be $80m, against Target Proceeds of $95m.', { target_amount: 95e6, floor_amount: 80e6 }],
    ['After discussion the floor was set at $60m; the Target Proceeds are $75m.', { target_amount: 75e6, floor_amount: 60e6 }],
    ['The minimum net proceeds were fixed at $45m and the ask at $55m.', { target_amount: 55e6, floor_amount: 45e6 }],
    // A target resolved alone has no floor.
    ['RESOLVED that the Target Proceeds be $150,000,000.', { target_amount: 150e6 }],
  ],
  'the floor of the programme ("the floor for the Programme is $72m")': [
    ['The floor for the programme is $50m and the target is $65m.', { target_amount: 65e6, floor_amount: 50e6 }],
    ['Target $200m; the floor for this sale is $170m.', { target_amount: 200e6, floor_amount: 170e6 }],
    // A programme's size alone is the ask.
    ['The programme is $72m.', { target_amount: 72e6 }],
  ],
  'the least someone would go to or live with, the proceeds named ("the lowest they\'d go is $135M")': [
    ['Target $90M. Minimum proceeds we could live with is $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['We need $210M; the lowest the board would go is $180M.', { target_amount: 210e6, floor_amount: 180e6 }],
    ['Ask $120M, and the lowest we can go to is $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    // The lowest of something else is no floor.
    ['Target $90M. The lowest cap rate we saw is 6%.', { target_amount: 90e6 }],
  ],
  'a target corrected after a short aside ("$200M. No wait, treasury just pinged, make it $180M")': [
    ['Target $90M. Actually, the CFO called, make it $80M.', { target_amount: 80e6 }],
    ['$150M - sorry, having spoken to Dana, set the target at $140M.', { target_amount: 140e6 }],
    ['$60M. No wait, the board met this morning, make it $65M.', { target_amount: 65e6 }],
    // A correction that restates a figure of another kind leaves the ask.
    ['$90M. Actually, on reflection, make it 3x leverage.', { target_amount: 90e6, max_net_leverage: 3 }],
  ],
  'a background figure named with "of about" before it ("net debt of about $1.26 billion")': [
    ['Net debt of roughly $900 million. We want to raise $120 million.', { target_amount: 120e6 }],
    ['EBITDA of about $300m and revenue of around $2 billion; the ask is $75m.', { target_amount: 75e6 }],
    ['Our net debt of approximately $1.1 billion is fine. Raise $90m.', { target_amount: 90e6 }],
    // A raise of about a figure is still the ask.
    ['We want to raise about $80 million.', { target_amount: 80e6 }],
  ],
};

describeFamilies(
  'Floors set by resolution, of the programme or the least someone would go to, and a target corrected after an aside',
  FAMILIES,
);
