import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A ninth round of wording families for the economics and the objective, as operations notes and board papers write
 * them: the smallest sale named with the figure it must reach, the set that oversells least, the objective written as a
 * label of the selection, and the cheapest capital as what costs least over the leases. Every case states all a brief
 * should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the smallest sale named with the figure it reaches ("smallest possible sale that hits $45M", "smallest program to reach $70M")': [
    ['The smallest possible sale that reaches $55M, please.', { target_amount: 55e6, economics: { objective: 'min_proceeds' } }],
    ['Sell the smallest package that gets us $90M.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Smallest programme to hit $80M.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['Smallest possible set clearing $120M.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    ['Reach $150m with the smallest possible sale.', { target_amount: 150e6, economics: { objective: 'min_proceeds' } }],
    // The smallest sale told of as a fact of the past is no objective.
    ['Raise $90M. Our smallest sale last year was $20M.', { target_amount: 90e6 }],
    ['Raise $90M; the smallest sale to reach a buyer closed in a week.', { target_amount: 90e6 }],
  ],
  'the set that oversells or overshoots least ("the optimal set that overshoots it least", "fewest dollars over the line")': [
    ['Target $110m; choose the set that overshoots it least.', { target_amount: 110e6, economics: { objective: 'min_proceeds' } }],
    ['Run $85m again, the selection that oversells least.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    ['$240m. Fewest dollars over the mark, please.', { target_amount: 240e6, economics: { objective: 'min_proceeds' } }],
    // Overselling told of as last year's outcome is no objective.
    ['Raise $85m; last time we oversold by $9m.', { target_amount: 85e6 }],
  ],
  'the minimum-proceeds objective as a label of the selection ("a min-proceeds optimal programme")': [
    ['The Board asked for a minimum-proceeds optimal set of $105m.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    [
      'Please run a min-proceeds exact solve for $70m.',
      { target_amount: 70e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    // Minimum proceeds with a figure are a floor.
    ['Target $120m, minimum proceeds $100m.', { target_amount: 120e6, floor_amount: 100e6 }],
  ],
  'the cheapest capital as what costs least over the leases ("the option that costs us least over the whole lease")': [
    [
      'Target $95M. Pick whatever costs us least over the life of the leases.',
      { target_amount: 95e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$140M, the set costing least in present-value terms.', { target_amount: 140e6, economics: { objective: 'min_npv_cost' } }],
    ['Go with the least-expensive-funding option, $60M.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Lowest total cost over the lease term, rather than the least proceeds. $85M.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    // What costs least to run is no objective.
    ['Raise $85M; keep the sites that cost us least to run.', { target_amount: 85e6 }],
  ],
};

describeFamilies('The smallest sale that reaches the figure, the set that oversells least, and what costs least over the leases', FAMILIES);
