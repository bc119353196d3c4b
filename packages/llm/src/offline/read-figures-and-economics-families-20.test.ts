import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twentieth round of wording families for the ask, its floor and the economics: a draft's figure and the corrected
 * number after it; a figure taken back with an apology or "actually, make it"; an update in brackets; a placeholder
 * said to be superseded; a table row labelled as replaced; a chat line that replaces the line before it; a figure
 * someone else floated and the writer disowns; last year's program in brackets with a comma of its own; where to stop
 * if the ask has to be trimmed; a floor asked about in a chat and answered by a speaker's full name; asking how to
 * get an amount; the years the buildings are rented back for; a term another party prefers; a blended rate on the
 * gain; the cost in today's money minimised; the precise solver; a tick or cross inside a bracketed box; a rule that no
 * market should exceed a share beside a superseded figure; and an earlier model's tax rate said not to be the input. Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a draft\'s figure and the corrected number after it ("draft said $165M, corrected number is $140 mil")': [
    ['Draft said $90M, corrected number is $75M. Nothing in Dallas.', { target_amount: 75e6, exclude_markets: ['Dallas'] }],
    ['The old deck had $210 million; the revised figure is USD 190m.', { target_amount: 190e6 }],
    ['draft was 60mm, the correct amount is $66mm; escalator 2%', { target_amount: 66e6, economics: { rent_escalator: 0.02 } }],
    // A draft named with no corrected number after it is no correction.
    ['Draft said $90M. Floor of $80M.', { target_amount: 90e6, floor_amount: 80e6 }],
  ],
  'a figure taken back with an apology or "actually, make it" ("$65 million ... actually, make it US$ 70 million")': [
    ['Raise 120 million dollars... sorry, $110m.', { target_amount: 110e6 }],
    ['Aim for $80m of proceeds - sorry, correction: make that $85 million.', { target_amount: 85e6 }],
    ['The goal is US$ 40 million in cash ... actually, make it US$ 45 million.', { target_amount: 45e6 }],
    ['We need USD 95m, oops, $90m. Tax rate 25%.', { target_amount: 90e6, economics: { tax_rate: 0.25 } }],
  ],
  'an update in brackets after the figure ("$75 million (update: the number is now $85,000,000)")': [
    ['We need to raise $60 million (update: the number is now $65,000,000).', { target_amount: 65e6 }],
    [
      'Aim for 150mm of proceeds (correction: the target is now $140m). 20-year leases.',
      { target_amount: 140e6, economics: { lease_term_years: 20 } },
    ],
  ],
  'a placeholder said superseded after a semicolon ("showed $250 million as a placeholder; that number is superseded")': [
    ['The Q3 deck showed $200 million as a placeholder; that number is superseded. Net cash proceeds of $150M.', { target_amount: 150e6 }],
    ['Raise $90M. The memo used $120M, which is obsolete.', { target_amount: 90e6 }],
  ],
  'a table row labelled as replaced ("Target (draft, replaced) | USD 150m")': [
    ['Field | Value\nTarget (old, replaced) | $90M\nTarget (final) | $105M', { target_amount: 105e6 }],
    [
      'Field | Value\nTarget (v1, superseded) | $70M\nTarget | $80M\nTax rate | 24%',
      { target_amount: 80e6, economics: { tax_rate: 0.24 } },
    ],
  ],
  'a chat line that replaces the figure on the line before it ("wait no, $375 million", "↳ $270 m — treasurer cut it")': [
    ['[09:01] Ana Ruiz: target $90M\n[09:02] Ana Ruiz: wait no, $95M. ignore the last line', { target_amount: 95e6 }],
    ['[10:15] Tom Berg: USD 120 mio target\n[10:16] Lee Park: \u21b3 $110 m \u2014 CFO cut it this morning', { target_amount: 110e6 }],
    // A chat line with a figure and no word of correction adds a figure of its own.
    ['[10:15] Tom Berg: $120M target\n[10:16] Lee Park: floor $100M', { target_amount: 120e6, floor_amount: 100e6 }],
  ],
  'a figure someone else floated and the writer disowns ("The broker floated 95mm at one point, ignore that")': [
    ['Someone in finance said $40M, but that was never our number. Raise $50M.', { target_amount: 50e6 }],
    ['The adviser floated $200m last month, please disregard that. Aim for $180m.', { target_amount: 180e6 }],
    ['Aim for $60M. The bank mentioned $75M, ignore that.', { target_amount: 60e6 }],
  ],
  'last year\'s program in brackets with a comma of its own ("need USD 70m (last year we did $130 mil, different program)")': [
    ['Need $45M of cash from this (last year we did $90M, different program).', { target_amount: 45e6 }],
    [
      'Goal: $210mm (last year we did 150 million dollars, separate deal). Escalator 2%.',
      { target_amount: 210e6, economics: { rent_escalator: 0.02 } },
    ],
    // With no target of its own, last year's figure is still no ask.
    ['(Last year we did $90M, different program.) Escalator 2%.', { economics: { rent_escalator: 0.02 } }],
  ],
  'where to stop if the ask has to be trimmed ("if you have to trim, stop at $68MM")': [
    ['Raise $90M. If you have to trim, stop at $70M.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['$120M target; if we need to scale back, stop at $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['If it has to shrink, stop at 55mm. Proceeds of 65mm.', { target_amount: 65e6, floor_amount: 55e6 }],
    // Trimming with no figure to stop at sets no floor.
    ['Raise $90M. If you have to trim, tell me first.', { target_amount: 90e6 }],
  ],
  'a floor asked about in a chat, answered by a speaker\'s full name and time ("floor?" then "[12:43] Neil Brennan: $135M")': [
    ['[09:00] Ana Ruiz: target $150M\n[09:01] Tom Berg: floor?\n[09:02] Ana Ruiz: $130M', { target_amount: 150e6, floor_amount: 130e6 }],
    ['Lee Park: $80M target\nAna Ruiz: minimum acceptable?\nLee Park: 70mm', { target_amount: 80e6, floor_amount: 70e6 }],
  ],
  'asking how to get an amount ("How would we get $100M by selling buildings?")': [
    ['We could probably get $70M quickly. How would we get $90M by selling buildings and renting them back?', { target_amount: 90e6 }],
    ['How would we raise $75 million this way? We could do $60 million if we kept Dallas.', { target_amount: 75e6 }],
  ],
  'the years the buildings are rented back for ("Assume we rent them back for 15 years", "Leases back to us should run 18 years")': [
    ['Raise $60M. Assume we rent them back for 12 years.', { target_amount: 60e6, economics: { lease_term_years: 12 } }],
    ['$80M; we would rent the buildings back for 20 years.', { target_amount: 80e6, economics: { lease_term_years: 20 } }],
    ['Leases back to us should run 16 years. Aim for $70m.', { target_amount: 70e6, economics: { lease_term_years: 16 } }],
    // A lease already running for years is no term asked for.
    ["Raise $60M. We've leased it back for 10 years now.", { target_amount: 60e6 }],
  ],
  'a term another party prefers, taken as the correction ("Lease back for 17 years. Actually, legal prefers 12 years, go with that")': [
    [
      'Raise $50M. Lease back for 20 years. Actually, treasury prefers 15 years, go with that.',
      { target_amount: 50e6, economics: { lease_term_years: 15 } },
    ],
    ['15-year leases. Actually, the buyer wants 18 years; $90M target.', { target_amount: 90e6, economics: { lease_term_years: 18 } }],
  ],
  'a blended or used rate for tax on the gain ("24% fed+state blended on the gain", "use 21 pct for tax on the gain")': [
    ['Raise $70M; 27% fed+state blended on the gain.', { target_amount: 70e6, economics: { tax_rate: 0.27 } }],
    ['$85M, 22 pct federal and state combined on gains.', { target_amount: 85e6, economics: { tax_rate: 0.22 } }],
    ['Ask is $60M; use 23 pct for tax on the gain.', { target_amount: 60e6, economics: { tax_rate: 0.23 } }],
    // A blended rate on anything but the gain is no tax rate.
    ['Raise $70M; 5% blended on the rent.', { target_amount: 70e6 }],
  ],
  'the cost in today\'s money minimised, or the cheapest against borrowing in present value ("Minimise what this costs us in today\'s money")':
    [
      ["Minimise what this costs us in today's money. Raise $40M.", { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
      [
        'Raise $55M and choose whichever is cheapest compared with a bond, in present value terms.',
        { target_amount: 55e6, economics: { objective: 'min_npv_cost' } },
      ],
      // The cost reported in today's money, with nothing minimised or chosen, is no objective.
      ["Raise $40M. The deal costs us $3M a year in today's money.", { target_amount: 40e6 }],
    ],
  'the precise solver ("Run the precise solver please")': [
    ['Raise $50M. Run the precise solver please.', { target_amount: 50e6, strategy: 'exact' }],
    ['$70M target; use the rigorous optimiser.', { target_amount: 70e6, strategy: 'exact' }],
  ],
  'a tick or cross inside a bracketed box ("[✓] No mortgaged sites" beside "[ ] Exact solver")': [
    ['Sign-off list\n[ ] Exact solver\n[\u2713] Raise $80M', { target_amount: 80e6 }],
    ['Checklist\n[\u2713] Tax rate 25%\n[ ] Switch to IFRS 16\n[x] $60M target', { target_amount: 60e6, economics: { tax_rate: 0.25 } }],
    ['Checklist\n[\u2717] Exact solver\n[\u2713] $45M target', { target_amount: 45e6 }],
  ],
  'a rule that no market should exceed a share, beside a figure said to be superseded ("no market should contribute more than 45 percent")':
    [
      [
        'Target $65M\nNo market should contribute more than 40 percent of the cash\nThe deck showed $90M as a placeholder; that number is superseded.',
        { target_amount: 65e6, max_market_share: 0.4 },
      ],
      [
        'No metro should contribute more than 35% of the cash. Raise $65M; the $80M draft figure is superseded.',
        { target_amount: 65e6, max_market_share: 0.35 },
      ],
    ],
  'a tax rate an earlier model assumed, said not to be the input ("Our last SLB model assumed a 20% tax rate ... isn\'t the input here")': [
    ['Raise $90M. The prior model used a 23% tax rate, which is not the input here.', { target_amount: 90e6 }],
    [
      "Raise $90M. Our last model assumed a 20% tax rate, that isn't the input here. Use 25% tax.",
      { target_amount: 90e6, economics: { tax_rate: 0.25 } },
    ],
    // Without the words that disown it, an earlier model's rate still reads.
    ['Raise $90M. Our last model assumed a 20% tax rate; keep it.', { target_amount: 90e6, economics: { tax_rate: 0.2 } }],
  ],
};

describeFamilies('reading figures and economics in plain words (twentieth round)', FAMILIES);
