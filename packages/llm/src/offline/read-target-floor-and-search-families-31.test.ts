import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-first round of wording families for the target, the floor, the strategy and the objective: the full search
 * said by what it looks for ("the complete search for the best mix", "the search that checks every possible set"), the
 * shortcut or first cut turned down, the optimiser kept for a later run and the greedy rule told of as an earlier
 * draft's, a choice between the two left to us or answered in a thread, the cheapest capital across the lease years or
 * in today's money, the closest fit above the ask, a stop after the ask fails to come together ("if not, stop at $X"),
 * a floor's label with its condition before "is", the least signed for, a program "reducible to" a figure, a figure
 * gone down to when trimming, the ask as it stands now after a figure from before ("this time the number is $X", "the
 * board has since cut it to $X", "correction from my boss: $X"), settings pasted in loose shapes (a key and figure
 * joined by a comma with no header, a key in millions of dollars, cell references without colons, an ask and a floor
 * split by slashes), a falling-short question asked by a speaker with a time, a document's numbered part ("Item 3b")
 * and "one" said as a pronoun before a dash ("small one - $X"). Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the full search said by what it looks for ("the complete search for the best mix")': [
    ['Raise $57M, and do the complete search for the best mix of buildings.', { target_amount: 57e6, strategy: 'exact' }],
    ['Target $83M. A careful search for the best possible set, please; we have the time.', { target_amount: 83e6, strategy: 'exact' }],
    ['$44M. Run the full combination search.', { target_amount: 44e6, strategy: 'exact' }],
    ['We want $91M, chosen the slow exhaustive way.', { target_amount: 91e6, strategy: 'exact' }],
    ['Raise $66M with the search that tries every possible mix.', { target_amount: 66e6, strategy: 'exact' }],
    // A full search of anything else is no search for the best set.
    ['Raise $57M; counsel will run a full search of the title records first.', { target_amount: 57e6 }],
    // The full search waived, with the ranking rule named, asks for the ranking rule.
    ['Raise $57M. No need for the full search for the best set; greedy is fine.', { target_amount: 57e6, strategy: 'greedy' }],
  ],
  'the shortcut or the first cut turned down ("not a ranking shortcut", "not a rough first cut")': [
    ['Raise $72M: the best set, not a ranking shortcut.', { target_amount: 72e6, strategy: 'exact' }],
    ["I'd like the strongest combination for $48M, not a rough first cut.", { target_amount: 48e6, strategy: 'exact' }],
    ['$105M, and we want the real answer, not just the fastest result.', { target_amount: 105e6, strategy: 'exact' }],
    // A cut of something else turned down names no search.
    ['Raise $72M; this is a sale, not a rent cut.', { target_amount: 72e6 }],
  ],
  'the optimiser kept for later, an earlier draft on greedy, and the choice left to us or answered in a thread': [
    [
      "Raise $63M with the greedy ranking for now; we'll run the optimiser once the surveys are back.",
      { target_amount: 63e6, strategy: 'greedy' },
    ],
    ['Raise $63M. Use the optimal selection this time. The prior version used greedy.', { target_amount: 63e6, strategy: 'exact' }],
    ['$63M from the warehouses. Exact or greedy, up to you.', { target_amount: 63e6, asset_types: ['warehouse'], strategy: 'greedy' }],
    ['Ana: how much?\nLeo: $63M\nAna: exact or quick?\nLeo: the whole lot checked, exhaustive', { target_amount: 63e6, strategy: 'exact' }],
    // The exact search asked for now, with no later run, stays exact.
    ['Raise $63M with the optimiser.', { target_amount: 63e6, strategy: 'exact' }],
  ],
  'the cheapest capital across the lease years or in today\'s money ("costs the least across the lease years")': [
    ['Raise $86M the way that costs the least across the lease years.', { target_amount: 86e6, economics: { objective: 'min_npv_cost' } }],
    ['$74M; we want whatever is cheapest over the full lease period.', { target_amount: 74e6, economics: { objective: 'min_npv_cost' } }],
    ["Raise $58M and keep the total cost lowest in today's dollars.", { target_amount: 58e6, economics: { objective: 'min_npv_cost' } }],
    ['$97M, please, using the cheapest-over-time set.', { target_amount: 97e6, economics: { objective: 'min_npv_cost' } }],
    // The cheapest building named is no objective.
    ['Raise $86M; the cheapest building to run is our oldest one.', { target_amount: 86e6 }],
  ],
  'the closest fit above the ask ("the closest fit above $75M, not a big overshoot")': [
    ['Raise $69M, and find the nearest match over the target.', { target_amount: 69e6, economics: { objective: 'min_proceeds' } }],
    ['$52M please - without a large overshoot.', { target_amount: 52e6, economics: { objective: 'min_proceeds' } }],
    // A fit for a tenant is no objective.
    ['Raise $69M; that site is the closest fit for the tenant.', { target_amount: 69e6 }],
  ],
  'a stop after the ask fails to come together ("if not, stop at $X")': [
    ['Aim for $94M; if not, stop at $80M.', { target_amount: 94e6, floor_amount: 80e6 }],
    ["Raise $71M, and if the deal doesn't come together, stop at $60M.", { target_amount: 71e6, floor_amount: 60e6 }],
    ['Raise $88M; if the limits leave us short, settle for $75M.', { target_amount: 88e6, floor_amount: 75e6 }],
    // "If not" before something other than a stop names no floor.
    ['Raise $94M; if not, $20M of it can wait for next year.', { target_amount: 94e6 }],
  ],
  'a floor\'s label with its condition, the least signed for, "reducible to", and a figure gone down to when trimming': [
    ['Raise $130M; the floor if bids come in light is $110M.', { target_amount: 130e6, floor_amount: 110e6 }],
    ['Target $82M; the least the board would sign off on is $70M.', { target_amount: 82e6, floor_amount: 70e6 }],
    ['A program of $150M, reducible to $125M.', { target_amount: 150e6, floor_amount: 125e6 }],
    ['Raise $64M - willing to come down to $54M should the market soften.', { target_amount: 64e6, floor_amount: 54e6 }],
    // A figure the ask was cut to is the ask itself.
    ['The board cut the program to $125M.', { target_amount: 125e6 }],
  ],
  'the ask as it stands now after a figure from before ("this time the number is $X")': [
    ['In 2022 we sold $70M of stores. This time the number is $95M.', { target_amount: 95e6 }],
    ['The old plan said $260M; the committee has since cut it to $210M.', { target_amount: 210e6 }],
    ['It was going to be $75M... correction from treasury: $85M.', { target_amount: 85e6 }],
    ['First draft: $150M. Corrected number is $135M.', { target_amount: 135e6 }],
    ['Ahead of the year-end liquidity review the number is $118M.', { target_amount: 118e6 }],
    // Another measure's number is no ask.
    ['Raise $60M. The EBITDA number is $300M this year.', { target_amount: 60e6 }],
  ],
  'settings pasted in loose shapes ("target_usd,64000000", "floor musd: 100", "A2 Floor  B2 95", "Ask / Floor")': [
    ['run settings\ntarget_usd,58000000\nfloor_usd,50000000,', { target_amount: 58e6, floor_amount: 50e6 }],
    ['target_musd;floor_musd\n140;115', { target_amount: 140e6, floor_amount: 115e6 }],
    ['Cells from the model:\nA1 Target (USD m)  B1 76\nA2 Floor (USD m)  B2 66', { target_amount: 76e6, floor_amount: 66e6 }],
    ['Target / Floor\n$112M / $96M', { target_amount: 112e6, floor_amount: 96e6 }],
    // One cell line alone in a sentence is left as written.
    ['Raise $58M. Row A1 is blank  B1 unused.', { target_amount: 58e6 }],
  ],
  'a falling-short question asked by a speaker with a time, answered by a figure': [
    [
      'Jo (CFO) 10:02 AM: target?\nSam (Treasury) 10:03 AM: $98M\nJo (CFO) 10:04 AM: and if we cannot get there?\nSam (Treasury) 10:05 AM: $84M',
      { target_amount: 98e6, floor_amount: 84e6 },
    ],
  ],
  'a document\'s numbered part and "one" said as a pronoun ("Item 3b", "small one - $X")': [
    ['Minutes (Item 4b): a sale of up to $180M is approved.', { target_amount: 180e6 }],
    ['Quick one - forty million from the offices.', { target_amount: 40e6, asset_types: ['office'] }],
    // A range from one to a figure said as such stays a range.
    ['Raise between one and two million dollars.', { target_amount: 2e6, floor_amount: 1e6 }],
  ],
};

describeFamilies('reading the target, the floor and the search, thirty-first families', FAMILIES);
