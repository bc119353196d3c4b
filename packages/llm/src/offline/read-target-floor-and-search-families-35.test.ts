import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fifth round of wording families for the target, the floor, the strategy and the objective: a floor said,
 * once the ask is written, as a stop given as an instruction with its condition ("and stop at $X if that's all there
 * is", "If the offices can't get there, stop at $X"), as the least the writer walks away with ("Minimum I'd walk away
 * with is $X") or as a labelled minimum with its condition before the colon ("Min proceeds if constrained: $X"); the
 * sale denied to go past what is needed ("I don't want to sell a dollar more than we need", "a plan that sells no more
 * than it must") and the cheapest over the years as a list item of its own; the greedy search asked for by waiving a
 * proof of the optimum; and the ask named by the run or the plan it sizes ("rerun at $X", "see what $X looks like",
 * "For the Q3 funding plan: $X"), where a rent cap or "liquidity" nearby would otherwise set it aside. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a stop given as an instruction, with its condition, once the ask is written': [
    ['Raise $120M, and stop at $100M if that is all the buyers will pay.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['The CFO wants $95M and said stop at $85M if the covenants bind.', { target_amount: 95e6, floor_amount: 85e6 }],
    ['We propose a sale of $210M, stopping at $180M should demand be thin.', { target_amount: 210e6, floor_amount: 180e6 }],
    ['Amount: $64M. If the sale cannot get there, stop at $55M.', { target_amount: 64e6, floor_amount: 55e6 }],
    ["Raise $150M; if the first pass doesn't fill it, just stop at $130M.", { target_amount: 150e6, floor_amount: 130e6 }],
    // A stop with no condition and no subject, a stop above the ask, or a condition that is met, names no floor.
    ['Raise $90M, stopping at the midpoint for a review.', { target_amount: 90e6 }],
    ['Raise $90M, and stop at $95M if the bids are strong.', { target_amount: 90e6 }],
    ['Raise $90M. If Dallas sells well, stop at $80M.', { target_amount: 90e6 }],
  ],
  'the least the writer walks away with, and a labelled minimum with its condition': [
    ['Goal: $175M. Minimum we would walk away with is $150M.', { target_amount: 175e6, floor_amount: 150e6 }],
    ["Aim for $82M. The least I'd settle for is $70M.", { target_amount: 82e6, floor_amount: 70e6 }],
    ['Target is $66M; lowest they could live with is $60M.', { target_amount: 66e6, floor_amount: 60e6 }],
    ['Proceeds sought: $140M\nMinimum if the tests bind: $120M', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Target: $92M\nFloor when constrained: $80M', { target_amount: 92e6, floor_amount: 80e6 }],
    // What the writer walks away from, or a minimum of something else, is no floor of proceeds.
    ['Raise $82M; we walked away with $70M last time.', { target_amount: 82e6 }],
    ['Raise $82M\nMin leaseability if constrained: 0.6', { target_amount: 82e6, min_leaseability: 0.6 }],
  ],
  'the sale denied to go past what is needed, and the cheapest over the years as a list item': [
    ["Get $130M, and we don't want to sell a cent more than we need.", { target_amount: 130e6, economics: { objective: 'min_proceeds' } }],
    ['Show a plan for $88M that sells no more than it has to.', { target_amount: 88e6, economics: { objective: 'min_proceeds' } }],
    [
      'Raise $104M and do not sell more than the target by any more than you need to.',
      { target_amount: 104e6, economics: { objective: 'min_proceeds' } },
    ],
    ['We need $71M; never sell anything more than is required.', { target_amount: 71e6, economics: { objective: 'min_proceeds' } }],
    [
      '$118M, cheapest over the long run, Texas only.',
      { target_amount: 118e6, include_markets: ['Dallas', 'Houston'], economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Target $97M; least expensive over the years; 15-year leases.',
      { target_amount: 97e6, economics: { objective: 'min_npv_cost', lease_term_years: 15 } },
    ],
    // A count or a cap after "no more than", or a site cheapest over the years, asks for no objective.
    ['Raise $130M and sell no more than four buildings.', { target_amount: 130e6 }],
    ["Raise $130M; don't sell more than $20M of it to one buyer.", { target_amount: 130e6 }],
    ['Raise $118M; Tulsa was the cheapest site over the years.', { target_amount: 118e6 }],
  ],
  'the greedy search asked for by waiving a proof of the optimum': [
    ["Raise $150M the quick way; we don't need a proof of optimality.", { target_amount: 150e6, strategy: 'greedy' }],
    ['$99M please. I do not need a guarantee of the optimum today.', { target_amount: 99e6, strategy: 'greedy' }],
    // A proof asked for is the exact search.
    ['Raise $99M and give me the provably optimal set.', { target_amount: 99e6, strategy: 'exact' }],
  ],
  'the ask named by the run or the plan it sizes': [
    ['Could you rerun at $112M with added rent under $8M?', { target_amount: 112e6, max_rent_added: 8e6 }],
    ['Please model this at $84M, rent added no more than $6M.', { target_amount: 84e6, max_rent_added: 6e6 }],
    ['Keep new rent under $9M and show me what $126M looks like.', { target_amount: 126e6, max_rent_added: 9e6 }],
    ['For the Q4 funding plan: $58M, warehouses only.', { target_amount: 58e6, asset_types: ['warehouse'] }],
    ['For our year-end liquidity bridge - $73M.', { target_amount: 73e6 }],
    // A rent figure run at, or a liquidity figure reported, is no ask.
    ['Raise $60M; last year the rent ran at $5M.', { target_amount: 60e6 }],
  ],
  'a floor asked about in a chat and answered with a bare figure, before the ask is agreed or on its line': [
    ['Kim 9:01: floor?\nLee 9:02: 70 if the bids are thin\nKim 9:03: fine, $85M then', { target_amount: 85e6, floor_amount: 70e6 }],
    ['<kim> $140M agreed. minimum?\n<lee> 120', { target_amount: 140e6, floor_amount: 120e6 }],
    ['kim: $66M it is. floor?\nlee: 60', { target_amount: 66e6, floor_amount: 60e6 }],
    // An answer above the ask, or to a question about a limit, is no floor.
    ['Kim 9:01: floor?\nLee 9:02: 95\nKim 9:03: fine, $85M then', { target_amount: 85e6 }],
    ['<kim> $140M agreed. min leaseability?\n<lee> 0.6', { target_amount: 140e6, min_leaseability: 0.6 }],
  ],
  'a money figure below a billion with a decimal comma after a lone zero': [
    ['Inputs;Value\nTarget;0,135 bn\nFloor;0,110 bn', { target_amount: 135e6, floor_amount: 110e6 }],
    ['Raise EUR 0,165 bn.', { target_amount: 165e6 }],
    // A thousands group after a whole number keeps its comma.
    ['Raise USD 1,250 m.', { target_amount: 1250e6 }],
  ],
};

describeFamilies('target, floor and search families, round 35', FAMILIES);
