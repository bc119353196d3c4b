import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-third round of wording families for the economics and the strategy: the full search waived or a quick
 * ranking with two words for its speed called enough, every combination searched in the third person or by the
 * search's name, the method that proves its answer the best, a greedy run told of by what it gave; selling just enough
 * or not a dollar more, the present-value cost kept as low as it can go, the objective in its shortest form or answered
 * so in a thread; a
 * percentage named as the tax, a tax label with a bracketed note, a command line's tax flag, rates added up to a total,
 * a blended rate for this year; the rent's rise in a clause after the rent, a rent-adjustment label, an escalator
 * revised with an arrow or countered; a lease term answered in a thread or under a bracketed heading; and a basis asked about and refused, "GAAP for
 * this one", or ticked in a checklist. Every case states what it must read; a field it does not name is read as absent.
 * An objective read here steers the strategy (`economicsSpecFields`), so `strategy` appears only where the brief names one.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the full search waived, or a quick ranking with two words for its speed called enough ("we don\'t need the exhaustive search")': [
    ['Raise $85M. No need for a full combinatorial run; the quick, rough ranking will do.', { target_amount: 85e6, strategy: 'greedy' }],
    ['Raise $85M; skip the brute-force search.', { target_amount: 85e6, strategy: 'greedy' }],
    // The full search asked for, not waived, is the exact one.
    ['Raise $65M using the complete exhaustive search.', { target_amount: 65e6, strategy: 'exact' }],
  ],
  'every combination searched in the third person or by the search\'s name ("the method that checks every possible combination")': [
    ['Raise $65M. We want a plan that tries all the combinations.', { target_amount: 65e6, strategy: 'exact' }],
    ['Raise $65M with the brute-force search, please.', { target_amount: 65e6, strategy: 'exact' }],
    // A search over a few combinations asks for nothing.
    ['Raise $65M. The analyst checks a few combinations by hand.', { target_amount: 65e6 }],
  ],
  'the method asked for by what it proves ("the method that proves it\'s the best answer")': [
    ['Raise $45M with a run that proves it is the optimal set.', { target_amount: 45e6, strategy: 'exact' }],
    // Something else proved best is no method.
    ['The auditor proved the figures were the best estimate. Raise $45M.', { target_amount: 45e6 }],
  ],
  'a greedy run told of by what it gave ("the greedy run gave us $131M last time")': [
    ["Raise $70M. Last quarter's greedy pass produced $92M.", { target_amount: 70e6 }],
    // Greedy asked for now is still greedy.
    ['Raise $70M. Use the greedy method.', { target_amount: 70e6, strategy: 'greedy' }],
  ],
  'selling just enough, not a dollar more, the fewest dollars over ("sells just enough to cover $130M")': [
    ['Raise just enough to clear $75M.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    ['We need $75M and not one cent more than the plan requires.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    ['$60M, with the fewest extra dollars above the target.', { target_amount: 60e6, economics: { objective: 'min_proceeds' } }],
    // Just enough of something other than the sale is no objective.
    ['We need just enough buildings to keep the lights on. Raise $60M.', { target_amount: 60e6 }],
  ],
  'the present-value cost kept as low as it can go ("keep the present-value cost of the leases as low as it can go")': [
    ['Raise $60M; hold the PV cost of the leasebacks to a minimum.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    // A present-value cost reported asks for nothing.
    ['The present-value cost came to $4M last year. Raise $60M.', { target_amount: 60e6 }],
  ],
  'the objective in its shortest form after its label ("objective npv cost")': [
    ['Target 70. Objective: pv cost.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    // Asked, not stated.
    ['Obj = npv? Raise $70M.', { target_amount: 70e6 }],
  ],
  'the objective asked about in a thread and answered in its shortest form ("obj = min npv? / no - min proceeds")': [
    ['Lee: objective?\nMo: pv cost\nLee: size\nMo: $80M', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    ['Kit: min npv?\nJo: nope, min proceeds\nKit: size\nJo: $80M', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['Kit: npv-min or min proceeds\nJo: npv\nKit: size\nJo: $80M', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    // An answer that settles nothing reads nothing.
    ['Lee: objective?\nMo: not sure yet\nLee: size\nMo: $80M', { target_amount: 80e6 }],
  ],
  'a percentage named as the tax after it ("Use 22% as the tax on any gain")': [
    ['Take 24% for the tax rate. Raise $50M.', { target_amount: 50e6, economics: { tax_rate: 0.24 } }],
    // Named as another figure, it is no tax rate.
    ['Take 24% for the escalator. Raise $50M.', { target_amount: 50e6 }],
    ['Raise $50M; set aside 4% for tax advisers.', { target_amount: 50e6 }],
  ],
  'a tax label with a bracketed note ("Tax (Seller model): 25%")': [
    ['Tax rate (blended) - 27%\nTarget: $50M', { target_amount: 50e6, economics: { tax_rate: 0.27 } }],
    // Another label with a note is no tax.
    ['Rent (year one): 6%\nTarget: $50M', { target_amount: 50e6 }],
  ],
  'a command line\'s tax flag ("--tax-rate 0.2")': [
    ['--target 90000000 --tax_rate=0.23', { target_amount: 90e6, economics: { tax_rate: 0.23 } }],
    ['--target 90000000 --tax 26%', { target_amount: 90e6, economics: { tax_rate: 0.26 } }],
  ],
  'tax rates added up to a total ("Gains taxed at 21% federal + ~4% state = 25%")': [
    ['Gains: 21% federal + 6% state = 27%. Raise $40M.', { target_amount: 40e6, economics: { tax_rate: 0.27 } }],
    // A sum of anything else is no tax rate.
    ['Leverage 2% + 3% = 5%. Raise $40M.', { target_amount: 40e6 }],
  ],
  'a blended or effective rate for this year or deal ("our blended rate this year is 26%")': [
    ['Our effective tax rate for this deal is 24%. Raise $40M.', { target_amount: 40e6, economics: { tax_rate: 0.24 } }],
    [
      'Use 21% tax on the gain; no, our combined rate this year is 25%. Raise $40M.',
      { target_amount: 40e6, economics: { tax_rate: 0.25 } },
    ],
  ],
  'the rent\'s rise in a clause after the rent ("Initial annual rent at market; escalating 2.25% annually")': [
    ['Base rent set at market, escalating 1.75% per annum. Raise $55M.', { target_amount: 55e6, economics: { rent_escalator: 0.0175 } }],
    // Revenue's rise is no escalator.
    ['Revenue escalating 5% annually. Raise $55M.', { target_amount: 55e6 }],
  ],
  'a rent-adjustment label ("Rent Adjustments: fixed increases of 1.25% per annum")': [
    ['Rent review - annual uplifts of 2%. Raise $55M.', { target_amount: 55e6, economics: { rent_escalator: 0.02 } }],
    // Wages' increases are no escalator.
    ['Raise $55M. Wage increases of 3% per annum.', { target_amount: 55e6 }],
  ],
  'an escalator revised with an arrow or countered ("Escalator: 2% → revised to 2.25%", "Buyers pitched 4% bumps; we\'re going with 3%")': [
    ['Bumps 3% -> 2.5%. Raise $55M.', { target_amount: 55e6, economics: { rent_escalator: 0.025 } }],
    ['Rent bumps: 3% \u2192 2.75%. Raise $55M.', { target_amount: 55e6, economics: { rent_escalator: 0.0275 } }],
    [
      "The investor asked for 3% escalators, but we'll settle at 2.5%. Raise $55M.",
      { target_amount: 55e6, economics: { rent_escalator: 0.025 } },
    ],
  ],
  'a lease term asked about in a thread and answered on the next line ("lease term? / June: 15")': [
    [
      'Kim: what leaseback term should we model?\nRaj: 16 yrs\nKim: fine. $90M',
      { target_amount: 90e6, economics: { lease_term_years: 16 } },
    ],
    ['Kim: tenor?\nRaj: twelve\nKim: and the amount\nRaj: $90M', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    // A loan's tenor is no lease term.
    ["Kim: what's the tenor on the loan?\nRaj: 5\nKim: amount\nRaj: $90M", { target_amount: 90e6 }],
  ],
  'a lease term under a contract\'s bracketed heading in words and figures ("Clause 8 (Term). Fifteen (15) years")': [
    ['Section 3 (Initial Term): twenty (20) years. Raise $40M.', { target_amount: 40e6, economics: { lease_term_years: 20 } }],
    // Days are no years, and another heading's years are no term.
    ['Clause 4 (Term). Thirty (30) days notice. Raise $40M.', { target_amount: 40e6 }],
    ['Clause 2 (Consideration). Ten (10) years of accounts. Raise $40M.', { target_amount: 40e6 }],
  ],
  'a basis asked about and refused, "GAAP for this one", or ticked in a checklist ("Accounting: \u2612 US GAAP \u2610 IFRS 16")': [
    [
      'Lee: IFRS 16?\nMo: no, GAAP on this deal\nLee: size\nMo: $130M',
      { target_amount: 130e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    ['Lee: IFRS 16?\nMo: yes\nLee: size\nMo: $130M', { target_amount: 130e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Amount: $75M\nBasis: \u2610 US GAAP \u2611 IFRS 16', { target_amount: 75e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
};

describeFamilies('reading economics and strategy (round 23)', FAMILIES);
