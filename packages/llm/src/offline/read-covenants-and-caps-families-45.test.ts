import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-fifth round of wording families for the covenants and caps: the company refusing to add more than an amount
 * of rent on top of what it pays today; net leverage described as what is owed less cash against earnings, or as
 * years of earnings; fixed-charge coverage as earnings able to pay the rent plus the interest some times over;
 * lease-adjusted leverage with the agencies' way of computing it as an aside; single-market caps keyed
 * "max_share_any_market" or in a constraint row with "<="; today's levels listed with no limit; and a leverage limit
 * held against earnings before rent; "the cover on fixed charges" as fixed-charge coverage; and an agreement's "shall be"
 * after a label's colon; and a rent cap setting in scientific notation. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the company refusing to add more than an amount of rent on top of what it pays': [
    [
      'We pay roughly $24M in rent now. We do not want to add more than $7M on top of that. Raise $110M from Atlanta.',
      { target_amount: 110e6, max_rent_added: 7e6, include_markets: ['Atlanta'] },
    ],
    [
      "Rent today runs $19M a year and we don't want to add more than another $5M a year on top of it. Target $125M.",
      { target_amount: 125e6, max_rent_added: 5e6 },
    ],
    [
      "Annual rent is about $28M. We don't want to add more than an extra $8.5M on top. $150M please.",
      { target_amount: 150e6, max_rent_added: 8.5e6 },
    ],
    // Another party adding rent on top is no cap the company sets.
    ['Raise $120M. Rent today is $21M; our landlord plans to add $3M on top of that next year.', { target_amount: 120e6 }],
  ],
  'net leverage as what is owed less cash, or as years of earnings': [
    [
      "Raise $135M. Once the sale closes, what we owe minus our cash should be no more than 3.4 times a year's earnings.",
      { target_amount: 135e6, max_net_leverage: 3.4 },
    ],
    [
      "$135M from Houston and Dallas. What we owe after the deal, less cash, shouldn't be more than 2.9 times our yearly earnings.",
      { target_amount: 135e6, max_net_leverage: 2.9, include_markets: ['Dallas', 'Houston'] },
    ],
    [
      'Target $135M. Debt minus cash should be no more than four years of earnings, and earnings should cover rent plus interest at least twice.',
      { target_amount: 135e6, max_net_leverage: 4, min_fixed_charge_coverage: 2 },
    ],
    // What is owed today, with no limit's words, is no limit.
    ['Target $135M. What we owe minus our cash is about 3.1 times our earnings.', { target_amount: 135e6 }],
  ],
  'coverage as earnings able to pay the rent plus the interest some times over': [
    [
      'Raise $160M. Our annual earnings must be able to pay the rent plus the interest at least 2.2 times over.',
      { target_amount: 160e6, min_fixed_charge_coverage: 2.2 },
    ],
    [
      'We need $160M from Chicago. Earnings should still cover the rent and the interest at least three and a half times over.',
      { target_amount: 160e6, min_fixed_charge_coverage: 3.5, include_markets: ['Chicago'] },
    ],
    // Today's cover, with no floor's words, is no floor.
    ['Raise $160M. Earnings pay the rent and the interest about 2.7 times over today.', { target_amount: 160e6 }],
  ],
  "lease-adjusted leverage with the agencies' way of computing it as an aside": [
    [
      'The company seeks $130,000,000, provided the lease-adjusted leverage ratio, as the rating agencies calculate it, stays under 5.2x.',
      { target_amount: 130e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      'Raise $130M in Columbus. Lease-adjusted leverage, as the agencies compute it, no greater than 4.6x.',
      { target_amount: 130e6, max_lease_adjusted_leverage: 4.6, include_markets: ['Columbus'] },
    ],
    ['$130M. Lease-adjusted (agency method) must stay below 5.4x.', { target_amount: 130e6, max_lease_adjusted_leverage: 5.4 }],
    ['$130M. Rent-adjusted (agency basis) at 4.9x or lower.', { target_amount: 130e6, max_lease_adjusted_leverage: 4.9 }],
  ],
  'a single-market cap keyed for any one market or in a constraint row': [
    ['target_usd: 1.4e8\nmax_share_any_market: 0.3', { target_amount: 140e6, max_market_share: 0.3 }],
    ['Raise $140M.\nmax_share_single_market = 25%', { target_amount: 140e6, max_market_share: 0.25 }],
    ['Raise $140M.\nmarket_share,<=,0.35', { target_amount: 140e6, max_market_share: 0.35 }],
  ],
  "today's levels listed with no limit": [
    [
      'Today: net 2.9x, lease-adj 3.8x, FCCR 2.6x. After the sale we need net ≤ 3.3x and lease-adj ≤ 4.9x. Raise $145M.',
      { target_amount: 145e6, max_net_leverage: 3.3, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      "Some history: we're at 3.1x net leverage and about 3.9x lease-adjusted. Raise $145M and keep lease-adjusted under 5.0x.",
      { target_amount: 145e6, max_lease_adjusted_leverage: 5 },
    ],
    [
      'Currently: net 3.4x, FCCR 2.2x. Raise $145M in Newark and Atlanta.',
      { target_amount: 145e6, include_markets: ['Atlanta', 'Newark'] },
    ],
    // A limit after today's level in the same sentence still stands.
    ["We're at 2.4x FCCR; the floor after the deal is 1.9x. Raise $145M.", { target_amount: 145e6, min_fixed_charge_coverage: 1.9 }],
  ],
  'a leverage limit held against earnings before rent': [
    [
      'Raise $115M. Agencies treat eight years of rent as debt; on that footing our leverage cannot exceed 5.1 times earnings before rent.',
      { target_amount: 115e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      'Raise $115M from Phoenix. Leverage no higher than 4.8x EBITDAR after the sale.',
      { target_amount: 115e6, max_lease_adjusted_leverage: 4.8, include_markets: ['Phoenix'] },
    ],
    // Leverage against plain earnings stays net leverage.
    ['Raise $115M. Leverage no higher than 3.3x earnings.', { target_amount: 115e6, max_net_leverage: 3.3 }],
  ],
  '"the cover on fixed charges" before its floor': [
    ['Raise $105M. The bank wants the cover on fixed charges at or above 1.9.', { target_amount: 105e6, min_fixed_charge_coverage: 1.9 }],
    [
      'Raise $105M in Dallas. Keep our cover for fixed charges no lower than 2.3 after closing.',
      { target_amount: 105e6, min_fixed_charge_coverage: 2.3, include_markets: ['Dallas'] },
    ],
  ],
  'an agreement\'s "shall be" after a label\'s colon': [
    ['Amount: US$ 85,000,000\nFCCR: shall be at least 1.65x', { target_amount: 85e6, min_fixed_charge_coverage: 1.65 }],
    ['Amount: US$ 85,000,000\nNet Leverage: shall be no more than 3.15x', { target_amount: 85e6, max_net_leverage: 3.15 }],
    // A score's level has no multiple's unit: a bound the wrong way for it is still no limit.
    ['Amount: US$ 85,000,000\nCriticality: shall be at least 0.45', { target_amount: 85e6 }],
  ],
  'a rent cap setting written in scientific notation': [
    ['target_usd: 1.3e8\nmax_new_rent_usd: 9.5e6', { target_amount: 130e6, max_rent_added: 9.5e6 }],
    ['target_usd: 1.3e8\nrent_cap: 7e6', { target_amount: 130e6, max_rent_added: 7e6 }],
    // A small power of ten is no year's rent in dollars.
    ['target_usd: 1.3e8\nrent_cap: 1.5e2', { target_amount: 130e6 }],
  ],
};

describeFamilies('Brief wording families, round 45: covenants and caps', FAMILIES);
