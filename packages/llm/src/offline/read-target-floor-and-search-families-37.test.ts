import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-seventh round of wording families for the target, the floor, the strategy and the objective: a floor
 * given as a last resort set straight before its figure ("if we must, $X", "at a pinch, $X"); the final figure dated by when it came ("the final from this morning is $X");
 * an aside on an earlier stage of the program ("(phase one closed at $Y)") that dates its own figure, not the ask; the
 * ask passed on by someone's staff ("what I heard from the CFO's staff is $X"); a count of people written with a
 * thousands separator after "of our" ("2,000 of our people"); a sale planned at its amount beside a workstream set
 * aside ("plan a $X SLB - refinancing is a separate workstream"); the leases that cost the least over their life as the
 * present-value objective; and the minimum proceeds wanted over a figure as the least-proceeds objective. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor given as a last resort set straight before its figure': [
    ['Target $180M; if we must, $155M.', { target_amount: 180e6, floor_amount: 155e6 }],
    ['Raise $120M, or if need be $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['$90M please; at a pinch, $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Ask: $64M. If we have to, $52M.', { target_amount: 64e6, floor_amount: 52e6 }],
    // A last resort that does something other than name a figure is no floor.
    ['Raise $120M. If we must, we will wait a quarter.', { target_amount: 120e6 }],
  ],
  'the final figure dated by when it came': [
    ['The number people floated was $90M, but the final from this morning is $104M.', { target_amount: 104e6 }],
    ['The draft said $70M; the final as of today is $76M.', { target_amount: 76e6 }],
    ["Draft $90M. Final number from yesterday's call: $82M.", { target_amount: 82e6 }],
  ],
  'an aside on an earlier stage of the program': [
    ['The board settled on $175 million for phase two (phase one closed at $58M in 2022).', { target_amount: 175e6 }],
    ['Raise $90M for wave two (wave 1 raised $61M from three buildings).', { target_amount: 90e6 }],
    ['We need $140M (the first tranche was $45M and is done).', { target_amount: 140e6 }],
    // The earlier stage told on its own, with no ask, is no ask.
    ['Phase one closed at $64M in 2023.', {}],
  ],
  "the ask passed on by someone's staff": [
    ["What I got from the treasurer's staff is a hundred and thirty million.", { target_amount: 130e6 }],
    ["The CFO's staff say $95M, stores only.", { target_amount: 95e6, asset_types: ['retail'] }],
    // A staff's costs are a payroll figure, not the ask.
    ["The plant's staff costs $12 million a year. Raise $80M.", { target_amount: 80e6 }],
  ],
  'a count of people after "of our"': [
    ['Some 3,500 of our people work in these buildings. The ask is $145 million.', { target_amount: 145e6 }],
    ['Raise $60M; 1,200 of our staff work there.', { target_amount: 60e6 }],
  ],
  'a sale planned at its amount beside a workstream set aside': [
    [
      'Plan a $118mm SLB but leave the mortgaged buildings alone - refinancing those is a separate workstream.',
      { target_amount: 118e6, exclude_mortgaged: true },
    ],
    ['Run a $72M program; the debt paydown is a separate exercise.', { target_amount: 72e6 }],
    // A figure in the workstream set aside is still not the ask.
    ['Raise $130M; the $50M revolver draw is a separate workstream.', { target_amount: 130e6 }],
  ],
  'the leases that cost the least over their life': [
    [
      'Raise $240 million and pick the program whose leases cost us least over their life.',
      { target_amount: 240e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$80M - choose the leases costing the least over their full term.', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    // A year of the leases is not their life.
    ['Raise $250 million. Pick the leases that cost the least over their first year.', { target_amount: 250e6 }],
  ],
  'the minimum proceeds wanted over a figure': [
    ['Raise $95M. We want the minimum proceeds over $95M.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $120M; pick the minimal proceeds above $120M.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    // "Minimum proceeds of" a figure is a floor's label, as before.
    ['Raise $120M, minimum proceeds of $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
  ],
};

describeFamilies('target, floor and search families, round 37', FAMILIES);
