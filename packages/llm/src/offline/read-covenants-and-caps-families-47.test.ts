import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-seventh round of wording families for the covenants and caps: a ratio dated by a day or a period with "'s"
 * ("Today's FCCR", "last quarter's leverage"), which keeps its date; a push past a level refused ("don't let the SLB
 * push it past 4.6x"); net debt told as steps ("take what we owe, subtract our cash, divide by a year's earnings"); a
 * level in words with its fraction and no "times" ("two and three quarters"); rent added to debt as the lease-adjusted
 * ratio; interest and rent bills asked to be covered a number of times, or earnings enough to pay them; rent added
 * capped after its amount beside another figure's cap; rent over the leases, which spans time and caps nothing; a
 * covenant's underscore key in a constraint row with a comparison column; a share key under a markets heading; and a
 * named company's past deal, whose levels are its own. Every case states what it must read; a field it does not name
 * is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a ratio dated by a day or a period with "\'s", the limit after it': [
    [
      "Raise $95M. Today's fixed charge coverage is 2.6x; once we close it has to be at least 2.0x.",
      { target_amount: 95e6, min_fixed_charge_coverage: 2 },
    ],
    [
      "Target $95M. Today's net leverage is 2.8x, and after the sale it can't go past 3.3x.",
      { target_amount: 95e6, max_net_leverage: 3.3 },
    ],
    ["$95M please. Today's FCCR: 2.9x. Post-deal floor: 2.2x.", { target_amount: 95e6, min_fixed_charge_coverage: 2.2 }],
    // Today's level alone, with no limit after it, limits nothing.
    ["Raise $95M. Today's FCCR is 2.4x.", { target_amount: 95e6 }],
  ],
  'a push past a level refused': [
    [
      'Raise $115M. Lease-adjusted is 4.3x right now; do not let the sale push it above 4.9x.',
      { target_amount: 115e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      "Target $115M. We're on 3.0x net leverage today, and we can't let this deal take it past 3.6x.",
      { target_amount: 115e6, max_net_leverage: 3.6 },
    ],
    [
      "Raise $115M. FCCR currently 2.5x; don't let the leaseback drag it below 1.9x.",
      { target_amount: 115e6, min_fixed_charge_coverage: 1.9 },
    ],
    // A push foreseen, not refused, is no limit.
    ['Raise $115M. Net leverage is 3.1x now; selling everything would push it past 3.9x.', { target_amount: 115e6 }],
  ],
  'net debt told as steps: what we owe, less the cash, over earnings': [
    [
      'Raise $70M. Take our debt, subtract the cash, divide by annual earnings: that must stay at 3.4 or less.',
      { target_amount: 70e6, max_net_leverage: 3.4 },
    ],
    [
      'Target $70M. If you deduct our cash from what we owe and divide by a year of earnings, it should be no more than 3.1.',
      { target_amount: 70e6, max_net_leverage: 3.1 },
    ],
    [
      'Raise $70M. What the company owes, then take away the cash, over yearly earnings - at most 2.9.',
      { target_amount: 70e6, max_net_leverage: 2.9 },
    ],
    // The same steps giving today's figure limit nothing.
    ['Raise $70M. Take what we owe, subtract our cash and divide by earnings, and you get 2.6 today.', { target_amount: 70e6 }],
  ],
  'a level in words with its fraction or spoken decimals, and no "times"': [
    ['Raise $60M. Debt less cash over earnings must stay under three and a half.', { target_amount: 60e6, max_net_leverage: 3.5 }],
    ['Target $60M. Net debt against earnings: no more than two and a quarter.', { target_amount: 60e6, max_net_leverage: 2.25 }],
    ['Raise $60M. Net debt over a year of earnings should not go above three point two.', { target_amount: 60e6, max_net_leverage: 3.2 }],
    // A count in words is no level of the ratio.
    ['Raise $60M. Net debt over earnings is fine; sell no more than two and a half buildings a month.', { target_amount: 60e6 }],
  ],
  'rent added to debt, as the lease-adjusted ratio': [
    [
      'Raise $130M. Moody\u2019s adds our leases to our debt; measured that way we need to be 5.2x or lower.',
      { target_amount: 130e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      'Target $130M. The lenders add all rent onto our borrowings and want the result under 4.8 times earnings before rent.',
      { target_amount: 130e6, max_lease_adjusted_leverage: 4.8 },
    ],
    [
      'Raise $130M from Phoenix. With rent added to the debt, the ratio may not exceed 5.0.',
      { target_amount: 130e6, max_lease_adjusted_leverage: 5, include_markets: ['Phoenix'] },
    ],
    // Rent added to the debt with the ratio's level today is no limit.
    ['Raise $130M. Adding our rent to our debt, we sit at 4.4 today.', { target_amount: 130e6 }],
  ],
  'interest and rent bills asked to be covered a number of times, or earnings enough to pay them': [
    [
      'Raise $105M. Rent and interest payments must be covered by profits 1.8 times or more.',
      { target_amount: 105e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      'Target $105M. Fixed charges covered 2.25 times, at a minimum, once the leases start.',
      { target_amount: 105e6, min_fixed_charge_coverage: 2.25 },
    ],
    [
      'Raise $105M. Operating profit has to be able to cover the interest and rent costs 1.9 times.',
      { target_amount: 105e6, min_fixed_charge_coverage: 1.9 },
    ],
    [
      'Raise $105M. Our earnings should be big enough to pay the rent and interest bills twice over.',
      { target_amount: 105e6, min_fixed_charge_coverage: 2 },
    ],
    // A level measured last year, neither asked for nor floored, is no floor; interest alone is another ratio.
    ['Raise $105M. Last year our interest and rent bills were covered 2.7 times by earnings.', { target_amount: 105e6 }],
    ['Raise $105M. Interest costs should be covered 4 times by earnings.', { target_amount: 105e6 }],
  ],
  'rent added capped after its amount, beside another figure\u2019s cap': [
    [
      'Raise $150M. Criticality 0.7 or under and rent added at $8M or less.',
      { target_amount: 150e6, max_criticality: 0.7, max_rent_added: 8e6 },
    ],
    [
      'Raise $150M. Keep market share at 30% or below and rent added at $12M max.',
      { target_amount: 150e6, max_market_share: 0.3, max_rent_added: 12e6 },
    ],
    [
      'Target $150M: net leverage 3.5x or under, and rent added at $9.5M a year or under.',
      { target_amount: 150e6, max_net_leverage: 3.5, max_rent_added: 9.5e6 },
    ],
    // Rent already paid, beside a capped figure, caps nothing.
    ['Raise $150M. Criticality 0.7 or under; current rent is $30M a year.', { target_amount: 150e6, max_criticality: 0.7 }],
  ],
  'rent over the leases, the term or the years spans time and caps nothing': [
    [
      'Give me the lowest total cost of rent over the lease term for $135M.',
      { target_amount: 135e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Lowest rent cost over the leases, please, on $135M.', { target_amount: 135e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Find the lowest total cost of rent over the full term for a $135M raise; new rent no more than $9M a year.',
      { target_amount: 135e6, max_rent_added: 9e6, economics: { objective: 'min_npv_cost' } },
    ],
    // Rent still capped by "over" an amount is a cap.
    ['Raise $135M; new rent not over $7M a year.', { target_amount: 135e6, max_rent_added: 7e6 }],
  ],
  'a covenant\u2019s underscore key in a constraint row with a comparison column': [
    ['metric,op,limit\nnet_lev,<=,3.6\ntarget,=,90000000', { target_amount: 90e6, max_net_leverage: 3.6 }],
    [
      'metric | op | limit\nlease_adj_leverage | <= | 5.1\nfccr | >= | 1.6\ntarget | = | 90000000',
      { target_amount: 90e6, max_lease_adjusted_leverage: 5.1, min_fixed_charge_coverage: 1.6 },
    ],
    ['field,cmp,val\nnet_debt_to_ebitda,=,3.2\ntarget,=,90000000', { target_amount: 90e6, max_net_leverage: 3.2 }],
    // A comparison the wrong way round for the ratio states no limit.
    ['metric,op,limit\nnet_leverage,>=,3.6\ntarget,=,90000000', { target_amount: 90e6 }],
  ],
  'a share key under a markets heading': [
    ['target: 120M\nmarkets:\n  max_share: 0.4', { target_amount: 120e6, max_market_share: 0.4 }],
    [
      'target: 120M\nmarkets:\n  include: [Dallas, Houston, Phoenix]\n  share_cap: 45%',
      { target_amount: 120e6, max_market_share: 0.45, include_markets: ['Dallas', 'Houston', 'Phoenix'] },
    ],
    ['geography:\n  max_concentration: 0.3\ntarget: 120M', { target_amount: 120e6, max_market_share: 0.3 }],
    // A share key under another heading is no market cap.
    ['target: 120M\nbuyers:\n  max_share: 0.4', { target_amount: 120e6 }],
  ],
  'a named company\u2019s past deal, whose levels are its own': [
    [
      "Globex's leaseback closed at 2.1x coverage. Ours: $100M, FCCR at least 1.7x.",
      { target_amount: 100e6, min_fixed_charge_coverage: 1.7 },
    ],
    [
      "Hooli's 2023 SLB was priced with 3.9x net leverage. We want $100M with net leverage below 3.4x.",
      { target_amount: 100e6, max_net_leverage: 3.4 },
    ],
    [
      "Raise $100M. Vandelay's transaction went through at 5.3x lease-adjusted; we're capped at 4.7x lease-adjusted.",
      { target_amount: 100e6, max_lease_adjusted_leverage: 4.7 },
    ],
    // The writer's own instruction in the same sentence keeps its level.
    [
      "Raise $100M. Acme's deal was done at 2.0x FCCR and we must keep FCCR at 2.0x or better too.",
      {
        target_amount: 100e6,
        min_fixed_charge_coverage: 2,
      },
    ],
  ],
};

describeFamilies('Brief wording families, round 47: covenants and caps', FAMILIES);
