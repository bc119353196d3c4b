import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fortieth round of wording families for the covenants and caps: lease-adjusted leverage spelled out as its formula
 * (bracketed, "all over", "eight times rent added to debt", rent "counted as debt") with its limit after it, a level in
 * words or "on that measure"; fixed-charge coverage described as earnings covering interest and rent, with the floor
 * after the multiple or the charges in an aside; net leverage as debt limited to a multiple of a year's earnings, and
 * a level held or stayed inside it; unnamed caps after today's net leverage; a rent cap after another limit's figure,
 * asked in a chat as "max rent we can add?", labelled "rent added" in millions or as a year-one maximum; ratios from a
 * scanned page; a one-row sheet with a notes column; a row of a sheet chosen on the line under it; a ratio's name with when it holds ("FCCR after the deal, min"); a
 * level refused and replaced on the reply line under it ("↳ not 1.6 - make it 1.7"); and a market-share cap that
 * "should be" a fraction. Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage spelled out as its formula, then its limit': [
    [
      'Our notes define (total debt + 8x yearly rent) / EBITDAR, and we must not exceed four and a half. We need $95M.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.5 },
    ],
    [
      'Moody\u2019s counts eight years\u2019 rent as debt. By that measure we need to stay below 5.1x. We need $95M.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 5.1 },
    ],
    ['$95M. Net debt plus 8x rent, all over EBITDAR, should stay under 4.65.', { target_amount: 95e6, max_lease_adjusted_leverage: 4.65 }],
    [
      'Ops: eight times the annual rent added to our debt, divided by EBITDAR - it cannot go over 5.2x\nOps: proceeds $95M',
      { target_amount: 95e6, max_lease_adjusted_leverage: 5.2 },
    ],
    // A level of the formula measured in the past is no limit.
    ['$95M. The agencies count eight years of rent as debt. On that measure we were 4.4x last year.', { target_amount: 95e6 }],
  ],
  'fixed-charge coverage described as earnings covering interest and rent': [
    [
      '$120M. Earnings must cover rent and interest, the fixed charges, 2.25 times at a minimum.',
      { target_amount: 120e6, min_fixed_charge_coverage: 2.25 },
    ],
    ['$120M. EBITDAR has to cover interest plus rent two times or more.', { target_amount: 120e6, min_fixed_charge_coverage: 2 }],
    [
      '$120M. Profit before rent should remain no less than 1.85 times what we spend on rent and interest.',
      { target_amount: 120e6, min_fixed_charge_coverage: 1.85 },
    ],
    [
      '$120M. Cover (our earnings before rent, over rent plus interest) must be at least 1.65x.',
      { target_amount: 120e6, min_fixed_charge_coverage: 1.65 },
    ],
    // A cover seen last year, and earnings over interest alone, are no floor of this ratio.
    ['$120M. Last year our earnings covered interest and rent 2.4 times.', { target_amount: 120e6 }],
    ['$120M. Earnings must cover interest at least 4 times.', { target_amount: 120e6 }],
  ],
  "net leverage as debt limited to a multiple of a year's earnings": [
    ['$85M. Our bank caps borrowings at three and a quarter times EBITDA.', { target_amount: 85e6, max_net_leverage: 3.25 }],
    ["$85M. The facility's ceiling is net debt of 3.9x EBITDA.", { target_amount: 85e6, max_net_leverage: 3.9 }],
    [
      "$85M. The lenders expect our debt held to no more than four times a year's operating profit.",
      { target_amount: 85e6, max_net_leverage: 4 },
    ],
    [
      "$85M. We don't want to owe our lenders more than 2.8 times what the company earns in a year.",
      { target_amount: 85e6, max_net_leverage: 2.8 },
    ],
    // Earnings before rent are the lease-adjusted ratio's, and debt in money is no ratio.
    ['$85M. The agencies cap debt at five times EBITDAR.', { target_amount: 85e6 }],
    ['$85M. Cap debt at $40M.', { target_amount: 85e6 }],
  ],
  'a level held or stayed inside the covenant': [
    ['$85M. The net leverage covenant is 3.75x; we hold 3.4x for safety.', { target_amount: 85e6, max_net_leverage: 3.4 }],
    [
      '$85M. The lenders cap debt at 4x EBITDA, but we should stay comfortably within that - 3.6 times.',
      { target_amount: 85e6, max_net_leverage: 3.6 },
    ],
    // A level held today is no plan.
    ['$85M. The net leverage covenant is 3.75x and we hold 3.4x today.', { target_amount: 85e6, max_net_leverage: 3.75 }],
  ],
  "unnamed caps after today's net leverage": [
    [
      '$130M. Net debt is about $900M on EBITDA of $300M, so 3.0x currently. The board wants us below 2.8x afterwards.',
      { target_amount: 130e6, max_net_leverage: 2.8 },
    ],
    [
      '$130M. We sit at 3.1x right now; the bank caps us at 4x and the board wants no more than 3.7x post-close.',
      { target_amount: 130e6, max_net_leverage: 3.7 },
    ],
    ['Lee: net leverage 2.9x today\nLee: after the deal cap it at 3.3x\nLee: raise $130M', { target_amount: 130e6, max_net_leverage: 3.3 }],
    // A level in the past is history, and a floor after another ratio's level today is that ratio's.
    ['$130M. Leverage is 3.2x today and we were under 2.6x in 2021.', { target_amount: 130e6 }],
    ['$130M. FCCR is 2.6x today; keep it above 1.9x.', { target_amount: 130e6, min_fixed_charge_coverage: 1.9 }],
  ],
  "a rent cap after another limit's figure": [
    [
      '$110M with net leverage no more than 3.6x and a $7M cap on new rent.',
      { target_amount: 110e6, max_net_leverage: 3.6, max_rent_added: 7e6 },
    ],
    ['$110M, a 30% market cap and a $6.5M cap on added rent.', { target_amount: 110e6, max_market_share: 0.3, max_rent_added: 6.5e6 }],
  ],
  'a rent cap asked in a chat and answered': [
    [
      '[10:02] Ana: proceeds?\n[10:03] Ben (CFO): $75M\n[10:04] Ana: max new rent we can take on?\n[10:05] Ben (CFO): $5M a year',
      { target_amount: 75e6, max_rent_added: 5e6 },
    ],
    ['Ana: target $75M\nAna: how much added rent could we afford?\nBen: $4.5M', { target_amount: 75e6, max_rent_added: 4.5e6 }],
    // Rent asked of today is no cap.
    ['Ana: target $75M\nAna: what rent do we pay now?\nBen: $4.5M', { target_amount: 75e6 }],
  ],
  'a rent cap labelled as rent added or as a year-one maximum': [
    ['Target: $64M\nRent added cap (USD m): 3.5', { target_amount: 64e6, max_rent_added: 3.5e6 }],
    ['A1 Target (USD m) B1 64\nA2 Max rent added (USD m) B2 3.2', { target_amount: 64e6, max_rent_added: 3.2e6 }],
    ['Target: $64M\nMaximum first-year rent: $4,200,000', { target_amount: 64e6, max_rent_added: 4.2e6 }],
    ['Target: $64M\nTotal year-one rent cap: $3.9M', { target_amount: 64e6, max_rent_added: 3.9e6 }],
    // Rent paid today has no year one.
    ['Target: $64M\nCurrent annual rent: $4,200,000', { target_amount: 64e6 }],
  ],
  'ratios from a scanned page': [
    [
      'The Borrower shall keep a Fixed Charge Coverage Ratio of not less than l.7O:l.OO. Proceeds: $9O million.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.7 },
    ],
    ['Net 1everage shall not exceed 3.2Ox. Proceeds: $9O million.', { target_amount: 90e6, max_net_leverage: 3.2 }],
    [
      'The ratio of EBITDAR to fixed charges shall be not less than l.6 to l. Proceeds: $9O million.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.6 },
    ],
    // Letters that only look like a scanned ratio are words.
    ['Proceeds: $90 million. The l.a. team signs off on Friday.', { target_amount: 90e6 }],
  ],
  'a one-row sheet with a notes column': [
    [
      'Run\tTarget ($m)\tMax net leverage\tMin FCCR\tNotes\nBase\t150\t3.4\t1.7\tagreed Monday',
      { target_amount: 150e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.7 },
    ],
    [
      'Item | Proposal\nTarget | $150m\nMax share from one market | 30%\nTax rate on gain | 21%',
      { target_amount: 150e6, max_market_share: 0.3, economics: { tax_rate: 0.21 } },
    ],
  ],
  'a row of a sheet chosen on the line under it': [
    ['Option\tTarget\tNet leverage cap\nA\t80\t3.1\nB\t95\t3.4\n-> We went with B.', { target_amount: 95e6, max_net_leverage: 3.4 }],
    [
      'Case,Target,Min FCCR,Market cap\nLean,70,1.9,30%\nFull,100,1.7,35%\nBoard approved: Lean',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.9, max_market_share: 0.3 },
    ],
  ],
  "a ratio's name with when it holds": [
    ['Jo: FCCR after the sale, min?\nKai: 1.8x\nJo: target $95M?\nKai: yes', { target_amount: 95e6, min_fixed_charge_coverage: 1.8 }],
    [
      '$95M. Net leverage post-close, max 3.3x, and lease-adjusted leverage after the deal, at most 4.6x.',
      { target_amount: 95e6, max_net_leverage: 3.3, max_lease_adjusted_leverage: 4.6 },
    ],
    // A level after the deal last time is no limit.
    ['$95M. Net leverage after the deal was 3.2x last time.', { target_amount: 95e6 }],
  ],
  'a level refused and replaced on the reply line under it': [
    [
      'Kim: coverage floor 1.8\nKim: \u21b3 not 1.8 - make it 1.9, per the bank\nLu: and $120M?\nKim: yes',
      { target_amount: 120e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['Lu: $120M, single-market cap 40%\nKim: not 40%, use 35%', { target_amount: 120e6, max_market_share: 0.35 }],
    [
      'Lu: target $120M, lease-adjusted max 5.0x\nKim: \u21b3 not 5.0x - make it 4.75x',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.75 },
    ],
    // A reply refusing a level that was never given changes nothing above it.
    ['Lu: target $120M, net leverage max 3.5x\nKim: not 3.9x - make it 3.2x', { target_amount: 120e6, max_net_leverage: 3.5 }],
  ],
  'a market-share cap that "should be" a fraction': [
    ['Raise $150M; the single-market cap should be 0.3 per city.', { target_amount: 150e6, max_market_share: 0.3 }],
    ['Raise $150M. The market-share limit must be 0.35.', { target_amount: 150e6, max_market_share: 0.35 }],
    // A fraction that is no share of the raise.
    ['Raise $150M. The cap rate should be 0.06.', { target_amount: 150e6 }],
  ],
};

describeFamilies('Brief wording families, round 40: covenants and caps', FAMILIES);
