import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for amounts written with European number habits (dots between thousands, a decimal comma
 * before a money scale), a floor called the absolute minimum without an article, a hundreds figure spoken without
 * its "one", the cheapest capital as a terse label, the overshoot kept smallest as an item of its own and US GAAP
 * written with a hyphen. Every case states all a brief should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'an amount with dots between its thousands': [
    ['Target is USD 275.000.000.', { target_amount: 275e6 }],
    ['target = 80.000.000\nstrategy = greedy', { target_amount: 80e6, strategy: 'greedy' }],
    ['| param | val |\n| target | 125.000.000 |', { target_amount: 125e6 }],
    ['Proceeds needed: EUR-style 1.150.000.000 USD.', { target_amount: 1.15e9 }],
    ['We look at 95.500.000 as the amount.', { target_amount: 95.5e6 }],
    // A single dotted group is a decimal as before, and commas between thousands are read as ever.
    ['Raise $1.250bn.', { target_amount: 1.25e9 }],
    ['Raise USD 1,250,000,000.', { target_amount: 1.25e9 }],
    ['Target $3.5M.', { target_amount: 3.5e6 }],
  ],
  'an amount with a decimal comma before its money scale': [
    ['Raise $ 0,25 bn.', { target_amount: 250e6 }],
    ['Target 12,5 mio, IFRS 16.', { target_amount: 12.5e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Need 1,2 billion from the program.', { target_amount: 1.2e9 }],
    ['Raise 95 mio, rent added cap 6,5 mio p.a.', { target_amount: 95e6, max_rent_added: 6.5e6 }],
    // A comma before three digits is a thousands group, and a list of figures is no decimal.
    ['Raise 1,250 million.', { target_amount: 1.25e9 }],
  ],
  'a floor called the absolute minimum without an article': [
    ['Amount we look at is around 180 mio USD, with 150 mio as absolute minimum.', { target_amount: 180e6, floor_amount: 150e6 }],
    ['Target $200M, with $170M as bare minimum.', { target_amount: 200e6, floor_amount: 170e6 }],
    ['We want 90 mio; 75 mio as a minimum.', { target_amount: 90e6, floor_amount: 75e6 }],
    // A minimum with no amount of its own is no floor.
    ['Raise $120M; the absolute minimum is still being discussed.', { target_amount: 120e6 }],
  ],
  'a hundreds figure spoken without its "one"': [
    ['Amount: hundred sixty million. Max net lev 3,8x.', { target_amount: 160e6, max_net_leverage: 3.8 }],
    ['We need hundred and twenty million.', { target_amount: 120e6 }],
    ['Raise hundred forty-five million dollars.', { target_amount: 145e6 }],
    // Hundreds with their "one" read as ever, and hundreds of something else are no money.
    ['Raise one hundred sixty million.', { target_amount: 160e6 }],
    ['Raise $90M from about a hundred sixty sites.', { target_amount: 90e6 }],
  ],
  'the cheapest capital as a terse label with "min" last': [
    ['Objective NPV cost min. Target 120m.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    ['Target 90 mio; objective: NPV cost minimum.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $75M, PV cost min, IFRS 16.', { target_amount: 75e6, economics: { objective: 'min_npv_cost', accounting_basis: 'ifrs16' } }],
    // The cost named with a longer word than "min" is no label of the objective.
    ['Raise $75M; the NPV cost minibus study is separate.', { target_amount: 75e6 }],
  ],
  'the overshoot kept smallest as an item of its own': [
    ['Need 35 mio quick, smallest overshoot possible.', { target_amount: 35e6, economics: { objective: 'min_proceeds' } }],
    [
      'Target $60M; smallest overshoot possible; leases 12 years.',
      { target_amount: 60e6, economics: { objective: 'min_proceeds', lease_term_years: 12 } },
    ],
    ['Raise 80 mio - smallest overshoot possible', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    // Wished for with "with the", the smallest overshoot names the objective all the same.
    ['Seeking $48M with the smallest overshoot possible.', { target_amount: 48e6, economics: { objective: 'min_proceeds' } }],
  ],
  'US GAAP written with a hyphen': [
    [
      'Please 105 mio, rent escalator 1,75 % and US-GAAP.',
      { target_amount: 105e6, economics: { rent_escalator: 0.0175, accounting_basis: 'us_gaap' } },
    ],
    ['Raise $80M under US-GAAP.', { target_amount: 80e6, economics: { accounting_basis: 'us_gaap' } }],
    [
      'Target 70 mio, basis US-GAAP, leases 15 yrs.',
      { target_amount: 70e6, economics: { accounting_basis: 'us_gaap', lease_term_years: 15 } },
    ],
    // A GAAP figure of something else names no basis.
    ['Raise $80M; non-GAAP EBITDA is $400M.', { target_amount: 80e6 }],
  ],
};

describeFamilies('European figures, terse floors and objectives, and hyphenated GAAP', FAMILIES);
