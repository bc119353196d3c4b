import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-sixth round of wording families for the covenants and caps: lease-adjusted leverage named for the agencies in
 * a note's shorthand ("agency lev"), with the rent said to be included between commas, or as "the lease-adjusted thing
 * the agencies use"; leverage named by its earnings-before-rent basis or its capitalised rent ("EBITDAR-based leverage",
 * "rent-capitalised leverage"); debt said to include the leases or the rent owed under them, in any words, over
 * earnings before rent;
 * a limit after today's level worded as a fall refused, the low end tolerated, "or better" or "max after"; a
 * lease-adjusted cap that "is" its level now; fixed-charge coverage as its two terms joined by hyphens; "net debt"
 * before a bounded multiple; a scan's q for the g of a key word; rent the company refuses to add "to it", or "no more
 * rent than" an amount; and a single-market cap for "any one area". Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage named for the agencies in shorthand, with the rent included, or as their "thing"': [
    ['Raise $110M. Agency lev no higher than 4.7x.', { target_amount: 110e6, max_lease_adjusted_leverage: 4.7 }],
    [
      '$110M from Dallas; agency lev cap 5.1x, net lev cap 3.4x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 5.1, max_net_leverage: 3.4, include_markets: ['Dallas'] },
    ],
    [
      'Target $110M. The credit-agency leverage number, leases included, must not exceed 4.95x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 4.95 },
    ],
    [
      'Raise $110M. The lease-adjusted number S&P looks at has to stay below 5.3x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 5.3 },
    ],
    // The agencies' leverage today, with no limit's words, is no limit.
    ['Raise $110M. Agency lev is 4.2x today.', { target_amount: 110e6 }],
  ],
  'leverage named by its earnings-before-rent basis or its capitalised rent': [
    ['Raise $125M. EBITDAR-based leverage no more than 5.0x.', { target_amount: 125e6, max_lease_adjusted_leverage: 5 }],
    ['$125M please; keep the rent-capitalised leverage at or below 4.85x.', { target_amount: 125e6, max_lease_adjusted_leverage: 4.85 }],
    [
      'Target $125M in Houston. Lease-capitalized leverage under 5.2x.',
      { target_amount: 125e6, max_lease_adjusted_leverage: 5.2, include_markets: ['Houston'] },
    ],
    // A level in the past is no limit.
    ['Raise $125M. EBITDAR-based leverage was 4.1x last year.', { target_amount: 125e6 }],
  ],
  'debt said to include the leases or the rent owed under them, over earnings before rent': [
    [
      'Raise $140M. Debt including what we pay in rent, over earnings before rent, must stay below 5.1.',
      { target_amount: 140e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      'Target $140M. The ratio of total debt counting lease obligations to EBITDAR can\u2019t exceed 4.9x.',
      { target_amount: 140e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      'Raise $140M. Borrowings including our leases, divided by earnings before rent: at most 5.4.',
      { target_amount: 140e6, max_lease_adjusted_leverage: 5.4 },
    ],
    [
      'Raise $140M. Our lenders look at debt with the leases in it over earnings before rent; that figure can\u2019t go above 5.2.',
      { target_amount: 140e6, max_lease_adjusted_leverage: 5.2 },
    ],
    // The ratio's level today is no limit.
    ['Raise $140M. Debt including leases over earnings before rent is about 4.3x today.', { target_amount: 140e6 }],
    // A year's rent added to debt capitalises nothing and names no ratio.
    ["Raise $140M. Debt with this year's rent, over earnings before rent, under 4.6.", { target_amount: 140e6 }],
  ],
  'a limit after today\'s level: a fall refused, the low end, "or better", "max after"': [
    [
      'FCCR is 2.2x today; after the sale it mustn\u2019t fall under 1.7x. Raise $150M.',
      { target_amount: 150e6, min_fixed_charge_coverage: 1.7 },
    ],
    [
      'Coverage currently 2.5x. We could live with 1.8x at the low end. Target $150M.',
      { target_amount: 150e6, min_fixed_charge_coverage: 1.8 },
    ],
    ['Net lev is 3.6x now; the board wants 3.2x or better once we close. $150M.', { target_amount: 150e6, max_net_leverage: 3.2 }],
    ["Today's lease-adjusted is 4.0x; cap after 4.6x. Target $150M.", { target_amount: 150e6, max_lease_adjusted_leverage: 4.6 }],
    // A level in the past after today's is no limit, nor is a fall foreseen rather than refused.
    ['Net lev is 3.6x today, and it was 3.3x or better in 2021. Raise $150M.', { target_amount: 150e6 }],
    ["We're at 2.1x FCCR now and we'd drop below 1.6x if we sold everything. Raise $150M.", { target_amount: 150e6 }],
  ],
  'a lease-adjusted cap that "is" its level now': [
    ['Raise $120M. Lease-adj cap is 5.1x now.', { target_amount: 120e6, max_lease_adjusted_leverage: 5.1 }],
    [
      'Raise $120M. The rent-adjusted limit is now 4.7x after the agency review.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.7 },
    ],
    [
      'Raise $120M from Newark. Lease-adjusted ceiling is 4.6x.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.6, include_markets: ['Newark'] },
    ],
    // The ratio itself "is" a level today: no cap.
    ['Raise $120M. Lease-adj is 4.4x now.', { target_amount: 120e6 }],
  ],
  'fixed-charge coverage as its two terms joined by hyphens': [
    ['Raise $150M. Earnings-to-fixed-charges must be at least 1.8x.', { target_amount: 150e6, min_fixed_charge_coverage: 1.8 }],
    ['Raise $150M; EBITDAR-to-fixed-charges of 2.0x or better.', { target_amount: 150e6, min_fixed_charge_coverage: 2 }],
    ['Target $150M. Keep earnings-to-rent-plus-interest no lower than 1.65.', { target_amount: 150e6, min_fixed_charge_coverage: 1.65 }],
    // Earnings against interest alone is interest coverage, another ratio.
    ['Raise $150M. Earnings-to-interest is 4x.', { target_amount: 150e6 }],
  ],
  '"net debt" before a bounded multiple': [
    ['Raise $130M. Net debt max 3.6x, FCCR min 1.8x.', { target_amount: 130e6, max_net_leverage: 3.6, min_fixed_charge_coverage: 1.8 }],
    [
      'Raise $130M from Chicago. Net debt under 3.25x after closing.',
      { target_amount: 130e6, max_net_leverage: 3.25, include_markets: ['Chicago'] },
    ],
    ['$130M. Net-debt 3.9x maximum.', { target_amount: 130e6, max_net_leverage: 3.9 }],
    // Net debt as an amount, or its multiple today or at a date, is no limit.
    ['Raise $130M. Net debt is $420M, about 3.1x today.', { target_amount: 130e6 }],
    ['Raise $130M. Net debt 2.9x at year end.', { target_amount: 130e6 }],
  ],
  "a scan's q for the g of a key word": [
    ['Tarqet: $90,000,000. Net leveraqe max 3.5x.', { target_amount: 90e6, max_net_leverage: 3.5 }],
    ['Target $90M. Fixed charqe coveraqe min 1.8x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.8 }],
    ['Target $90M. No mortqaqed sites.', { target_amount: 90e6, exclude_mortgaged: true }],
    // The word repaired still says what it said: a level in the past is no limit.
    ['Target $90M. The leveraqe was 4.4x in 2020.', { target_amount: 90e6 }],
  ],
  'rent the company refuses to add "to it", or "no more rent than" an amount': [
    [
      "Our rent bill is $30M a year and we don't want to add more than $6M to it. Raise $140M.",
      { target_amount: 140e6, max_rent_added: 6e6 },
    ],
    [
      "Rent today is $26M; we don't want to add more than $4.5M a year to that. $140M please.",
      { target_amount: 140e6, max_rent_added: 4.5e6 },
    ],
    ['Raise $140M with no more new rent than $9M a year.', { target_amount: 140e6, max_rent_added: 9e6 }],
    // Rent the company pays today, and rent its landlord adds, are no cap it sets.
    ['We pay no more rent than $20M a year across the portfolio. Raise $140M.', { target_amount: 140e6 }],
    ['Raise $120M. Rent today is $21M; our landlord plans to add $3M to it next year.', { target_amount: 120e6 }],
  ],
  'a single-market cap for "any one area"': [
    ['Raise $150M. No more than 25% from any one area.', { target_amount: 150e6, max_market_share: 0.25 }],
    ['Raise $150M with a 40% cap per area.', { target_amount: 150e6, max_market_share: 0.4 }],
    ['Raise $150M; no single area above 35%.', { target_amount: 150e6, max_market_share: 0.35 }],
    // Where the portfolio sits today is no cap.
    ['Raise $150M. Roughly 30% of the portfolio sits in one area today.', { target_amount: 150e6 }],
  ],
};

describeFamilies('Brief wording families, round 46: covenants and caps', FAMILIES);
