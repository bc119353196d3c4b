import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the objective, the strategy and the lease term in terse notes and term sheets, beside
 * `read-economics-families-2.test.ts`. Every case states all a brief should read: a field it does not name must stay
 * unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the cheapest capital as a bare item of a terse list': [
    ['$140m, cheapest, no Ohio.', { target_amount: 140e6, exclude_markets: ['Columbus'], economics: { objective: 'min_npv_cost' } }],
    [
      'Raise $90m. Cheapest please. IFRS 16.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost', accounting_basis: 'ifrs16' } },
    ],
    // "cheapest" describing something else is no objective.
    ['Which assets are cheapest to lease back? Raise $90m.', { target_amount: 90e6 }],
  ],
  'selling no more than needed: the least sold, no overselling, the least overshoot': [
    ['Sell the least we can. Target $70m.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Not overselling is the priority; $85m.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    ['No over-raising: $50m.', { target_amount: 50e6, economics: { objective: 'min_proceeds' } }],
    ['Pick whichever package overshoots the least. $60m.', { target_amount: 60e6, economics: { objective: 'min_proceeds' } }],
    [
      'We want a closest-to-target optimiser for $95m.',
      { target_amount: 95e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    // Overselling mentioned, not refused.
    ["We're not worried about overselling. $80m.", { target_amount: 80e6 }],
  ],
  'the exact strategy as "best fit" alone in a terse list': [
    ['$75m, best fit.', { target_amount: 75e6, strategy: 'exact' }],
    ['$75m - best-fit - no Ohio', { target_amount: 75e6, strategy: 'exact', exclude_markets: ['Columbus'] }],
    ['Which sites are the best fit for a leaseback? Raise $40m.', { target_amount: 40e6 }],
  ],
  'a term named by its kind of net lease, or as the years a raise is run at': [
    [
      'Buyer term sheet: 15-year triple-net, 2% bumps. Raise $90m.',
      { target_amount: 90e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } },
    ],
    ['25 year NNN; $60m.', { target_amount: 60e6, economics: { lease_term_years: 25 } }],
    ['Raise $80m at 20 years.', { target_amount: 80e6, economics: { lease_term_years: 20 } }],
    ['Model it at 12 years, $45m.', { target_amount: 45e6, economics: { lease_term_years: 12 } }],
    // A payback period is no term.
    ['Payback at 7 years is fine. Raise $50m.', { target_amount: 50e6 }],
  ],
  'a term only imagined behind a verb in the past subjunctive': [
    ['If we moved to 20-year leases the rent would fall, but keep what we have. Raise $65m.', { target_amount: 65e6 }],
    ["If we went to a 25-year term we'd save money; $70M.", { target_amount: 70e6 }],
    // A term decided after an "if" of something else is read.
    ['If we sell, we go to 20-year leases. Raise $65m.', { target_amount: 65e6, economics: { lease_term_years: 20 } }],
  ],
  'a tax rate as a fraction in a row of labelled inputs split by slashes': [
    [
      'Inputs — Proceeds: 90,000,000 / Tax: 0.21 / Basis: IFRS 16',
      { target_amount: 90e6, economics: { tax_rate: 0.21, accounting_basis: 'ifrs16' } },
    ],
  ],
  'selling no more than needed: the overshoot kept least or refused': [
    ['$70m, min overshoot.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Target $70m. Smallest overshoot.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $70m, close to target as possible.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['We must not overshoot. $60m.', { target_amount: 60e6, economics: { objective: 'min_proceeds' } }],
    // The smallest overshoot inside a longer phrase names the objective too.
    ['Seeking $48M with the smallest overshoot possible.', { target_amount: 48e6, economics: { objective: 'min_proceeds' } }],
  ],
  'a lease term in words after its label, and the escalator a term is run at': [
    ['Lease term twelve. Raise $40m.', { target_amount: 40e6, economics: { lease_term_years: 12 } }],
    ['Raise $90m, leases 15 years at 2.5%.', { target_amount: 90e6, economics: { lease_term_years: 15, rent_escalator: 0.025 } }],
    ['Raise $60m over 12 years at 2%.', { target_amount: 60e6, economics: { lease_term_years: 12, rent_escalator: 0.02 } }],
    // A cap rate is no escalator.
    ['Leases 15 years at 6% cap rate. $50m.', { target_amount: 50e6, economics: { lease_term_years: 15 } }],
  ],
  'a tax rate named by its kind before its figure, or for tax before another item': [
    ['Use the statutory 23% rate. Raise $60m.', { target_amount: 60e6, economics: { tax_rate: 0.23 } }],
    ['Use 24% for tax and US GAAP. $50m.', { target_amount: 50e6, economics: { tax_rate: 0.24, accounting_basis: 'us_gaap' } }],
    // A percentage for something else is no tax rate.
    ['$50m; 3% for fees and IFRS 16.', { target_amount: 50e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
  'the proceeds themselves kept least: least proceeds, the fewest dollars over target, the smallest sufficient set': [
    ['Raise $45m, solved for the least proceeds over target.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['$70m; pick the lowest-proceeds package that clears it.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Target $80m, fewest proceeds above the ask.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $102M and sell the fewest dollars over target.', { target_amount: 102e6, economics: { objective: 'min_proceeds' } }],
    ['$95m; raise the least above the target.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    ['Model $240M, optimised for the least overshoot.', { target_amount: 240e6, economics: { objective: 'min_proceeds' } }],
    ['$150m from the smallest adequate pool of sites.', { target_amount: 150e6, economics: { objective: 'min_proceeds' } }],
    [
      '$60m via an optimisation that minimises proceeds.',
      { target_amount: 60e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    // The lowest proceeds with a figure or as what would be accepted is a floor's wording, not the objective.
    ['Target $90m. Lowest proceeds: $80m.', { target_amount: 90e6, floor_amount: 80e6 }],
    ["Raise $90m; the lowest proceeds we'd accept is $80m.", { target_amount: 90e6, floor_amount: 80e6 }],
  ],
  "the cheapest solver, and the rent paid over the leases' life kept least": [
    ['Ask is $34M. Use the cheapest-cost optimizer.', { target_amount: 34e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $50m with the lowest-cost solver.', { target_amount: 50e6, economics: { objective: 'min_npv_cost' } }],
    ['$160M, and minimize what we pay over the life of the leases.', { target_amount: 160e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$50m, minimising how much we spend in rent across the full term of the leases.',
      { target_amount: 50e6, economics: { objective: 'min_npv_cost' } },
    ],
    // Rent paid over the leases, not minimised, is no objective.
    ['$50m; we pay rent over the life of the leases.', { target_amount: 50e6 }],
  ],
  'a tax rate asked about in a few words of chat, answered on the next line': [
    ['Hal: tax rate for the gain?\nJan: 27%.\nHal: target?\nJan: $93M.', { target_amount: 93e6, economics: { tax_rate: 0.27 } }],
    ["Tess: what's the tax rate we're using?\nRay: 21.\nTess: amount?\nRay: $97M.", { target_amount: 97e6, economics: { tax_rate: 0.21 } }],
    ['B: tax assumption for this one?\nA: use 24%.\nB: size?\nA: $60M.', { target_amount: 60e6, economics: { tax_rate: 0.24 } }],
    // A question on the tax consequences of something is no tax rate.
    ['Tess: any tax implications from that?\nRay: 40.\nTess: size?\nRay: $50M.', { target_amount: 50e6 }],
  ],
  'a lease term written, fixed or signed at its years, and a camel-case term key': [
    ['Raise $120 million. Leases to be written at 15 years.', { target_amount: 120e6, economics: { lease_term_years: 15 } }],
    ['Raise $55 million, with the lease term fixed at 10 years.', { target_amount: 55e6, economics: { lease_term_years: 10 } }],
    ['Raise $50m; leases signed for 12 years.', { target_amount: 50e6, economics: { lease_term_years: 12 } }],
    ['Target=95m\nLeaseTerm=20', { target_amount: 95e6, economics: { lease_term_years: 20 } }],
    // Escalators fixed at a figure give no term.
    ['Raise $50m; the leases were fixed at 2% escalators.', { target_amount: 50e6, economics: { rent_escalator: 0.02 } }],
  ],
  'a lease term raised and left open, or asked about and not decided': [
    ['$130m. A 22-year lease term was discussed and left open.', { target_amount: 130e6 }],
    ['$90m. A 12-year tenor was floated but not agreed.', { target_amount: 90e6 }],
    ["I'm thinking maybe 20-year leases? Not sure yet. The number is $105m.", { target_amount: 105e6 }],
    [
      "Kat: what if we did 15-year leases instead of 20?\nJim: let's not decide that now.\nKat: target?\nJim: $92M.",
      { target_amount: 92e6 },
    ],
    // A term decided after the debate is read.
    ['$130m. A 22-year lease term was discussed and adopted.', { target_amount: 130e6, economics: { lease_term_years: 22 } }],
  ],
  'an escalator after a contraction, or after the leases it is under': [
    ["Raise $50m. Escalator's 2%.", { target_amount: 50e6, economics: { rent_escalator: 0.02 } }],
    ["Target's $120m. Escalator's two and a quarter percent.", { target_amount: 120e6, economics: { rent_escalator: 0.0225 } }],
    [
      'Rent escalations under each Leaseback Lease shall be fixed at 2.25% per annum; proceeds $110,000,000.',
      { target_amount: 110e6, economics: { rent_escalator: 0.0225 } },
    ],
    ['Raise $50m. Bumps on the new leases of 3%.', { target_amount: 50e6, economics: { rent_escalator: 0.03 } }],
    // Past rises under old leases, with no figure set for the new ones, are no escalator.
    ['Raise $50m. Rent increases under the old leases were 4% last year.', { target_amount: 50e6 }],
  ],
  'an objective considered and then not adopted is read as nothing': [
    ['$170m target. Lowest NPV cost was considered as the objective, but the committee did not adopt it.', { target_amount: 170e6 }],
    ['$170m target. Minimum proceeds was discussed and the board declined to take it up.', { target_amount: 170e6 }],
    ["$90m. The cheapest route was raised, but we didn't choose it.", { target_amount: 90e6 }],
    // Considered and adopted, it is the objective.
    ['$170m target. Lowest NPV cost was considered and adopted.', { target_amount: 170e6, economics: { objective: 'min_npv_cost' } }],
  ],
};

describeFamilies('the objective, strategy and term in terse notes and term sheets', FAMILIES);
