import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-sixth round of wording families for the target, the floor, the strategy and the objective: a floor said as
 * the point where the sale stops ("with $X as the point where we stop", "$X is where we'd stop", "$X as our stopping
 * point") or as the lowest the writer goes ("X at the lowest", "$X at the very lowest"); the least proceeds asked for
 * as the set that raises the least among those that reach the ask; the least a set chosen by an objective named before
 * it must raise, which is the ask and no floor ("the program that minimises the cost, raising not less than $X"); the
 * ask followed by an earlier figure dated on its own ("$X - the Y in the press release was last year's") or by an
 * aside dating the decision ("$X (board approved last week)"); the ask named by the gap it closes ("$X for the capex
 * gap"); and a pasted setting whose snake_case key names an earlier round's figure ("prior_round_target"). Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor said as the point where the sale stops': [
    ['The instruction is $160M, with $140M as the point where we stop if bids are thin.', { target_amount: 160e6, floor_amount: 140e6 }],
    ["Raise $150M; $125M is where we'd stop.", { target_amount: 150e6, floor_amount: 125e6 }],
    ['Target $120M, with $100M as our stopping point.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['Goal is $95M, $80M being our walk-away number.', { target_amount: 95e6, floor_amount: 80e6 }],
    ['We are asking for $210M and $185M is the point at which we would stop.', { target_amount: 210e6, floor_amount: 185e6 }],
    // A point where something else happens, or a place where the writer stops, is no floor.
    ['Raise $250M. $300M is the point where leverage binds.', { target_amount: 250e6 }],
  ],
  'a floor given as the lowest the writer goes': [
    ['Raise $130M, $110M at the very lowest.', { target_amount: 130e6, floor_amount: 110e6 }],
    ['Ask is $75M; $60M at the lowest if the tests bind.', { target_amount: 75e6, floor_amount: 60e6 }],
    [
      'Ana: what are we raising?\nBo: $140M\nAna: and if it falls short?\nBo: 120 at the lowest',
      { target_amount: 140e6, floor_amount: 120e6 },
    ],
    // "at the lowest" before a cost names the cheapest set, and a rate at its lowest is no money.
    ['We want $102M at the lowest present-value cost.', { target_amount: 102e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $130M; cap rates were 6.1% at the lowest.', { target_amount: 130e6 }],
  ],
  'the least proceeds as the set that raises the least among those that reach the ask': [
    [
      'Raise $175m. Among the sets that get there, pick the one that raises the least.',
      { target_amount: 175e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Need $140M; of the combinations that clear it, take whichever raises the least.',
      { target_amount: 140e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Raise $88M and choose the option raising the smallest amount over the target.',
      { target_amount: 88e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      '$64M please - go with the package that brings in the least while still hitting it.',
      { target_amount: 64e6, economics: { objective: 'min_proceeds' } },
    ],
    // What raises the least concern, or rent, or a market that raises the least, asks for no objective.
    ['Raise $140M. Pick the market that raises the least concern with lenders.', { target_amount: 140e6 }],
    ['Raise $140M; skip whichever raises the least rent.', { target_amount: 140e6 }],
  ],
  'the least a set chosen by an objective named before it must raise': [
    [
      'Present the program that minimises the cost of the leases over their term, raising not less than $205 million.',
      { target_amount: 205e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Pick the set which costs the least over the lease life while raising at least $150M.',
      { target_amount: 150e6, economics: { objective: 'min_npv_cost' } },
    ],
    // "At least" with no set chosen by an objective is still a floor as well as the ask.
    ['Raise at least $150M.', { target_amount: 150e6, floor_amount: 150e6 }],
  ],
  'the ask followed by an earlier figure, or an aside dating the decision': [
    ["We need roughly $115 million - the 100 in the investor deck was last year's.", { target_amount: 115e6 }],
    ['Raise $130M - the $110M in the draft was the old number.', { target_amount: 130e6 }],
    ["Raise $85M; the 70 from the budget was last month's.", { target_amount: 85e6 }],
    ['> Ask?\n$190M (board approved last week; the first draft had $170M).', { target_amount: 190e6 }],
    ['Target $95M (CFO signed off yesterday).', { target_amount: 95e6 }],
    // An aside that dates the amount itself is still a past figure.
    ['Target $95M (last year).', {}],
  ],
  'the ask named by the gap it closes': [
    ['Treasury desk - $47M for the working-capital gap.', { target_amount: 47e6 }],
    ['Ops here: $60M to close the liquidity shortfall.', { target_amount: 60e6 }],
    ['Controller: $33M to plug the capex hole, Chicago only.', { target_amount: 33e6, include_markets: ['Chicago'] }],
    // A gap the figure measures is no ask.
    ['We have a $39M capex gap; raise $50M.', { target_amount: 50e6 }],
  ],
  "a pasted setting whose key names an earlier round's figure": [
    ['key,value\ntarget_usd,82000000\nprior_round_target,70000000', { target_amount: 82e6 }],
    ['target_proceeds_usd: 64000000\nprevious_ask_usd: 58000000', { target_amount: 64e6 }],
    // A key that only names the setting reads as before.
    ['target_usd,70000000\nmin_leaseability,0.6', { target_amount: 70e6, min_leaseability: 0.6 }],
  ],
};

describeFamilies('target, floor and search families, round 36', FAMILIES);
