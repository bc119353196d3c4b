import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the tax rate charged on gains, the objective, escalators and terms labelled with what they
 * are for, settings asked about and left as they are, and a reporting basis named only as background, beside
 * `read-economics-families-4.test.ts`. Every case states all a brief should read: a field it does not name must stay
 * unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a tax rate put before the gains it is charged on, or given after "rate for gains"': [
    ['Head of Tax: for modelling, apply a 25% rate to any net gain. Target $75M.', { target_amount: 75e6, economics: { tax_rate: 0.25 } }],
    ['Raise $90M for the program, with a 25% rate on net gains.', { target_amount: 90e6, economics: { tax_rate: 0.25 } }],
    ['Raise $60m; use a 22 percent rate for gains.', { target_amount: 60e6, economics: { tax_rate: 0.22 } }],
    [
      'Tax note: the effective rate for gains this year is expected to be 23% after credits. Raise $100M.',
      { target_amount: 100e6, economics: { tax_rate: 0.23 } },
    ],
    ['The rate on net gains should be taken as 26%. Ask: $85m.', { target_amount: 85e6, economics: { tax_rate: 0.26 } }],
    ['We therefore model the full gain at 21%. Program: $95M.', { target_amount: 95e6, economics: { tax_rate: 0.21 } }],
    ['Raise $70m and tax the net gains at 27 percent.', { target_amount: 70e6, economics: { tax_rate: 0.27 } }],
    // A percentage said of the gains that is no rate (their share, a growth) is not read.
    ['Raise $70m; about 40% of the gain comes from one site.', { target_amount: 70e6 }],
    ['Raise $70m; gains rose 30% last year.', { target_amount: 70e6 }],
  ],
  'a bare figure applied or used right after the tax or the gains it answers': [
    [
      'Tax background: the cash rate is low, but the book rate on gains is what matters here — please apply 21%. Program: $70M.',
      { target_amount: 70e6, economics: { tax_rate: 0.21 } },
    ],
    [
      'Tax aside: we would normally expect a 21% federal rate plus state, but that does not apply here. Please apply 23.5% overall. Raise $75M.',
      { target_amount: 75e6, economics: { tax_rate: 0.235 } },
    ],
    [
      'For the tax return we will use 21%, but for the model please use 26% to be prudent. Program: $120M.',
      { target_amount: 120e6, economics: { tax_rate: 0.26 } },
    ],
    ['For the purposes of the gain calculation, use a 28% rate. Target: $200M.', { target_amount: 200e6, economics: { tax_rate: 0.28 } }],
    ['On taxes: just use 24% for this run. Raise $55m.', { target_amount: 55e6, economics: { tax_rate: 0.24 } }],
    // A figure applied to another setting named after the tax is not a tax rate.
    ['Tax is settled. For the market share cap, use 40%. Raise $55m.', { target_amount: 55e6 }],
    ['Raise $55m and apply a 2% escalator.', { target_amount: 55e6, economics: { rent_escalator: 0.02 } }],
  ],
  'tax rates only tried in a sensitivity': [
    ['For the record, the tax team ran sensitivity at 21%, 25% and 28% and found no change. The ask is $135M.', { target_amount: 135e6 }],
    ['Raise $90m. We ran sensitivities of 20% and 26% on the tax.', { target_amount: 90e6 }],
    ['Raise $90m. Sensitivity analysis at 21% or 25% tax showed nothing.', { target_amount: 90e6 }],
    [
      'Agency notes: management plans $115m. It noted the tax rate could be 21% or 25% depending on structuring; undecided.',
      { target_amount: 115e6 },
    ],
    ['Raise $60m. The rate might be 22% or 26%, we do not know yet.', { target_amount: 60e6 }],
    // A rate asked for beside the sensitivity is read.
    ['Raise $90m. We ran sensitivity at 21% and 25%; use a 25% rate on gains.', { target_amount: 90e6, economics: { tax_rate: 0.25 } }],
  ],
  'the least sold, said of the selling: "sell the least you can", "the least possible sold", "sells as little as possible"': [
    [
      'Per the CFO: "Sell the least you can to clear $65M." Exclude the Inland Empire.',
      { target_amount: 65e6, exclude_markets: ['Inland Empire'], economics: { objective: 'min_proceeds' } },
    ],
    ['Raise $130M, sell the least. Exact.', { target_amount: 130e6, strategy: 'exact', economics: { objective: 'min_proceeds' } }],
    [
      'We would like the least possible sold to reach $115M — an exact solve.',
      { target_amount: 115e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    [
      'We would like an exact solve for $55M that sells as little as possible beyond the target.',
      { target_amount: 55e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    ['Raise $80m: selling the least possible, please.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['target $55M. we want the smallest overshoot possible over it', { target_amount: 55e6, economics: { objective: 'min_proceeds' } }],
    ['$90m with the smallest possible overshoot above the target.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    // The least of something about the assets is a filter's word, not an objective.
    ['Raise $80m and sell the least critical sites first.', { target_amount: 80e6 }],
  ],
  'the solve that is best on cost': [
    [
      '$200M to $260M range, whatever is optimal on cost',
      { target_amount: 260e6, floor_amount: 200e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Raise $90m, optimised for cost.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $90m, best on NPV cost please.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    // Cost measured per something, or a cap, is no objective.
    ['Raise $90m; report which site is best on cost per square foot.', { target_amount: 90e6 }],
  ],
  'an escalator labelled with what it is for, a term "to be" its years, and a terse term ending its sentence': [
    ['Amount: $95 million. Rent escalator for modelling: 2%.', { target_amount: 95e6, economics: { rent_escalator: 0.02 } }],
    ['Target $125M. Rent escalator on new leases 2%.', { target_amount: 125e6, economics: { rent_escalator: 0.02 } }],
    ['Raise $60m. Escalator for this program: 2.5%.', { target_amount: 60e6, economics: { rent_escalator: 0.025 } }],
    [
      'We want roughly $90M. Leases to be 15 years, with a 3% escalator.',
      { target_amount: 90e6, economics: { lease_term_years: 15, rent_escalator: 0.03 } },
    ],
    ['Raise $70m; leases should be 12 years.', { target_amount: 70e6, economics: { lease_term_years: 12 } }],
    [
      'We need $115M from Illinois, Ohio and Arizona. 15 yr. IFRS 16.',
      {
        target_amount: 115e6,
        include_markets: ['Chicago', 'Columbus', 'Phoenix'],
        economics: { lease_term_years: 15, accounting_basis: 'ifrs16' },
      },
    ],
    [
      'SLB of $80m. 20 yrs. Exclude labs.',
      {
        target_amount: 80e6,
        economics: { lease_term_years: 20 },
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'],
      },
    ],
    // A large escalator figure after the label is something else.
    ['Raise $60m. Escalator on leases 12%?', { target_amount: 60e6 }],
  ],
  'a setting asked about, debated or noted as the default, and left as it is': [
    ['Raise $95M. We are still debating whether to use 15- or 20-year terms, so do not fix a term.', { target_amount: 95e6 }],
    [
      'The CFO asked whether a 25-year lease term might reduce the cost of capital; this is a question for a later round. For this round: $85M.',
      { target_amount: 85e6 },
    ],
    ['The treasurer asked what would happen with 30-year leases; that question is parked. The ask is $85M.', { target_amount: 85e6 }],
    [
      'For completeness the auditors note the corporate default escalator is 2% and default term 15 years; we are not changing those. The ask is $100M.',
      { target_amount: 100e6 },
    ],
    ['Raise $70m. The board asked about 3% escalators; that idea has been deferred.', { target_amount: 70e6 }],
    [
      'Raise $85M. Whether to test on IFRS 16 rather than US GAAP is still under discussion and should not be assumed.',
      { target_amount: 85e6 },
    ],
    // Asked about and then chosen, the setting is read.
    [
      'The CFO asked whether 25-year leases would help; we agreed they would. Raise $85M on 25-year leases.',
      { target_amount: 85e6, economics: { lease_term_years: 25 } },
    ],
  ],
  "a reporting basis named in an aside, in background, or as a repaid facility's": [
    [
      'Accounting aside: under ASC 842, a failed sale-leaseback would be a financing, but that is for the controller. Raise $130M.',
      { target_amount: 130e6 },
    ],
    ['Accounting background: the company adopted ASC 842 in 2019. No instruction flows from this. Raise $160M.', { target_amount: 160e6 }],
    ['Tax policy aside: gains are recognised in full at closing under ASC 842. Raise $95M.', { target_amount: 95e6 }],
    [
      'Model the sale under IFRS 16, at a $90M target. Accounting aside: under IFRS 16 the gain is lower than under US GAAP.',
      { target_amount: 90e6, economics: { accounting_basis: 'ifrs16' } },
    ],
    [
      'Raise $140M on an IFRS 16 basis; the old US GAAP facility has been repaid.',
      { target_amount: 140e6, economics: { accounting_basis: 'ifrs16' } },
    ],
    // A basis asked for outside the aside is read.
    [
      'Accounting aside: ASC 842 is complex. Raise $95M under US GAAP.',
      { target_amount: 95e6, economics: { accounting_basis: 'us_gaap' } },
    ],
  ],
  '"exactly" said of a level planned to or of a figure, and the exact solver kept for later': [
    ['The program is $210M. Net leverage capped at 4.25x; plan to that level exactly.', { target_amount: 210e6, max_net_leverage: 4.25 }],
    ['Program: $100M. We will plan to that exactly.', { target_amount: 100e6 }],
    ['Raise $100M on leases of no less than — in fact exactly — 15 years.', { target_amount: 100e6, economics: { lease_term_years: 15 } }],
    ['Raise $90m and hold it at the covenant exactly.', { target_amount: 90e6 }],
    [
      'Raise $160M. Use the ranking heuristic (greedy), as the exact solver is under separate validation.',
      { target_amount: 160e6, strategy: 'greedy' },
    ],
    [
      'Raise $160M with the greedy ranking; Treasury expects to rerun the program on the exact solver next quarter.',
      { target_amount: 160e6, strategy: 'greedy' },
    ],
    ['Greedy for $90m for now: the exact solver is not yet available.', { target_amount: 90e6, strategy: 'greedy' }],
    // "exactly" said of the solve is still the exact strategy.
    ['Raise $140M. Solve it exactly.', { target_amount: 140e6, strategy: 'exact' }],
    ['$140M; plan to that exactly with the exact solver.', { target_amount: 140e6, strategy: 'exact' }],
  ],
  'a model input key for the tax rate, and an escalator preferred over one turned down': [
    [
      'target_amount: 98,500,000; exclude_mortgaged: true; tax_rate: 24%; rent_escalator: 2.0%',
      { target_amount: 98.5e6, exclude_mortgaged: true, economics: { tax_rate: 0.24, rent_escalator: 0.02 } },
    ],
    ['Raise $80m; tax_rate = 21 percent.', { target_amount: 80e6, economics: { tax_rate: 0.21 } }],
    [
      'Board minute: $200m; 15-year leases; a 3% escalator was proposed and rejected in favour of 2.5%.',
      { target_amount: 200e6, economics: { lease_term_years: 15, rent_escalator: 0.025 } },
    ],
    ['Raise $90m; the 2% escalator was dropped in favour of 1.5%.', { target_amount: 90e6, economics: { rent_escalator: 0.015 } }],
    // Something else preferred over an escalator named before is not an escalator.
    ['Raise $90m; escalators were set aside in favour of flat rent.', { target_amount: 90e6, economics: { rent_escalator: 0 } }],
  ],
};

describeFamilies('the tax on gains, the objective, labelled settings and background left unread', FAMILIES);
