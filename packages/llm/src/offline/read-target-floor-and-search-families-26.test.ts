import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-sixth round of wording families for the target, the floor, the strategy and the objective: a floor after
 * the ask said to be out of reach, a stretch, impossible, blocked by the limits or more than the market will take
 * (with a bare figure too), the ask before such a fallback even where its clause talks of debt, the least sale and the
 * cheapest capital in more everyday words, the proven-best answer and the full optimiser waived, an ask declared as
 * someone's number or as it stands now, a figure taken back and restated by name, chat answers corrected on the next
 * line or sent with their unit after them, a floor asked about in a chat and answered with a bare figure, a labelled
 * bare floor under a labelled bare ask, and figures that are not the ask: a buyer's appetite or refused counter-offer,
 * a price per square foot and a past deal named by its year; a table whose columns are the ask and the floor; and millions written in groups
 * of three with spaces between. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor after the ask said to be out of reach, a stretch, impossible or blocked ("if that\'s out of reach, $180M")': [
    ["$165M ask; if that's out of reach, $140M.", { target_amount: 165e6, floor_amount: 140e6 }],
    ["Let's aim for $88M, but if that's a stretch, stop at $70M.", { target_amount: 88e6, floor_amount: 70e6 }],
    ['Size: $230M. If the covenants bite, stop at $190M.', { target_amount: 230e6, floor_amount: 190e6 }],
    [
      "Raise $120M. If the full amount can't be reached within these limits, management may stop at $95M.",
      { target_amount: 120e6, floor_amount: 95e6 },
    ],
    ["SLB target $64M. If the market won't take $64M, we stop at $52M.", { target_amount: 64e6, floor_amount: 52e6 }],
    // The ask before its fallback is the ask, even in a clause that talks of debt.
    [
      "I'm comfortable at $145M provided debt stays under 3.1 times EBITDA. Should that prove impossible, I'd accept $120M.",
      { target_amount: 145e6, floor_amount: 120e6, max_net_leverage: 3.1 },
    ],
    // Something else out of reach names no floor.
    ['If the closing date is a stretch, say so. Raise $58M.', { target_amount: 58e6 }],
  ],
  'a bare fallback after the ask said to be out of reach ("If 95 is out of reach, 80")': [
    ['Raise $95M. If 95 is out of reach, 80.', { target_amount: 95e6, floor_amount: 80e6 }],
    ["Raise 55M. If that's not possible, 45M.", { target_amount: 55e6, floor_amount: 45e6 }],
    ["$130M please; if 130 can't be done, 110 is fine.", { target_amount: 130e6, floor_amount: 110e6 }],
    // A bare figure after a limit out of reach is no floor.
    ['Raise $75M. If the leverage cap is out of reach, tell me.', { target_amount: 75e6 }],
  ],
  'the least sale in everyday words ("sell the least you need to get to $75M")': [
    ['Sell the least you need to get to $66M.', { target_amount: 66e6, economics: { objective: 'min_proceeds' } }],
    [
      'We are raising $210M. Go with the smallest sale that still clears $210M.',
      { target_amount: 210e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      'Raise $77M from Atlanta and Dallas, landing as close above $77M as the assets allow.',
      { target_amount: 77e6, include_markets: ['Atlanta', 'Dallas'], economics: { objective: 'min_proceeds' } },
    ],
    ['Solve for minimum proceeds above $140M.', { target_amount: 140e6, economics: { objective: 'min_proceeds' } }],
    // A floor said in the same words is a floor, not the objective.
    ['Raise $90M; minimum proceeds of $80M.', { target_amount: 90e6, floor_amount: 80e6 }],
  ],
  'the cheapest capital in everyday words ("cheapest in today\'s-dollar cost")': [
    ["Need $45M by quarter end. Cheapest in today's-dollar cost.", { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    [
      'We need $250M. The cost of this money, in present-value terms, should be as low as we can make it.',
      { target_amount: 250e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'For $236M the CFO wants the cheapest capital, measured in present value, rather than the tightest fit to $236M.',
      { target_amount: 236e6, economics: { objective: 'min_npv_cost' } },
    ],
    // The tightest fit asked for is the least proceeds.
    ['Raise $98M with the smallest overshoot above the target.', { target_amount: 98e6, economics: { objective: 'min_proceeds' } }],
  ],
  'the proven-best answer asked for, the full optimiser waived ("proven-best answer please")': [
    [
      "Target $100M. She wants the answer that's proven to be the best, not a rough heuristic.",
      { target_amount: 100e6, strategy: 'exact' },
    ],
    ['raise: $45M / proven-best answer please', { target_amount: 45e6, strategy: 'exact' }],
    ['Need $122M, just the greedy ranking, no need for the full optimiser.', { target_amount: 122e6, strategy: 'greedy' }],
    // The optimiser asked for outright stays exact.
    ['Raise $60M and run the full optimiser.', { target_amount: 60e6, strategy: 'exact' }],
  ],
  'an ask declared as someone\'s number, as given, or as it stands now ("Treasury\'s number for the program is $150M")': [
    ["Our current rent bill is about $30M. Treasury's number for the program is $150M.", { target_amount: 150e6 }],
    ['A landlord got $140 a square foot for a box like ours. Anyway, the ask I was given is $35M.', { target_amount: 35e6 }],
    [
      'Description: Raise $92M. Net leverage cap 3.55x.\n---\nComment: Updated per CFO - target is now $97M.',
      { target_amount: 97e6, max_net_leverage: 3.55 },
    ],
    // A price per square foot alone is no ask.
    ['Nearby buildings traded at $210 per square foot. Raise $48M.', { target_amount: 48e6 }],
  ],
  'a figure taken back and restated ("please treat that as superseded", "Wait, the floor should be $125M")': [
    [
      'Our previous letter stated $140 million; please treat that as superseded. The instruction is now $125 million.',
      { target_amount: 125e6 },
    ],
    ['Target $150M, floor $130M. Wait, the floor should be $125M.', { target_amount: 150e6, floor_amount: 125e6 }],
    ['Target $80M. Sorry, the target should be $85M.', { target_amount: 85e6 }],
    // A different name restated takes nothing back.
    ['Target $150M. Sorry, the floor should be $120M.', { target_amount: 150e6, floor_amount: 120e6 }],
  ],
  'chat answers corrected on the next line, or sent with their unit after them ("Pat: correction, $150M")': [
    ['Kim: target?\nPat: $160M\nPat: correction, $150M\nKim: floor?\nPat: $125M', { target_amount: 150e6, floor_amount: 125e6 }],
    ['<ana> target 95?\n<raj> 95 yes\n<raj> wait no, 85. CFO trimmed it', { target_amount: 85e6 }],
    ['Lucia: ok final answer on the SLB size is 160\nLucia: in millions obv\nAhmed: thanks', { target_amount: 160e6 }],
    // Another speaker's "correction" after the answer replaces nothing: only the answerer corrects their figure.
    ['Kim: target?\nPat: $160M\nKim: correction, wrong thread', { target_amount: 160e6 }],
  ],
  'a floor asked about in a chat and answered with a bare figure ("the minimum if buyers are thin?" / "170")': [
    [
      'Sam K: what is the number\nLena P: $190M\nSam K: and the minimum if buyers are thin?\nLena P: 170',
      { target_amount: 190e6, floor_amount: 170e6 },
    ],
    ['Ana: raise $90M\nBo: floor?\nAna: 75', { target_amount: 90e6, floor_amount: 75e6 }],
    // A limit asked about is no floor.
    ['Ana: raise $90M\nBo: min coverage?\nAna: 2', { target_amount: 90e6, min_fixed_charge_coverage: 2 }],
  ],
  'a labelled bare floor under a labelled bare ask ("Target: 145" / "Floor: 120")': [
    ['Target: 145\nFloor: 120', { target_amount: 145e6, floor_amount: 120e6 }],
    ['target_usd_m: 210\nfloor_usd_m: 180', { target_amount: 210e6, floor_amount: 180e6 }],
    // A labelled bare floor beside an ask written as money keeps its unit unknown.
    ['Raise $75M.\nFloor: 60', { target_amount: 75e6 }],
  ],
  'a table whose columns are the ask and the floor, one row under them ("| Ask | Floor |" / "| $140M | $120M |")': [
    ['| Ask | Floor |\n|---|---|\n| $140M | $120M |', { target_amount: 140e6, floor_amount: 120e6 }],
    [
      '| Target | Minimum | Term |\n|---|---|---|\n| $95M | $80M | 15 years |',
      { target_amount: 95e6, floor_amount: 80e6, economics: { lease_term_years: 15 } },
    ],
    ['Ask\tFloor\n$210M\t$180M', { target_amount: 210e6, floor_amount: 180e6 }],
  ],
  'a figure of millions written with spaces between its groups of three ("180 000 000")': [
    [
      'target_usd;lease_term_years;accounting_basis\n240 000 000;12;IFRS 16',
      { target_amount: 240e6, economics: { lease_term_years: 12, accounting_basis: 'ifrs16' } },
    ],
    ['Target: 95 000 000', { target_amount: 95e6 }],
    // Numbers listed in a sentence are no figure.
    ['Raise $50M; sites 12 100 200 are fine.', { target_amount: 50e6 }],
  ],
  'a buyer\'s figure beside the ask: its appetite or a refused counter-offer ("prepared to acquire up to $400M")': [
    [
      '"We\'d be prepared to acquire up to $400M of your distribution assets." Their appetite, not our ask. We\'ll take $150M to market, floor $120M.',
      { target_amount: 150e6, floor_amount: 120e6 },
    ],
    ['A fund says it is willing to buy up to $300M of our buildings. Raise $120M.', { target_amount: 120e6 }],
    ['The buyer countered at $180M, which we rejected. Settled terms: $200M.', { target_amount: 200e6 }],
    ['Blackfield came back with a counter-offer of $160M; we turned it down. Raise $190M.', { target_amount: 190e6 }],
    // A buyer's figure alone is still the only figure named as what to raise.
    ['Raise $85M; a buyer has already shown interest.', { target_amount: 85e6 }],
  ],
  'a past deal named by its year ("Our 2021 sale-leaseback brought in $95M")': [
    ['Our 2021 sale-leaseback brought in $95M. Raise $60M now.', { target_amount: 60e6 }],
    ['The 2019 deal raised about $140M; this one needs $70M.', { target_amount: 70e6 }],
    // A past deal in an aside after the ask leaves the ask its own.
    ['Volume: $180M (the 2022 program was $140M, for reference).', { target_amount: 180e6 }],
  ],
};

describeFamilies('the twenty-sixth round of target, floor, strategy and objective families', FAMILIES);
