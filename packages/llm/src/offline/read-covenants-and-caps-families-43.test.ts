import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-third round of wording families for the covenants and caps: the rent-named adjective alone before a
 * lease-adjusted bound ("rent-adjusted ≤ 4.8x"); an unnamed net leverage limit after the level the company sits at,
 * with the level's "net" or in turns ("we're at 3.0x net today", "we're sitting at three turns"), a rise refused
 * ("don't let it go past 3.3x") or a level wanted after the deal; fixed-charge coverage said as its formula with the
 * rent added back to earnings ("EBITDA plus rent over interest plus rent"); a single-market cap corrected as soon as it
 * is said ("forty percent. Make that thirty-five."); a planned level named as a planning limit or floor, as what the
 * board wants, or as a target labelled for after the deal; a refused rise of debt against a year's earnings; a level the
 * writer asks not to be held to; discomfort with a level before its ratio; percent setting keys; levels planned
 * "respectively"; debt a covenant lets run to a multiple, with a stay planned inside it; the cap on lease-adjusted
 * "is"; the covenant's level after a label; net leverage as a hyphenated compound; a level a year ended at; fixed
 * charge asked as a question; a covenant table's planned column; a rent cap asked as the rent added; the company's own
 * ceiling in turns; the agencies' adjusted measure; and earnings held at a multiple of the charges with the floor after
 * them ("earnings at 2.5 times rent plus interest or above"). Every case states what it must read; a field it does not name
 * is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the rent-adjusted adjective alone before its bound': [
    [
      '$90M, rent-adjusted <= 5.1x, nothing in Newark.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 5.1, exclude_markets: ['Newark'] },
    ],
    [
      '$90M. Keep net under 3.4x and rent-adjusted under 4.9x.',
      { target_amount: 90e6, max_net_leverage: 3.4, max_lease_adjusted_leverage: 4.9 },
    ],
    ['$90M; rent adjusted no more than 5.3x.', { target_amount: 90e6, max_lease_adjusted_leverage: 5.3 }],
    // A level today and rent-adjusted earnings are no cap.
    ['$90M. Rent-adjusted 4.2 today.', { target_amount: 90e6 }],
    ['$90M. Rent-adjusted EBITDA is about $500M.', { target_amount: 90e6 }],
  ],
  'an unnamed net leverage limit after the level the company sits at': [
    ["$95M. We're at 2.9x net today; the lenders want us to stay below 3.15x.", { target_amount: 95e6, max_net_leverage: 3.15 }],
    [
      'EBITDA 400, net debt 1.2bn, so we are sitting at three turns. Do not let it climb over 3.35x once we close. $95M.',
      { target_amount: 95e6, max_net_leverage: 3.35 },
    ],
    ["$95M. We're at about 3.1x today. Never let it go beyond 3.45x.", { target_amount: 95e6, max_net_leverage: 3.45 }],
    [
      'Banker: Where are you now?\nCFO: Net debt over EBITDA puts us at three turns today.\nCFO: We need to be at two and three-quarter turns after the sale.\nBanker: Size?\nCFO: $95M.',
      { target_amount: 95e6, max_net_leverage: 2.75 },
    ],
    // A level wanted with no "after the deal" is a hope, and a level that was passed in the past is history.
    ["$95M. We're at 3.0x today and I want to be at 2.8x someday.", { target_amount: 95e6 }],
    ["$95M. We're at 3.0x today; we went above 3.6x in 2020.", { target_amount: 95e6 }],
  ],
  'fixed-charge coverage as its formula with rent added back to earnings': [
    ['$85M. EBITDA plus rent over rent plus interest no less than 1.95.', { target_amount: 85e6, min_fixed_charge_coverage: 1.95 }],
    ['$85M. Earnings + rent divided by interest + rent at least 2.1x.', { target_amount: 85e6, min_fixed_charge_coverage: 2.1 }],
    ['$85M; (earnings + rent) / (rent + interest) of at least 1.7x.', { target_amount: 85e6, min_fixed_charge_coverage: 1.7 }],
    // Interest alone below the line is interest coverage; a level today is no floor.
    ['$85M. EBITDA plus rent over interest at least 4x.', { target_amount: 85e6 }],
    ['$85M. (EBITDA + rent)/(interest + rent) is 2.6x today.', { target_amount: 85e6 }],
  ],
  'a single-market cap corrected as soon as it is said': [
    ['$70M. No one market above thirty percent. Make that twenty-five.', { target_amount: 70e6, max_market_share: 0.25 }],
    ['$70M. At most 20% from any one market... actually, make it 30%.', { target_amount: 70e6, max_market_share: 0.3 }],
    ['$70M. No single market over a quarter - no, cap it at twenty percent.', { target_amount: 70e6, max_market_share: 0.2 }],
    // A figure for another field after the cap corrects nothing.
    [
      '$70M. No single market over 40%. Escalator 2%, make that 2.5%.',
      { target_amount: 70e6, max_market_share: 0.4, economics: { rent_escalator: 0.025 } },
    ],
    [
      '$70M. No single market over 40%, make it a 15-year term.',
      { target_amount: 70e6, max_market_share: 0.4, economics: { lease_term_years: 15 } },
    ],
  ],
  'a planned level named as a planning limit, what the board wants, or a target after the deal': [
    [
      '$110M. Lease-adjusted leverage covenant 5.5x; our planning ceiling is 4.75x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 4.75 },
    ],
    ['$110M. FCCR covenant 1.25x; the committee wants 1.8x.', { target_amount: 110e6, min_fixed_charge_coverage: 1.8 }],
    ['$110M. Net leverage covenant: 4.0x (target post-close: 3.4x)', { target_amount: 110e6, max_net_leverage: 3.4 }],
    [
      '$110M. The covenant on net leverage is 4x; the board wants us planning to 3.5x. The covenant on fixed-charge cover is 1.25x; the board wants 2x.',
      { target_amount: 110e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 2 },
    ],
    // A level the board wants that is looser than the covenant is no plan inside it.
    ['$110M. Net leverage covenant 3.5x; the board wants 4.0x.', { target_amount: 110e6, max_net_leverage: 3.5 }],
  ],
  "a rise of the debt refused, as a multiple of a year's earnings": [
    ["$75M. Don't let debt go over 3.1 turns of EBITDA.", { target_amount: 75e6, max_net_leverage: 3.1 }],
    [
      '$75M. Never let our net debt climb above three and a quarter turns of annual earnings.',
      { target_amount: 75e6, max_net_leverage: 3.25 },
    ],
    ['$75M. Do not let borrowings rise past 2.9 turns of EBITDA.', { target_amount: 75e6, max_net_leverage: 2.9 }],
    // Earnings before rent are the lease-adjusted ratio's, and debt in money is no ratio.
    ["$75M. Don't let debt go over 5x EBITDAR.", { target_amount: 75e6 }],
    ["$75M. Don't let debt go over $1.5bn.", { target_amount: 75e6 }],
  ],
  'a level the writer asks not to be held to': [
    ["$65M. I'd pencilled in 3.3x net leverage, but don't constrain it.", { target_amount: 65e6 }],
    ['$65M. FCCR 1.8x was the old number - do not bind on it.', { target_amount: 65e6 }],
    ['$65M. Someone mentioned 3.5x leverage; please do not limit it.', { target_amount: 65e6 }],
    // A refusal that goes on to say what it limits by, or names another field, leaves the level standing.
    ["$65M. Net leverage under 3.4x, don't limit it by market.", { target_amount: 65e6, max_net_leverage: 3.4 }],
    ["$65M. Net leverage under 3.4x; don't cap the market share.", { target_amount: 65e6, max_net_leverage: 3.4 }],
  ],
  'a discomfort with a level before the ratio it bounds': [
    ["$55M. I'm not comfortable with net leverage above 3.45x.", { target_amount: 55e6, max_net_leverage: 3.45 }],
    ['$55M. We are uncomfortable with coverage below 1.65x.', { target_amount: 55e6, min_fixed_charge_coverage: 1.65 }],
    ["$55M. The board isn't happy with rent-adjusted leverage over 5.2x.", { target_amount: 55e6, max_lease_adjusted_leverage: 5.2 }],
    // Comfort with a level is no limit.
    ["$55M. I'm comfortable with net leverage above 3.6x.", { target_amount: 55e6 }],
  ],
  'a setting key that says its value is in percent, and the lease-adjusted adjective alone in a key': [
    ['{"target": 88000000, "max_market_share_pct": 35}', { target_amount: 88e6, max_market_share: 0.35 }],
    ['target_usd=88000000; metro_cap_pct=25', { target_amount: 88e6, max_market_share: 0.25 }],
    [
      'target_usd=88000000;max_lease_adj=5.25;term=15',
      { target_amount: 88e6, max_lease_adjusted_leverage: 5.25, economics: { lease_term_years: 15 } },
    ],
    // A percentage over a hundred is no share, and a key that names no market share is not a cap.
    ['target_usd=88000000; market_cap_pct=350', { target_amount: 88e6 }],
    ['target_usd=88000000; occupancy_pct=95', { target_amount: 88e6 }],
  ],
  'levels planned "respectively" for the two ratios named before them': [
    [
      '$120M. Net leverage max 4.0x, FCCR min 1.25x. We plan to 3.6x and 1.6x respectively.',
      { target_amount: 120e6, max_net_leverage: 3.6, min_fixed_charge_coverage: 1.6 },
    ],
    [
      '$120M. FCCR at least 1.5x and net leverage under 4x; we will model 2.0x and 3.5x, respectively.',
      { target_amount: 120e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 2 },
    ],
    [
      '$120M. Lease-adjusted leverage 5.5x and coverage 1.5x; we target 5.0x and 1.9x respectively.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 5, min_fixed_charge_coverage: 1.9 },
    ],
    // Whole numbers given respectively count something else, not the ratios' levels.
    [
      '$120M. Net leverage under 4x, FCCR over 1.5x. For the two phases we target 2 and 3 respectively.',
      { target_amount: 120e6, max_net_leverage: 4, min_fixed_charge_coverage: 1.5 },
    ],
  ],
  'net leverage as a hyphenated compound of debt against earnings': [
    ['$45M. Keep the debt-against-annual-earnings number at 3.2 times or under.', { target_amount: 45e6, max_net_leverage: 3.2 }],
    ['$45M. Our debt-versus-EBITDA figure must stay below 3.4x.', { target_amount: 45e6, max_net_leverage: 3.4 }],
    ["$45M. The debt-against-a-year's-earnings ratio no more than 2.9x.", { target_amount: 45e6, max_net_leverage: 2.9 }],
    // Earnings before rent are the lease-adjusted ratio's, and a level today is no limit.
    ['$45M. The debt-over-EBITDAR ratio no more than 5.4x.', { target_amount: 45e6 }],
    ['$45M. The debt-against-earnings number is 3.1x today.', { target_amount: 45e6 }],
  ],
  'a covenant said as how far debt may run, with a stay planned inside it': [
    [
      'Our facility lets net debt run to 4x EBITDA, but we want to stay at or under 3.4x. $130M.',
      { target_amount: 130e6, max_net_leverage: 3.4 },
    ],
    ['$130M. The revolver allows debt to go up to three and a half times earnings.', { target_amount: 130e6, max_net_leverage: 3.5 }],
    ['$130M. The FCCR covenant is 1.4x; we stay above 1.9x.', { target_amount: 130e6, min_fixed_charge_coverage: 1.9 }],
    // A stay outside the covenant is no plan inside it; debt let run in money is no ratio.
    ['$130M. Net leverage covenant 3.5x; we stay under 3.9x.', { target_amount: 130e6, max_net_leverage: 3.5 }],
    ['$130M. The revolver lets us draw up to $300M.', { target_amount: 130e6 }],
  ],
  "a limit's noun before the lease-adjusted adjective, or the covenant's level after a label": [
    ["$140M. The lenders' cap on lease-adjusted is five and a half times.", { target_amount: 140e6, max_lease_adjusted_leverage: 5.5 }],
    ['$140M. The limit for rent-adjusted is 5.2x.', { target_amount: 140e6, max_lease_adjusted_leverage: 5.2 }],
    ["$140M. Net leverage: the covenant's 3.9x.", { target_amount: 140e6, max_net_leverage: 3.9 }],
    ["$140M. Net leverage: the covenant's 4x but let's hold 3.7x.", { target_amount: 140e6, max_net_leverage: 3.7 }],
    // Today's level after the cap's words is no limit.
    ['$140M. The cap on lease-adjusted is 4.1x today.', { target_amount: 140e6 }],
  ],
  'a level a year ended at, and fixed charge asked as a question': [
    ['Proceeds $60M. Our net leverage ended the year at 3.6x.', { target_amount: 60e6 }],
    ['Proceeds $60M. Net leverage finished at 3.3x.', { target_amount: 60e6 }],
    [
      'Banker: Fixed charge?\nCFO: At least 1.85 times.\nBanker: Size?\nCFO: $60M.',
      { target_amount: 60e6, min_fixed_charge_coverage: 1.85 },
    ],
    [
      'Banker: Fixed charges?\nCFO: No less than two times.\nBanker: Size?\nCFO: $60M.',
      { target_amount: 60e6, min_fixed_charge_coverage: 2 },
    ],
    // The limit asked for stands beside a level a year ended at.
    ['Proceeds $60M. Net leverage under 3.5x; we ended last year at 3.6x.', { target_amount: 60e6, max_net_leverage: 3.5 }],
  ],
  'a covenant table with a column for the level planned inside it': [
    [
      '| Ratio | Covenant | Plan to |\n|---|---|---|\n| Net leverage | 3.75x | 3.4x |\n| Fixed charge coverage | 1.25x | 1.6x |\nRaise $150M.',
      { target_amount: 150e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.6 },
    ],
    [
      '| Metric | Limit | Internal |\n|---|---|---|\n| Lease-adjusted leverage | 5.75x | 5.1x |\nRaise $150M.',
      { target_amount: 150e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      '| Test | Credit agreement | Target |\n| --- | --- | --- |\n| Debt / EBITDA | 4.25 | 3.6 |\nRaise $150M.',
      { target_amount: 150e6, max_net_leverage: 3.6 },
    ],
    // With no planned column the covenant stands, and a row that names no ratio is left to its own readers.
    ['| Metric | Covenant |\n|---|---|\n| Net leverage | 3.9x |\nRaise $150M.', { target_amount: 150e6, max_net_leverage: 3.9 }],
  ],
  'a rent cap asked as the rent added or the new rent signed up for, answered with a hold or a ceiling': [
    [
      'Director: Rent added?\nTreasurer: $9M a year ceiling.\nDirector: Raise?\nTreasurer: $120M.',
      { target_amount: 120e6, max_rent_added: 9e6 },
    ],
    [
      'Director: How much new rent are we taking on?\nTreasurer: We will hold it to $7.5M a year, tops.\nDirector: Raise?\nTreasurer: $120M.',
      { target_amount: 120e6, max_rent_added: 7.5e6 },
    ],
    [
      "Director: Max rent added?\nTreasurer: We'll keep it to $10M a year at most.\nDirector: Raise?\nTreasurer: $120M.",
      { target_amount: 120e6, max_rent_added: 10e6 },
    ],
    // A figure a line with no rent question stands above is no cap, and a figure only suggested is none either.
    ['Director: Raise?\nTreasurer: We will hold it to $120M.', { target_amount: 120e6 }],
  ],
  "the company's own leverage ceiling in turns, the ratio unnamed": [
    [
      "CFO: We're not like our peers. We stay at three and a quarter turns or below. $115M.",
      { target_amount: 115e6, max_net_leverage: 3.25 },
    ],
    ["$115M. We'll keep it under 3.4 turns.", { target_amount: 115e6, max_net_leverage: 3.4 }],
    ['$115M. We must remain at or below 3x.', { target_amount: 115e6, max_net_leverage: 3 }],
    // Where the company sits, another company's level, and a sentence that names another ratio are no net leverage cap.
    ['$115M. We stay at three turns.', { target_amount: 115e6 }],
    ['$115M. They stay at three turns or below.', { target_amount: 115e6 }],
    ['$115M. We stay under 4.5x on a lease-adjusted basis.', { target_amount: 115e6, max_lease_adjusted_leverage: 4.5 }],
  ],
  'leverage adjusted by the agencies, named as their measure': [
    ['$115M. The agency-adjusted ratio no more than 5.1x.', { target_amount: 115e6, max_lease_adjusted_leverage: 5.1 }],
    ['$115M. Agency-adjusted measure: 5.4x max.', { target_amount: 115e6, max_lease_adjusted_leverage: 5.4 }],
    ['$115M. The board set a ceiling of 5.6x on the agency-adjusted metric.', { target_amount: 115e6, max_lease_adjusted_leverage: 5.6 }],
    // The agency's adjusted EBITDA is no ratio.
    ['$115M. Agency-adjusted EBITDA is $410M.', { target_amount: 115e6 }],
  ],
  'earnings held at a multiple of the charges, the floor after the charges': [
    ['$80M. Earnings at 2.2 times interest plus rent or better.', { target_amount: 80e6, min_fixed_charge_coverage: 2.2 }],
    ['$80M. Earnings stay at 1.9x fixed charges or more.', { target_amount: 80e6, min_fixed_charge_coverage: 1.9 }],
    ['$80M. EBITDAR should be at 1.7 times rent and interest or higher.', { target_amount: 80e6, min_fixed_charge_coverage: 1.7 }],
    // A level today, and a multiple of interest alone, are no fixed-charge floor.
    ['$80M. Earnings at 2.2 times interest plus rent today.', { target_amount: 80e6 }],
    ['$80M. Earnings at 4 times interest or above.', { target_amount: 80e6 }],
  ],
};

describeFamilies('Brief wording families, round 43: covenants and caps', FAMILIES);
