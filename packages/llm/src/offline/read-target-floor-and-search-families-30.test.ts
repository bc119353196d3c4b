import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirtieth round of wording families for the target, the floor, the strategy and the objective: the least sold that
 * still clears the figure ("sell the minimum that gets over the number", "land just above the ask"), the cheapest
 * capital over time ("costs us the least over the years", "the cheapest long-run cost", "the lowest capital cost",
 * "cheapest by NPV"), the full search said as an exhaustive combination search or by checking every possibility or
 * "them all", the greedy rule told of by what it left behind, the solver named in a condition of its failing, the
 * greedy answer said not to survive checking, the ask named by the verb of looking at it with a rent cap after it
 * ("we're modelling $X with new rent capped"), figures put forward and then one agreed, a figure seen elsewhere disowned
 * ("that's not what we're doing"), a floor after the ask said to be too much, and a least amount with no floor.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the least sold that still clears the figure ("sell the minimum that gets over the number")': [
    ['Raise $64M and sell the minimum that gets over the number.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
    [
      'We need $71M; pick the mix that sells the least we can while still reaching the target.',
      { target_amount: 71e6, economics: { objective: 'min_proceeds' } },
    ],
    ['$83M please - the plan that comes in just above the ask.', { target_amount: 83e6, economics: { objective: 'min_proceeds' } }],
    // The least critical building sold is no objective.
    ['Raise $64M and sell the least critical sites first.', { target_amount: 64e6 }],
  ],
  'the cheapest capital over time ("costs us the least over the years", "the cheapest long-run cost")': [
    ['Raise $77M with whatever costs us the least over the years.', { target_amount: 77e6, economics: { objective: 'min_npv_cost' } }],
    ['$92M at the lowest long-term cost, please.', { target_amount: 92e6, economics: { objective: 'min_npv_cost' } }],
    ['We need $68M; take the option with the lowest capital cost.', { target_amount: 68e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $59M and keep the set that is cheapest on NPV.', { target_amount: 59e6, economics: { objective: 'min_npv_cost' } }],
    // The cheapest borrowing named is no cost objective.
    ['Raise $77M; our lowest long-term borrowing is on the revolver.', { target_amount: 77e6 }],
  ],
  'the full search said as an exhaustive combination search or by checking every possibility': [
    ['Raise $61M using the exhaustive combination search.', { target_amount: 61e6, strategy: 'exact' }],
    ['$61M - we want the best mix, found by trying every possible option.', { target_amount: 61e6, strategy: 'exact' }],
    ['Raise $61M; find the best combination and test them all.', { target_amount: 61e6, strategy: 'exact' }],
    ['Target $61M. Best-combination search.', { target_amount: 61e6, strategy: 'exact' }],
    // Checking every lease is no search.
    ['Raise $61M; legal will check them all before signing.', { target_amount: 61e6 }],
  ],
  'the greedy rule told of by what it left behind, or said not to survive checking': [
    ['Raise $88M with the exhaustive search; the greedy pass missed $9M last quarter.', { target_amount: 88e6, strategy: 'exact' }],
    ['$88M. A greedy result would not hold up in front of the auditors.', { target_amount: 88e6, strategy: 'exact' }],
    // The greedy rule asked for outright stays asked for.
    ['Raise $88M with the greedy rule.', { target_amount: 88e6, strategy: 'greedy' }],
  ],
  'the solver named in a condition of its failing ("if the solver can\'t get there, say why")': [
    ["Raise $52M. If the solver can't get there, tell us what blocks it.", { target_amount: 52e6 }],
    ['$52M; if the optimiser fails to find a set, flag it.', { target_amount: 52e6 }],
    // The optimiser asked for is still the exact search.
    ['Raise $52M with the optimiser.', { target_amount: 52e6, strategy: 'exact' }],
  ],
  'the ask named by the verb of looking at it, with a rent cap after it ("we\'re modelling $X with new rent capped")': [
    ["We're modelling $134M with the new rent capped at $9M a year.", { target_amount: 134e6, max_rent_added: 9e6 }],
    ['The COO would like to see $118M with added rent under $8M a year.', { target_amount: 118e6, max_rent_added: 8e6 }],
    ['Please check a $97M sale that caps the new rent at $7M a year.', { target_amount: 97e6, max_rent_added: 7e6 }],
  ],
  'figures put forward and then one agreed ("X proposed $A, Y suggested $B, agreed $C")': [
    ['Finance proposed $160M, Legal suggested $120M, and the committee agreed on $135M.', { target_amount: 135e6 }],
    ['Ravi pitched $95M; Mei wanted $80M; approved $88M.', { target_amount: 88e6 }],
    // A floor agreed beside the ask leaves the ask alone.
    ['We need $140M. The committee agreed on a $120M floor.', { target_amount: 140e6, floor_amount: 120e6 }],
  ],
  'a figure seen elsewhere disowned ("that\'s not what we\'re doing")': [
    ['An analyst note said $310M; that is not what we are doing. Raise $240M.', { target_amount: 240e6 }],
    ["There was a $90M figure in the draft, and it's not what we're asking for. We want $70M.", { target_amount: 70e6 }],
  ],
  'a floor after the ask said to be too much ("if that\'s too much, $X would be fine")': [
    ['Raise $66M. If that is too high, $55M would be fine.', { target_amount: 66e6, floor_amount: 55e6 }],
    ["We'd like $74M; if that's too much to raise from these, we'd take $60M.", { target_amount: 74e6, floor_amount: 60e6 }],
    // Too much rent is no condition on the ask.
    ['Raise $66M. That is too much rent for one site.', { target_amount: 66e6 }],
  ],
  'a least amount with no floor ("raise at least $X ... no floor")': [
    ['Raise at least $112M. No floor: if we miss, we regroup.', { target_amount: 112e6 }],
    ["We need at least $85M, and there's no floor.", { target_amount: 85e6 }],
    // "No floor" said of a building's plan leaves the least amount its own floor.
    ['Raise at least $112M; no floor plan changes at the depot.', { target_amount: 112e6, floor_amount: 112e6 }],
  ],
};

describeFamilies('reading the target, the floor and the search, thirtieth families', FAMILIES);
