import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-second round of wording families for the covenant ratios described by what they measure: borrowings (net
 * of cash or not) held at a multiple of a year's operating profit, or set over it as a ratio with its limit after;
 * debt with the rent capitalised at eight times over earnings before rent, as a formula or as a hyphenated measure
 * with the formula in a bracket, where the eight is never the level; debt with the leases held at a multiple of
 * earnings before rent; fixed costs with the charges in an aside said covered by earnings; earnings that pay the
 * charges a number of times over, or are set against them, or hold a floor in a bracket. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'borrowings held at a multiple of a year\'s operating profit ("borrowings below 3.4 times annual operating profit")': [
    ['Raise $65M. Our borrowings must stay below 3.4 times annual operating profit.', { target_amount: 65e6, max_net_leverage: 3.4 }],
    ['Raise $65M. Net borrowings at most 3.1 times a year of EBITDA.', { target_amount: 65e6, max_net_leverage: 3.1 }],
    [
      'Target $90M. Borrowings after cash no higher than 3.8 times yearly operating income.',
      { target_amount: 90e6, max_net_leverage: 3.8 },
    ],
    ["Target $90M. Keep our debt, net of cash, under four times a year's operating profit.", { target_amount: 90e6, max_net_leverage: 4 }],
    ['$55M please. Debt should not go above 3.2 times what we make in a year.', { target_amount: 55e6, max_net_leverage: 3.2 }],
    // Borrowings bounded in money, or a multiple of something else, are no ratio.
    ['Raise $65M. Borrowings must stay below $300M.', { target_amount: 65e6 }],
    ['Raise $65M. Borrowings under 3.4 times what they were in 2019.', { target_amount: 65e6 }],
  ],
  'borrowings set over a year\'s earnings, the limit after ("borrowings net of cash over annual EBITDA: 3.6 max")': [
    ['Raise $80M. Borrowings net of cash over annual EBITDA: 3.6 max.', { target_amount: 80e6, max_net_leverage: 3.6 }],
    ["Raise $80M. Debt divided by a year's operating profit no higher than 3.7.", { target_amount: 80e6, max_net_leverage: 3.7 }],
    [
      "Raise $80M. The debt test (debt after cash, over a year's operating profit) is 3.3x.",
      { target_amount: 80e6, max_net_leverage: 3.3 },
    ],
    [
      'Raise $80M with a 4.5x lease-adjusted cap and 3.25x on net.',
      { target_amount: 80e6, max_net_leverage: 3.25, max_lease_adjusted_leverage: 4.5 },
    ],
    // Earnings with the rent added back are the lease-adjusted ratio's divisor, not a year's earnings.
    ['Raise $80M. 3.25x on net proceeds is what the bank saw last time.', { target_amount: 80e6 }],
  ],
  'debt with rent capitalised at eight times over earnings before rent ("debt plus 8x rent, over earnings before rent, max 5.1")': [
    ['$120M. Debt plus 8x rent, over earnings before rent, max 5.1.', { target_amount: 120e6, max_lease_adjusted_leverage: 5.1 }],
    [
      '$120M. Borrowings plus eight times yearly rent, divided by earnings before rent, under 4.8.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.8 },
    ],
    ['$120M. (Net debt + 8x rent) / (earnings before rent) at or below 5.25.', { target_amount: 120e6, max_lease_adjusted_leverage: 5.25 }],
    [
      '$120M. Debt with the leases counted at 8x rent, relative to earnings before rent, no more than 4.95.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.95 },
    ],
    [
      '$120M. Debt plus rent capitalised at 8x, over EBITDA plus rent - cap 5.4.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 5.4 },
    ],
    ['$120M. Limit on (debt + 8x rent) / (earnings before rent): 5.05.', { target_amount: 120e6, max_lease_adjusted_leverage: 5.05 }],
    [
      '$120M. The leverage counting the leases - debt plus 8x rent, over EBITDAR - has to stay at 5.1 or lower.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 5.1 },
    ],
    ['$120M. Lease-adjusted must not go past 4.65x.', { target_amount: 120e6, max_lease_adjusted_leverage: 4.65 }],
    // The eight of the capitalised rent is never the level.
    [
      '$120M. Debt plus capitalised rent (eight times) over earnings before rent at most 4.4.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.4 },
    ],
  ],
  'a hyphenated measure with its formula in a bracket ("the debt-with-leases measure (8x rent, over earnings before rent) under 5")': [
    [
      '$95M. The debt-with-leases measure (8x rent, over earnings before rent) under 5.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 5 },
    ],
    [
      '$95M. Keep the debt-including-leases ratio (debt plus 8x rent over EBITDAR) at or under 4.65.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.65 },
    ],
    ['$95M. The debt-plus-capitalised-rent figure must stay below 5.35.', { target_amount: 95e6, max_lease_adjusted_leverage: 5.35 }],
    [
      '$95M. The measure counting the leases (debt plus eight times rent, over earnings before rent) is capped at 4.85.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.85 },
    ],
  ],
  'debt with the leases held at a multiple of earnings before rent ("debt, leases included, below 5.2 times earnings before rent")': [
    [
      '$150M. Our debt, with leases included, must stay below 5.2 times earnings before rent.',
      { target_amount: 150e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      '$150M. Total borrowing once you add the leases no higher than 4.7 times our EBITDAR.',
      { target_amount: 150e6, max_lease_adjusted_leverage: 4.7 },
    ],
    // Debt with the leases bounded in money is no ratio.
    ['$150M. Our debt, with leases included, must stay below $900M.', { target_amount: 150e6 }],
  ],
  'fixed costs with the charges in an aside, covered by earnings ("fixed costs (rent and interest) covered at least 1.8 times")': [
    [
      'Target $70M. Fixed costs (rent and interest) covered at least 1.8 times by earnings.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      'Target $70M. Our fixed costs - rent plus interest - must be covered at least two times.',
      { target_amount: 70e6, min_fixed_charge_coverage: 2 },
    ],
    [
      'Target $70M. Fixed charges, i.e. rent plus interest, must be covered 1.65 times or more.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.65 },
    ],
    // Fixed costs said to fall are no coverage.
    ['Target $70M. Fixed costs should fall by 5% next year.', { target_amount: 70e6 }],
  ],
  'earnings that pay, face or hold a floor over the charges ("earnings must pay rent and interest two times over")': [
    ['Raise $45M. Earnings must pay rent and interest two times over.', { target_amount: 45e6, min_fixed_charge_coverage: 2 }],
    [
      'Raise $45M. The bank tests EBITDAR against interest plus rent at 1.45 times minimum.',
      { target_amount: 45e6, min_fixed_charge_coverage: 1.45 },
    ],
    ['Raise $45M. Earnings / (rent + interest) no less than 1.35.', { target_amount: 45e6, min_fixed_charge_coverage: 1.35 }],
    ['Raise $45M. EBITDAR over rent plus interest (at least 1.95), please.', { target_amount: 45e6, min_fixed_charge_coverage: 1.95 }],
    ['Raise $45M. Keep earnings at 1.7x or more of rent plus interest.', { target_amount: 45e6, min_fixed_charge_coverage: 1.7 }],
    // Earnings paying the rent alone name no ratio.
    ['Raise $45M. Earnings must pay the rent two times over.', { target_amount: 45e6 }],
  ],
  'leverage shortened before its adjective ("lev-adj 5.2 max", "lev adj cap 4.8")': [
    ['Raise $88M. Lev-adj 4.95 max.', { target_amount: 88e6, max_lease_adjusted_leverage: 4.95 }],
    [
      'Raise $88M, lev adj under 5.15 and net lev 3.6x max.',
      { target_amount: 88e6, max_lease_adjusted_leverage: 5.15, max_net_leverage: 3.6 },
    ],
    ['Raise $88M. Leverage-adjusted cap 4.4x.', { target_amount: 88e6, max_lease_adjusted_leverage: 4.4 }],
    // Net leverage shortened alone stays net leverage.
    ['Raise $88M. Net lev 3.4x max.', { target_amount: 88e6, max_net_leverage: 3.4 }],
  ],
  'a limit in a bracket after the ratio\'s name, or a party to maintain it ("net leverage (max 3.7x)")': [
    [
      'Raise $140M. Lenders test FCCR (min 1.45x) and net leverage (max 3.85x).',
      { target_amount: 140e6, min_fixed_charge_coverage: 1.45, max_net_leverage: 3.85 },
    ],
    ['Raise $140M. Lease-adjusted leverage (at most 4.9x) is the agency test.', { target_amount: 140e6, max_lease_adjusted_leverage: 4.9 }],
    ['Raise $140M.\nLeverage Ratio: the Borrower shall maintain not more than 3.6x.', { target_amount: 140e6, max_net_leverage: 3.6 }],
    [
      'Raise $140M.\nFixed Charge Coverage Ratio: Issuer to maintain at least 1.35x.',
      { target_amount: 140e6, min_fixed_charge_coverage: 1.35 },
    ],
    // A level of today in the bracket is no limit; the limit after it is.
    ['Raise $140M. Net leverage (currently 3.0x) must stay under 3.7x.', { target_amount: 140e6, max_net_leverage: 3.7 }],
  ],
  'a model after "so" with no "at" ("covenant is 3.5x but we want room, so model 3.2x")': [
    ['Raise $60M. The FCCR covenant is 1.5x; we want a cushion, so model 1.8x.', { target_amount: 60e6, min_fixed_charge_coverage: 1.8 }],
    ['Raise $60M. Net leverage covenant 4.0x, so we model 3.6x.', { target_amount: 60e6, max_net_leverage: 3.6 }],
    // A model of scenarios, not after "so", plans no level.
    ['Raise $60M. Net leverage covenant is 4.0x. We model 3.6x scenarios too.', { target_amount: 60e6, max_net_leverage: 4 }],
  ],
};

describeFamilies('readBrief: covenant ratios described in plain words (twenty-second round)', FAMILIES);
