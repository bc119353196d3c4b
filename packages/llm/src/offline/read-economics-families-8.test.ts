import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighth round of wording families for the economics and the objective, most of them as a dictated brief's
 * transcript writes them: a basis or a present value spelt letter by letter or heard as another word, a hesitation
 * between a label and its figure, "four" heard as "for", and a term, escalator or tax rate restated after the one set
 * aside or offered; and the minimum-proceeds objective as the smallest set that does the job. Every case states all a brief
 * should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'IFRS spelt letter by letter with its standard\'s number ("I F R S sixteen")': [
    ['Need about eighty million, under I F R S sixteen.', { target_amount: 80e6, economics: { accounting_basis: 'ifrs16' } }],
    [
      'um, ninety million, twelve year lease backs, I F R S sixteen',
      { target_amount: 90e6, economics: { lease_term_years: 12, accounting_basis: 'ifrs16' } },
    ],
    ['Raise $60M and report it on I F R S 16.', { target_amount: 60e6, economics: { accounting_basis: 'ifrs16' } }],
    ['so the target is seventy million, uh, I F R S sixteen please', { target_amount: 70e6, economics: { accounting_basis: 'ifrs16' } }],
    // The letters alone may spell anything.
    ['Raise $60M; ask I F R S team for the deck.', { target_amount: 60e6 }],
  ],
  'US GAAP heard as "gap" ("on a U.S. gap basis", "US gap", "on a gap basis")': [
    [
      'Do 120M on a U.S. gap basis, no Columbus.',
      { target_amount: 120e6, exclude_markets: ['Columbus'], economics: { accounting_basis: 'us_gaap' } },
    ],
    ['target one hundred ten million uh on a gap basis, US gap', { target_amount: 110e6, economics: { accounting_basis: 'us_gaap' } }],
    ['Raise 75M, US gap, 15 year leases.', { target_amount: 75e6, economics: { lease_term_years: 15, accounting_basis: 'us_gaap' } }],
    ['Raise $90M on a gap basis.', { target_amount: 90e6, economics: { accounting_basis: 'us_gaap' } }],
    // A gap of anything else is no basis.
    ['Raise $90M to close the funding gap.', { target_amount: 90e6 }],
    ['Raise $90M; the gap between bid and ask is wide.', { target_amount: 90e6 }],
  ],
  'the cheapest capital with its present value spelt out ("the lowest N P V cost")': [
    ['we need one hundred eighty million at the lowest N P V cost', { target_amount: 180e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Two hundred forty million. Use the exact method and go for the smallest N P V cost.',
      { target_amount: 240e6, strategy: 'exact', economics: { objective: 'min_npv_cost' } },
    ],
    ['Raise $70M and minimise N P V cost.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    ['ok so ninety million, cheapest N P V terms', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    // A present value named with no superlative is no objective.
    ['Raise $70M and show the N P V cost in the appendix.', { target_amount: 70e6 }],
  ],
  'a hesitation between a label and its figure ("Rent escalator, uh, two percent", "Leases, um, sixteen years")': [
    ['Target is fifty million. Rent escalator, uh, three percent.', { target_amount: 50e6, economics: { rent_escalator: 0.03 } }],
    ['Raise $80M. Escalators um 2.5%.', { target_amount: 80e6, economics: { rent_escalator: 0.025 } }],
    ['we need two hundred million. Leases, uh, eighteen years. Um. Yeah.', { target_amount: 200e6, economics: { lease_term_years: 18 } }],
    ['Raise $95M; lease term, erm, 12 years.', { target_amount: 95e6, economics: { lease_term_years: 12 } }],
    // A hesitation before something else's figure is no term.
    ['Raise $95M; leases, uh, we can talk about later.', { target_amount: 95e6 }],
  ],
  'escalators spelt "escalaters"': [
    [
      'slb 300m, 15 yr leases, 2% escalaters, us gaap',
      { target_amount: 300e6, economics: { lease_term_years: 15, rent_escalator: 0.02, accounting_basis: 'us_gaap' } },
    ],
    ['raise 140M. escalaters 3%. floor 120M.', { target_amount: 140e6, floor_amount: 120e6, economics: { rent_escalator: 0.03 } }],
    ['Raise $60M with escalater of 2.25%.', { target_amount: 60e6, economics: { rent_escalator: 0.0225 } }],
    // Without a figure there is nothing to read.
    ['Raise $60M; escalaters to be agreed later.', { target_amount: 60e6 }],
  ],
  'a tax rate whose "four" was heard as "for" ("tax twenty for percent")': [
    ['Target 200M, tax twenty for percent', { target_amount: 200e6, economics: { tax_rate: 0.24 } }],
    ['Raise 90M, tax rate of thirty for percent.', { target_amount: 90e6, economics: { tax_rate: 0.34 } }],
    [
      'Raise 90M, tax twenty-for percent, no offices.',
      {
        target_amount: 90e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'retail', 'data_center', 'lab'],
        economics: { tax_rate: 0.24 },
      },
    ],
    // "for" before anything but a percentage is the word itself.
    ['Raise 90M; tax twenty for the state filing is separate.', { target_amount: 90e6 }],
  ],
  'a tax rate restated as the rate blended with the state\'s ("the statutory 21% understates it - use 26% blended with state")': [
    [
      'Target $80M. Tax: the statutory 21% is too low - use 27% blended with state.',
      { target_amount: 80e6, economics: { tax_rate: 0.27 } },
    ],
    ['Raise $70M; assume 25% combined with state tax on the gain.', { target_amount: 70e6, economics: { tax_rate: 0.25 } }],
    ['Raise $70M, tax 21%, or rather 26% all-in including state.', { target_amount: 70e6, economics: { tax_rate: 0.26 } }],
    // A blended figure of something else with no state in it is not read here.
    ['Raise $70M; the cap rate is 6.5% blended across the portfolio.', { target_amount: 70e6 }],
  ],
  'a statutory rate judged to understate the tax, beside the blended rate ("the federal statutory rate of 21% understates state exposure")':
    [
      [
        'Our blended federal and state rate for the gain should be taken as 25%; the federal statutory rate of 21% is in the model but it understates state exposure. Run $90M.',
        { target_amount: 90e6, economics: { tax_rate: 0.25 } },
      ],
      [
        'Raise $60M. The headline 21% rate is too low for us; our blended rate is 27%.',
        { target_amount: 60e6, economics: { tax_rate: 0.27 } },
      ],
      [
        'Raise $60M at a 26% blended tax rate; the statutory rate of 21% overstates what we save.',
        { target_amount: 60e6, economics: { tax_rate: 0.26 } },
      ],
      // A statutory rate nobody judges is the rate.
      ['Raise $60M; use the federal statutory rate of 21%.', { target_amount: 60e6, economics: { tax_rate: 0.21 } }],
    ],
  'a limit\'s figure after "without going over", and "exactly" said of the levels planned to, are no exact strategy': [
    [
      'Can we get $85M out of Atlanta without going over $7M of new rent?',
      { target_amount: 85e6, include_markets: ['Atlanta'], max_rent_added: 7e6 },
    ],
    ['Raise $60M without going over the leverage covenant.', { target_amount: 60e6 }],
    [
      'Target 180m with net leverage 4.0x and FCCR 1.5x; plan exactly to those levels.',
      { target_amount: 180e6, max_net_leverage: 4, min_fixed_charge_coverage: 1.5 },
    ],
    // Going over the target, or solving exactly, is the exact strategy.
    ['Raise $60M without going over.', { target_amount: 60e6, strategy: 'exact' }],
    ['Raise $60M and solve it exactly.', { target_amount: 60e6, strategy: 'exact' }],
  ],
  'a tax rate for the tax on the gain ("Use 25% for tax on any gain")': [
    ['Target $200M. Use 25% for tax on any gain.', { target_amount: 200e6, economics: { tax_rate: 0.25 } }],
    ['Raise $50M; 23% for taxes on the gains.', { target_amount: 50e6, economics: { tax_rate: 0.23 } }],
    ['Raise $50M, assume 27% for tax on the net gain.', { target_amount: 50e6, economics: { tax_rate: 0.27 } }],
    // A percentage for something else on the gain is no tax rate.
    ['Raise $50M; 30% for the advisers on any gain above plan is not our concern.', { target_amount: 50e6 }],
  ],
  'a lease term turned down, then the one chosen ("leases at 15 years were rejected - model 20-year terms")': [
    [
      "Slide: 'Leases at 12 years were rejected by the buyers - model 18-year terms.' Target $150M.",
      { target_amount: 150e6, economics: { lease_term_years: 18 } },
    ],
    ['Leases of 25 years were turned down; use 20-year leases. Raise $90M.', { target_amount: 90e6, economics: { lease_term_years: 20 } }],
    ['Raise $90M. 15-year leases. Leases at 10 years were ruled out.', { target_amount: 90e6, economics: { lease_term_years: 15 } }],
    // A term neither turned down nor replaced is the term.
    ['Leases at 12 years were fine for the buyers. Raise $90M.', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
  ],
  'the longest term signed after the one offered ("the buyer would go to 30-year terms but we\'ll sign no more than 20")': [
    [
      "Model $250M. The buyer said it would go to 25-year terms but we'll sign no more than 15. US GAAP.",
      { target_amount: 250e6, economics: { lease_term_years: 15, accounting_basis: 'us_gaap' } },
    ],
    [
      '25-year leases were offered; we will accept at most 18 years. Raise $90M.',
      { target_amount: 90e6, economics: { lease_term_years: 18 } },
    ],
    [
      'Raise $90M. The fund wants 30-year leases, but I would only commit to up to 20.',
      { target_amount: 90e6, economics: { lease_term_years: 20 } },
    ],
    // A count of something else after the term is no term.
    [
      "Raise $90M with 20-year leases and we'll accept no more than 5 exclusions.",
      { target_amount: 90e6, economics: { lease_term_years: 20 } },
    ],
  ],
  "the new leasebacks' escalator after the existing leases' (\"existing leases escalate at 2%; we'd model the new leasebacks at 2.5%\")": [
    [
      'Our existing leases escalate at 3%; model the new leasebacks at 2%. Raise $120M.',
      { target_amount: 120e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      'Raise $80M. Current rent bumps are 1.5%; we would price the new leases at 2.25%.',
      { target_amount: 80e6, economics: { rent_escalator: 0.0225 } },
    ],
    [
      'Escalators on the old leases are 2%, so set the new leasebacks at 3%. $60M.',
      { target_amount: 60e6, economics: { rent_escalator: 0.03 } },
    ],
    // A larger figure is a cap rate or a yield, and with no escalation named the figure is not read.
    [
      'Existing leases escalate at 2%; model the new leasebacks at 7%. Raise $60M.',
      { target_amount: 60e6, economics: { rent_escalator: 0.02 } },
    ],
    ['Raise $60M and model the new leasebacks at 2%.', { target_amount: 60e6 }],
  ],
  'the minimum-proceeds objective as the smallest set that does the job, or the least proceeds past a figure': [
    [
      'Raise $130M with nothing in Houston; sell the smallest set that gets there.',
      { target_amount: 130e6, exclude_markets: ['Houston'], economics: { objective: 'min_proceeds' } },
    ],
    ["Option B: 'smallest package that works' at $150M.", { target_amount: 150e6, economics: { objective: 'min_proceeds' } }],
    ['$90M; pick the smallest selection that does the job.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    [
      '$170M, smallest overshoot above the target, IFRS 16.',
      { target_amount: 170e6, economics: { accounting_basis: 'ifrs16', objective: 'min_proceeds' } },
    ],
    ['The board wants the lowest possible proceeds over $95M.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    // The lowest proceeds accepted are a floor, and a smallest set of anything else is no objective.
    ["Raise $120M; the lowest possible proceeds we'd accept: $100M.", { target_amount: 120e6, floor_amount: 100e6 }],
    ['Raise $120M; lowest possible proceeds over the cycle were $20M.', { target_amount: 120e6 }],
    ['Raise $120M; show the smallest set in an appendix.', { target_amount: 120e6 }],
  ],
  "a thread's question on the escalator or tax rate answered on the next line with the figure to use": [
    [
      'A: we put 2.5% escalator?\nB: no, 2% is market, use 2%.\nA: ok. and target 90m.',
      { target_amount: 90e6, economics: { rent_escalator: 0.02 } },
    ],
    [
      'A: escalator 2%?\nB: buyer asked 3 %, we accept 3 %.\nA: ok. target 170 mio',
      { target_amount: 170e6, economics: { rent_escalator: 0.03 } },
    ],
    [
      'Ana: for tax on gain we use 21%?\nTom: no, local effective is 27%, take 27.\nAna: ok, target 110 mio then.',
      { target_amount: 110e6, economics: { tax_rate: 0.27 } },
    ],
    ['kim: tax 25%?\nlou: no, go with 23%.\nkim: and $80M.', { target_amount: 80e6, economics: { tax_rate: 0.23 } }],
    // An answer that names no figure to use leaves the question's figure as asked.
    [
      'A: we put 3% escalator?\nB: yes, that is market.\nA: ok. and target 90m.',
      { target_amount: 90e6, economics: { rent_escalator: 0.03 } },
    ],
  ],
  'an escalator as a bare small figure ending its clause ("tax 25, escalator 2.")': [
    [
      'Owner: Agreed. Target 130 million, tax 25, escalator 2.',
      { target_amount: 130e6, economics: { rent_escalator: 0.02, tax_rate: 0.25 } },
    ],
    ['Raise $60M; escalator: 2.5', { target_amount: 60e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $60M, escalator 3, 15 year leases.', { target_amount: 60e6, economics: { rent_escalator: 0.03, lease_term_years: 15 } }],
    // A larger figure, or one with another unit, is no escalator.
    ['Raise $60M, escalator 12.', { target_amount: 60e6 }],
    ['Raise $60M; escalator 2 or 3? We will decide later.', { target_amount: 60e6 }],
  ],
  'flat rent said as what the escalator has to be ("the escalator has to be flat - zero percent - or I walk")': [
    ['If we do it, the escalator has to be flat or I walk. And we need $80M.', { target_amount: 80e6, economics: { rent_escalator: 0 } }],
    ['Raise $60M; escalators must be zero.', { target_amount: 60e6, economics: { rent_escalator: 0 } }],
    ['Raise $60M; the escalation needs to be nil.', { target_amount: 60e6, economics: { rent_escalator: 0 } }],
    // Flat said of something else is no escalator.
    ['Raise $60M; the escalator has to be agreed; EBITDA is flat.', { target_amount: 60e6 }],
  ],
  'the ranking rule asked about in a thread and turned down on the next line ("we go greedy? / no, ...")': [
    [
      'Karl: we go greedy?\nNadia: no, CFO wants proceeds close to target, minimise the overshoot.\nKarl: ok. 120 mio.',
      { target_amount: 120e6, economics: { objective: 'min_proceeds' } },
    ],
    ['A: greedy run?\nB: no, solve it exactly.\nA: ok, $90M.', { target_amount: 90e6, strategy: 'exact' }],
    ['A: greedy?\nB: nope.\nA: ok, $90M.', { target_amount: 90e6 }],
    // A question answered yes keeps the ranking rule.
    ['A: greedy?\nB: yes, greedy is fine.\nA: ok, $90M.', { target_amount: 90e6, strategy: 'greedy' }],
  ],
};

describeFamilies('Dictated economics, restated terms and rates, and the smallest set that does the job', FAMILIES);
