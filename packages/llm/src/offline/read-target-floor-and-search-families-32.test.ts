import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-second round of wording families for the target, the floor, the strategy and the objective: the cheapest
 * set said as the company's own cost over the years ("cheapest for us in the long run", "costs us the least in today's
 * money", "the lowest lifetime cost"), the set that just clears the ask ("the mix that just clears it", "lands just
 * over $80M"), an option left unticked on a form, the exact search said by the combinations it runs ("run every
 * combination", "the exhaustive solver"), a floor once the ask is out of reach said without a subject ("if out of
 * reach, $X"), with a bare "if we can't", with the ask that "doesn't work", at worst, before a colon or in a label's
 * brackets, a stop said before the figure and the trimming after it, the figure where trimming stops ("$X is as low as
 * we'd go"), the least signed for without "the", money figures from a scanned page ("$8O M", "USD 9O,OOO,OOO", "mi1lion"),
 * the ask said in a chat as a bare figure ("target is 140", "95 for the ask", "Kate: 130,"), and the figure of an
 * earlier deal or an earlier ask ("our previous SLB (2019, Tampa) came in at $40M", "we were asked for $120M earlier,
 * but"). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the cheapest set as our own cost over the years ("cheapest for us in the long run", "in today\'s money")': [
    [
      'Raise $72M and pick the mix that is cheapest for us in the long run.',
      { target_amount: 72e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$61M. Go with the set that ends up costing us the least over the years.',
      { target_amount: 61e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Raise $93M; choose whatever is cheapest over the life of the program.',
      { target_amount: 93e6, economics: { objective: 'min_npv_cost' } },
    ],
    ["$48M, the option that costs us the least in today's dollars.", { target_amount: 48e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Raise $57M the way that is cheapest for the company when you add it all up.',
      { target_amount: 57e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Target $84M\nGoal: lowest lifetime cost', { target_amount: 84e6, economics: { objective: 'min_npv_cost' } }],
    // The cheapest building to run, or the cheapest in one year, is no objective.
    ['Raise $72M; that building has been our cheapest site to run over the years.', { target_amount: 72e6 }],
    ['Raise $72M; leasing is cheapest for us in the long run, which is why we are selling.', { target_amount: 72e6 }],
  ],
  'the set that just clears the ask ("the mix that just clears it", "lands just over $80M")': [
    ['Raise $66M and take the mix that just clears it.', { target_amount: 66e6, economics: { objective: 'min_proceeds' } }],
    [
      'We need $80M; pick the set that lands just over $80M and stops there.',
      { target_amount: 80e6, economics: { objective: 'min_proceeds' } },
    ],
    ['$54M - the combination that barely clears the target, please.', { target_amount: 54e6, economics: { objective: 'min_proceeds' } }],
    ['Amount: $73M\nObjective: smallest proceeds over the amount', { target_amount: 73e6, economics: { objective: 'min_proceeds' } }],
    // An option left unticked on a form is no choice.
    [
      'Amount: $73M\nGoal: [x] least overshoot above the amount  [ ] cheapest NPV',
      { target_amount: 73e6, economics: { objective: 'min_proceeds' } },
    ],
    // A buyer's bid that lands over the ask is no objective.
    ['Raise $66M; the top bid lands just above it.', { target_amount: 66e6 }],
  ],
  'the exact search said by the combinations it runs ("run every combination", "the exhaustive solver")': [
    ['Raise $77M. Run every combination before you answer.', { target_amount: 77e6, strategy: 'exact' }],
    ['$59M, using the version that looks at each possible combination.', { target_amount: 59e6, strategy: 'exact' }],
    ['Raise $82M with a search across all the combinations.', { target_amount: 82e6, strategy: 'exact' }],
    ['Please use the exhaustive solver for the $64M program.', { target_amount: 64e6, strategy: 'exact' }],
    ['$71M. The thorough method that checks every combo, please.', { target_amount: 71e6, strategy: 'exact' }],
    // Every combination waived, or a combination of places and types, asks for no search.
    ['Raise $77M; no need to run every combination, greedy is fine.', { target_amount: 77e6, strategy: 'greedy' }],
    ['Raise $77M; every combination of market and type is allowed.', { target_amount: 77e6 }],
  ],
  'a floor once the ask is out of reach, said without a subject, at worst, or before a colon': [
    ['Raise $96M; if out of reach, $80M.', { target_amount: 96e6, floor_amount: 80e6 }],
    ['Target $140M. If impossible, settle for $120M.', { target_amount: 140e6, floor_amount: 120e6 }],
    ["Go for $75M. If we truly can't, $60M will do.", { target_amount: 75e6, floor_amount: 60e6 }],
    ["We want $112M, but if that doesn't work out, $95M.", { target_amount: 112e6, floor_amount: 95e6 }],
    ['Raise $88M or, at worst, $70M.', { target_amount: 88e6, floor_amount: 70e6 }],
    ["Ask: $46M\nIf we can't get there: $38M", { target_amount: 46e6, floor_amount: 38e6 }],
    ['Ask\t$155M\nFloor (if short)\t$130M', { target_amount: 155e6, floor_amount: 130e6 }],
    // A condition before something other than a figure to take names no floor.
    ['Raise $96M; if out of reach, tell us which limit binds.', { target_amount: 96e6 }],
    ["Raise $96M. If it doesn't work, $20M of rent is the reason.", { target_amount: 96e6 }],
  ],
  'a stop before the figure with the trimming after it, where trimming stops, and the least signed for': [
    ['Ask is $104M. Stop at $90M if we need to trim.', { target_amount: 104e6, floor_amount: 90e6 }],
    ['Raise $78M; $65M is where we would stop cutting.', { target_amount: 78e6, floor_amount: 65e6 }],
    ["Raise $130M. $110M is as low as we'd go.", { target_amount: 130e6, floor_amount: 110e6 }],
    ['Raise $99M. Minimum the board would sign off on is $85M.', { target_amount: 99e6, floor_amount: 85e6 }],
    ['Raise $99M, with proceeds of no less than $90M.', { target_amount: 99e6, floor_amount: 90e6 }],
    // A stop on a road trip, with nothing trimmed, names no floor.
    ['Raise $99M. The courier will stop at $5M worth of boxes.', { target_amount: 99e6 }],
  ],
  'money figures from a scanned page ("$8O M", "USD 9O,OOO,OOO", "mi1lion")': [
    ['SCANNED MEMO\nRaise $8O M for the program.', { target_amount: 80e6 }],
    ['FAX: AMOUNT USD 9O,OOO,OOO', { target_amount: 90e6 }],
    ['We require proceeds of $75 mi1lion.', { target_amount: 75e6 }],
    ['Raise $ 12O,OOO,OOO please.', { target_amount: 120e6 }],
    ['Raise 140,OOO,OOO dollars.', { target_amount: 140e6 }],
    // A word after a figure keeps its letters.
    ['Raise $60M; Oakland stays.', { target_amount: 60e6 }],
  ],
  'the ask said in a chat as a bare figure ("target is 140", "95 for the ask", "Kate: 130,")': [
    ['<lee> target is 140\n<lee> in millions', { target_amount: 140e6 }],
    ['Ana 9:02 AM: right, 95 for the ask\nAna 9:03 AM: thanks', { target_amount: 95e6 }],
    ['<kate> 130, keep it simple\n<kate> greedy is fine', { target_amount: 130e6, strategy: 'greedy' }],
    ['Kate: 115, thanks\nLuis: ok\nKate: greedy', { target_amount: 115e6, strategy: 'greedy' }],
    // A term is no ask.
    ['<lee> term is 20\n<lee> years', {}],
  ],
  'the figure of an earlier deal or an earlier ask ("our previous SLB (2019, Tampa) came in at $40M")': [
    ['Our previous SLB (2019, Tampa) came in at $40M. This one: $90M.', { target_amount: 90e6 }],
    ['The first program brought in about $35M; now raise $70M.', { target_amount: 70e6 }],
    ['We were asked for $120M earlier, but the board now says $105M.', { target_amount: 105e6 }],
    ['The board wanted $80M originally, but now it is $95M.', { target_amount: 95e6 }],
    // An ask with no earlier figure replacing it is the ask.
    ['We were asked for $120M, and that stands.', { target_amount: 120e6 }],
  ],
};

describeFamilies('target, floor and search families, round 32', FAMILIES);
