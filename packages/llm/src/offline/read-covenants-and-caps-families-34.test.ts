import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fourth round of wording families for the covenants and caps: lease-adjusted leverage named by a clause that
 * says how the measure turns the rent into debt at eight times and what it divides by ("the ratio that puts 8x rent on
 * top of our debt and then divides by EBITDAR", "the version in which each dollar of rent is counted as eight dollars
 * of debt"), a rent-adjusted name with its formula in a bracket or aside, and debt over rent-adjusted earnings;
 * fixed-charge coverage with the rent said in full ("interest plus all of the rent", "total rent and interest"), the
 * charges said covered by the earnings, the earnings not let fall under a multiple of the charges, and a decimal level
 * after "cover" with no floor's words; net leverage whose debt is counted after the deal and net of cash in commas, or
 * said to sit at or below a multiple; a level planned inside a covenant by running to it or wanting to be at it, and a
 * level a committee tightened to after a proposal; the cap on added rent said as the rent bill pushed up or added to;
 * and a share in words with "or less" before its decimal restatement. Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage named by how it turns the rent into debt': [
    [
      '$85M. The ratio that puts 8x rent on top of our debt and then divides by EBITDAR should stay under 4.9.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      '$85M. The metric where our rent gets converted into debt at 8x, divided by earnings before rent, at most 5.1.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      "$85M. The number counting 8x annual rent as borrowings, over EBITDAR, can't go above 4.75.",
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.75 },
    ],
    [
      '$85M. The version in which each dollar of rent is counted as eight dollars of debt must stay below 4.3.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.3 },
    ],
    [
      '$85M. The lease-adjusted ratio (debt with 8x rent added, over EBITDAR) no more than 4.65.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.65 },
    ],
    ['$85M. Borrowings over rent-adjusted earnings must not exceed 5.3.', { target_amount: 85e6, max_lease_adjusted_leverage: 5.3 }],
    // The measure named with no limit after it, and an aside with no eight in it, bound nothing.
    ['$85M. The measure that adds eight times rent to debt is what the agencies look at.', { target_amount: 85e6 }],
    ['$85M. The rent-adjusted measure - which our lenders like - is about 4.1 today.', { target_amount: 85e6 }],
  ],
  'fixed-charge coverage with the rent in full, said passively or as a fall refused': [
    [
      '$85M. Earnings before rent must cover interest plus all of the rent at least 2.25 times.',
      { target_amount: 85e6, min_fixed_charge_coverage: 2.25 },
    ],
    ['$85M. EBITDAR has to cover total rent and interest at least 1.95x.', { target_amount: 85e6, min_fixed_charge_coverage: 1.95 }],
    ['$85M. Rent and interest should be covered at least 2.05 times by EBITDAR.', { target_amount: 85e6, min_fixed_charge_coverage: 2.05 }],
    [
      '$85M. Rent plus interest together need to remain covered no less than 1.85 times.',
      { target_amount: 85e6, min_fixed_charge_coverage: 1.85 },
    ],
    [
      '$85M. Never let earnings before rent drop below 2.35 times what we pay in rent and interest.',
      { target_amount: 85e6, min_fixed_charge_coverage: 2.35 },
    ],
    ['$85M. Our EBITDAR must still cover interest and rent 1.95 times.', { target_amount: 85e6, min_fixed_charge_coverage: 1.95 }],
    // Coverage measured, not asked for, is no floor.
    ['$85M. Interest and rent were covered 2.4 times by earnings last year.', { target_amount: 85e6 }],
    ['$85M. Earnings cover interest and rent 2.6 times today.', { target_amount: 85e6 }],
    ['$85M. Our earnings before rent fell under 1.9 times interest and rent in 2020.', { target_amount: 85e6 }],
  ],
  'net leverage counted after the deal and net of cash, or said to sit below a multiple': [
    [
      "$85M. Our borrowings after the sale, less cash, must stay under 3.35 times a year's EBITDA.",
      { target_amount: 85e6, max_net_leverage: 3.35 },
    ],
    ['$85M. Net debt should sit below 3.15 times EBITDA once we close.', { target_amount: 85e6, max_net_leverage: 3.15 }],
    ['$85M. Debt should sit at or under 3.05 times EBITDA.', { target_amount: 85e6, max_net_leverage: 3.05 }],
    // A level today is no limit.
    ['$85M. Our debt, net of cash, sits at 2.9 times EBITDA today.', { target_amount: 85e6 }],
  ],
  'a level planned inside a covenant, or tightened to after a proposal': [
    [
      '$85M. The bank allows debt up to 4.25 times EBITDA, but the board wants to be at 3.6x.',
      { target_amount: 85e6, max_net_leverage: 3.6 },
    ],
    ['$85M. The FCCR covenant is 1.3x; we run to 1.8x internally.', { target_amount: 85e6, min_fixed_charge_coverage: 1.8 }],
    [
      '$85M. The CFO proposed a 1.5x coverage floor; the board tightened it to 1.9x.',
      { target_amount: 85e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['$85M. Treasury suggested 3.9x leverage; the committee lowered it to 3.5x.', { target_amount: 85e6, max_net_leverage: 3.5 }],
    // With no suggestion before it, a level tightened to is told, and the covenant stands.
    ['$85M. Net leverage no more than 3.7x. Last year the bank tightened to 3.2x.', { target_amount: 85e6, max_net_leverage: 3.7 }],
  ],
  'the cap on added rent said as the rent bill pushed up or added to': [
    ["$85M. The sale mustn't raise our rent bill by more than $9.2M.", { target_amount: 85e6, max_rent_added: 9.2e6 }],
    ["$85M. Please don't push the annual rent up by over $6.4M.", { target_amount: 85e6, max_rent_added: 6.4e6 }],
    ['$85M. Do not add more than $5.5M a year to the rent roll.', { target_amount: 85e6, max_rent_added: 5.5e6 }],
    // A rise told, and an addition to something other than rent, cap nothing.
    ['$85M. Last year the deal pushed our annual rent up by more than $3M.', { target_amount: 85e6 }],
    ["$85M. Don't add more than $2M to the capex budget.", { target_amount: 85e6 }],
  ],
  'a share in words with "or less" before its decimal': [
    ['$85M. Hold each city to a quarter of the proceeds or less - use 0.25.', { target_amount: 85e6, max_market_share: 0.25 }],
    ['$85M. Keep any one market to a third of the raise or under, so enter 0.33.', { target_amount: 85e6, max_market_share: 0.33 }],
  ],
};

describeFamilies('covenants and caps, thirty-fourth round', FAMILIES);
