import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the objective, the strategy and the program's economics, each with phrasings of its own and
 * cases where the rule must not fire. Every case states all a brief should read: a field it does not name must stay
 * unread. An objective read here steers the strategy later (`economicsSpecFields`), so `strategy` appears only where
 * the strategy reader itself reads one.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'selling no more than needed: the overshoot kept small': [
    ['Raise $45M with the least overshoot possible.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Go for the lowest overshoot.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M; choose the sale that minimises the overshoot.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, overshoot to be kept to a minimum.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M and keep any overshoot minimal.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M, overshooting by as little as we can.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Please do not overshoot.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, no overshoot beyond what is needed.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    // "Minimal" or "the smallest" overshoot asks for the exact strategy alone, as the evaluation sets read it.
    ['Raise $45M with minimal overshoot.', { target_amount: 45e6, strategy: 'exact' }],
    ['$45M with the smallest overshoot possible.', { target_amount: 45e6, strategy: 'exact' }],
    // An overshoot allowed up to a figure is no objective.
    ["$45M; don't overshoot by more than $5M.", { target_amount: 45e6, strategy: 'exact' }],
  ],
  'selling no more than needed: in plain words': [
    ['Raise $45M but do not raise a penny more than is necessary.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M and not a cent more than needed.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M; avoid selling more than we need.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Sell only the minimum required for $45M.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M with the fewest excess dollars.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, the least amount above the target you can manage.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Minimise any surplus.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M: the smallest set that reaches the target.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M; sell as little over it as possible.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    // A figure or a share after "more than" is a limit, not the objective.
    ["$45M, don't sell more than 30% in any one market.", { target_amount: 45e6, max_market_share: 0.3 }],
  ],
  'the cheapest capital: the leases or their rent counted in present value': [
    ['$45M, lowest NPV lease cost please.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M; we want the cheapest leases on a PV basis.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $45M, least-expensive leaseback package.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M, holding the cost of the leases down on an NPV basis.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$45M. Pay as little as we can for the funding, measured in present value.',
      { target_amount: 45e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$45M. What we minimise: the present-value cost of the leases.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M; minimise the lease cost in NPV terms.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M, cheapest on NPV.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M, cheapest-cost route PV-wise.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $45M using the lowest-cost-of-funds approach.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    // Costs kept down with no present-value basis, and a lease cost merely described, are no objective.
    ['$45M, keep costs down.', { target_amount: 45e6 }],
    ['$45M; the lease cost is flat, keep rent under $3M.', { target_amount: 45e6, max_rent_added: 3e6 }],
  ],
  'the strategy: an exhaustive search, and the greedy rule told of as history': [
    ['$45M. Run an exhaustive search over the sites.', { target_amount: 45e6, strategy: 'exact' }],
    ['$45M. Brute-force it rather than ranking.', { target_amount: 45e6, strategy: 'exact' }],
    ['$45M, exact please - greedy overshot last time.', { target_amount: 45e6, strategy: 'exact' }],
    ['$45M, greedy is fine.', { target_amount: 45e6, strategy: 'greedy' }],
  ],
  'a lease term: dropped, undecided, corrected or said loosely': [
    [
      '$45M. Term: 20 years (the first draft had a 10-year term, since dropped).',
      { target_amount: 45e6, economics: { lease_term_years: 20 } },
    ],
    ['$45M, 15-year leases; the 25-year term we rejected is off the table.', { target_amount: 45e6, economics: { lease_term_years: 15 } }],
    ['$45M. Someone asked if we should go with 25-year leases; no decision yet.', { target_amount: 45e6 }],
    ["$45M. 10-year leases? Actually, let's say 12 years.", { target_amount: 45e6, economics: { lease_term_years: 12 } }],
    ['$45M. Lease term, call it twenty years.', { target_amount: 45e6, economics: { lease_term_years: 20 } }],
    ['$45M; leases assumed at 18 years.', { target_amount: 45e6, economics: { lease_term_years: 18 } }],
    ['$45M, leases modeled over 25 years.', { target_amount: 45e6, economics: { lease_term_years: 25 } }],
    ['$45M. Lease term assumption: 12 years.', { target_amount: 45e6, economics: { lease_term_years: 12 } }],
    // "Make it N years" with no lease term asked about before it is no term.
    ['$45M. Make it 12 years and 3% bumps.', { target_amount: 45e6, economics: { rent_escalator: 0.03 } }],
  ],
  'keys copied from a model and figures on lines of their own': [
    [
      'sale_target | 45,000,000\nlease_term_yrs | 12\nrent_escalator | 2.5%',
      { target_amount: 45e6, economics: { lease_term_years: 12, rent_escalator: 0.025 } },
    ],
    ['Target: $45M\nTax: 24%\nEscalator: 3% a year', { target_amount: 45e6, economics: { tax_rate: 0.24, rent_escalator: 0.03 } }],
    // Another figure's rise is no escalator.
    ['$45M. Salaries go up (4% increase) next year.', { target_amount: 45e6 }],
    [
      '$45M. The 2026 price review (2% increase) is separate. 2.5% rent bumps.',
      { target_amount: 45e6, economics: { rent_escalator: 0.025 } },
    ],
  ],
  'a reporting basis set aside, and GAAP alone': [
    ['$45M; what if we reported under IFRS 16? Probably not, default is fine.', { target_amount: 45e6 }],
    ['$45M. IFRS perhaps? not sure.', { target_amount: 45e6 }],
    ['$45M. The IFRS 16 question is on hold.', { target_amount: 45e6 }],
    ['$45M. We debated whether to move to IFRS; nothing decided.', { target_amount: 45e6 }],
    ['$45M. Reporting: GAAP.', { target_amount: 45e6, economics: { accounting_basis: 'us_gaap' } }],
    ['$45M; non-GAAP.', { target_amount: 45e6 }],
    ['$45M. Use IFRS 16.', { target_amount: 45e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
  'a tax rate as a bare number': [
    ['$45M, 2 leases, tax 21', { target_amount: 45e6, economics: { tax_rate: 0.21 } }],
    ['$45M, pre-tax 25, tax rate 21.', { target_amount: 45e6, economics: { tax_rate: 0.21 } }],
    // A sum of tax is no rate.
    ['$45M, tax $2M.', { target_amount: 45e6 }],
  ],
};

describeFamilies('readBrief: economics and objective wording', FAMILIES);
