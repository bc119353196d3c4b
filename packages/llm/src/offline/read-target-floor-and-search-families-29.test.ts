import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-ninth round of wording families for the target, the floor, the strategy and the objective: the cheapest
 * capital said as what is cheapest over the leases' whole life or in the long run ("the set that is cheapest over the
 * lease terms", "whatever costs us least in the long run"), no building sold beyond what reaches the figure, an
 * approximate answer turned down ("the best answer, not an approximation"), the quick greedy one turned down, the exact
 * search kept for a later run, "exactly" said of someone's words, a floor said as a last resort after the figure ("stop
 * at $90M if you have to", "if it comes to it, we'd stop at $70M", "if it's tight, $20M is fine"), a condition whose
 * figure is the ask it fails to reach ("if we can't reach $90M, stop at $75M"), a floor asked about in a chat by the ask
 * falling short or with its condition named ("and the floor if bids come in light?"), a pasted setting's snake-case floor
 * key ("floor_usd: 70000000"), the ask followed by the rent said to rise ("$96M and rent should increase 3% a year"),
 * and a figure disowned in its own clause after a semicolon. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the cheapest capital over the leases\' whole life or in the long run ("cheapest over the lease terms")': [
    [
      'Raise $62M and give us the set that is cheapest over the lease terms.',
      { target_amount: 62e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$48M, at the lowest true cost over the whole life of the leases.', { target_amount: 48e6, economics: { objective: 'min_npv_cost' } }],
    [
      'We need $90M; pick whichever mix costs the company least in the long run.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $57M and choose the sites that come out cheapest against a term loan, over the full life of the leases.',
      { target_amount: 57e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$66M please, done most cheaply in present-value terms.', { target_amount: 66e6, economics: { objective: 'min_npv_cost' } }],
    // The cheapest building, or a cost over a year, is no objective.
    ['Raise $62M; the cheapest building to heat over the winter is the warehouse.', { target_amount: 62e6 }],
  ],
  'no building sold beyond what reaches the figure, or the closest above it': [
    [
      'Raise $84M. Never sell one property more than we need to get to that figure.',
      { target_amount: 84e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Raise $84M - the nearest we can land above the target is the plan.',
      { target_amount: 84e6, economics: { objective: 'min_proceeds' } },
    ],
    // Selling more of something else is no objective.
    ['Raise $84M. We sold more buildings than we needed to last year.', { target_amount: 84e6 }],
  ],
  'an approximate answer turned down ("the best answer, not an approximation")': [
    ['Raise $73M, and we want the right answer rather than an approximate one.', { target_amount: 73e6, strategy: 'exact' }],
    ['$73M. The committee wants the best set, not a close-enough set.', { target_amount: 73e6, strategy: 'exact' }],
    // An approximation of a figure named is no search.
    ['Raise $73M; the rent figure is an approximation for now.', { target_amount: 73e6 }],
  ],
  'the quick greedy one turned down, or the exact one kept for later': [
    ['$58M - find the optimal mix, not the fast greedy pass.', { target_amount: 58e6, strategy: 'exact' }],
    ['Raise $58M. Greedy is fine today; we can run the exact version later.', { target_amount: 58e6, strategy: 'greedy' }],
    [
      "Raise $58M with the greedy rule for now, and we'll use the optimal solver once rates settle.",
      { target_amount: 58e6, strategy: 'greedy' },
    ],
    // The exact search asked for now stays asked for.
    ['Raise $58M; use the exact solver.', { target_amount: 58e6, strategy: 'exact' }],
  ],
  '"exactly" said of someone\'s words ("quoted exactly", "in her exact words")': [
    ["Our lender said it exactly: 'keep net leverage under 4x'. Raise $81M.", { target_amount: 81e6, max_net_leverage: 4 }],
    ['In her exact words, the program is $81M.', { target_amount: 81e6 }],
    // "Exactly" of the figure still asks to hit it.
    ['Raise $81M and hit the target exactly.', { target_amount: 81e6, strategy: 'exact' }],
  ],
  'a floor said as a last resort ("stop at $90M if you have to", "if it\'s tight, $20M is fine")': [
    ['Aim for $118M; stop at $97M if you have to.', { target_amount: 118e6, floor_amount: 97e6 }],
    ["We're after $88M, and if it comes to that we'd settle for $71M.", { target_amount: 88e6, floor_amount: 71e6 }],
    ['A modest raise of $33M; if things get tight, $27M is fine.', { target_amount: 33e6, floor_amount: 27e6 }],
    // A last resort about something else names no floor.
    ['Aim for $118M; tell me why if you have to.', { target_amount: 118e6 }],
  ],
  'a condition whose figure is the ask it fails to reach ("if we can\'t reach $90M, stop at $75M")': [
    ['The raise is $92M. If we cannot hit $92M, stop at $79M.', { target_amount: 92e6, floor_amount: 79e6 }],
    ["Raise $64M; if the portfolio can't get us there, stop at $52M.", { target_amount: 64e6, floor_amount: 52e6 }],
    // The condition alone, with nothing to stop at, names no floor.
    ["Raise $64M. If we can't reach $64M, tell me why.", { target_amount: 64e6 }],
  ],
  'a chat floor asked by the ask falling short or with its condition named': [
    ['Ivy: size?\nOwen: $86M\nIvy: and if we fall short?\nOwen: stop at $70M', { target_amount: 86e6, floor_amount: 70e6 }],
    ['Ivy: size?\nOwen: $86M\nIvy: floor if bids come in light?\nOwen: $74M', { target_amount: 86e6, floor_amount: 74e6 }],
    // A question about a limit under the same condition names no floor.
    ['Ivy: size?\nOwen: $86M\nIvy: rent cap if bids come in light?\nOwen: $9M', { target_amount: 86e6, max_rent_added: 9e6 }],
  ],
  'a pasted setting\'s snake-case floor key ("floor_usd: 70000000")': [
    ['target_usd: 104000000\nfloor_usd: 91000000', { target_amount: 104e6, floor_amount: 91e6 }],
    ['run:\n  target_amount: 58000000\n  minimum_amount: 50000000', { target_amount: 58e6, floor_amount: 50e6 }],
    // Another snake-case key holds no floor.
    ['target_usd: 104000000\nfloor_rate: 5000000', { target_amount: 104e6 }],
  ],
  'the ask followed by the rent said to rise ("$170M and the rent should rise 2.5% a year")': [
    ['The figure is $96M and rent should increase 3% a year.', { target_amount: 96e6, economics: { rent_escalator: 0.03 } }],
    ['We need $54M, and the rent will go up 2% annually.', { target_amount: 54e6, economics: { rent_escalator: 0.02 } }],
  ],
  'a figure disowned in its own clause after a semicolon': [
    ['The board chose a $132M program; Ana had pitched $170M, but that is not our ask.', { target_amount: 132e6 }],
    // The disowning words before any figure of their clause still disown what follows.
    ['Not our ask; we need $132M.', { target_amount: 132e6 }],
  ],
};

describeFamilies('reading the target, the floor and the search, twenty-ninth families', FAMILIES);
