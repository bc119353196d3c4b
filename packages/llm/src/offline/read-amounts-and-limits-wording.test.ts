import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for amounts and covenant limits, each with phrasings of its own and cases that must not
 * fire. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a figure proposed and then refused, dropped or superseded': [
    ['> Could we stretch to $250M?\nNope. Go with $180M.', { target_amount: 180e6 }],
    ['Is $120M enough? Not quite - we need $150M.', { target_amount: 150e6 }],
    ['Term sheet v3 (replaces v2, which had $75M)\nProceeds: $95M', { target_amount: 95e6 }],
    ['The previous draft said $60M; proceeds now $70M.', { target_amount: 70e6 }],
    ['The plan we discussed last week ($40M from Dallas) has been shelved. Raise $55M instead.', { target_amount: 55e6 }],
    // A question answered yes, or a "No" that answers another question, takes nothing back.
    ['Can we raise $90M? Yes - and keep leverage under 3.5x.', { target_amount: 90e6, max_net_leverage: 3.5 }],
    ['What are we raising? $215M. Anything off limits? No.', { target_amount: 215e6 }],
    ['Raise $50M. We floated the idea of selling in spring; that timing was rejected, so aim for summer.', { target_amount: 50e6 }],
    ['Our last plan of action: $64M, net leverage at most 3.5x.', { target_amount: 64e6, max_net_leverage: 3.5 }],
  ],
  'bare figures scaled by a note on their unit': [
    ["Best case 140, we'd settle for 115 (figures in $M).", { target_amount: 140e6, floor_amount: 115e6 }],
    [
      'Numbers are in millions. Target 95; leverage under 3.5x; 15-year leases.',
      {
        target_amount: 95e6,
        max_net_leverage: 3.5,
        economics: { lease_term_years: 15 },
      },
    ],
    ['We need 75 ($m) from 3 sites at 2.5% bumps.', { target_amount: 75e6, economics: { rent_escalator: 0.025 } }],
    // Without a note a bare figure is no money, and a year is never one.
    ['Raise 120 from the Dallas offices.', { asset_types: ['office'], include_markets: ['Dallas'] }],
    ['In 2027 raise $80M (in millions of dollars).', { target_amount: 80e6 }],
  ],
  'an ask that is also its floor, "at least" after the amount': [
    ['Bring in ninety million at least.', { target_amount: 90e6, floor_amount: 90e6 }],
    ['Raise $300M at least, leverage under 3x.', { target_amount: 300e6, floor_amount: 300e6, max_net_leverage: 3 }],
    // "at least" before another quantity bounds that quantity.
    ['We need $90M; at least 2 sites stay.', { target_amount: 90e6 }],
    ['Raise $300M, at least 2x coverage.', { target_amount: 300e6, min_fixed_charge_coverage: 2 }],
  ],
  'a past program beside this one': [
    ['Last cycle we sold $55M of property. For this one, find $80M.', { target_amount: 80e6 }],
    ['Last round brought in $30M; now we need $65M.', { target_amount: 65e6 }],
  ],
  'a covenant second in a list, named by its adjective alone': [
    [
      'Target $60M. Covenants: lease-adjusted 5x max, net 3.75x max.',
      { target_amount: 60e6, max_lease_adjusted_leverage: 5, max_net_leverage: 3.75 },
    ],
    [
      '$70M; net below 3.25x and lease-adj. at/under 4.9x.',
      { target_amount: 70e6, max_net_leverage: 3.25, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      'Limits for the $85M deal: net =< 3.4x, coverage >= 1.8x.',
      { target_amount: 85e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.8 },
    ],
    [
      'Keep net leverage at or under 3.3x and lease-adjusted to or below 4.6x; $50M.',
      { target_amount: 50e6, max_net_leverage: 3.3, max_lease_adjusted_leverage: 4.6 },
    ],
    [
      '$45M.\n- Coverage? Fine.\n- Leverage? Lease-adjusted not worse than 4.4x.',
      { target_amount: 45e6, max_lease_adjusted_leverage: 4.4 },
    ],
    // "net" before anything but a multiple names something else.
    ['$45M. Our net proceeds came in 3x higher last time.', { target_amount: 45e6 }],
  ],
  'a covenant after an aside that names no metric': [
    [
      '$45M. The lease-adjusted ratio, which lenders watch closely, has to stay below 4.8x.',
      { target_amount: 45e6, max_lease_adjusted_leverage: 4.8 },
    ],
    ['Raise $30M; FCCR, that the bank tests each quarter, must be at least 1.6x.', { target_amount: 30e6, min_fixed_charge_coverage: 1.6 }],
    // An aside naming another metric keeps the figure with the metric written next to it.
    [
      'Raise $30M; net leverage, which drives the coverage test, matters. Coverage at least 1.7x.',
      { target_amount: 30e6, min_fixed_charge_coverage: 1.7 },
    ],
  ],
  'fixed-charge coverage as a verb': [
    ['$45M. We must cover fixed charges no less than 2.1 times.', { target_amount: 45e6, min_fixed_charge_coverage: 2.1 }],
    ['Raise $38M and keep covering our fixed charges at least 1.75x.', { target_amount: 38e6, min_fixed_charge_coverage: 1.75 }],
    // Interest cover is another ratio.
    ['$45M. Cover interest at least 3 times.', { target_amount: 45e6 }],
  ],
  'a single-market cap as "market cap" or a share of the target': [
    ['Market cap 40%. Raise $90M.', { target_amount: 90e6, max_market_share: 0.4 }],
    ['$65M; market limit: 35%.', { target_amount: 65e6, max_market_share: 0.35 }],
    ["$45M; each metro's exposure kept to a third of the raise.", { target_amount: 45e6, max_market_share: 1 / 3 }],
    ["Raise $80M with any city's share capped at a fifth of the target.", { target_amount: 80e6, max_market_share: 0.2 }],
    // A market capitalisation is no cap, and a share of the target without a market is a floor.
    ['$45M. Our market cap is $2.1bn.', { target_amount: 45e6 }],
    ['$40M; the floor is a quarter of the target.', { target_amount: 40e6, floor_amount: 10e6 }],
  ],
  'a single-market cap over every market, or set on one market "at" a share of the target': [
    ['Raise $70M and hold every city below 35% of the total.', { target_amount: 70e6, max_market_share: 0.35 }],
    ['$85M, with every single metro under 40% of proceeds.', { target_amount: 85e6, max_market_share: 0.4 }],
    ['$60M; limit each market to 0.25 of target.', { target_amount: 60e6, max_market_share: 0.25 }],
    // "Every market but one" names markets, not a cap; and a tax rate beside "every market" is no cap.
    ['Raise $50M from every market but Dallas.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
    ['Raise $60M; every market is fair game. Tax rate 25%.', { target_amount: 60e6, economics: { tax_rate: 0.25 } }],
  ],
  'a single-market cap on two places named with "neither ... nor"': [
    ['Raise $60M; neither the north nor the south supplying more than 40% of it.', { target_amount: 60e6, max_market_share: 0.4 }],
    ['$60M, neither the coast nor the interior providing over a third.', { target_amount: 60e6, max_market_share: 1 / 3 }],
    // Without a verb of supplying, "neither ... nor" caps nothing.
    ['Raise $60M. Neither the north nor the south grew 40% last year.', { target_amount: 60e6 }],
  ],
  'lease terms and escalators as modelling assumptions': [
    ['$40M. Lease term assumed at 18 years.', { target_amount: 40e6, economics: { lease_term_years: 18 } }],
    ['Raise $55M; the leases must be 12 years.', { target_amount: 55e6, economics: { lease_term_years: 12 } }],
    ['$45M. Annual escalators are modelled at 2.25%.', { target_amount: 45e6, economics: { rent_escalator: 0.0225 } }],
    ['Raise $90M on fifteen-year leases at 1.75%.', { target_amount: 90e6, economics: { lease_term_years: 15, rent_escalator: 0.0175 } }],
    // A figure of 6% or more after the leases is a yield or a cap rate, not the rent's rise.
    ['Raise $90M on 15-year leases at 7%.', { target_amount: 90e6, economics: { lease_term_years: 15 } }],
    ['Raise $90M on 15-year leases at 4% cap rates.', { target_amount: 90e6, economics: { lease_term_years: 15 } }],
  ],
  'limits held "or better", a bare lease-adjusted or fixed-charge figure, and a spoken covenants list': [
    ['$75M. Keep net leverage at 4x or better.', { target_amount: 75e6, max_net_leverage: 4 }],
    ['Raise $75M; lease-adjusted must stay below 5.25x.', { target_amount: 75e6, max_lease_adjusted_leverage: 5.25 }],
    [
      '$75M, net leverage under 3x and lease-adjusted not higher than 4.4x.',
      { target_amount: 75e6, max_net_leverage: 3, max_lease_adjusted_leverage: 4.4 },
    ],
    ['Raise $75M. Fixed charge at least 2.1x.', { target_amount: 75e6, min_fixed_charge_coverage: 2.1 }],
    [
      'We want seventy-five million. Covenants: leverage three point five, fixed charge two point oh five.',
      { target_amount: 75e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 2.05 },
    ],
    // Without a covenants label or a comparison, a bare level in a sentence is where the metric stands, not a limit;
    // and fixed charges that grew by a percentage are no coverage.
    ['Raise $75M. Our leverage three point five worries the board.', { target_amount: 75e6 }],
    ['Raise $75M. Fixed charges rose 12% last year.', { target_amount: 75e6 }],
  ],
  "a bare floor in the ask's millions, a dollars note, and a figure set aside": [
    ['Sixty million is the ask, floor forty-five.', { target_amount: 60e6, floor_amount: 45e6 }],
    ['Raise $210M with a firm floor of two-fifty... sorry, floor of one-eighty.', { target_amount: 210e6, floor_amount: 180e6 }],
    ['Raise 75. Dollars in millions.', { target_amount: 75e6 }],
    ['The $52M maintenance capex (unrelated to this) stays. Raise $95M.', { target_amount: 95e6 }],
    // A floor at or above the ask, or one counted in something else, is no floor of money.
    ['Raise $60M, floor 90.', { target_amount: 60e6 }],
    ['Raise $60M. A floor of 4 sites per state.', { target_amount: 60e6 }],
    ['Raise $60M; floor twenty percent.', { target_amount: 60e6 }],
  ],
  'a count, past fees or a credit facility beside the ask': [
    ['We want at least $45M; employees number 2,300.', { target_amount: 45e6, floor_amount: 45e6 }],
    ['A leaseback of no less than $120M. Legal fees last time were $1.5M (context only).', { target_amount: 120e6, floor_amount: 120e6 }],
    ['Our credit line is $250M and we have drawn down $60M; target $95M from the SLB.', { target_amount: 95e6 }],
    ['Raise $70M. The 2021 refinancing cost $2.2M in fees.', { target_amount: 70e6 }],
    // A facility named after the ask, or a count of sites, leaves the ask alone.
    ['Raise $90M and use part of it to pay down the revolver.', { target_amount: 90e6 }],
    ['Staff is flat; raise $35M.', { target_amount: 35e6 }],
  ],
  'a figure asked about and then replaced after its question mark': [
    ['Is it $70M? Actually, make it $75M.', { target_amount: 75e6 }],
    ['Could we go to $210M? Make that $190M.', { target_amount: 190e6 }],
    // A correction word after the question that names a figure of another kind takes nothing back.
    ['Can we raise $90M? Actually, net leverage under 3x matters more.', { target_amount: 90e6, max_net_leverage: 3 }],
  ],
  'a lease-adjusted limit in spoken turns, the multiple before the adjective': [
    [
      '$55M; net leverage at most two and a half turns, five and a quarter turns lease-adjusted.',
      { target_amount: 55e6, max_net_leverage: 2.5, max_lease_adjusted_leverage: 5.25 },
    ],
    // The adjective without a multiple before it bounds nothing.
    ['Raise $55M; the lease-adjusted figures come in three weeks.', { target_amount: 55e6 }],
  ],
  'a lease term the leases run, or years alone in a terse list': [
    ['Raise $40M; leases to last 18 years.', { target_amount: 40e6, economics: { lease_term_years: 18 } }],
    ['slb 60m, 2.5% bumps, 15 yrs', { target_amount: 60e6, economics: { lease_term_years: 15, rent_escalator: 0.025 } }],
    // Years alone in a list that says nothing of leases are no lease term.
    ['Raise $40M, 10 years', { target_amount: 40e6 }],
  ],
  'a bare lease term closing its sentence, and a share cap in a terse list': [
    ['$65M. Leaseback term 20. Tax 25%.', { target_amount: 65e6, economics: { lease_term_years: 20, tax_rate: 0.25 } }],
    // A decimal after the label is no whole number of years, and a term that is no lease's says nothing.
    ['Raise $70M. Payback term 8.', { target_amount: 70e6 }],
    ['Raise $120M; concentration in any market share at most 0.35.', { target_amount: 120e6, max_market_share: 0.35 }],
    ['$95M; FCCR ≥ 1.6x; maximum share 0.4.', { target_amount: 95e6, min_fixed_charge_coverage: 1.6, max_market_share: 0.4 }],
    // A maximum share followed by no fraction, or a criticality at most a fraction, is no single-market cap.
    ['Raise $80M; criticality at most 0.5.', { target_amount: 80e6, max_criticality: 0.5 }],
  ],
  'counts before the ask, and a bare figure replacing an amount in millions': [
    ['We run 1,400 trailers and 35,000 drivers. Sell $95M of property.', { target_amount: 95e6 }],
    ['Raise $12,500,000.', { target_amount: 12.5e6 }],
    ['Proceeds $70M - no, make it 85.', { target_amount: 85e6 }],
    // A multiple after "make that" is no amount, and the amount before it stands.
    ['Raise $60M. Net leverage 3x, make that 3.5x.', { target_amount: 60e6, max_net_leverage: 3.5 }],
  ],
  'a figure once meant and then replaced': [
    ['I was planning to propose $75M, but go with $65M.', { target_amount: 65e6 }],
    // Meant and not replaced, the figure stands.
    ['We were going to need $110M anyway.', { target_amount: 110e6 }],
  ],
  'liquidity named as the goal': [
    ['Capital target: $0.3bn; floor $0.25bn.', { target_amount: 300e6, floor_amount: 250e6 }],
    // Liquidity reported, not asked for, is background.
    ['Liquidity is $400M today. Raise $90M.', { target_amount: 90e6 }],
  ],
  'the lease-adjusted adjective alone before a negated limit': [
    [
      '$130M. Net leverage must not exceed 3x; lease-adjusted must not exceed 4.9x.',
      { target_amount: 130e6, max_net_leverage: 3, max_lease_adjusted_leverage: 4.9 },
    ],
  ],
  'a bare floor after the ask in millions, said with other floor words': [
    ['Looking for 240 million; at least 200.', { target_amount: 240e6, floor_amount: 200e6 }],
    ['We want ninety-five million - not a cent under 80.', { target_amount: 95e6, floor_amount: 80e6 }],
    ['Raise three hundred million; we could live with two sixty.', { target_amount: 300e6, floor_amount: 260e6 }],
    // A limit's name before the floor word, a count after the figure, a small figure or a label: no floor.
    ['Raise 150 million, coverage at least 2.', { target_amount: 150e6, min_fixed_charge_coverage: 2 }],
    ['Raise $90M; at least 12 buildings stay.', { target_amount: 90e6 }],
    ['Target $120M, minimum 4 sites.', { target_amount: 120e6 }],
    ['Raise $120M, leaseability minimum 60.', { target_amount: 120e6 }],
    ['Raise 100 million. Min: 80', { target_amount: 100e6 }],
  ],
  'a rent cap with the added rent right after the amount, or rent named before a comma': [
    ['Raise $60M with at most $4M extra rent a year.', { target_amount: 60e6, max_rent_added: 4e6 }],
    ['Proceeds $45M; $3M additional rent or less.', { target_amount: 45e6, max_rent_added: 3e6 }],
    ['Target $80M, and the rent, at most $6M on top.', { target_amount: 80e6, max_rent_added: 6e6 }],
    // Added rent with no capping word, or rent in place before the comma, is no cap.
    ['Raise $50M; the buyer pays $2M extra rent.', { target_amount: 50e6 }],
    ['Raise $70M; current rent, no more than $20M added.', { target_amount: 70e6 }],
  ],
  'the lease-adjusted adjective before a limit noun, a colon or a multiple in words': [
    ['$90M. Lease-adjusted limit five turns.', { target_amount: 90e6, max_lease_adjusted_leverage: 5 }],
    ['Proceeds: $70M | Lease-adj max: 4.9x', { target_amount: 70e6, max_lease_adjusted_leverage: 4.9 }],
  ],
  'criticality as "critical" with a level after it': [
    ['$55M; no sites more critical than 0.6.', { target_amount: 55e6, max_criticality: 0.6 }],
    ['$55M; none rated critical beyond 40%.', { target_amount: 55e6, max_criticality: 0.4 }],
    // Without a level, the words' own level.
    ['$55M; nothing critical.', { target_amount: 55e6, max_criticality: 0.7 }],
  ],
  'an amount revised after a correction word, and a numeral of hundreds': [
    ['Raise $70M - sorry, change that to $75M.', { target_amount: 75e6 }],
    ['Raise $70M, actually bring it down to $65M.', { target_amount: 65e6 }],
    // A figure of another kind after the correction leaves the amount standing.
    ['Raise $70M, actually bring the leverage down to 3x.', { target_amount: 70e6, max_net_leverage: 3 }],
    ['We need 3 hundred million.', { target_amount: 300e6 }],
    ['Sell 2 hundred sites for $90M.', { target_amount: 90e6 }],
  ],
};

describeFamilies('readBrief: amounts and limits in loose wording', FAMILIES);
