import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-second round of wording families for the target, the floor and the search: a floor said as the worst, in a
 * bracket or as "the minimum" after its figure; labels spaced apart on one line; a fallback spoken in hundreds and
 * tens; an ask someone corrected, talked down or settled after another pushed for more; a floor named as what it was
 * going to be, then replaced; a past deal named by its year with its figure in a bracket; another party's figure called
 * their pitch; an approval recalled and replaced; the options put before a decision; scanned labels and short words with
 * a zero for an o; the best set turned down by name; the exact search kept for a later paper; a snake-case key for the
 * least ask; a case row marked by its own note as this run or not; a bare figure refused after the new one, naming the
 * amount given before; a bare floor moved to where it stands now; and a quoted floor key in an object on one line. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor said as the worst, bracketed, or "the minimum" after its figure': [
    ['Raise $95M; $80M at worst.', { target_amount: 95e6, floor_amount: 80e6 }],
    ['Proceeds: USD 210 million (target); USD 185 million (floor)', { target_amount: 210e6, floor_amount: 185e6 }],
    ['We are aiming for sixty million dollars, with fifty million the minimum.', { target_amount: 60e6, floor_amount: 50e6 }],
    // "At worst" about anything but a figure, and the ask's own bracket, name no floor; nor does a minimum of years.
    ['Raise $95M. At worst it slips a week.', { target_amount: 95e6 }],
    ['Raise $95M (the target).', { target_amount: 95e6 }],
    ['Raise $70M; the minimum hold is 5 years.', { target_amount: 70e6 }],
  ],
  'labels spaced apart on one line': [
    ['Target: $130M    Minimum: $110M', { target_amount: 130e6, floor_amount: 110e6 }],
    ['Ask: USD 75m      Floor: USD 60m', { target_amount: 75e6, floor_amount: 60e6 }],
    // A limit's label after the ask, even one opening with "minimum" or "floor", makes the ask no floor.
    ['Ask: $130M    Minimum FCCR: 1.8x', { target_amount: 130e6, min_fixed_charge_coverage: 1.8 }],
    ['Ask: $130M    Floor on FCCR: 1.8x', { target_amount: 130e6, min_fixed_charge_coverage: 1.8 }],
    // A bound word ending a cell is its figure's own: no label follows it.
    ['Row: $140m target | $120m floor | exact', { target_amount: 140e6, floor_amount: 120e6, strategy: 'exact' }],
  ],
  'a fallback spoken in hundreds and tens': [
    ['A hundred and sixty million, with one-forty as the fallback.', { target_amount: 160e6, floor_amount: 140e6 }],
    ['Raise $160M, with one-forty as the fallback.', { target_amount: 160e6, floor_amount: 140e6 }],
    // A fallback above the ask is no floor of it.
    ['Raise $120M, with one-forty as the fallback.', { target_amount: 120e6 }],
  ],
  'an ask corrected, talked down, or settled after another pushed for more': [
    ['The treasurer gave $90M, but corrected it this afternoon to $96M.', { target_amount: 96e6 }],
    ['Our CFO quoted $140M in the memo... she corrected herself to $128M later.', { target_amount: 128e6 }],
    ['I wanted to sell $300M, but the board talked us down to $240M.', { target_amount: 240e6 }],
    ['Tom pushed for $80M, but the committee landed on $70M.', { target_amount: 70e6 }],
    // Only an amount pushed for is one voice's: a percentage pushed for is left to the readers of the one agreed after it.
    [
      'Raise $70M. The buyers pushed for 3% bumps; we agreed 2.5% in the end.',
      { target_amount: 70e6, economics: { rent_escalator: 0.025 } },
    ],
    // "Down to" with no one talked down is still how far the ask may fall.
    ['Raise $150M; we could go down to $130M.', { target_amount: 150e6, floor_amount: 130e6 }],
  ],
  'a floor named as what it was going to be, then replaced': [
    ["Target $140M. The floor was going to be $110M, but let's say $120M instead.", { target_amount: 140e6, floor_amount: 120e6 }],
    // The floor's subject with no figure replaced sets nothing.
    ['Raise $75M. The floor was going to be discussed on Monday.', { target_amount: 75e6 }],
  ],
  'a past deal named by its year, its figure in a bracket': [
    ['Our 2020 sale-leaseback (the $55M one) is still on the books. Raise $90M.', { target_amount: 90e6 }],
    ['Our 2020 sale-leaseback raised $55M. Raise $90M.', { target_amount: 90e6 }],
  ],
  "another party's figure called their pitch": [
    ["The broker's deck shows $250M but that's their pitch, not ours. We need $180M.", { target_amount: 180e6 }],
  ],
  'an approval recalled and replaced': [
    [
      'The committee recalled its decision of 3 March (a $90 million raise) and approved instead a raise of $75 million.',
      { target_amount: 75e6 },
    ],
  ],
  'the options put before a decision': [
    ['Management presented scenarios ranging from $40M to $160M; the board chose to raise $100M.', { target_amount: 100e6 }],
    // A range asked for is still the floor and the ask.
    ['Raise anywhere from $40M to $60M.', { target_amount: 60e6, floor_amount: 40e6 }],
  ],
  'scanned labels and short words with a zero for an o': [
    ['Target pr0ceeds ....... USD 8O m\nFl0or ........... USD 7O m', { target_amount: 80e6, floor_amount: 70e6 }],
    ['Proceeds: US$ 95,OOO,OOO, n0t 1ess than US$ 85,OOO,OOO.', { target_amount: 95e6, floor_amount: 85e6 }],
  ],
  'the best set turned down by name': [
    ['Raise $60M - a quick first pass, not the exact solution.', { target_amount: 60e6, strategy: 'greedy' }],
    ['Raise $60M; rather than an optimal set, give me something fast.', { target_amount: 60e6, strategy: 'greedy' }],
    // The best set asked for is the exact search.
    ['Raise $60M. We want the optimal set.', { target_amount: 60e6, strategy: 'exact' }],
  ],
  'the exact search kept for a later paper': [
    ["Raise $45M - greedy now, we'll run exact for the lenders later.", { target_amount: 45e6, strategy: 'greedy' }],
    [
      "We'll do the optimal one for the audit committee afterwards; greedy for this memo. $52M.",
      { target_amount: 52e6, strategy: 'greedy' },
    ],
    // With no later time, the exact run for a reader is asked for now.
    ["Raise $45M. We'll run exact for the lenders.", { target_amount: 45e6, strategy: 'exact' }],
  ],
  'a snake-case key for the least ask': [
    ['{"target_usd": "140mm", "min_target_usd": "120mm"}', { target_amount: 140e6, floor_amount: 120e6 }],
    ['target_usd: 64000000\nmin_ask_usd: 50000000', { target_amount: 64e6, floor_amount: 50e6 }],
  ],
  'a case row marked by its own note as this run or not': [
    [
      'case,target_usd_m,floor_usd_m\nHigh (illustration only - do not run),150,130\nMid (for this run),110,95',
      { target_amount: 110e6, floor_amount: 95e6 },
    ],
    ['version,ask_usd_m,floor_usd_m\nr1 (superseded),90,80\nr2,95,85', { target_amount: 95e6, floor_amount: 85e6 }],
    ['Option | Target | Floor\nA (draft) | $90M | $80M\nB (final) | $95M | $85M', { target_amount: 95e6, floor_amount: 85e6 }],
    // A column of notes marks the row as its bracket would.
    ['Case | Target | Note\nStretch | $180M | not this run\nBase | $140M | this run', { target_amount: 140e6 }],
    // Cases side by side with none chosen or marked: no row is the ask, nor any column a limit.
    ['Case,Target,Floor\nLow,90,80\nHigh,120,100', {}],
    ['Case | Target | Net lev cap\nLow | 90 | 3.25\nMid | 120 | 3.5\nHigh | 150 | 3.75', {}],
    ['Raise $100M.\nScenario | Target | Net lev cap\nLow | 90 | 3.25\nHigh | 150 | 3.75', { target_amount: 100e6 }],
  ],
  'a bare figure refused after the new one, naming the amount given before': [
    ['Ana (9:02): we need $85M from this\nAna (9:30): apologies, $90M, not 85.', { target_amount: 90e6 }],
    // With no earlier amount of that figure, the refusal takes nothing back, and a count of sites is no figure refused.
    ['Raise $70M, not 60.', { target_amount: 70e6 }],
    ['Raise $70M for the program, not 60 sites.', { target_amount: 70e6 }],
  ],
  'a bare floor moved to where it stands now': [
    [
      'Two hundred and ten million. The floor was one hundred and seventy, now it is one hundred and eighty.',
      { target_amount: 210e6, floor_amount: 180e6 },
    ],
    ['Raise $95M. Floor was 80 - now 85.', { target_amount: 95e6, floor_amount: 85e6 }],
    // What follows "now" must be the floor's figure, not a term.
    ["Raise $95M. The floor was 80, now it's 15 years of leases.", { target_amount: 95e6 }],
  ],
  'a quoted floor key in an object on one line': [
    ['{"deal": {"ask": "$95M", "min_proceeds": "$80M"}}', { target_amount: 95e6, floor_amount: 80e6 }],
    ['{"program": {"target": "USD 150 mio", "floor": "USD 125 mio"}}', { target_amount: 150e6, floor_amount: 125e6 }],
    // A key that only opens with the word is a note, not the floor.
    ['{"deal": {"ask": "$95M", "floor_note": "$80M was last year"}}', { target_amount: 95e6 }],
  ],
};

describeFamilies('target, floor and search families, round 42', FAMILIES);
