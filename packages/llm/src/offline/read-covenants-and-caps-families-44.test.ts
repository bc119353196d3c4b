import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-fourth round of wording families for the covenants and caps: a named ratio's level today followed by the
 * limit for after the deal with no name of its own ("we sit at 2.1x FCCR today; the floor after the deal is 1.7x");
 * lease-adjusted leverage described as debt with the rent counted in ("treating rent like a loan, 5.2 max"); fixed-charge
 * coverage described as earnings covering rent and interest ("income must cover rent plus interest 1.9 times over at
 * least"); net leverage described as debt less cash against earnings ("debt less cash at 3.25 times earnings or lower");
 * the sale said to add no more than an amount of rent on top of what is paid; "rent added" as a label before its cap; a
 * market cap keyed "share/market" with a fraction; a lease-adjusted setting key joined by underscores; a covenant
 * setting key with its value after a space ("fccr_min 2.05"); and an internal policy floor or ceiling. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "a limit after today's named level, with no name of its own": [
    ['$120M. We currently sit at 2.1x FCCR; the floor after the deal is 1.7x.', { target_amount: 120e6, min_fixed_charge_coverage: 1.7 }],
    [
      "$120M. We're running 3.2x net leverage right now, and the ceiling we've agreed for after closing is 3.6x.",
      { target_amount: 120e6, max_net_leverage: 3.6 },
    ],
    [
      'Current lease-adj leverage is 4.6x. Board cap post-deal is 5.2x. Raise $120M.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      '$120M from Dallas and Houston. We currently carry 4.7x lease-adjusted. Never let it get past 5.3x.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 5.3, include_markets: ['Dallas', 'Houston'] },
    ],
    ['Current FCCR 2.7x. Post-sale minimum: 2.3x. Target $120M.', { target_amount: 120e6, min_fixed_charge_coverage: 2.3 }],
    [
      'Lenders currently put net leverage at 3.3x; the new limit is 3.05x after closing. Raise $120M.',
      { target_amount: 120e6, max_net_leverage: 3.05 },
    ],
    // Today's level alone, with no limit after it, is no limit; nor is a level from the past after it.
    ['$120M. Our FCCR is 2.1x today; Atlanta is off the table.', { target_amount: 120e6, exclude_markets: ['Atlanta'] }],
    ["$120M. We're at 3.2x net leverage today; we were at 3.9x in 2021.", { target_amount: 120e6 }],
    // A count of things after today's level is no multiple.
    ['$120M. Net leverage is 3.2x today. Sell up to 4 properties, at most 2 per market.', { target_amount: 120e6 }],
    // A limit after today's net leverage on the leverage that counts the leases is that ratio's, not net leverage's.
    [
      "We're at 3.6x net leverage today, hence the sale. Raise $95M and hold the leverage that counts our leases at or under 5.2x.",
      { target_amount: 95e6, max_lease_adjusted_leverage: 5.2 },
    ],
  ],
  'lease-adjusted leverage described as debt with the rent counted in': [
    ['$140M. Treating rent like a loan, 5.2 max.', { target_amount: 140e6, max_lease_adjusted_leverage: 5.2 }],
    [
      "$140M. If we count our rent as a kind of debt, the total over earnings-before-rent mustn't go past 4.7.",
      { target_amount: 140e6, max_lease_adjusted_leverage: 4.7 },
    ],
    [
      'Need $140M out of Chicago and Columbus. With rent treated as debt, that ratio tops out at 5.1.',
      { target_amount: 140e6, max_lease_adjusted_leverage: 5.1, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['$140M. Our debt-plus-rent number has to be 4.4 or less.', { target_amount: 140e6, max_lease_adjusted_leverage: 4.4 }],
    ['$140M. Hold the rent-as-debt ratio under 5.3.', { target_amount: 140e6, max_lease_adjusted_leverage: 5.3 }],
    // A level today with rent counted as debt, and a bound on something else in the sentence, are no cap.
    ['$140M. Counting rent as debt, we sit at 4.3 today.', { target_amount: 140e6 }],
    [
      '$140M. Counting rent as debt matters to us, so no more than 30% from any one market.',
      { target_amount: 140e6, max_market_share: 0.3 },
    ],
  ],
  'fixed-charge coverage described as earnings covering rent and interest': [
    ['$75M. Our profit has to pay interest and rent 1.9 times over at least.', { target_amount: 75e6, min_fixed_charge_coverage: 1.9 }],
    ['$75M. Earnings cover on interest-plus-rent: 2.3 or more.', { target_amount: 75e6, min_fixed_charge_coverage: 2.3 }],
    [
      '$75M. Our lender tracks how often profit covers rent and interest; keep that at no less than 1.65.',
      { target_amount: 75e6, min_fixed_charge_coverage: 1.65 },
    ],
    [
      '$75M. Once we pay interest and rent, earnings should be at least 2.05 times those bills.',
      { target_amount: 75e6, min_fixed_charge_coverage: 2.05 },
    ],
    [
      '$75M. Profit must cover interest and rent at least twice, and net debt should stay at 3.6 times earnings or lower.',
      { target_amount: 75e6, min_fixed_charge_coverage: 2, max_net_leverage: 3.6 },
    ],
    // Rent and interest as amounts, and a level the earnings cover today, are no floor.
    ['$75M. Earnings cover rent plus interest 2.6 times right now.', { target_amount: 75e6 }],
    ['$75M. Rent and interest come to $30M a year, paid out of earnings.', { target_amount: 75e6 }],
  ],
  'net leverage described as debt less cash against earnings': [
    ['$65M. Hold debt less cash at 3.25 times earnings or lower.', { target_amount: 65e6, max_net_leverage: 3.25 }],
    ['$65M. Debt after cash: no more than 2.9 times EBITDA.', { target_amount: 65e6, max_net_leverage: 2.9 }],
    ["$65M. Debt net of cash shouldn't go beyond three times yearly earnings.", { target_amount: 65e6, max_net_leverage: 3 }],
    [
      "$65M. Our debt-minus-cash against yearly earnings is 2.7 now, and it can't rise above 3.15 after the sale.",
      { target_amount: 65e6, max_net_leverage: 3.15 },
    ],
    [
      'The bank lets net debt run to 4.0 times earnings; we want a cushion, so cap it at 3.55. $65M.',
      { target_amount: 65e6, max_net_leverage: 3.55 },
    ],
    // Net debt as an amount, and today's multiple of earnings alone, are no cap.
    ['$65M. Net debt is about $900M against earnings of $300M.', { target_amount: 65e6 }],
    ['$65M. Net debt is 2.7 times earnings today.', { target_amount: 65e6 }],
  ],
  'the sale said to add no more than an amount of rent on top of what is paid': [
    [
      'We pay roughly $14M of rent a year now. The sale should add no more than $5 million a year on top. Raise $80M.',
      { target_amount: 80e6, max_rent_added: 5e6 },
    ],
    [
      "Rent is already $22M a year. I don't want the deal to add more than 3.5 million on top of that. $80M.",
      { target_amount: 80e6, max_rent_added: 3.5e6 },
    ],
    [
      'Our rent bill is $9M. This leaseback must not add more than $2.5M a year on top. $80M please.',
      { target_amount: 80e6, max_rent_added: 2.5e6 },
    ],
    // The sale adding to something other than rent, with no rent named, caps no rent.
    ["$80M. The deal shouldn't add more than $2M a year on top of our fees.", { target_amount: 80e6 }],
  ],
  '"rent added" as a label before its cap': [
    ['$105M. Rent added, cap at 6 million yearly.', { target_amount: 105e6, max_rent_added: 6e6 }],
    [
      '$105M from Newark and Phoenix. Rent added, capped at $3.5M per year.',
      { target_amount: 105e6, max_rent_added: 3.5e6, include_markets: ['Newark', 'Phoenix'] },
    ],
    // The rent added by the last program, said as history, is no cap.
    ['$105M. Rent added last year was $3M.', { target_amount: 105e6 }],
  ],
  'a market cap keyed "share/market" with a fraction': [
    ['raise $90M | max share/market 0.3 | tax 25%', { target_amount: 90e6, max_market_share: 0.3, economics: { tax_rate: 0.25 } }],
    ['$90M; share/metro 0.45', { target_amount: 90e6, max_market_share: 0.45 }],
    // A share of something else is no market cap.
    ['$90M; share/owner 0.45', { target_amount: 90e6 }],
  ],
  'a lease-adjusted setting key joined by underscores': [
    ['target: 110m\nlease_adj_cap: 5.4\nstrategy: greedy', { target_amount: 110e6, max_lease_adjusted_leverage: 5.4, strategy: 'greedy' }],
    [
      'Target $88M. Settings: lease_adj_max: 4.95; strategy exact',
      { target_amount: 88e6, max_lease_adjusted_leverage: 4.95, strategy: 'exact' },
    ],
    // A key for something else that holds the words is no lease-adjusted cap.
    ['target: 110m\nlease_adj_ebitdar: 410', { target_amount: 110e6 }],
  ],
  'a covenant setting key joined by underscores, its value after a space': [
    [
      'Settings: target 96m; rent_adj 4.9; leaseability 0.6',
      { target_amount: 96e6, max_lease_adjusted_leverage: 4.9, min_leaseability: 0.6 },
    ],
    ['Settings: target 96m; fccr_min 2.05; strategy greedy', { target_amount: 96e6, min_fixed_charge_coverage: 2.05, strategy: 'greedy' }],
    [
      'target 96m\nnet_lev 3.15\nlease_adjusted_leverage_cap 5.3',
      { target_amount: 96e6, max_net_leverage: 3.15, max_lease_adjusted_leverage: 5.3 },
    ],
    // Today's level in a key of its own, or a value said to be today's, is no setting of the limit.
    ['target 96m; current_net_lev 3.9; tax 25%', { target_amount: 96e6, economics: { tax_rate: 0.25 } }],
    ['target 96m; net_lev 3.9 today', { target_amount: 96e6 }],
  ],
  'an internal policy floor or ceiling beside the covenant': [
    ['$150M. "The FCCR covenant is 1.4x; the internal policy floor is 1.75x."', { target_amount: 150e6, min_fixed_charge_coverage: 1.75 }],
    ['$150M. Net leverage covenant 4.25x, internal policy ceiling 3.6x.', { target_amount: 150e6, max_net_leverage: 3.6 }],
  ],
};

describeFamilies('Brief wording families, round 44: covenants and caps', FAMILIES);
