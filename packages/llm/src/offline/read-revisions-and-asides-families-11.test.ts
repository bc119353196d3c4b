import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eleventh round of wording families: figures revised in place or restated below, figures the brief says are not
 * its instruction, balances and programme totals beside the ask, the smallest sale over the line, a strategy named
 * only as another run or put off to later, and a few more ways to state the tax rate and the ask. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a labelled line restated below with its revision ("Target (revised 14/6): $275m")': [
    ['Target: $180m\nTarget (updated 3 May): $195m', { target_amount: 195e6 }],
    ['Floor: $120m\nRevised floor: $130m\nTarget: $160m', { target_amount: 160e6, floor_amount: 130e6 }],
    // A bracket that revises nothing leaves the first line standing.
    ['Target: $140m\nTarget (as agreed last week, fixed): $150m', { target_amount: 140e6 }],
  ],
  'a figure corrected in place ("3.0x → corrected to 3.25x per Legal")': [
    ['Target $120M. FCCR: 1.8x → corrected to 2.0x per the lenders.', { target_amount: 120e6, min_fixed_charge_coverage: 2 }],
    ['Raise $60M; market share 30% (corrected to 35%).', { target_amount: 60e6, max_market_share: 0.35 }],
  ],
  'a slip apologised for ("$215M — apologies, $225M")': [
    ['Please run $140M — my apologies, $145M. Exclude Houston.', { target_amount: 145e6, exclude_markets: ['Houston'] }],
    ['Lease-adjusted leverage 4.5x, my mistake, 4.25x. Raise $100M.', { target_amount: 100e6, max_lease_adjusted_leverage: 4.25 }],
    ['Raise $75M (oops, $80M).', { target_amount: 80e6 }],
    // An apology for something else takes no figure back.
    ['Raise $75M. Apologies for the delay.', { target_amount: 75e6 }],
  ],
  'what was said earlier, then new numbers ("earlier I said $180M ... New numbers: $200M target")': [
    ['Earlier I said $150M, with 3.5x leverage. New numbers: $170M, 3.25x net leverage.', { target_amount: 170e6, max_net_leverage: 3.25 }],
    ['Previously we asked for $90M. Updated numbers are $110M target and a $95M floor.', { target_amount: 110e6, floor_amount: 95e6 }],
    ['In my last note I said $60M. The new ask: $70M.', { target_amount: 70e6 }],
  ],
  'figures said not to be the instruction ("Peer benchmark (not our ask)", "(separate workstream, ignore here)", "(history)")': [
    [
      'Peer deal (not our ask): another retailer raised $300M at 3.5x.\nOur ask: $160M, net leverage ≤ 3.75x.',
      { target_amount: 160e6, max_net_leverage: 3.75 },
    ],
    ['- Term loan paydown: $80m (separate workstream)\n- SLB: raise $110m', { target_amount: 110e6 }],
    [
      '- 2018 sale-leaseback: $95M, 20-year leases (history)\n- This time: $130M, 15-year leases',
      { target_amount: 130e6, economics: { lease_term_years: 15 } },
    ],
    [
      'Target $175M and a 24% tax rate. (Last cycle we used $140M and 21%; ignore those figures.)',
      { target_amount: 175e6, economics: { tax_rate: 0.24 } },
    ],
    ["The lender's draft assumes $250m of proceeds — not our instruction. We want $200m.", { target_amount: 200e6 }],
    // A sentence that gives the instruction itself keeps it.
    ['Raise $130m; the $50m revolver paydown is a separate workstream.', { target_amount: 130e6 }],
  ],
  'balances a period closed with, and a programme beside its tranche ("this tranche is $400M")': [
    ['We ended the year with $180M drawn on the revolver and $60M of cash. The SLB needs to bring in $100M.', { target_amount: 100e6 }],
    ['The programme aims at $900M over four years; this tranche is $250M.', { target_amount: 250e6 }],
    // Cash the sale generates is the ask.
    ['Please scope a sale-leaseback that generates $90M of cash.', { target_amount: 90e6 }],
  ],
  'the smallest sale over the line ("smallest sale over the line", "the smallest package of properties that reaches the target")': [
    ['Quick: $45M, smallest sale over the line.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    [
      'The smallest set of sites that gets us over the line, please. Target $80M.',
      { target_amount: 80e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Selection rule: the smallest package of assets that reaches the target. Target: $95M.',
      { target_amount: 95e6, economics: { objective: 'min_proceeds' } },
    ],
    // Getting over the line alone asks for no objective.
    ['Raise $60M. We need a sale big enough to get over the line.', { target_amount: 60e6 }],
  ],
  'a strategy named as another run, or optimising put off ("I\'ll compare it against the greedy run", "we\'ll optimise later")': [
    ["Raise $150M, greedy for now; we'll optimise later.", { target_amount: 150e6, strategy: 'greedy' }],
    ['Raise $150M with the ranking rule — optimisation can come later.', { target_amount: 150e6 }],
    ["Raise $90M, exact please; I'll compare it against the greedy run from last month.", { target_amount: 90e6, strategy: 'exact' }],
    ["Raise $90M with the greedy rule, to benchmark against last week's exact result.", { target_amount: 90e6, strategy: 'greedy' }],
    // Optimising for an objective now is still asked for.
    ['Raise $90M. Optimise for the lowest NPV cost.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
  ],
  '"not a dollar more" said of a rent budget ("Max new rent $21M (signed off on that figure, not a dollar more)")': [
    ["$120M. Max new rent $9M a year (that's the budget, not a dollar more).", { target_amount: 120e6, max_rent_added: 9e6 }],
    // Said of the ask, it keeps the sale to the target.
    ['Raise $120M, not a dollar more.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
  ],
  'a figure named the tax rate ("Use 23% as the tax rate on the gain")': [
    ['Use 24% as the tax rate on the gain. Raise $110M.', { target_amount: 110e6, economics: { tax_rate: 0.24 } }],
    ['Use 25% as the tax rate on gains, $120M.', { target_amount: 120e6, economics: { tax_rate: 0.25 } }],
    // A share named as another setting is no tax rate.
    ['Raise $95M; 30% as the cap per market.', { target_amount: 95e6, max_market_share: 0.3 }],
  ],
  'the ask as what to see ("let\'s see $290M with ... new rent ≤ $23M")': [
    [
      "Let's see $175M with net leverage ≤ 3.5x and new rent ≤ $12M.",
      { target_amount: 175e6, max_net_leverage: 3.5, max_rent_added: 12e6 },
    ],
    ['Show me $140M with added rent under $9M.', { target_amount: 140e6, max_rent_added: 9e6 }],
  ],
};

describeFamilies('offline brief reader, revisions and asides wording (11)', FAMILIES);
