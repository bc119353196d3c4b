import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fortieth round of wording families for the target, the floor and the search: selling as little as needed and the
 * least proceeds that clear the ask; paying as little as possible over the leases' life and the best in terms of
 * long-run cost; the optimum said not to be needed for the answer; a background figure said with "'s"; an amount after a
 * lead's dash with limits after "with"; a texted "can u do"; a figure waved off by the next chat speaker; a unit "$m"
 * after a figure or a range; a figure called a cap alone beside a figure called the target; the ask in a chat's
 * shorthand; the ask and the floor asked together and answered as a pair; a correction naming which figure it
 * corrects; a scanned figure with no true digit; the floor for when the market is not there; the run set below a
 * larger consent; and a table of cases with one chosen by name. Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'selling as little as needed, the least proceeds that clear the ask': [
    ['We need $70M; sell as little as needed.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['$64M - raise as little as is required to reach it.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
    ['$115M, the least proceeds that clear it.', { target_amount: 115e6, economics: { objective: 'min_proceeds' } }],
    ['Target $85M: the smallest proceeds that get us there.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    // The minimum proceeds with their own figure are a floor, not the objective.
    ['Raise $90M; minimum proceeds $80M.', { target_amount: 90e6, floor_amount: 80e6 }],
  ],
  'paying as little as possible over the leases, the best in terms of long-run cost': [
    [
      'Raise $75M, and we want to pay as little as possible over the life of our leases.',
      { target_amount: 75e6, economics: { objective: 'min_npv_cost' } },
    ],
    // The best set asks for the exact search as well.
    [
      "What's the best set for $60M in terms of lifetime cost?",
      { target_amount: 60e6, strategy: 'exact', economics: { objective: 'min_npv_cost' } },
    ],
    ['Give us the best answer on $140M in terms of long-term cost.', { target_amount: 140e6, economics: { objective: 'min_npv_cost' } }],
    // Cost measured with no best asked for chooses nothing.
    ['Raise $60M. We report in terms of long-run cost every year.', { target_amount: 60e6 }],
  ],
  'the optimum said not to be needed for the answer': [
    ['Raise $80M. No need for it to be optimal.', { target_amount: 80e6, strategy: 'greedy' }],
    ["$55M; it doesn't have to be optimal, a quick answer is fine.", { target_amount: 55e6, strategy: 'greedy' }],
    ["We don't need the answer to be optimal. $90M.", { target_amount: 90e6, strategy: 'greedy' }],
    // Needing it to be optimal asks for the exact search.
    ['Raise $80M and we need it to be optimal.', { target_amount: 80e6, strategy: 'exact' }],
  ],
  "a background figure said with 's": [
    ["Revenue's running about $2.1B this year. Raise $150M.", { target_amount: 150e6 }],
    ["EBITDA's about $300M; let's raise $70M.", { target_amount: 70e6 }],
    // The figure raised stands when it comes first.
    ['Raise $95M.', { target_amount: 95e6 }],
  ],
  "an amount after a lead's dash, with limits after it": [
    ['Sanity check - $85M with a 3.75x net leverage cap?', { target_amount: 85e6, max_net_leverage: 3.75 }],
    ['Quick one: $140M with FCCR at least 2.2x.', { target_amount: 140e6, min_fixed_charge_coverage: 2.2 }],
    // A debt figure after a dash is still background.
    ['Context - net debt is $900M. Raise $60M.', { target_amount: 60e6 }],
  ],
  'a texted "can u do"': [
    ['can u do 95mm with FCCR at least 1.9x', { target_amount: 95e6, min_fixed_charge_coverage: 1.9 }],
    ['could u do $120M?', { target_amount: 120e6 }],
  ],
  'a figure waved off by the next chat speaker': [
    ['<kai> are we raising 900m?\n<liv> haha no. 90m\n<kai> ok', { target_amount: 90e6 }],
    ['Ola 9:02 AM: ask is 2bn??\nPim 9:03 AM: nope - $200M', { target_amount: 200e6 }],
    // A figure agreed to stands.
    ['<kai> are we raising 90m?\n<liv> yes', { target_amount: 90e6 }],
  ],
  'a unit "$m" after a figure or a range': [
    ['* ask: 70-85 $m', { target_amount: 85e6, floor_amount: 70e6 }],
    ['Raise 125 $mm.', { target_amount: 125e6 }],
    // The unit alone, with no figure before it, makes no amount.
    ['Figures in $m below. Raise $45M.', { target_amount: 45e6 }],
  ],
  'a figure called a cap alone, beside a figure called the target': [
    ['Ivo: rent cap at 6mm a year? ask 75\nUma: yes, 6mm cap, 75 target', { target_amount: 75e6, max_rent_added: 6e6 }],
    ['Uma: fine, 110 target.', { target_amount: 110e6 }],
    // A figure that is called the target markets is no ask.
    ['Pick 12 target markets.', {}],
  ],
  "the ask in a chat's shorthand": [
    ['Lea: escalator?\nMo: 2%\nLea: ask still 65?\nMo: yep', { target_amount: 65e6, economics: { rent_escalator: 0.02 } }],
    ['<cfo> sell enough to reach 95, nothing more', { target_amount: 95e6 }],
    ['Ben: for the 150 run - cheapest capital please', { target_amount: 150e6, economics: { objective: 'min_npv_cost' } }],
    ['Ben: for 70, keep Phoenix out', { target_amount: 70e6, exclude_markets: ['Phoenix'] }],
    // A count of sites asked about as it stands is no ask.
    ['Lea: sites still 12?\nMo: yes', {}],
  ],
  'the ask and the floor asked together and answered as a pair': [
    ['Ann: target / floor?\nBo: 140 / 115', { target_amount: 140e6, floor_amount: 115e6 }],
    ['Ann: ask and minimum?\nBo: 90 and 75.', { target_amount: 90e6, floor_amount: 75e6 }],
    // A pair whose second figure is above the first is no ask and floor.
    ['Ann: target / floor?\nBo: 40 / 60', {}],
  ],
  'a correction naming which figure it corrects': [
    ['Jo: $150M, floor $130M\nJo: correction, $145M target', { target_amount: 145e6, floor_amount: 130e6 }],
    ['Target $120M, floor $100M. Correction: $95M floor.', { target_amount: 120e6, floor_amount: 95e6 }],
    // A correction naming no role corrects the figure before it.
    ['Raise $80M. Actually, $85M.', { target_amount: 85e6 }],
  ],
  'a scanned figure with no true digit': [
    ['Recommendation: raise $l5O million, with a minimum of $llO million.', { target_amount: 150e6, floor_amount: 110e6 }],
    ['Raise $lOO M.', { target_amount: 100e6 }],
  ],
  'the floor for when the market is not there': [
    ['The ask is $160M, and $140M if the demand isn’t there.', { target_amount: 160e6, floor_amount: 140e6 }],
    ['Raise $90M, or $80M if the buyers are not there.', { target_amount: 90e6, floor_amount: 80e6 }],
    // The condition with no ask above it makes no floor.
    ['$140M if the market is there.', { target_amount: 140e6 }],
  ],
  'the run set below a larger consent': [
    [
      'The lenders consent to a leaseback of up to $250 million.\n(Our note: we will run it at $200M, not the full consent.)',
      { target_amount: 200e6 },
    ],
    ['The board authorised up to $300M. Please run the model at $240M.', { target_amount: 240e6 }],
  ],
  'a table of cases with one chosen by name': [
    ['Case | Target | Floor\nBase | 100 | 80\nStretch | 130 | 110\nWe went with Stretch.', { target_amount: 130e6, floor_amount: 110e6 }],
    ['Scenario\tTarget\nA\t60\nB\t75\nBoard approved B.', { target_amount: 75e6 }],
    [
      'Option | Target | Net lev cap\nLean | $70M | 3.25x\nFull | $95M | 3.5x\n-> IC picked Lean.',
      { target_amount: 70e6, max_net_leverage: 3.25 },
    ],
    // No case chosen: no row is the ask, so the brief states no target (the first row's was read before).
    ['Case | Target\nLow | $90M\nHigh | $150M\nWhich one?', {}],
  ],
};

describeFamilies('target, floor and search families, round 40', FAMILIES);
