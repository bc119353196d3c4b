import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for the covenants and the cap on new rent: net leverage as borrowings bounded
 * at a multiple of a year's earnings in more verbs ("can't end up more than", "doesn't go above", "capped at") and
 * with when they are counted between ("borrowings after the deal no more than"); lease-adjusted leverage as its formula
 * with the leases capitalised, counted or treated as debt, or named by "the lease-adjusted one" and "the one that counts
 * leases", where a multiple of rent is never the level; fixed-charge coverage as earnings covering the charges at least
 * a number of times without an ask, or a bare "two times" asked for; levels written before their metrics and used as
 * the limits in place of a covenant's; a refused movement carried over an "or" ("without going over 3.5x net leverage
 * or under 1.5x FCCR") and a level "kept to"; and new rent capped by a word between the amount and the rent ("$8M max
 * of new rent"), as a label with "tops" after the amount, or as the budget asked for the new leases. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'borrowings bounded at a multiple of a year\'s earnings ("total borrowing can\'t end up more than 3.5 times what we earn in a year")': [
    ['$140M. Total borrowing must not end up more than 3.2 times what we earn in a year.', { target_amount: 140e6, max_net_leverage: 3.2 }],
    ["$140M. Make sure net borrowings don't go above 3.6x annual EBITDA.", { target_amount: 140e6, max_net_leverage: 3.6 }],
    ['$140M. Borrowings capped at 3.4 times yearly earnings once the deal closes.', { target_amount: 140e6, max_net_leverage: 3.4 }],
    [
      "$140M. Our borrowings after the transaction no higher than 2.8 times a year's earnings.",
      { target_amount: 140e6, max_net_leverage: 2.8 },
    ],
    [
      "$140M. Borrowing following the sale no more than 3.1x a year's operating profit, please.",
      { target_amount: 140e6, max_net_leverage: 3.1 },
    ],
    // A level the borrowings stood at is no limit, and borrowings capped in money are no ratio.
    ["$140M. Borrowings after the deal were 3.9 times a year's earnings last time.", { target_amount: 140e6 }],
    ['$140M. Borrowings capped at $60M under the revolver.', { target_amount: 140e6 }],
  ],
  'the lease-adjusted formula with the leases capitalised, counted or treated as debt ("debt with leases capitalised at 8x rent, relative to earnings before rent, no more than 5.0")':
    [
      [
        '$95M. Borrowings with the leases capitalised at 8x rent, divided by earnings before rent, no more than 4.7.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.7 },
      ],
      ["$95M. Debt plus eight years' rent, relative to EBITDAR, at most 5.1.", { target_amount: 95e6, max_lease_adjusted_leverage: 5.1 }],
      [
        '$95M. Debt with leases included (rent x 8) over earnings before rent: 4.6 max.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.6 },
      ],
      [
        '$95M. The debt-plus-eight-times-rent ratio over earnings before rent must stay under 4.8.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.8 },
      ],
      [
        "$95M. The measure in which rent is capitalised at 8x and added to debt, over earnings before rent, can't exceed 5.2.",
        { target_amount: 95e6, max_lease_adjusted_leverage: 5.2 },
      ],
      [
        '$95M. With leases treated as debt (8x rent) over EBITDAR, keep it no higher than 4.4.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.4 },
      ],
      // The eight capitalises the rent: with no limit after the formula, nothing is read.
      ['$95M. Debt with leases capitalised at 8x rent, over earnings before rent, is how the agencies see us.', { target_amount: 95e6 }],
    ],
  'lease-adjusted leverage named by a pronoun for the ratio ("the lease-adjusted one, 3.8x max", "the one that counts leases - ... - keep it under 4.25")':
    [
      [
        'Ana: which ratio matters to the banks for the $95M?\nRaj: the rent-adjusted one, 4.9x max.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.9 },
      ],
      [
        'Ana: which leverage figure for the $95M?\nRaj: the one that counts leases - borrowings plus 8x rent over earnings before rent - keep it below 5.3',
        { target_amount: 95e6, max_lease_adjusted_leverage: 5.3 },
      ],
      [
        '$95M. Of the two tests, the lease-adjusted one, 4.45x at most, is the one that binds.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.45 },
      ],
      [
        '$95M. Which leverage? The one that counts leases — debt plus eight times rent over EBITDAR — hold it at 4.65 or lower.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.65 },
      ],
      // The multiple of rent in the aside is how the leases are counted, not a level.
      [
        'Ana: which leverage figure for the $95M?\nRaj: the one that counts leases - borrowings plus 8x rent over earnings before rent - is what the agency uses.',
        { target_amount: 95e6 },
      ],
    ],
  'earnings covering interest and rent at least a number of times ("earnings have to cover rent plus interest at least 1.9 times over")': [
    ['$60M. Earnings cover interest and rent at least 1.8 times.', { target_amount: 60e6, min_fixed_charge_coverage: 1.8 }],
    ['$60M. Interest plus rent is covered at least twice by what we make.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    ['$60M. Earnings should pay rent and interest at least 1.65 times over.', { target_amount: 60e6, min_fixed_charge_coverage: 1.65 }],
    [
      '$60M. Our earnings still covering interest plus all rent at least twice over.',
      { target_amount: 60e6, min_fixed_charge_coverage: 2 },
    ],
    ['$60M. Earnings need to cover rent and interest two times, per the bank.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    ['$60M. EBITDAR over interest + rent, 1.7x minimum.', { target_amount: 60e6, min_fixed_charge_coverage: 1.7 }],
    // Coverage measured last year is no floor, and "twice, once for ... once for ..." counts occasions.
    ['$60M. Earnings covered interest and rent 2.4 times last year.', { target_amount: 60e6 }],
    ['$60M. Earnings need to cover interest and rent twice, once for each lender and once for us.', { target_amount: 60e6 }],
  ],
  'levels written before their metrics and used as the limits ("please use 3.75x net and 4.75x lease-adjusted as the limits")': [
    [
      '$120M. The bond covenant is 4.5x; take 4.0x net and 5.25x lease-adjusted as our working limits.',
      { target_amount: 120e6, max_net_leverage: 4, max_lease_adjusted_leverage: 5.25 },
    ],
    ['$120M. The RCF has a 4.25x net leverage covenant. Please use 3.6x net as the cap.', { target_amount: 120e6, max_net_leverage: 3.6 }],
    [
      '$120M. Model 3.9x net and 1.8x coverage as the limits.',
      { target_amount: 120e6, max_net_leverage: 3.9, min_fixed_charge_coverage: 1.8 },
    ],
    [
      '$75M. The old facility capped net leverage at 4.5x; please use 3.8x net and 5.0x lease-adjusted as the limits.',
      { target_amount: 75e6, max_net_leverage: 3.8, max_lease_adjusted_leverage: 5 },
    ],
    // A multiple of rent used as the capitalisation is no level.
    [
      '$75M. Use 8x rent as the capitalisation multiple and 4.9x lease-adjusted as the cap.',
      { target_amount: 75e6, max_lease_adjusted_leverage: 4.9 },
    ],
  ],
  'a refused movement carried over "or", and a level "kept to" ("w/o going over 3.5x net leverage or under 1.5x FCCR")': [
    [
      '$120M. Can we do it without going over 3.25x net leverage or under 1.7x FCCR?',
      { target_amount: 120e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.7 },
    ],
    [
      '$120M, w/o going above 4.8x lease-adjusted or below 2.1x fixed charge coverage.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.8, min_fixed_charge_coverage: 2.1 },
    ],
    [
      '$120M without dropping below 1.9x FCCR or over 3.4x net leverage.',
      { target_amount: 120e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.9 },
    ],
    ['$120M. Lease-adjusted leverage held to 4.6, please.', { target_amount: 120e6, max_lease_adjusted_leverage: 4.6 }],
    ['$120M. Net leverage limited to 3.3x after the program.', { target_amount: 120e6, max_net_leverage: 3.3 }],
    // With no movement refused, "over" and "under" point the wrong way for both ratios.
    ['$120M. Going over 3.5x net leverage or under 1.6x FCCR would be fine by me.', { target_amount: 120e6 }],
  ],
  'new rent capped by a word after the amount, a label, or a budget asked for ("$8M max of new rent", "New rent: $1.5M a year, tops")': [
    ['$75M target; $5M at most in added rent.', { target_amount: 75e6, max_rent_added: 5e6 }],
    ['$75M with $6.5M a year max of new rent.', { target_amount: 75e6, max_rent_added: 6.5e6 }],
    ['$75M. Added rent: $3M a year, tops.', { target_amount: 75e6, max_rent_added: 3e6 }],
    ['$75M. Extra rent across the buildings we sell: $4.5M at the outside.', { target_amount: 75e6, max_rent_added: 4.5e6 }],
    [
      "Uma: what's the rent budget for the leasebacks?\nLeo (Treasurer): $7M a year\nUma: and the raise?\nLeo (Treasurer): $75M",
      { target_amount: 75e6, max_rent_added: 7e6 },
    ],
    // An amount on the new rent with no cap's word is no cap.
    ['$75M. New rent across whatever we sell: $4M a year, roughly.', { target_amount: 75e6 }],
    ["Uma: what's the rent budget for the new leases?\nLeo: no idea yet, ask Kim\nUma: and the raise?\nLeo: $75M", { target_amount: 75e6 }],
  ],
};

describeFamilies('readBrief: covenants and the cap on new rent in plain words (twenty-fifth round)', FAMILIES);
