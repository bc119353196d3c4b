import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighth round of wording families for the covenants, the market-share cap, the new-rent cap and the score
 * filters, many of them dictated: numbers spoken in words, words heard as other words, and a speaker's pauses.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  '"lease adjusted" alone before a level in words or with no unit ("lease adj 4.6", "lease adjusted under four point nine")': [
    ['Sent from my phone. 120m target, lease adj 4.6', { target_amount: 120e6, max_lease_adjusted_leverage: 4.6 }],
    ['Raise eighty million, and lease adjusted under four point nine.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.9 }],
    ['Target 95M. Lease adjusted 4.25 max.', { target_amount: 95e6, max_lease_adjusted_leverage: 4.25 }],
    ['Three hundred million. Lease adjusted no more than five and a quarter.', { target_amount: 300e6, max_lease_adjusted_leverage: 5.25 }],
    ['Raise 60M, lease adjusted under six.', { target_amount: 60e6, max_lease_adjusted_leverage: 6 }],
    // A level today, a term or an amount after the words is no limit.
    ['Raise 60M. Lease adjusted 3.9 today.', { target_amount: 60e6 }],
    ['Raise 60M, lease adjusted under five years of rent.', { target_amount: 60e6 }],
  ],
  'a multiple heard as another word ("for times lease adjusted", "above to times")': [
    ['Can we get 300M without going over for times lease adjusted?', { target_amount: 300e6, max_lease_adjusted_leverage: 4 }],
    [
      'fixed charge coverage has to stay above to times, and the target is ninety million',
      { target_amount: 90e6, min_fixed_charge_coverage: 2 },
    ],
    ['Raise 150M, coverage no less than too times.', { target_amount: 150e6, min_fixed_charge_coverage: 2 }],
    ['Raise 150M and keep net leverage under for times.', { target_amount: 150e6, max_net_leverage: 4 }],
    // "to" and "for" anywhere else are what they say.
    ['Raise 150M for times like these; net leverage under 3.5x.', { target_amount: 150e6, max_net_leverage: 3.5 }],
    ['Raise 150M; we go back to times when coverage was 3x.', { target_amount: 150e6 }],
  ],
  '"fixed charge" alone before "above"/"over", and "fixed charge cov" ("keep fixed charge above one point five")': [
    ['Raise 400M and keep fixed charge above one point five.', { target_amount: 400e6, min_fixed_charge_coverage: 1.5 }],
    ['Two hundred million. Fixed charge over one and three quarters.', { target_amount: 200e6, min_fixed_charge_coverage: 1.75 }],
    ['Can we raise 120M? Fixed charge cov 1.7', { target_amount: 120e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise 120M. Fixed charge not below 1.6x.', { target_amount: 120e6, min_fixed_charge_coverage: 1.6 }],
    // Fixed charges as an amount, or over a number of years, are no coverage.
    ['Raise 120M. Fixed charges over 40 million a year are paid from the revolver.', { target_amount: 120e6 }],
  ],
  '"ebit da", the word split by a transcript ("net debt to ebit da no more than three point three")': [
    ['Two hundred million. Net debt to ebit da no more than three point one.', { target_amount: 200e6, max_net_leverage: 3.1 }],
    ['Raise 90M with debt to EBIT DA under 3.6x.', { target_amount: 90e6, max_net_leverage: 3.6 }],
    ['Raise 90M; net debt over ebit-da at most 3.25x.', { target_amount: 90e6, max_net_leverage: 3.25 }],
    // EBITDA itself is an amount, never the ratio.
    ['Raise 90M; ebit da is about 400 million.', { target_amount: 90e6 }],
  ],
  'a speaker\'s aside between a metric and its bound ("net leverage that is, under three point two five")': [
    [
      'the ask is a hundred million, leverage, net leverage that is, under three point five',
      { target_amount: 100e6, max_net_leverage: 3.5 },
    ],
    ['Raise 90M; fixed charge coverage, uh, at least 1.6x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.6 }],
    ['Raise 90M; lease-adjusted leverage I mean, below 4.8x.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.8 }],
    // An aside that names another metric keeps its figure.
    ['Raise 90M; net leverage that is, FCCR at least 1.6x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.6 }],
  ],
  'a dictated list item: "and uh" before the metric, or a comma before a level in words ("lease adjusted leverage, four and a half")': [
    [
      'the target is one forty five million, and uh net leverage three and a quarter, and fixed charge at least one point seven',
      { target_amount: 145e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.7 },
    ],
    [
      'coverage above two times, and the target is a hundred million, and the lease adjusted leverage, five and a half',
      { target_amount: 100e6, min_fixed_charge_coverage: 2, max_lease_adjusted_leverage: 5.5 },
    ],
    ['Raise 80M, and um net leverage three point seven five.', { target_amount: 80e6, max_net_leverage: 3.75 }],
    ['Raise 80M. Net leverage, four times.', { target_amount: 80e6, max_net_leverage: 4 }],
    // A level with more after it in its sentence is a description, not a list item.
    ['Raise 80M. Net leverage, three and a half at the last test date, is fine.', { target_amount: 80e6 }],
  ],
  'a single-market cap as a fraction after "is", "market cap" or a dictated decimal ("the single-market limit is 0.25", "market cap 0.3", "market share max point three")':
    [
      ['Committee: $280M, and the single-market limit is 0.3.', { target_amount: 280e6, max_market_share: 0.3 }],
      [
        'FP&A: $150M; market cap 0.35; US GAAP.',
        { target_amount: 150e6, max_market_share: 0.35, economics: { accounting_basis: 'us_gaap' } },
      ],
      ['two hundred million, market share max point four', { target_amount: 200e6, max_market_share: 0.4 }],
      ['Raise $90M. The per-metro cap is 0.2.', { target_amount: 90e6, max_market_share: 0.2 }],
      // A market capitalisation has a scale, and a limit of another metric is its own.
      ['Raise $90M. Our market cap 0.3bn is small.', { target_amount: 90e6 }],
      ['Raise $90M. The criticality limit is 0.6.', { target_amount: 90e6, max_criticality: 0.6 }],
    ],
  'the share from "any of the three" places just listed ("No more than 40% from any of the three")': [
    [
      'Dallas, Houston and Phoenix only. $200M. No more than 45% from any of the three.',
      { target_amount: 200e6, include_markets: ['Dallas', 'Houston', 'Phoenix'], max_market_share: 0.45 },
    ],
    [
      'Only Chicago and Columbus. Raise $80M, at most 60% from any one of the two.',
      { target_amount: 80e6, include_markets: ['Chicago', 'Columbus'], max_market_share: 0.6 },
    ],
    [
      'Atlanta, Dallas, Newark and Phoenix only; $240M; no more than 35% from any of these four markets.',
      { target_amount: 240e6, include_markets: ['Atlanta', 'Dallas', 'Newark', 'Phoenix'], max_market_share: 0.35 },
    ],
    // A share of the proceeds of a number of things that are no places is no cap.
    ['Raise $200M; 40% of it from any of the three sale tranches.', { target_amount: 200e6 }],
  ],
  'a market cap revised later in its sentence ("policy limit is 25% per metro, but the committee has approved 35%", "a 25% cap - no, tighten that to 20%")':
    [
      [
        'The fund wants $250M. Our usual limit is 30% per metro, but for this deal the committee approved 40%.',
        { target_amount: 250e6, max_market_share: 0.4 },
      ],
      ['IC asked for a 30% market cap - no, tighten that to 25%. $160M.', { target_amount: 160e6, max_market_share: 0.25 }],
      [
        'Raise $120M with no more than 20% per market, but the board has okayed 30% for this deal.',
        { target_amount: 120e6, max_market_share: 0.3 },
      ],
      ['Raise $120M; max 35% from any single market, no, lower it to 30%.', { target_amount: 120e6, max_market_share: 0.3 }],
      [
        'In the Q3 deck we assumed a 20% market share cap - drop that, use 30%. Target 130m.',
        { target_amount: 130e6, max_market_share: 0.3 },
      ],
      // An exception for one place is no new cap for every market.
      [
        'Raise $200M. Max 30% per market, but we have approved 40% of the budget for marketing.',
        { target_amount: 200e6, max_market_share: 0.3 },
      ],
    ],
  'a buyer\'s refusal of what lies beyond a score ("we decline assets scored above 0.7 on criticality", "anything more critical than 0.65 stays in-house")':
    [
      ['Raise $230M. We decline assets scored above 0.6 on criticality.', { target_amount: 230e6, max_criticality: 0.6 }],
      ['Raise $230M; we reject anything rated under 0.5 on leaseability.', { target_amount: 230e6, min_leaseability: 0.5 }],
      ['$185M; anything more critical than 0.55 stays in-house.', { target_amount: 185e6, max_criticality: 0.55 }],
      ['$185M; sites critical above 0.7 are off the table.', { target_amount: 185e6, max_criticality: 0.7 }],
      // A site described as more critical, with no verdict, rules nothing out.
      ['$185M; anything more critical than 0.65 is worth a second look.', { target_amount: 185e6 }],
    ],
  '"leasibility", and a level after another item of an exclusion list ("exclude mortgaged assets and anything with leaseability below 0.55")':
    [
      ['Target 95M. Leasibility min 0.6.', { target_amount: 95e6, min_leaseability: 0.6 }],
      ['Target 95M, leaseibility at least 0.5.', { target_amount: 95e6, min_leaseability: 0.5 }],
      [
        'Exclude mortgaged assets and anything with leaseability below 0.6. $150M.',
        { target_amount: 150e6, exclude_mortgaged: true, min_leaseability: 0.6 },
      ],
      [
        'Exclude the offices and anything with criticality above 0.7. Raise $150M.',
        {
          target_amount: 150e6,
          asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'retail', 'data_center', 'lab'],
          max_criticality: 0.7,
        },
      ],
      // The item must be short and end at "and": a long clause is no list item.
      ['Exclude whatever the lenders want us to keep and think about leaseability below 0.6 later. $150M.', { target_amount: 150e6 }],
    ],
  'a rent cap refused by its passing, and a dictated pause before the amount ("resist anything adding more than $17.5M of annual rent", "can\'t be more than, uh, fourteen million")':
    [
      [
        'Raise $230M. Their treasurer will resist anything adding more than $15M of annual rent.',
        { target_amount: 230e6, max_rent_added: 15e6 },
      ],
      ['Raise $230M; the board would reject any structure with over $12M of new rent.', { target_amount: 230e6, max_rent_added: 12e6 }],
      [
        'so we need two hundred million, the rent we add cannot be more than, uh, twelve million a year',
        { target_amount: 200e6, max_rent_added: 12e6 },
      ],
      ['Raise $150M, and keep new rent under, um, $9M a year.', { target_amount: 150e6, max_rent_added: 9e6 }],
      [
        "Voice memo. It is a hundred million, and rent added capped at, let's say, eight million. Yeah, eight.",
        { target_amount: 100e6, max_rent_added: 8e6 },
      ],
      // Resisting rent in place, or a pause before the ask, is no cap.
      ['Raise $230M. They resist anything adding more than $15M to the purchase price.', { target_amount: 230e6 }],
    ],
  'a stricter limit of one\'s own after a looser one ("the lender model allows 4.5x net; our board\'s own limit is 3.75x")': [
    ["The bank's model allows 4.25x net; our board's own limit is 3.5x. Raise $210M.", { target_amount: 210e6, max_net_leverage: 3.5 }],
    ['Covenant FCCR is 1.5x; our internal minimum is 1.9x. Raise $90M.', { target_amount: 90e6, min_fixed_charge_coverage: 1.9 }],
    [
      "Lenders allow 5.5x lease-adjusted; the treasurer's house limit is 5.0x. $140M.",
      { target_amount: 140e6, max_lease_adjusted_leverage: 5 },
    ],
    // A limit of another metric after it is that metric's own.
    [
      "Lenders allow 4.5x net; the board's own criticality limit is 0.6. $140M.",
      { target_amount: 140e6, max_net_leverage: 4.5, max_criticality: 0.6 },
    ],
  ],
  'the company held to a level by name, and a cushion that restates the gap to a planned level ("hold Northwind to 3.25x", "plan to 3.5x so we keep half a turn of headroom")':
    [
      [
        'Last time we let net leverage run to 3.75x and regretted it; this time hold Northwind to 3.4x. Raise $220M.',
        { target_amount: 220e6, max_net_leverage: 3.4 },
      ],
      ['Net leverage covenant is 4.5x; hold the company to 4.0x. $150M.', { target_amount: 150e6, max_net_leverage: 4 }],
      [
        "The revolver's net leverage covenant is 4.25x; plan to 3.75x so we keep half a turn of headroom. $175M.",
        { target_amount: 175e6, max_net_leverage: 3.75 },
      ],
      [
        'FCCR covenant 1.5x; we plan to 1.75x, which leaves a quarter-turn of headroom. $60M.',
        { target_amount: 60e6, min_fixed_charge_coverage: 1.75 },
      ],
      // A cushion that is not the gap to the planned figure is still taken off it.
      ['Net leverage covenant 4.0x; plan to 3.75x less a 0.25x cushion. $60M.', { target_amount: 60e6, max_net_leverage: 3.5 }],
    ],
  '"us" for the company held under a level ("keep us under three point five", "don\'t let the program take us above 3.0x")': [
    [
      "We're about three times levered today; I want the plan to keep us under three point seven five. Raise $160M.",
      { target_amount: 160e6, max_net_leverage: 3.75 },
    ],
    [
      "We're at roughly 3.2x today. Don't let the program take us above 3.5x. Target $130M.",
      { target_amount: 130e6, max_net_leverage: 3.5 },
    ],
    ['Net leverage is 3.1x now; keep us below 3.4x. Raise $90M.', { target_amount: 90e6, max_net_leverage: 3.4 }],
    ['FCCR sits at 2.4x today; never let the deal push us below 2.0x. Raise $90M.', { target_amount: 90e6 }],
    // Carried past a level without a refusal, or held under a figure that is no multiple, is no limit.
    ["We're at 3.2x today and this program would take us above 3.5x. Target $130M.", { target_amount: 130e6 }],
    ['Raise $90M and keep us under five million of new cost.', { target_amount: 90e6 }],
  ],
  'a level given to "it" with a bound word after it ("we\'d stress it to 4.0x maximum")': [
    [
      "The agency's note: lease-adjusted leverage is about 3.5x today. We'd stress it to 4.25x maximum. $260M.",
      { target_amount: 260e6, max_lease_adjusted_leverage: 4.25 },
    ],
    ['Net leverage is 2.9x today; take it to 3.5x at most. Raise $100M.', { target_amount: 100e6, max_net_leverage: 3.5 }],
    ['Net leverage is 2.9x today; we could push it to 3.75x tops. Raise $100M.', { target_amount: 100e6, max_net_leverage: 3.75 }],
    // Without the bound word, taking it to a level is a forecast.
    ['Net leverage is 2.9x today; the program would take it to 3.4x. Raise $100M.', { target_amount: 100e6 }],
  ],
  'a covenant whose ratio is never named, with a level planned inside it ("the covenant is four times but I want to plan to three and a quarter")':
    [
      [
        'So the covenant in the credit agreement is four and a half times but I want to plan to three point seven five. Raise $200M.',
        { target_amount: 200e6, max_net_leverage: 3.75 },
      ],
      ['Our covenant is 4.0x; we plan to 3.5x. Raise $120M.', { target_amount: 120e6, max_net_leverage: 3.5 }],
      [
        "Team - you'll remember the 4.5x covenant. We're tested at 4.5x, but I want 4.0x in the model for headroom. $120M.",
        { target_amount: 120e6, max_net_leverage: 4 },
      ],
      ['The covenant under our revolver is 1.5x and we plan to 1.8x. Raise $90M.', { target_amount: 90e6, min_fixed_charge_coverage: 1.8 }],
      ['Bank covenant 4,5x, internal policy 3,75x - use internal. Target 175 mio.', { target_amount: 175e6, max_net_leverage: 3.75 }],
      // No plan inside it, or a ratio named in the brief, leaves the covenant to the readers of named ratios.
      ['The covenant in the credit agreement is four times. Raise $200M.', { target_amount: 200e6 }],
      ['Our covenant is 4.0x; we plan to three. Raise $120M.', { target_amount: 120e6 }],
    ],
  'a level chosen right after a figure taken back, for the metric the words taken back name ("we considered a 4.75x lease-adjusted cap but will use 4.5x")':
    [
      ['We considered a 5.0x lease-adjusted cap but will use 4.75x. $240M.', { target_amount: 240e6, max_lease_adjusted_leverage: 4.75 }],
      ['The bank floated a 2.0x FCCR floor but we settled on 1.75x. Raise $90M.', { target_amount: 90e6, min_fixed_charge_coverage: 1.75 }],
      ["We discussed a 3.75x net leverage ceiling, but let's do 3.5x. Raise $90M.", { target_amount: 90e6, max_net_leverage: 3.5 }],
      // Words taken back that name two metrics say nothing about the level after them.
      ['We considered 4.5x net leverage and 1.5x FCCR but will use 2.0x. Raise $90M.', { target_amount: 90e6 }],
    ],
  'a level settled in a negotiation ("the buyer wanted 0.7 leaseability; we countered with 0.6 and they agreed")': [
    [
      'The buyer wanted 0.75 leaseability; we countered with 0.65 and they agreed. $120M.',
      { target_amount: 120e6, min_leaseability: 0.65 },
    ],
    ['The lenders asked for 2.0x coverage; we came back with 1.75x. Raise $90M.', { target_amount: 90e6, min_fixed_charge_coverage: 1.75 }],
    ['The fund asked for criticality under 0.5, and we settled on 0.6. $80M.', { target_amount: 80e6, max_criticality: 0.6 }],
    ['Bank wanted net leverage at most 3.0x; we countered with 3.25x. $150M.', { target_amount: 150e6, max_net_leverage: 3.25 }],
    // A counter turned down, or one that names no metric, settles nothing.
    ['The buyer wanted 0.7 leaseability; we countered with 0.6 and they refused. $120M.', { target_amount: 120e6 }],
    ['We countered with 0.6 on the price. $120M.', { target_amount: 120e6 }],
  ],
  'a level someone else shows, disowned after it ("management\'s deck shows a 2.5x coverage outcome; we are not anchoring on that")': [
    [
      "Raise $140M; fixed-charge cover not below 1.8 times. Management's deck shows a 2.4x coverage outcome; we are not anchoring on that.",
      { target_amount: 140e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      'Raise $90M. The bank model shows 4.5x net leverage; we will not plan to that. Net leverage under 4.0x.',
      { target_amount: 90e6, max_net_leverage: 4 },
    ],
    ["Raise $90M. The sponsor's case has lease-adjusted leverage at 5.5x; I'm not relying on it.", { target_amount: 90e6 }],
    // A level the writer anchors on, or one disowned in another clause, stays.
    ['Raise $90M. Net leverage under 3.5x; we are anchoring on that.', { target_amount: 90e6, max_net_leverage: 3.5 }],
    [
      'Raise $90M. Net leverage under 3.5x. The old plan used 4x; we are not relying on it.',
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
  ],
  'a level for the metric just named, by "that" or as the level planned ("Keep that under 4.5x", "the level we\'ll plan to is 3.6x")': [
    [
      'Net debt is $1.2bn and the agencies look at lease-adjusted numbers. Keep that under 4.75x. We want $170M.',
      { target_amount: 170e6, max_lease_adjusted_leverage: 4.75 },
    ],
    [
      "Ninety-five million. We sit around 3.1x net leverage today, for reference; the level we'll plan to is 3.5x.",
      { target_amount: 95e6, max_net_leverage: 3.5 },
    ],
    ['FCCR is 2.6x now; the level we will manage to is 2.0x. Raise $80M.', { target_amount: 80e6, min_fixed_charge_coverage: 2 }],
    [
      'Ex-Texas, $100M. Lease-adjusted levarage max 4.25x.',
      { target_amount: 100e6, exclude_markets: ['Dallas', 'Houston'], max_lease_adjusted_leverage: 4.25 },
    ],
    // With no metric named before, "keep that under" holds nothing.
    ['Raise $90M. Keep that under 4.5x.', { target_amount: 90e6 }],
  ],
  'fixed charges said to be covered ("fixed charges have to be covered at least two times over")': [
    [
      'Owner: fixed charges have to be covered at least two times over. Raise ninety million.',
      { target_amount: 90e6, min_fixed_charge_coverage: 2 },
    ],
    ['Raise $80M; fixed charges must be covered at least 1.8x.', { target_amount: 80e6, min_fixed_charge_coverage: 1.8 }],
    ['Raise $80M. Fixed charges need to be covered 2.25 times or more.', { target_amount: 80e6, min_fixed_charge_coverage: 2.25 }],
    // Covered by something else is no coverage ratio.
    ['Raise $80M. Fixed charges have to be covered by the revolver until 2027.', { target_amount: 80e6 }],
  ],
  'the single-market share named by "share" alone ("Max share 30%", "Share cap 0.5")': [
    ['Target $140M; Net leverage <= 3.25x; Max share 35%.', { target_amount: 140e6, max_net_leverage: 3.25, max_market_share: 0.35 }],
    [
      'Target 65,000,000 | Share cap 0.4 | Basis US GAAP',
      { target_amount: 65e6, max_market_share: 0.4, economics: { accounting_basis: 'us_gaap' } },
    ],
    ['Raise $90M; maximum share: 0.45.', { target_amount: 90e6, max_market_share: 0.45 }],
    // A share with no level after it is no cap.
    ['Raise $90M; share cap to be decided.', { target_amount: 90e6 }],
  ],
  'a rent cap\'s noun after the rent named after the amount ("a $22.5M annual rent ceiling")': [
    [
      'Please raise $300M with a $22.5M annual rent ceiling and 20-year leases.',
      { target_amount: 300e6, max_rent_added: 22.5e6, economics: { lease_term_years: 20 } },
    ],
    ['Raise $90M with a $7M rent cap.', { target_amount: 90e6, max_rent_added: 7e6 }],
    ['Raise $90M; $6.5M yearly rent limit.', { target_amount: 90e6, max_rent_added: 6.5e6 }],
    // A cap only suggested is no cap.
    ['Raise $75m. The CFO initially suggested a $6m rent cap, then withdrew it.', { target_amount: 75e6 }],
  ],
  'a label that rules out a list of levels ("Out of scope: mortgaged sites and anything with criticality above 0.7")': [
    [
      'In scope: Dallas and Houston. Out of scope: mortgaged sites and anything with criticality above 0.65. Target $82m.',
      { target_amount: 82e6, include_markets: ['Dallas', 'Houston'], exclude_mortgaged: true, max_criticality: 0.65 },
    ],
    ['Target $60m. Excluded: anything with leaseability below 0.5.', { target_amount: 60e6, min_leaseability: 0.5 }],
    ['Target $60m. Off-limits: criticality above 0.8.', { target_amount: 60e6, max_criticality: 0.8 }],
    // "In scope" rules nothing out.
    ['Target $60m. In scope: anything with criticality above 0.2.', { target_amount: 60e6 }],
  ],
  'a table\'s cell border between a sign and its level ("Criticality <= | 0.5")': [
    [
      'Target | 80,000,000 ; Leaseability >= | 0.6 ; Criticality <= | 0.55',
      { target_amount: 80e6, min_leaseability: 0.6, max_criticality: 0.55 },
    ],
    [
      'Target | 90,000,000 ; Net leverage <= | 3.5x ; FCCR >= | 1.8',
      { target_amount: 90e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.8 },
    ],
    // A sign pointing the metric's wrong way is no limit.
    ['Target | 90,000,000 ; Net leverage >= | 3.5x', { target_amount: 90e6 }],
  ],
  'a rent cap across an abbreviation\'s dots ("Rent increase p.a. no more than $9M")': [
    ['Raise $123M. Rent increase p.a. no more than $8M.', { target_amount: 123e6, max_rent_added: 8e6 }],
    ['Raise $80M. New rent p.a. max $6M.', { target_amount: 80e6, max_rent_added: 6e6 }],
    ['Raise $80M. Rent i.e. $6M today is fine.', { target_amount: 80e6 }],
  ],
};

describeFamilies('reading limits: families, round eight', FAMILIES);
