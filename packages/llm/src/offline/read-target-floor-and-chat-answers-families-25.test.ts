import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for the target, the floor and the strategy: a floor said as what is taken
 * when the ask cannot be done or is out of reach, a figure reached only in part and then accepted, a fallback whose
 * condition follows its figure, "half-billion" joined to its scale, a figure someone had said earlier set aside in
 * brackets, the quick pass or speed put before the optimum (greedy), and speakers labelled with their role in the
 * shared chat shapes. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor after the ask said to be out of reach ("if it can\'t be done, $150M", "if $25M is out of reach, $20M")': [
    ['Raise $140M; if that cannot be done, $115M.', { target_amount: 140e6, floor_amount: 115e6 }],
    ["The number is $72M. If $72M can't be reached, $60M is fine.", { target_amount: 72e6, floor_amount: 60e6 }],
    ['Go for $210M. If $210M turns out to be unrealistic, $180M.', { target_amount: 210e6, floor_amount: 180e6 }],
    ['We need $64M; if it is out of reach, we would take $55M.', { target_amount: 64e6, floor_amount: 55e6 }],
    ["Ask is $95M, and if the target isn't achievable, $85M.", { target_amount: 95e6, floor_amount: 85e6 }],
    // A figure after something else out of reach is no floor: the ask is the only figure.
    ['If the closing date is out of reach, tell me. Raise $88M.', { target_amount: 88e6 }],
  ],
  'a figure reached only in part, then accepted ("if we can only get $35M, that\'s fine too")': [
    ["Aim for $48M. If we can only get $40M, that's fine.", { target_amount: 48e6, floor_amount: 40e6 }],
    ['$130M is the goal; if we only reach $110M, that is acceptable.', { target_amount: 130e6, floor_amount: 110e6 }],
    ["Target $77M. If it only comes in at $70M, we'd take it.", { target_amount: 77e6, floor_amount: 70e6 }],
    ["$250M please, and if we can only raise $220M that's ok too.", { target_amount: 250e6, floor_amount: 220e6 }],
    // Reached only in part and refused: no floor.
    ['Raise $90M. If we can only get $70M, the deal is off.', { target_amount: 90e6 }],
  ],
  'a fallback with its condition after the figure ("$100M if that\'s all that works", "stop at $95M if we can\'t get there")': [
    ["$160M, or $140M if that's all that works.", { target_amount: 160e6, floor_amount: 140e6 }],
    ['Raise $66M; settle for $58M if that is all we can get.', { target_amount: 66e6, floor_amount: 58e6 }],
    ["Ask: $125M\nstop at $105M if we can't get there", { target_amount: 125e6, floor_amount: 105e6 }],
    ['$300M is the plan, $260M if we cannot reach it.', { target_amount: 300e6, floor_amount: 260e6 }],
    ['We want $54M; $45M would still be worth doing.', { target_amount: 54e6, floor_amount: 45e6 }],
    // A figure of another kind after the ask is no fallback.
    ['Raise $54M; new rent of $4M a year is fine.', { target_amount: 54e6, max_rent_added: 4e6 }],
  ],
  '"half-billion" joined to its scale ("a half-billion-dollar program", "the half billion")': [
    ['Approve a half-billion-dollar sale-leaseback.', { target_amount: 500e6 }],
    ['For the half billion raise, keep Texas out.', { target_amount: 500e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['We are after a half-billion SLB, run exact.', { target_amount: 500e6, strategy: 'exact' }],
    ['The board wants the half-billion; keep the plants in.', { target_amount: 500e6 }],
    // "half" of something else is no amount.
    ['Half the team is away this week. Raise $80M.', { target_amount: 80e6 }],
  ],
  'a figure someone had said earlier, set aside in brackets ("(he had said $12M on Monday)")': [
    ['Run it at $145M (she had said $160M on Friday).', { target_amount: 145e6 }],
    ['Target $82M (the treasurer originally asked for $95M).', { target_amount: 82e6 }],
    ['New rent up to $6M a year (they had proposed $8M). Raise $70M.', { target_amount: 70e6, max_rent_added: 6e6 }],
    ['Raise $115M (we initially wanted $130M), nothing mortgaged.', { target_amount: 115e6, exclude_mortgaged: true }],
    // Someone saying what holds now is no earlier figure.
    ['Raise $115M (he said $115M is firm).', { target_amount: 115e6 }],
  ],
  'a quick pass called enough, the optimum not needed, or speed put first ("a quick pass is fine", "speed over optimality")': [
    ['$38M. A quick pass is fine for this one.', { target_amount: 38e6, strategy: 'greedy' }],
    ["Raise $91M; we don't need the optimal answer.", { target_amount: 91e6, strategy: 'greedy' }],
    ['$120M tonight, speed over optimality.', { target_amount: 120e6, strategy: 'greedy' }],
    ['Raise $75M, no need for the fancy optimisation.', { target_amount: 75e6, strategy: 'greedy' }],
    ['$58M; a rough cut will do.', { target_amount: 58e6, strategy: 'greedy' }],
    // The optimum put before speed asks for the exact search.
    ['$58M; optimality over speed.', { target_amount: 58e6, strategy: 'exact' }],
  ],
  'speakers labelled with their role in the shared chat shapes ("Ben (CFO): \u21b3 $150M")': [
    ['Noa: target is $175M\nBen (CFO): \u21b3 $150M, the board trimmed it', { target_amount: 150e6 }],
    ['Ivo: raising $90M?\nMai (Treasury): $85M\nIvo: ok', { target_amount: 85e6 }],
    ['Ravi: floor?\nJune (Group CFO): $60M\nRavi: and the ask is $75M', { target_amount: 75e6, floor_amount: 60e6 }],
    ['Ada: new rent cap $7M?\nLeo (VP Real Estate): $6M\nAda: raise $80M then', { target_amount: 80e6, max_rent_added: 6e6 }],
    // A bracket of prose before a colon is no speaker's role.
    ['Raise $65M (see note): nothing mortgaged.', { target_amount: 65e6, exclude_mortgaged: true }],
  ],
};

describeFamilies('the twenty-fifth round of target, floor and chat answer families', FAMILIES);
