import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the ask, its floor and the limits, read in longer documents and loose notes: a floor said
 * after the ask in the ask's millions, figures mentioned before the ask, the ask declared among several figures,
 * criticality levels said of "anything", and limits named in other words. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "a floor after the ask, in the ask's millions or as a fallback": [
    ['Hoping for sixty million, though we could live with fifty-five.', { target_amount: 60e6, floor_amount: 55e6 }],
    ['Aim for forty million; we can go as low as thirty-two.', { target_amount: 40e6, floor_amount: 32e6 }],
    ['Sixty-five million is the plan, with fifty as our bare minimum.', { target_amount: 65e6, floor_amount: 50e6 }],
    [
      'The raise is two hundred million dollars. We will take nothing below one hundred and fifty.',
      { target_amount: 200e6, floor_amount: 150e6 },
    ],
    ['Bring in $75M, or $60M in a pinch.', { target_amount: 75e6, floor_amount: 60e6 }],
    ["Go for $140M - we'll accept $120M though.", { target_amount: 140e6, floor_amount: 120e6 }],
    // A count after the words of a floor, or a figure with no ask before it, is no floor.
    ['Raise $90M; we can live with 12 sites going.', { target_amount: 90e6 }],
    ["We'll take $30M from the Dallas offices.", { target_amount: 30e6, asset_types: ['office'], include_markets: ['Dallas'] }],
  ],
  'background figures before the ask in a longer note': [
    ['Net debt is hovering around $900m. We need $150M from the leaseback.', { target_amount: 150e6 }],
    ['Free cash flow came in at $35M and dividends took $12M. Raise $60M.', { target_amount: 60e6 }],
    ['In 2022 we sold two buildings for $18m. This time raise $44m.', { target_amount: 44e6 }],
    ['Revenue grew from $900M to $1.1bn. The sale-leaseback should bring in $80M.', { target_amount: 80e6 }],
    ['We own 4.5 million square feet; please raise $66M.', { target_amount: 66e6 }],
    ['The lenders can underwrite up to $300m, but we want $90m.', { target_amount: 90e6 }],
    ['Target $52M - the 3m difference from last plan is fees.', { target_amount: 52e6 }],
    ['We have $25m of the RCF undrawn; the raise is $70m.', { target_amount: 70e6 }],
    // Counterparts that stay the ask.
    ['A fund would underwrite up to $65M for us.', { target_amount: 65e6 }],
    ['We need to close a $45 million gap with the leaseback.', { target_amount: 45e6 }],
    ['In 2027 raise $80M.', { target_amount: 80e6 }],
  ],
  'the ask declared among several figures': [
    ['The board looked at $50m, $70m and $95m, and selected the $70m option.', { target_amount: 70e6 }],
    ['Figures flying around: a $9M roof budget. The real ask: raise $61M.', { target_amount: 61e6 }],
    ['We opened at $200M, then cut it to $170M. So $165M is the number.', { target_amount: 165e6 }],
    ['Leadership proposed $130M; the board trimmed it to $118M.', { target_amount: 118e6 }],
    ['We initially said $90M; compromise: $84M target.', { target_amount: 84e6 }],
    ['Make it 2.5 billion? sorry typo, 250 million.', { target_amount: 250e6 }],
    ["Should we do 40 million? Actually, let's make it 47.", { target_amount: 47e6 }],
    ['Raise 62. (62 = millions)', { target_amount: 62e6 }],
    ['We need 33 mill from the program.', { target_amount: 33e6 }],
  ],
  'criticality levels said of anything, with the score named beside them': [
    ['Raise $40M. Steer clear of anything above 0.65 criticality.', { target_amount: 40e6, max_criticality: 0.65 }],
    ['Raise $40M. Anything over criticality 0.5 is off the table.', { target_amount: 40e6, max_criticality: 0.5 }],
    ["Raise $40M. Ops won't sell anything above 0.7 on the criticality scale.", { target_amount: 40e6, max_criticality: 0.7 }],
    ['Raise $40M.\nQ: Criticality?\nA: Only sites at 0.45 or below.', { target_amount: 40e6, max_criticality: 0.45 }],
    ['Raise $40M. Avoid anything critical above 0.6.', { target_amount: 40e6, max_criticality: 0.6 }],
    ['Raise $40M. No asset may be business-critical.', { target_amount: 40e6, max_criticality: 0.7 }],
    ["Raise $40M; lease'ability at least 0.55.", { target_amount: 40e6, min_leaseability: 0.55 }],
    // A share of proceeds is no score, and a level with no score named near it is left alone.
    ['Raise $40M. Criticality matters to us. No site above 30% of proceeds.', { target_amount: 40e6 }],
    ['Raise $40M and sell anything above 0.5.', { target_amount: 40e6 }],
  ],
  'limits named in other words, and rent caps after the amount': [
    ['Raise $50M. Our lease-adjusted covenant is 4.9x.', { target_amount: 50e6, max_lease_adjusted_leverage: 4.9 }],
    ['Raise $50M; the lease-adjusted figure must not exceed 5.1x.', { target_amount: 50e6, max_lease_adjusted_leverage: 5.1 }],
    ['Raise $50M with the fixed-charge ratio at least 1.7x.', { target_amount: 50e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise $50M. New rent: $3.5M cap.', { target_amount: 50e6, max_rent_added: 3.5e6 }],
    ['Raise $50M and add no more than $2.8M rent.', { target_amount: 50e6, max_rent_added: 2.8e6 }],
    ['Raise $50M, wont go over $4M new rent.', { target_amount: 50e6, max_rent_added: 4e6 }],
    // The figure used as the limit later in the metric's sentence; a refusal to let a pronoun for it move past a level.
    ['Raise $50M. The bank tests leverage at 4x, but use 3.6x as the cap.', { target_amount: 50e6, max_net_leverage: 3.6 }],
    ["Raise $50M. Coverage matters, so don't let it fall below 1.8x.", { target_amount: 50e6, min_fixed_charge_coverage: 1.8 }],
    [
      'Raise $50M. Lease-adjusted leverage is watched, so never let that climb past 5x.',
      { target_amount: 50e6, max_lease_adjusted_leverage: 5 },
    ],
    // A limit taken back after an aside, or a share of the money replaced by a percentage.
    [
      'Raise $50M, net leverage under 3x. Also, one more thing: actually make the leverage cap 3.25x.',
      { target_amount: 50e6, max_net_leverage: 3.25 },
    ],
    ['Raise $50M; no metro above a quarter of the proceeds, no wait, make that 30%.', { target_amount: 50e6, max_market_share: 0.3 }],
    ['Raise $50M; no metro above a quarter of the proceeds.', { target_amount: 50e6, max_market_share: 0.25 }],
    // Rent in place, or an amount over which nothing is refused, is no cap.
    ['Raise $50M. We pay $6M rent today.', { target_amount: 50e6 }],
  ],
  'single-market caps in shorthand: per-place slashes, "each" after a list, fractions and other place words': [
    ['Raise $45M. ≤35%/city.', { target_amount: 45e6, max_market_share: 0.35 }],
    ['Raise $45M. Denver and Austin only, 40% each.', { target_amount: 45e6, max_market_share: 0.4 }],
    ['Raise $45M; limit each to 45% of the total.', { target_amount: 45e6, max_market_share: 0.45 }],
    ['Raise $45M. 1/5 max per market.', { target_amount: 45e6, max_market_share: 0.2 }],
    ['Raise $45M, no more than 25pct in any one market.', { target_amount: 45e6, max_market_share: 0.25 }],
    ['Raise $45M. Not more than a third of it from one place.', { target_amount: 45e6, max_market_share: 1 / 3 }],
    ['Raise $45M. The city cap is 40%.', { target_amount: 45e6, max_market_share: 0.4 }],
    ['Raise $45M. Mkt share at most 0.35.', { target_amount: 45e6, max_market_share: 0.35 }],
    ['Raise $45M. Any single city must not exceed 0.4 of the money.', { target_amount: 45e6, max_market_share: 0.4 }],
    ['Raise $45M. Cap 30% share.', { target_amount: 45e6, max_market_share: 0.3 }],
    // A percentage "each" year, or a place with no share beside it, is no cap.
    ['Raise $45M with rents stepping up 2% each year.', { target_amount: 45e6, economics: { rent_escalator: 0.02 } }],
    ['Raise $45M, all in one place if that is simpler.', { target_amount: 45e6 }],
  ],
  'score limits in lists of signs, levels said before the score, and plain words': [
    ['Raise $45M · crit ≤ 0.55 · lease ≥ 0.65', { target_amount: 45e6, max_criticality: 0.55, min_leaseability: 0.65 }],
    ['Raise $45M; ≥ 0.6 leaseability and ≤ 0.5 criticality.', { target_amount: 45e6, max_criticality: 0.5, min_leaseability: 0.6 }],
    ['Raise $45M, 0.55 criticality cap.', { target_amount: 45e6, max_criticality: 0.55 }],
    ['Raise $45M, 0.65 leaseability floor.', { target_amount: 45e6, min_leaseability: 0.65 }],
    ['Raise $45M. Nothing above 0.45 on the criticality scale.', { target_amount: 45e6, max_criticality: 0.45 }],
    ['Raise $45M, no mission-critical sites (criticality 0.6 max).', { target_amount: 45e6, max_criticality: 0.6 }],
    ['Raise $45M and steer clear of anything business-critical.', { target_amount: 45e6, max_criticality: 0.7 }],
    ['Raise $45M. Mission-critical sites stay put.', { target_amount: 45e6, max_criticality: 0.7 }],
    ['Raise $45M. Only buildings that are easy to let out.', { target_amount: 45e6, min_leaseability: 0.7 }],
    [
      "Raise $45M. We won't sell sites with criticality above 0.6 or leaseability below 0.5.",
      { target_amount: 45e6, max_criticality: 0.6, min_leaseability: 0.5 },
    ],
    // A score level today with nothing bounding it is no limit.
    ['Raise $45M. That site has 0.9 criticality today.', { target_amount: 45e6 }],
  ],
  'covenants named after their level, or whose covenant "sits" at it': [
    ['Raise $45M keeping above 1.7x fixed charge.', { target_amount: 45e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise $45M. Our coverage covenant sits at 1.6x.', { target_amount: 45e6, min_fixed_charge_coverage: 1.6 }],
    ['Raise $45M, lease-adjusted at max 5.2x.', { target_amount: 45e6, max_lease_adjusted_leverage: 5.2 }],
    [
      'Raise $45M, provided it does not cause lease-adjusted leverage to exceed 5x.',
      { target_amount: 45e6, max_lease_adjusted_leverage: 5 },
    ],
    // Coverage where it stands today is background.
    ['Raise $45M. Coverage currently sits at 2.1x.', { target_amount: 45e6 }],
  ],
  'floors named after the amount or with a closing qualifier, and counts that are not money': [
    ['Raise $80M, $65M walk-away.', { target_amount: 80e6, floor_amount: 65e6 }],
    ['Headline: $90M. Minimum net proceeds: $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Staff is down to 2,700 from 3,100. Raise $40M.', { target_amount: 40e6 }],
    ['We employ 5,200 people. The raise is $60M.', { target_amount: 60e6 }],
    ['Raise 45,000,000 please.', { target_amount: 45e6 }],
  ],
  'borrowings, yearly series and past deals around the ask': [
    ['We carry $600M of term loans. Raise $70M.', { target_amount: 70e6 }],
    ['One building carries a $45M loan. Raise $30M.', { target_amount: 30e6 }],
    ['Revenue by year: 2022 $1.4B, 2023 $1.5B. We need $90M.', { target_amount: 90e6 }],
    ['FY27 forecast $300M of EBITDA; FY26 plan $280M. The leaseback should raise $55M.', { target_amount: 55e6 }],
    ['We did a $30M sale-leaseback in 2021. The new ask is $85M.', { target_amount: 85e6 }],
    ['Could you price $95M for us?', { target_amount: 95e6 }],
    // A year far from the figure, in a clause that asks, keeps the ask.
    ['By the end of 2026 raise $40M.', { target_amount: 40e6 }],
  ],
  'figures taken back or kept across versions': [
    ['It was $70M, now $82M.', { target_amount: 82e6 }],
    ['Forget the $60M figure; we need $66M.', { target_amount: 66e6 }],
    [
      'The prior draft had $75M and FCCR 1.4x; update: FCCR 1.6x, target unchanged.',
      { target_amount: 75e6, min_fixed_charge_coverage: 1.6 },
    ],
    ['The prior draft had $75M; now raise $78M.', { target_amount: 78e6 }],
  ],
  'floors said after the ask without a scale, and asks in notation': [
    ['Aiming at 95 mil, 80 at the very least.', { target_amount: 95e6, floor_amount: 80e6 }],
    ['Looking for $120M, with $100M acceptable.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['could we do 90, floor 75? no mortgaged sites', { target_amount: 90e6, floor_amount: 75e6, exclude_mortgaged: true }],
    ['target_proceeds: 6.5e7', { target_amount: 65e6 }],
    // A bare pair beside a limit's name, or a small exponent, is no money.
    ['Raise $50M. Leaseability 70 at minimum.', { target_amount: 50e6 }],
    ['Raise $50M; the model uses 1e3 iterations.', { target_amount: 50e6 }],
  ],
  'limits wished for below a covenant, bounds after a comma, and levels that must not print': [
    [
      'Raise $45M. The coverage covenant is 1.3x; we would like some headroom, so use 1.5x.',
      { target_amount: 45e6, min_fixed_charge_coverage: 1.5 },
    ],
    ['Raise $45M. Leverage runs 3.9x now and we want to get under 3.4x.', { target_amount: 45e6, max_net_leverage: 3.4 }],
    ["Raise $45M. Our bank's leverage test is 4.25x; I'd like to stay below 4x.", { target_amount: 45e6, max_net_leverage: 4 }],
    ['Raise $45M with net leverage, max 3.6x.', { target_amount: 45e6, max_net_leverage: 3.6 }],
    ['Raise $45M; FCCR, minimum 1.45x.', { target_amount: 45e6, min_fixed_charge_coverage: 1.45 }],
    ['Raise $45M. Coverage must not print below 1.7x.', { target_amount: 45e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise $45M. Lease-adjusted leverage cannot land above 5.3x.', { target_amount: 45e6, max_lease_adjusted_leverage: 5.3 }],
    // A level today with no wish after it stays background.
    ['Raise $45M. Leverage runs 3.9x now and we want Dallas out.', { target_amount: 45e6, exclude_markets: ['Dallas'] }],
  ],
  'single-market caps in shorthand, and caps floated then dropped': [
    ['Raise $45M; 1-city share <= 0.4.', { target_amount: 45e6, max_market_share: 0.4 }],
    ['Raise $45M, 30% metro cap.', { target_amount: 45e6, max_market_share: 0.3 }],
    [
      'Raise $45M from Dallas and Houston only, at most 55% from either.',
      { target_amount: 45e6, max_market_share: 0.55, include_markets: ['Dallas', 'Houston'] },
    ],
    ['Raise $45M. Should we limit each metro to 40%? Never mind.', { target_amount: 45e6 }],
    ['Raise $45M. Maybe cap any one market at 25%? We can talk about it later.', { target_amount: 45e6 }],
  ],
  'score limits as a half, critical sites named in brackets, buildings easy for a buyer to let, and rent under a sign': [
    ['Raise $45M; keep criticality under one half.', { target_amount: 45e6, max_criticality: 0.5 }],
    ['Raise $45M. Leaseability at least half.', { target_amount: 45e6, min_leaseability: 0.5 }],
    ['Raise $45M. Whatever keeps the lights on (business-critical) remains with us.', { target_amount: 45e6, max_criticality: 0.7 }],
    ['Raise $45M. Pick sites that are easy for a new owner to re-lease.', { target_amount: 45e6, min_leaseability: 0.7 }],
    ['Raise $45M from buildings easy for you to let out.', { target_amount: 45e6, min_leaseability: 0.7 }],
    ['Raise $45M with leverage \u2264 3.5x and new rent \u2264 $6M.', { target_amount: 45e6, max_net_leverage: 3.5, max_rent_added: 6e6 }],
    // "Half" counting sites is no score.
    ['Raise $45M. Criticality data covers half the sites.', { target_amount: 45e6 }],
  ],
  'ranges with marks at each end, amounts changed from one to another, and an ideal ask': [
    ['Somewhere from 50 million dollars to $65m.', { target_amount: 65e6, floor_amount: 50e6 }],
    ['Proceeds: $48,000,000 to 60mm.', { target_amount: 60e6, floor_amount: 48e6 }],
    ['We want 44mm to fifty-two million dollars.', { target_amount: 52e6, floor_amount: 44e6 }],
    ['Between $70M and roughly $84M.', { target_amount: 84e6, floor_amount: 70e6 }],
    ['Update: the raise goes from $95M to $105M.', { target_amount: 105e6 }],
    ["Ideally we'd take $88M; we'll accept $75M.", { target_amount: 88e6, floor_amount: 75e6 }],
  ],
  'valuations, claims and deals of the past, the real number, and limits only wondered about': [
    ['The appraisal valued the estate at $2.2bn. For this round: seventy million.', { target_amount: 70e6 }],
    ['A hailstorm hit Tulsa in 2020 and insurance paid $9M. We need $48M.', { target_amount: 48e6 }],
    ['Three peers closed $500M deals last month. We want $52M.', { target_amount: 52e6 }],
    ['We raised $25M of leasebacks in 2022. This year we want $45M.', { target_amount: 45e6 }],
    ['Can you run $36M with added rent under $2.8M?', { target_amount: 36e6, max_rent_added: 2.8e6 }],
    ['Maybe 2bn haha. Real target is $140M.', { target_amount: 140e6 }],
    [
      'Raise $45M. Coverage is 2.4x today; after the deal it must not fall below 2.1x.',
      { target_amount: 45e6, min_fixed_charge_coverage: 2.1 },
    ],
    ['Raise $45M. Could we hold leverage under 3.2x? Just curious, not a requirement.', { target_amount: 45e6 }],
    ['Raise $45M. What if coverage stayed above 1.9x? Leave that for now.', { target_amount: 45e6 }],
  ],
  'a bare ask in notes with no money written': [
    ['Boss says: we need 95 from the leasebacks.', { target_amount: 95e6 }],
    ['Text from the CFO: I want 42. Minimum 35.', { target_amount: 42e6, floor_amount: 35e6 }],
    ['Net ≤ 3.4x. Size: 150.', { target_amount: 150e6, max_net_leverage: 3.4 }],
    ['We went back and forth, and 58 is final.', { target_amount: 58e6 }],
    ['ok, 77 it is. no mortgaged assets', { target_amount: 77e6, exclude_mortgaged: true }],
    ['kim: how much?\nraj: 64\nkim: thx', { target_amount: 64e6 }],
    // A count, a term or a level is no ask.
    ['We need 30 sites out of the program.', {}],
    ['We want 15 year leases.', { economics: { lease_term_years: 15 } }],
  ],
  'rent caps answered with a verb of adding, or set "at" an amount': [
    ['Raise $45M.\nNew rent?\nAdd no more than $3M a year.', { target_amount: 45e6, max_rent_added: 3e6 }],
    ['Raise $45M, with new rent at $2.5M.', { target_amount: 45e6, max_rent_added: 2.5e6 }],
    ['Raise $45M; no more than 1.5 million rent a year extra.', { target_amount: 45e6, max_rent_added: 1.5e6 }],
  ],
  'where the ask stands now after earlier rounds, and critical sites one will not part with': [
    ["We're at $64M after last quarter's review.", { target_amount: 64e6 }],
    ['Raise $45M. We will not part with business-critical sites.', { target_amount: 45e6, max_criticality: 0.7 }],
  ],
  'single-market caps with the market words alone before them, restated after "at most"': [
    ['Raise $45M. Any one city, a quarter of the proceeds.', { target_amount: 45e6, max_market_share: 0.25 }],
    ['Raise $45M. One metro, two-fifths of the proceeds at most - say 40%.', { target_amount: 45e6, max_market_share: 0.4 }],
  ],
  'a limit corrected with its name repeated': [
    ['Raise $45M. Leverage: 3.1x net... sorry, 3.4x net.', { target_amount: 45e6, max_net_leverage: 3.4 }],
    ['Raise $45M; under 4x lease-adjusted, actually 4.4x lease-adjusted.', { target_amount: 45e6, max_lease_adjusted_leverage: 4.4 }],
  ],
  'covenants by their initials in notes, and bare levels in a list separated by commas': [
    ['need 64m; LAL max 4.9x', { target_amount: 64e6, max_lease_adjusted_leverage: 4.9 }],
    ['41m, nl max 3.2x, no offices', { target_amount: 41e6, max_net_leverage: 3.2, asset_types: allTypesBut('office') }],
    [
      'lev 3.1, cov 2.2, lal 4.4, raise 52m',
      { target_amount: 52e6, max_net_leverage: 3.1, min_fixed_charge_coverage: 2.2, max_lease_adjusted_leverage: 4.4 },
    ],
  ],
  'a level planned inside a covenant, as a figure or as a cushion taken off it': [
    ['The term loan caps leverage at 4.25x; treasury targets 3.9x. Raise $48M.', { target_amount: 48e6, max_net_leverage: 3.9 }],
    ['Coverage covenant is 1.3x. We will run the deal at 1.6x. $52M.', { target_amount: 52e6, min_fixed_charge_coverage: 1.6 }],
    [
      'Our bank tests net leverage at 3.5x. We intend to stay a quarter turn inside that. Raise $40M.',
      { target_amount: 40e6, max_net_leverage: 3.25 },
    ],
    ['FCCR must be at least 1.35x, with a buffer of 0.2x on top. $58M.', { target_amount: 58e6, min_fixed_charge_coverage: 1.55 }],
    [
      'Lease-adjusted leverage covenant: 5.5x; the board set an internal cap of 5.1x. Raise $70M.',
      { target_amount: 70e6, max_lease_adjusted_leverage: 5.1 },
    ],
    ['Net leverage <= 4.0x; we want 0.4x of cushion. Raise $36M.', { target_amount: 36e6, max_net_leverage: 3.6 }],
  ],
  'a cushion already taken off the covenant, a pronoun tightened or held "at or below", and initials before a comparison': [
    [
      'Net leverage after closing must be <= 3.6x (the 4.0x covenant less a 0.4x cushion). Raise $44M.',
      { target_amount: 44e6, max_net_leverage: 3.6 },
    ],
    ['Last round the leverage ceiling was 3.8x. Tighten it to 3.4x this time. Raise $44M.', { target_amount: 44e6, max_net_leverage: 3.4 }],
    [
      'The agencies track lease-adjusted leverage. Hold it at or below 4.9x. $61M.',
      { target_amount: 61e6, max_lease_adjusted_leverage: 4.9 },
    ],
    ['LAL no higher than 4.4x; $61M.', { target_amount: 61e6, max_lease_adjusted_leverage: 4.4 }],
  ],
  'an ask as a power of ten, and score and market limits in note-taker shorthand': [
    ['Please raise 6.4 × 10^7 dollars from the portfolio.', { target_amount: 64e6 }],
    ['Raise $2.2 x 10^8.', { target_amount: 220e6 }],
    ['need 70m, max mkt 45%, min leas 0.65', { target_amount: 70e6, max_market_share: 0.45, min_leaseability: 0.65 }],
    ['70m from leasable sites 0.55+', { target_amount: 70e6, min_leaseability: 0.55 }],
    ['Raise $70M; nothing but generic, easy-to-relet buildings.', { target_amount: 70e6, min_leaseability: 0.7 }],
    ['Only generic distribution centers, $70M.', { target_amount: 70e6, min_leaseability: 0.7, asset_types: ['distribution_center'] }],
  ],
  'an ask revised down, cut or changed by an arrow, and a cap the board turned down': [
    ['Initially they wanted $95M, but on Friday it was revised down to $80M.', { target_amount: 80e6 }],
    ["The company's original target of $70m has been cut. The new target is $62m.", { target_amount: 62e6 }],
    ['update: 85m -> 78m, tax 21%', { target_amount: 78e6, economics: { tax_rate: 0.21 } }],
    ['Raise $64M. We discussed a 30% cap per market; the committee declined the idea.', { target_amount: 64e6 }],
  ],
  'a limit given as a personal view only, and a score compared before "our" scale': [
    [
      "Raise $58M. I'd like to see net leverage held under 3.1x, though that's my personal opinion and not a formal requirement.",
      { target_amount: 58e6 },
    ],
    ["Raise $58M. We won't sell any asset scoring above 0.6 on the criticality scale.", { target_amount: 58e6, max_criticality: 0.6 }],
  ],
  'millions and billions written "mln" and "bln"': [
    ['Target 85 mln, leases of 15 years.', { target_amount: 85e6, economics: { lease_term_years: 15 } }],
    ['Proceeds: 0.2 bln.', { target_amount: 200e6 }],
  ],
  'new rent refused above an amount, and a rent tolerance': [
    ['Raise $66M. No additional rent above $5.5M a year.', { target_amount: 66e6, max_rent_added: 5.5e6 }],
    ['Our rent tolerance is $6M a year. Raise $66M.', { target_amount: 66e6, max_rent_added: 6e6 }],
  ],
  'a floor only asked about': [['Raise $90M. Treasury wondered if the buyer would accept $75M; no reply yet.', { target_amount: 90e6 }]],
  'an ask corrected after an aside, and an ask that rises or falls from one amount to another': [
    ['Raise $88M. Correction - after the board call, change that to $81M.', { target_amount: 81e6 }],
    ['The raise falls from $95M to $86M this quarter.', { target_amount: 86e6 }],
  ],
  'a figure refused right after the one kept, and a figure wondered about that the client does not want': [
    ['Fixing my last note: the floor is $55m, not $58m; the ask stays $65m.', { target_amount: 65e6, floor_amount: 55e6 }],
    ['The lender wondered about $140M, but that is not what the company wants. Raise $120M.', { target_amount: 120e6 }],
  ],
  'an ask someone said before and what it is now, and a bare level kept "still"': [
    ['They said $60M, now $66M. Exclude Ohio.', { target_amount: 66e6, exclude_markets: ['Columbus'] }],
    ['Raise $40M. FCCR 1.45 still.', { target_amount: 40e6, min_fixed_charge_coverage: 1.45 }],
  ],
  'a fallback "at a push"': [['We need $72M, or $64M at a push.', { target_amount: 72e6, floor_amount: 64e6 }]],
};

describeFamilies('amounts and limits in longer documents and loose notes', FAMILIES);
