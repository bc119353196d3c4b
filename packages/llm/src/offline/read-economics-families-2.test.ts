import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * More families of wording for the objective, the strategy and the program's economics, beside
 * `read-economics-families.test.ts`, each with phrasings of its own and cases where the rule must not fire. Every case
 * states all a brief should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'selling no more than needed: landing on the target figure itself': [
    ['Get as close to $72m as you can.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    ['Nearest match to $72m, please.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $72m; tightest fit, nothing else.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    // A fit named with no figure and no clause of its own is no objective.
    ['Raise $72m from the sites that fit our plan.', { target_amount: 72e6 }],
  ],
  'selling no more than needed: the excess or the sale kept least': [
    ['Raise $72m, smallest surplus.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    ['Sell the minimum to get to $72m.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    ['$72m and not one cent more, ideally.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    // Surplus land described, not proceeds kept small.
    ['Raise $72m; the least surplus land goes first.', { target_amount: 72e6 }],
  ],
  'a term revised by striking the old figure through': [
    ['Raise $72m. Lease term ~~12~~ 18 years.', { target_amount: 72e6, economics: { lease_term_years: 18 } }],
    [
      'Raise $72m; leases of ~~25~~ 20 years, tax ~~30%~~ 24%.',
      { target_amount: 72e6, economics: { lease_term_years: 20, tax_rate: 0.24 } },
    ],
  ],
  'a tax rate as a bare number closing a terse clause': [
    ["Raise $72m. Tax rate's 24.", { target_amount: 72e6, economics: { tax_rate: 0.24 } }],
    ['Raise $72m. Tax, assume twenty-six.', { target_amount: 72e6, economics: { tax_rate: 0.26 } }],
    ["Memo: 'Raise $72m, tax twenty-three.'", { target_amount: 72e6, economics: { tax_rate: 0.23 } }],
  ],
  'an economics question put off at once': [
    ['Could we model 3% escalators? Not yet. Raise $72m.', { target_amount: 72e6 }],
    ['Is IFRS 16 worth a look? I do not know, not asking for that right now. $72m.', { target_amount: 72e6 }],
  ],
  'the exact strategy asked for as a best fit': [
    ['Raise $72m with a best-fit search.', { target_amount: 72e6, strategy: 'exact' }],
    ['$72m; best fit method, please.', { target_amount: 72e6, strategy: 'exact' }],
    // A site that fits best is no strategy.
    ['Raise $72m from whichever sites fit best.', { target_amount: 72e6 }],
  ],
  'a term in shorthand as a sentence of its own': [
    ['SLB of $72m, reported under IFRS. 18-yr.', { target_amount: 72e6, economics: { accounting_basis: 'ifrs16', lease_term_years: 18 } }],
    ['Raise $72m, 3% escalators. 25-y.', { target_amount: 72e6, economics: { rent_escalator: 0.03, lease_term_years: 25 } }],
  ],
};

describeFamilies('readBrief: more economics and objective wording', FAMILIES);
