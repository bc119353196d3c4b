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
    // "Minimal" or "the smallest" overshoot names the objective as "the least overshoot" does.
    ['Raise $45M with minimal overshoot.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M with the smallest overshoot possible.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
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
  'the objective: terse, answered, or in plain words': [
    [
      'min proceeds; $45M; Texas only.',
      { target_amount: 45e6, include_markets: ['Dallas', 'Houston'], economics: { objective: 'min_proceeds' } },
    ],
    ['$45M, min proceeds obj.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Ask $45M. Min proceeds, 2% bumps.', { target_amount: 45e6, economics: { objective: 'min_proceeds', rent_escalator: 0.02 } }],
    ['Raise $45M without raising more than is needed.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['raise <= what we need, $45M', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Only sell just enough for $45M.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M; try not to over-raise.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Minimise the cash generated over the target.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M via an overshoot-minimizing solve.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Target $45M and selling the least possible over the target.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Goal? A: lowest NPV cost.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M, the cheapest-on-NPV goal.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$45M; the cost of our lease capital in PV terms must be minimised.',
      { target_amount: 45e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A floor labelled "min proceeds", and the objective only weighed in a question, are no objective.
    ['Target $45M; min proceeds, 40m floor.', { target_amount: 45e6, floor_amount: 40e6 }],
    ['$45M. min proceeds or NPV? not sure yet.', { target_amount: 45e6 }],
  ],
  'the strategy: the optimiser, and exact asked about then set aside': [
    ['$45M; use the optimizer.', { target_amount: 45e6, strategy: 'exact' }],
    ['$45M, the greedy pass, no need for the optimizer.', { target_amount: 45e6, strategy: 'greedy' }],
    ['$45M. Could we run the exact strategy? Never mind, keep the default.', { target_amount: 45e6 }],
    ['$45M. What if we went optimal? Probably not.', { target_amount: 45e6 }],
    ["$45M. The 'greedy' idea was dropped; NPV-cost objective.", { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    // Asked about and not set aside, the question still asks for it.
    ['$45M. Could we run the exact strategy?', { target_amount: 45e6, strategy: 'exact' }],
  ],
  'a lease term as a label, an answer or an item of a terse list': [
    ['$45M. Leases: 18-year triple net.', { target_amount: 45e6, economics: { lease_term_years: 18 } }],
    ['$45M. Leases, fifteen years.', { target_amount: 45e6, economics: { lease_term_years: 15 } }],
    ['$45M. How long are the leases? A: 12 years.', { target_amount: 45e6, economics: { lease_term_years: 12 } }],
    ['$45M, leases set at 16 years.', { target_amount: 45e6, economics: { lease_term_years: 16 } }],
    ['$45M. For the lease term I want 14 years.', { target_amount: 45e6, economics: { lease_term_years: 14 } }],
    ['amt 45m, greedy, 18yr', { target_amount: 45e6, strategy: 'greedy', economics: { lease_term_years: 18 } }],
    // A term asked about and set aside at once, and a short span in a list with no word of leases, are no term.
    ['$45M. Should we try 30-year leases? Just curious.', { target_amount: 45e6 }],
    ['$45M. Can we model a 12-year term case later? Not for this run.', { target_amount: 45e6 }],
    ['amt 45m, 3y', { target_amount: 45e6 }],
  ],
  'an escalator abbreviated, as rent growth, or as an instruction': [
    ['$45M, esc 2.5%', { target_amount: 45e6, economics: { rent_escalator: 0.025 } }],
    ['$45M · 3% esc · IFRS 16', { target_amount: 45e6, economics: { rent_escalator: 0.03, accounting_basis: 'ifrs16' } }],
    ['$45M; esc. = 1.75%', { target_amount: 45e6, economics: { rent_escalator: 0.0175 } }],
    ['$45M with 2% yearly rental growth.', { target_amount: 45e6, economics: { rent_escalator: 0.02 } }],
    ['$45M. Escalate the rent by 3% a year.', { target_amount: 45e6, economics: { rent_escalator: 0.03 } }],
    // Growth that is not the rent's is no escalator.
    ['$45M; we expect 4% revenue growth.', { target_amount: 45e6 }],
  ],
  'a tax rate in words, after "at", or answering a question': [
    ['$45M. Tax on the gain, twenty-four percent.', { target_amount: 45e6, economics: { tax_rate: 0.24 } }],
    ['$45M. Tax at twenty-five.', { target_amount: 45e6, economics: { tax_rate: 0.25 } }],
    ['$45M.\nana: tax?\nben: 23\nana: thanks', { target_amount: 45e6, economics: { tax_rate: 0.23 } }],
  ],
  'a reporting basis asked about out of curiosity': [
    ['$45M. Should we use US GAAP? Just wondering, not for this run.', { target_amount: 45e6 }],
    ['$45M. Can we use US GAAP?', { target_amount: 45e6, economics: { accounting_basis: 'us_gaap' } }],
  ],
  'selling no more than needed: the need as all that is sold, and selling itself kept small': [
    ['Raise $45M, selling no more than you need.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Sell only what is really needed: $45M.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Divest only what we need, nothing more.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M; raise as little as we can.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, so sell the bare minimum.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. We aim to not oversell.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M; avoid overselling.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise the smallest sum above $45M that clears.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, the lowest-overshoot goal.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Sell as little over the ask as you can.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    // What is sold named by anything but the need, and the minimum as a figure, are no objective.
    ['$45M; sell only what the buyers like.', { target_amount: 45e6 }],
    ['$45M, and sell the minimum of two sites.', { target_amount: 45e6 }],
    ['Target $45M. If the market is weak, sell the minimum, $40M.', { target_amount: 45e6 }],
  ],
  "the cheapest capital: the leases' present value, lowest": [
    ['$45M, lowest rent PV please.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    ['$45M with the smallest leaseback NPV.', { target_amount: 45e6, economics: { objective: 'min_npv_cost' } }],
    // A lease's present value merely reported is no objective.
    ['$45M; the lease NPV is about $30M.', { target_amount: 45e6 }],
  ],
  'the strategy: the optimiser turned down, and "exactly" as emphasis': [
    ['$45M, rank the sites greedily, not the solver.', { target_amount: 45e6, strategy: 'greedy' }],
    ['$45M; greedy is enough, no need to optimize.', { target_amount: 45e6, strategy: 'greedy' }],
    ['$45M, so why not the optimizer?', { target_amount: 45e6, strategy: 'exact' }],
    ['$45M - that is exactly what the board approved.', { target_amount: 45e6 }],
    ['$45M; run it the same way, exactly like the spring program.', { target_amount: 45e6 }],
    // "Exactly" said of the solve still asks for the exact strategy.
    ['Solve the $45M program exactly.', { target_amount: 45e6, strategy: 'exact' }],
  ],
  'figures under model keys, in answers and replies, and replaced': [
    ['Target $45M\nopex_growth = 3%\ntax on gain = 20%', { target_amount: 45e6, economics: { tax_rate: 0.2 } }],
    ['Target $45M\nyearly_bump = 1.75%', { target_amount: 45e6, economics: { rent_escalator: 0.0175 } }],
    ['Target $45M\ntenor_yrs: 20', { target_amount: 45e6, economics: { lease_term_years: 20 } }],
    ['Target $45M\nleaseback_yrs = 22', { target_amount: 45e6, economics: { lease_term_years: 22 } }],
    ['$45M. Which tax rate? Controller: use 22%.', { target_amount: 45e6, economics: { tax_rate: 0.22 } }],
    ['$45M. Tax rate?\nA: 27 percent.', { target_amount: 45e6, economics: { tax_rate: 0.27 } }],
    ['$45M, a twenty-two percent tax rate.', { target_amount: 45e6, economics: { tax_rate: 0.22 } }],
    ['$45M. Escalator? Ops: yes, 1.5%.', { target_amount: 45e6, economics: { rent_escalator: 0.015 } }],
    ['$45M. On the escalator: assume 2.75%.', { target_amount: 45e6, economics: { rent_escalator: 0.0275 } }],
    ['$45M. Earlier we used 2% bumps, but now go with 3%.', { target_amount: 45e6, economics: { rent_escalator: 0.03 } }],
    ['$45M, rent esc 3pct', { target_amount: 45e6, economics: { rent_escalator: 0.03 } }],
    // An answer that ends on "No." leaves the next sentence's figure to its own words.
    ['$45M. Tax? No. Use 20% of proceeds for capex.', { target_amount: 45e6 }],
    // A figure after "but use" with no escalator before it names nothing.
    ['$45M. Budget growth was 2%, but use 3% for inflation.', { target_amount: 45e6 }],
  ],
  'economics asked about and set aside at once, or put off': [
    ['$45M. How would 4% bumps change the answer? Just wondering.', { target_amount: 45e6 }],
    ["$45M. What would 25-year leases do to the NPV? Don't apply it yet.", { target_amount: 45e6 }],
    ["$45M. Could the tax rate be 30% instead? Don't change anything.", { target_amount: 45e6 }],
    ['$45M. What if we went to US GAAP? Just a thought.', { target_amount: 45e6 }],
    ['$45M. We should revisit IFRS 16 down the road.', { target_amount: 45e6 }],
    // Only the question is set aside, not an instruction before it in the same sentence.
    ['$45M on 20-year leases, and could we also try 3% bumps? Just curious.', { target_amount: 45e6, economics: { lease_term_years: 20 } }],
    ['$45M; the parent may prefer IFRS later.', { target_amount: 45e6 }],
    // Not set aside, the question or the later basis still asks for it.
    ['$45M. How about 4% bumps?', { target_amount: 45e6, economics: { rent_escalator: 0.04 } }],
    ['$45M. We move to IFRS 16 later this year, so use it now.', { target_amount: 45e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
  'economics revised in the same breath: moved from one figure to another, or corrected': [
    ['$45M. Escalators go from 2.5% to 3%.', { target_amount: 45e6, economics: { rent_escalator: 0.03 } }],
    ['$45M; bumps from 1% -> 1.5%.', { target_amount: 45e6, economics: { rent_escalator: 0.015 } }],
    ['$45M. The tax rate has been cut from 25% to 21%.', { target_amount: 45e6, economics: { tax_rate: 0.21 } }],
    [
      '$45M. Lease term no shorter than 10 years; actually the signed copy says 12 years.',
      { target_amount: 45e6, economics: { lease_term_years: 12 } },
    ],
    ['$45M. Lease inputs? A: 16 years.', { target_amount: 45e6, economics: { lease_term_years: 16 } }],
    [
      'kim: bumps 1.5 or 2?\nlou: buyers expect 2\nkim: fine, 2%\nlou: size is $45M',
      { target_amount: 45e6, economics: { rent_escalator: 0.02 } },
    ],
    // Another figure moving, and a second span of years that corrects nothing, revise no term or escalator.
    ['$45M. Revenue moves from 2% to 4% growth.', { target_amount: 45e6 }],
    ['$45M. Lease term 15 years, plus two 5-year options.', { target_amount: 45e6, economics: { lease_term_years: 15 } }],
  ],
  'selling no more than needed: near the target, no bigger than needed, or named as the answer wanted': [
    ['$45M, landing as close to the ask as we can.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M; pick the nearest match to the figure.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M and keep the sale no larger than necessary.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $45M; it must not overshoot the goal by more than needed.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Choose the smallest basket which reaches $45M.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M. Give us the minimal proceeds answer.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, minimum proceeds, 12-year leases.', { target_amount: 45e6, economics: { objective: 'min_proceeds', lease_term_years: 12 } }],
  ],
  'escalators fixed ahead, held flat at a figure, in words with a numeral, rising with a period, or in a terse list': [
    ['$45M. Bumps are to be set at 2.25%.', { target_amount: 45e6, economics: { rent_escalator: 0.0225 } }],
    ['$45M with annual uplifts flat at 1.5%.', { target_amount: 45e6, economics: { rent_escalator: 0.015 } }],
    ['$45M, rent escalations of three and one-quarter percent (3.25%).', { target_amount: 45e6, economics: { rent_escalator: 0.0325 } }],
    [
      '$45M. Leases run 15 years, climbing 2% per year.',
      { target_amount: 45e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } },
    ],
    [
      'ACME - 45mm - 15y - 2.5% - IFRS16',
      { target_amount: 45e6, economics: { lease_term_years: 15, rent_escalator: 0.025, accounting_basis: 'ifrs16' } },
    ],
    // Flat with no figure is still flat rent.
    ['$45M with escalators flat.', { target_amount: 45e6, economics: { rent_escalator: 0 } }],
  ],
  'terms labelled with their unit, kept after a longer one is set aside, and a bare basis or fractional tax': [
    ['$45M\nLease term (years) | 18', { target_amount: 45e6, economics: { lease_term_years: 18 } }],
    [
      '$45M. Should we try a 20-year lease? Not for this round; stick with 12 years.',
      { target_amount: 45e6, economics: { lease_term_years: 12 } },
    ],
    ['$45M, GAAP, 15-year leases.', { target_amount: 45e6, economics: { accounting_basis: 'us_gaap', lease_term_years: 15 } }],
    ['$45M. Gains taxed at 0.26.', { target_amount: 45e6, economics: { tax_rate: 0.26 } }],
  ],
  'the strategy: floated and turned away, or named only in a quoted earlier message': [
    ["$45M. The board wondered about an optimal selection, but that isn't what treasury asked for.", { target_amount: 45e6 }],
    ["$45M. Someone floated the exact solver, but it's not the plan.", { target_amount: 45e6 }],
    ['Use the greedy rule for $45M.\n> Earlier: run it exact, please.', { target_amount: 45e6, strategy: 'greedy' }],
    // Named without a turn away, or only in the quote, the strategy still stands.
    ['$45M. We asked about the exact solver, and that is what we want.', { target_amount: 45e6, strategy: 'exact' }],
    ['> Earlier note: exact please.\nAgreed, $45M.', { target_amount: 45e6, strategy: 'exact' }],
  ],
  'the objective argued over and the winner named': [
    [
      'Raise $45M. The CFO preferred the cheapest capital while the treasurer pushed for minimum proceeds; the treasurer prevailed.',
      { target_amount: 45e6, economics: { objective: 'min_proceeds' } },
    ],
    [
      '$45M. Ana argued for lowest NPV cost and Bo favoured the minimum proceeds objective. Ana won.',
      { target_amount: 45e6, economics: { objective: 'min_npv_cost' } },
    ],
  ],
};

describeFamilies('readBrief: economics and objective wording', FAMILIES);
