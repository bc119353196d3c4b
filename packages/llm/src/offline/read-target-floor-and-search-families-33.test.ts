import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-third round of wording families for the target, the floor, the strategy and the objective: a floor said as
 * the walk-away, the bottom of the range, a hard stop or the offers walked away from ("$80M the walk-away", "bottom of
 * the range $60M", "walk away from anything under $50M", "The minimum we will accept is $X"), a floor after the buyers
 * or the market fail, or after coming in lower, or corrected on a later line ("if the bidders can't get us there, we'd stop at $X", "or $X if the
 * buyers don't bite", "if you have to come in lower, stop at $X"), the least sold that still gets over a money figure
 * and the cheapest set for the company over the lease ("sell the minimum that gets us over $70M", "least expensive for
 * the company over the full lease term"), the exact search asked for as the provably optimal one and the full search
 * waived ("the provably optimal solver", "I don't trust greedy", "with every combination checked", "no need to run the
 * exhaustive version", "don't bother proving it's the optimal set"), and the ask named by what it pays for, by the case
 * it sizes, or left open elsewhere ("Cash reserve top-up: $45M", "run the $64M case", "the number is still with the
 * board"), with scanned ones for the digit one ("$l35M"). Every case states what it must read; a field it does not name
 * is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor said as the walk-away, the bottom of the range, a hard stop or the offers walked away from': [
    ['Team, $90M is the number, $70M the walk-away.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['Raise $140M; $115M is our walk-away number.', { target_amount: 140e6, floor_amount: 115e6 }],
    ['Goal $76M, bottom of the range $60M.', { target_amount: 76e6, floor_amount: 60e6 }],
    ['Raise $88M with a hard stop at $72M.', { target_amount: 88e6, floor_amount: 72e6 }],
    ["We're after $64M and we'd walk away from anything under $50M.", { target_amount: 64e6, floor_amount: 50e6 }],
    ['We need to raise $210 million. The minimum we will accept is $180 million.', { target_amount: 210e6, floor_amount: 180e6 }],
    // A range's top, a stop on rent, or walking away from a site names no floor.
    ['Raise $88M; the March deadline is a hard stop.', { target_amount: 88e6 }],
    ['Raise $76M; our rents sit at the bottom of the range for the market.', { target_amount: 76e6 }],
    ["Raise $64M; we'd walk away from the Reno site.", { target_amount: 64e6 }],
  ],
  'a floor after the buyers or the market fail, after coming in lower, or corrected on a later line': [
    ["Aiming for $95M. If the bidders can't get us all the way there, we'd stop at $80M.", { target_amount: 95e6, floor_amount: 80e6 }],
    [
      "- Chair asked for $58M.\n- If the market can't support it, the board accepts stopping at $45M.",
      { target_amount: 58e6, floor_amount: 45e6 },
    ],
    ["Bring in $66M, or $55M if the buyers don't bite.", { target_amount: 66e6, floor_amount: 55e6 }],
    ['Raise $180M, and if you have to come in lower, stop at $150M.', { target_amount: 180e6, floor_amount: 150e6 }],
    ['Raise $125M; if we need to go lower, take $110M.', { target_amount: 125e6, floor_amount: 110e6 }],
    // A later line refusing the floor's figure corrects the floor; refusing the ask's corrects the ask.
    ['Jo: target $95M, floor $70M\n  \u21b3 Max: not $70M - make it $80M', { target_amount: 95e6, floor_amount: 80e6 }],
    ['Jo: target $95M, floor $70M\n  \u21b3 Max: not $95M - make it $100M', { target_amount: 100e6, floor_amount: 70e6 }],
    // A failure followed by something other than a stop names no floor.
    ["Raise $95M. If the buyers can't get us there, tell us why.", { target_amount: 95e6 }],
  ],
  'the least sold that still gets over a money figure, and the cheapest set for the company over the lease': [
    ['Raise $70M and sell the minimum that gets us over $70M.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    [
      '$115M. Sell the smallest amount of property that still meets the proceeds figure.',
      { target_amount: 115e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'We need $84M; choose the buildings that land just over the $84M and no further.',
      { target_amount: 84e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Raise $46M. Whichever mix is least expensive for the company over the full lease term wins.',
      { target_amount: 46e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $150M, picking the package that is cheapest for us over time.',
      { target_amount: 150e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$39M; take the set least costly for the business over the life of the leases.',
      { target_amount: 39e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A cheap site, or a bid that lands over the ask, is no objective.
    ['Raise $46M; Tulsa is the least expensive for the company to run.', { target_amount: 46e6 }],
    ['Raise $70M; the best bid came in just over $72M last year.', { target_amount: 70e6 }],
  ],
  'the exact search asked for as the provably optimal one, and the full search waived': [
    ['Target $62M. Use the provably optimal solver.', { target_amount: 62e6, strategy: 'exact' }],
    ["Raise $81M; I don't trust greedy here.", { target_amount: 81e6, strategy: 'exact' }],
    ['Raise $133M and give me the best answer there is, with every combination checked.', { target_amount: 133e6, strategy: 'exact' }],
    ['Strategy: exhaustive\nAmount: $57M', { target_amount: 57e6, strategy: 'exact' }],
    ['Method: proven optima1. Amount: $91M.', { target_amount: 91e6, strategy: 'exact' }],
    ['A rough cut is fine, no need to run the exhaustive version: $44M.', { target_amount: 44e6, strategy: 'greedy' }],
    ["$102M. Quick answer please; don't bother proving it's the optimal set.", { target_amount: 102e6, strategy: 'greedy' }],
    ['$73M, and skip the exact solve this time.', { target_amount: 73e6, strategy: 'greedy' }],
    // Trust said of something else, or a proof of something else, asks for no search.
    ['Raise $81M; we trust the appraisals.', { target_amount: 81e6 }],
  ],
  'the ask named by what it pays for, by the case it sizes, or left open elsewhere': [
    ['Cash reserve top-up: $45M. Keep FCCR above 1.5x.', { target_amount: 45e6, min_fixed_charge_coverage: 1.5 }],
    ['Liquidity buffer build of $120M.', { target_amount: 120e6 }],
    ['Please run the $64M case.', { target_amount: 64e6 }],
    ["The figure is still being worked out, but wherever it lands, don't go below $70M.", { floor_amount: 70e6 }],
    ["The number is still with the board; don't go below $55M.", { floor_amount: 55e6 }],
    ['Proceeds target: $l35M', { target_amount: 135e6 }],
    ['Raise $2l5M.', { target_amount: 215e6 }],
    // Cash on hand is reported, not raised; a case from an earlier year is no ask.
    ['Liquidity: $45M on hand. Raise $90M.', { target_amount: 90e6 }],
  ],
};

describeFamilies('target, floor and search families, round 33', FAMILIES);
