import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-seventh round of wording families for the target, the floor, the strategy and the objective: a floor after
 * the ask falls short in more words (blocked within the limits, "if we truly can't get there", "if we fall short", a
 * thin market written "the market's thin", "if we must, stop at"), a floor named as the least still useful to the
 * company, the ranking rule asked for while the full or exact search is waived or put off ("the exhaustive search can
 * wait", "no optimisation needed", "no need for the fancy optimizer", "no need for the exact search"), the exact search
 * asked for by the best answer it finds or as the thorough way, the least overshoot said as overshooting by as little
 * as can be or clearing the figure by the smallest margin, the cheapest capital over the full life of the leases, "at
 * least" a figure that the chosen sets must all reach (the ask, not a floor), and two field names over one row of
 * figures separated by semicolons. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor after the ask falls short in more words ("if we truly can\'t get there, stop at $110M")': [
    ["Raise $140M. If we can't get there within the limits, $115M is where we stop.", { target_amount: 140e6, floor_amount: 115e6 }],
    ["Aim for $95M, and if we truly can't get there, stop at $82M.", { target_amount: 95e6, floor_amount: 82e6 }],
    ['Size: $160M; if we fall short, $135M.', { target_amount: 160e6, floor_amount: 135e6 }],
    ['We need $72M; if we come up short, $60M.', { target_amount: 72e6, floor_amount: 60e6 }],
    ["Target $85M; if the market's thin, $70M is where we'd stop.", { target_amount: 85e6, floor_amount: 70e6 }],
    ['$120M, and if we must, stop at $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    // A last resort that is not a stop names no floor.
    ['If we must, move the closing date. Raise $66M.', { target_amount: 66e6 }],
    // Falling short of a limit with no figure after it names no floor.
    ['Raise $58M. If we fall short on coverage, tell me.', { target_amount: 58e6 }],
  ],
  'a floor named as the least still useful ("the minimum that\'s useful to them is $75M")': [
    ["The parent wants $110M; the minimum that's useful to them is $92M.", { target_amount: 110e6, floor_amount: 92e6 }],
    ['Raise $64M. The least which would be of use to us is $50M.', { target_amount: 64e6, floor_amount: 50e6 }],
    // Something else called useful is no floor.
    ['Raise $64M. A summary of the lease terms would be useful to us.', { target_amount: 64e6 }],
  ],
  'the ranking rule asked for while the full or exact search is waived or put off ("the exhaustive search can wait")': [
    [
      '$180M target. A greedy pass is all we need for now - the exhaustive search can wait for the year-end review.',
      { target_amount: 180e6, strategy: 'greedy' },
    ],
    ['Easy and quick is fine, no need for the fancy optimizer. Raise $48M.', { target_amount: 48e6, strategy: 'greedy' }],
    ['Ask is $62M. One pass, no optimization needed - rank and go.', { target_amount: 62e6, strategy: 'greedy' }],
    ['We need $36M. A simple pass is fine, no need for the exact search.', { target_amount: 36e6, strategy: 'greedy' }],
    // The exact search asked for now is still asked for.
    ['Raise $36M with the exhaustive search.', { target_amount: 36e6, strategy: 'exact' }],
  ],
  'the exact search asked for by the best answer it finds or as the thorough way ("the search that finds the very best answer")': [
    [
      "Let's see $70M from Dallas only, using the search that finds the very best answer rather than a rough one.",
      { target_amount: 70e6, include_markets: ['Dallas'], strategy: 'exact' },
    ],
    ['Raise $99M. Run it the thorough way please.', { target_amount: 99e6, strategy: 'exact' }],
    ['Raise $99M. We want a method that finds the optimal set.', { target_amount: 99e6, strategy: 'exact' }],
  ],
  'the least overshoot as overshooting by as little as can be or clearing the figure by the smallest margin': [
    [
      'Get us to $84M and overshoot it by as little as you possibly can.',
      { target_amount: 84e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'We need $126M; pick the set that clears $126M by the smallest margin.',
      { target_amount: 126e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Raise $52M, choosing whichever mix beats the target by the narrowest amount.',
      { target_amount: 52e6, economics: { objective: 'min_proceeds' } },
    ],
    // A margin that is a covenant's is no objective.
    ['Raise $52M; coverage must clear 1.8x.', { target_amount: 52e6, min_fixed_charge_coverage: 1.8 }],
  ],
  'the cheapest capital over the full life of the leases': [
    [
      'We would like $44M; choose the option that is cheapest over the full life of the leases.',
      { target_amount: 44e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $150M and pick whatever is cheapest over the whole life of the lease.',
      { target_amount: 150e6, economics: { objective: 'min_npv_cost' } },
    ],
  ],
  '"at least" a figure every chosen set must reach: the ask, not a floor ("at least $190M, and among the sets that do")': [
    ['It has to raise at least $135M, and among the sets that do, pick the cheapest.', { target_amount: 135e6 }],
    ['We need no less than $88M; of the combinations that clear it, choose the smallest.', { target_amount: 88e6 }],
    // "At least" alone is still the ask and its own floor.
    ['Raise at least $135M.', { target_amount: 135e6, floor_amount: 135e6 }],
  ],
  'two field names over one row of figures separated by semicolons ("target_usd;lease_term_years")': [
    ['target_usd;lease_term_years\n165 000 000;14', { target_amount: 165e6, economics: { lease_term_years: 14 } }],
    ['target;floor\n92000000;78000000', { target_amount: 92e6, floor_amount: 78e6 }],
  ],
};

describeFamilies('the twenty-seventh round of target, floor, strategy and objective families', FAMILIES);
