import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-third round of wording families for the covenants and caps, in the words of people with no finance terms:
 * net leverage as what is owed with the cash taken off, against a year's earnings ("what we owe minus the cash we
 * keep can't be more than 3.4 times a year of operating earnings"); lease-adjusted leverage as the debt once the
 * leases or the rent are treated as if they were debt ("once our leases are counted as debt, the total can't pass 4.7
 * times earnings before rent"), the debt with the leases counted in, and eight years of rent added to the debt;
 * fixed-charge coverage as earnings held at a multiple of interest and rent, or at least twice it; a cap pasted as a
 * setting whose key names it ("rent_cap=9500000", "--max-rent-added=6m", "max_share_per_market: 0.4", a formula's
 * "max_mkt_share:=0.45", "lease_adjusted_leverage_cap: 4.9"); and a share in words restated in a bracket after its
 * market ("a third of the proceeds from any one city (use 0.33)"). Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'net leverage as what is owed with the cash taken off, against a year of earnings': [
    [
      '$85M. What we owe minus the cash we keep cannot be more than 3.4 times a year of operating earnings.',
      { target_amount: 85e6, max_net_leverage: 3.4 },
    ],
    ['$85M. Our debt, less cash on hand, must stay below 3.7 times yearly earnings.', { target_amount: 85e6, max_net_leverage: 3.7 }],
    [
      '$85M. The bank says our borrowings, once you subtract the cash we have, should not go above 3.9 times what the business earns in a year.',
      { target_amount: 85e6, max_net_leverage: 3.9 },
    ],
    ['$85M. Keep debt minus cash at or under 3.1 times a year of earnings.', { target_amount: 85e6, max_net_leverage: 3.1 }],
    [
      '$85M. Debt minus cash, divided by a year of operating earnings, has to stay at or below 3.45.',
      { target_amount: 85e6, max_net_leverage: 3.45 },
    ],
    ['$85M. Keep what we owe at no more than 3.2 times annual earnings.', { target_amount: 85e6, max_net_leverage: 3.2 }],
    [
      "$85M. What the company owes, net of cash, can't go past 3.55 times its yearly earnings.",
      { target_amount: 85e6, max_net_leverage: 3.55 },
    ],
    // A limit against earnings before rent counts the leases, and debt minus cash in money is no ratio.
    ['$85M. Debt minus cash is about $400M today.', { target_amount: 85e6 }],
  ],
  'lease-adjusted leverage as the debt once the leases or the rent are treated as debt': [
    [
      '$85M. If you treat every rent payment we owe as though it were a loan, the total should not go past 4.35 times what we earn in a year before rent.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.35 },
    ],
    [
      "$85M. Once our leases are counted as debt, the total can't pass 4.7 times earnings before rent.",
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.7 },
    ],
    [
      '$85M. If you treat the rent we pay as if it were debt, total debt must not exceed 4.2 times what we make before rent.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.2 },
    ],
    [
      '$85M. When you count our leases as borrowings, the total compared with earnings before rent should not exceed 4.9.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      '$85M. The number the lenders track, the one that treats our leases as if they were debt, at 5.1 times or less.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      '$85M. Borrowings with the leases counted in, compared with earnings before rent, no higher than 4.45.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.45 },
    ],
    [
      '$85M. Debt plus the capitalised value of our leases, over earnings before rent, at 5.2 or below.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      '$85M. If we add eight years of rent to our debt and divide by earnings before rent, the result should be at most 4.6.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.6 },
    ],
    // Leases treated as debt with no limit after them bound nothing, and a cap on the total in money is no ratio.
    ['$85M. The agencies treat our leases as debt, which is why we care.', { target_amount: 85e6 }],
    ['$85M. Once leases are counted as debt, the total is around $900M.', { target_amount: 85e6 }],
  ],
  'fixed-charge coverage as earnings held at a multiple of interest and rent': [
    [
      '$85M. We need earnings to stay at least 2.3 times our combined interest and rent.',
      { target_amount: 85e6, min_fixed_charge_coverage: 2.3 },
    ],
    ['$85M. Earnings have to remain at least 1.9 times interest plus rent.', { target_amount: 85e6, min_fixed_charge_coverage: 1.9 }],
    [
      '$85M. Earnings should be at least 2.1 times what we pay in interest and rent.',
      { target_amount: 85e6, min_fixed_charge_coverage: 2.1 },
    ],
    ['$85M. Our earnings must still be at least twice our interest plus rent.', { target_amount: 85e6, min_fixed_charge_coverage: 2 }],
    ['$85M. Earnings need to be at least two times rent and interest.', { target_amount: 85e6, min_fixed_charge_coverage: 2 }],
    ['$85M. Our earnings must keep paying interest and rent at least twice over.', { target_amount: 85e6, min_fixed_charge_coverage: 2 }],
    // Interest alone is interest cover, another ratio; twice measured last year is a level, not a floor.
    ['$85M. Earnings should be at least 4 times our interest.', { target_amount: 85e6 }],
    ['$85M. Last year earnings were twice our interest and rent.', { target_amount: 85e6 }],
  ],
  'a cap pasted as a setting whose key names it': [
    ['target=85000000 | rent_cap=9500000 | strategy=greedy', { target_amount: 85e6, max_rent_added: 9.5e6, strategy: 'greedy' }],
    ['slb run --target=85m --max-rent-added=6m', { target_amount: 85e6, max_rent_added: 6e6 }],
    ['[limits]\nmax_added_rent = 7250000\ntarget = 85000000', { target_amount: 85e6, max_rent_added: 7.25e6 }],
    ['target: 85000000\nmax_share_per_market: 0.4', { target_amount: 85e6, max_market_share: 0.4 }],
    ['=RUN_SLB(target:=85000000, max_mkt_share:=0.45)', { target_amount: 85e6, max_market_share: 0.45 }],
    ['target: 85M\nlease_adjusted_leverage_cap: 4.9', { target_amount: 85e6, max_lease_adjusted_leverage: 4.9 }],
    ['{"target": 85000000, "covenants": {"lease_adj_leverage_max": 5.3}}', { target_amount: 85e6, max_lease_adjusted_leverage: 5.3 }],
    // A rent figure under a key that caps nothing, or a bare count, is no cap on added rent.
    ['target: 85000000\ncurrent_rent: 9500000', { target_amount: 85e6 }],
  ],
  'a cap on added rent kept inside an amount or capped by a verb': [
    ['$85M. The extra annual rent has to stay inside $4.2M.', { target_amount: 85e6, max_rent_added: 4.2e6 }],
    ['$85M. Any new rent we sign up for must fit inside $6.5M a year.', { target_amount: 85e6, max_rent_added: 6.5e6 }],
    ['$85M. Cap incremental triple-net rent at $5.1M.', { target_amount: 85e6, max_rent_added: 5.1e6 }],
    [
      '$85M. Lease-adj lev capped at 5.4x, rent add at $9.5M.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 5.4, max_rent_added: 9.5e6 },
    ],
    // Rent inside a building, and rent today, cap nothing.
    ['$85M. The new rent is paid inside 30 days.', { target_amount: 85e6 }],
  ],
  'adjusted leverage with how the rent is counted after its name': [
    ['$85M. Adjusted leverage with rent capitalised at 8x no more than 5.3x.', { target_amount: 85e6, max_lease_adjusted_leverage: 5.3 }],
    [
      '$85M. Lease-adjusted leverage, leases valued at eight times rent, under 4.9x.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.9 },
    ],
    ['$85M. Adjusted leverage counting rent capitalised at 8x at most 5x.', { target_amount: 85e6, max_lease_adjusted_leverage: 5 }],
  ],
  'a share in words restated in a bracket after its market': [
    ['$85M. No more than a third of the proceeds from any one city (use 0.33).', { target_amount: 85e6, max_market_share: 0.33 }],
    ['$85M. No metro to supply more than a quarter of proceeds (so use 0.25).', { target_amount: 85e6, max_market_share: 0.25 }],
    ['$85M. At most a third of the money from a single market (enter 0.33).', { target_amount: 85e6, max_market_share: 0.33 }],
    // A bracket that is no rounding of the share leaves the share in words.
    ['$85M. No more than a quarter of the proceeds from any one city (use 0.4).', { target_amount: 85e6, max_market_share: 0.25 }],
  ],
};

describeFamilies('covenants and caps, thirty-third round', FAMILIES);
