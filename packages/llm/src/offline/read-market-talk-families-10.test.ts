import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Broker's, valuer's and call-report notes where the market's figures and places stand beside the client's ask:
 * rates per square foot, capitalisation rates and vacancy, what buyers offered or bid, and the places and buildings
 * the market talk names. Only what the client asks is read. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a price or rent per square foot is the market\'s ("Fontana traded at $298/sf", "$8.90/sf vs $9.75 market")': [
    ['Comps: Riverside 250k sf sold at $305/sf, Perris at $287/sf. The client is targeting $140 million.', { target_amount: 140e6 }],
    ['Note to file: asking rents near $12.25/sf NNN for the newer boxes. Client ask remains $95M.', { target_amount: 95e6 }],
    ['We spent the call on rents ($1.10/sf/month gross for mid-size units). Their requirement: $180M.', { target_amount: 180e6 }],
    [
      'Three bids in a narrow band ($141-149/sf). Client wants $125M, net leverage at most 3.4x.',
      { target_amount: 125e6, max_net_leverage: 3.4 },
    ],
    [
      'In-place rents look light ($6.75/sf versus $8.10 market). The client still wants $88M and new rent under $6M a year.',
      { target_amount: 88e6, max_rent_added: 6e6 },
    ],
    ['Market rents run roughly $5-7 per square foot in that corridor. Seller target: $210 million.', { target_amount: 210e6 }],
    // A building's area is no money either, and an ask written beside it is still the ask.
    ['Raise $60M from the 400,000 sf of warehouses.', { target_amount: 60e6, asset_types: ['warehouse'] }],
  ],
  'capitalisation rates and vacancy are the market\'s ("at a 5.6 cap", "vacancy at 6.8%", "rents flat around $7/sf")': [
    [
      'Market: vacancy at 7.1% and rents flat near $6.90/sf. The ask is $90M with new rent no more than $7M.',
      { target_amount: 90e6, max_rent_added: 7e6 },
    ],
    ['Comparable evidence points to a 5.75 cap on the better boxes. Client target $150M.', { target_amount: 150e6 }],
    [
      'Pricing held at 6.2-6.6% caps through the quarter. Ask: $75M, escalators of 2%.',
      { target_amount: 75e6, economics: { rent_escalator: 0.02 } },
    ],
    // A cap on one market's share is a limit, and flat rent the client asks for is an escalator.
    ['Raise $120M with a 30% cap on any one market.', { target_amount: 120e6, max_market_share: 0.3 }],
    ['Raise $120M on flat rents.', { target_amount: 120e6, economics: { rent_escalator: 0 } }],
  ],
  'another party\'s figure is no ask ("a buyer offered $62M for the Joliet DC", "$150m implied", "$20-40M check size")': [
    [
      "A bidder offered $48M for the Groveport warehouse last week. We noted it. The client's brief is $160M overall.",
      { target_amount: 160e6 },
    ],
    ['Offers came in at around $70M for the two stores. Client wants $135M.', { target_amount: 135e6 }],
    ['The Ontario bid came in at a 5.3 cap ($210m implied). The client needs $260M.', { target_amount: 260e6 }],
    ["REITs in the $15-30M ticket size were the busiest. Our client's program is $140M.", { target_amount: 140e6 }],
    // Offers the client would accept set its floor.
    ['Target $100M; the client will accept offers of at least $85M.', { target_amount: 100e6, floor_amount: 85e6 }],
  ],
  'a figure the note calls old or the client corrected ("that\'s history - today\'s ask is $230M")': [
    ["Treasury cited a $350M number from last year's plan, but that is history; the current ask is $260M.", { target_amount: 260e6 }],
    ["He quoted $500M from an old deck - that's out of date. Today: $310M.", { target_amount: 310e6 }],
    ['The client said $80M at first, then corrected on the call: $85M.', { target_amount: 85e6 }],
    ['The CFO said $120M but later revised it to $135M.', { target_amount: 135e6 }],
    // Another thing called history leaves the ask alone.
    ['$90M is the number; the 2019 deal is history.', { target_amount: 90e6 }],
  ],
  'places and buildings named in market talk are no filter ("buyer depth for the Inland Empire boxes")': [
    ['Market notes: buyer depth in Atlanta is thin, Dallas pricing strong. The client wants $140M.', { target_amount: 140e6 }],
    [
      'Our inspections of the Chicago and Newark properties are complete. Client requirement: $230M, nothing mortgaged.',
      { target_amount: 230e6, exclude_mortgaged: true },
    ],
    [
      "Cap rates on Class B offices are out to 8.5%. The client's ask: $105M from warehouses only.",
      { target_amount: 105e6, asset_types: ['warehouse'] },
    ],
    ['Investors keep asking about the labs. Client target $90M.', { target_amount: 90e6 }],
    ['Phoenix industrial rents have softened to about $10.75/sf. Target $115M.', { target_amount: 115e6 }],
    // The client's own words set the filter, whatever market talk stands beside them.
    ['Buyers love Dallas, so the client wants $90M from Dallas only.', { target_amount: 90e6, include_markets: ['Dallas'] }],
    [
      '$180M, drawn from the Phoenix and Atlanta markets where the bids are.',
      { target_amount: 180e6, include_markets: ['Phoenix', 'Atlanta'] },
    ],
  ],
  'a note headed as market talk, before the client speaks ("Buyer feedback notes - the Ohio assets. Lab: nobody.")': [
    [
      "Buyer feedback notes - Texas. Grand Prairie: busy. Houston offices: quiet. Client's reply: $80M, criticality 0.5 or less.",
      { target_amount: 80e6, max_criticality: 0.5 },
    ],
    [
      'Market update, week 6. Plants: no interest. Stores: steady. The client wants $70M from Columbus only.',
      { target_amount: 70e6, include_markets: ['Columbus'] },
    ],
    ['Broker notes, Phoenix. Tempe office: soft. Chandler: no bids. The client wants $50M.', { target_amount: 50e6 }],
    // A note not headed as market talk reads its places as asked.
    ['Call notes. Dallas and Houston. The client wants $70M.', { target_amount: 70e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'what the client wants left unsold ("they want nothing sold in California")': [
    ['Raise $95M; they want nothing sold in Arizona.', { target_amount: 95e6, exclude_markets: ['Phoenix'] }],
    [
      'Target $120M, and the board wants nothing divested from Ohio or Georgia.',
      { target_amount: 120e6, exclude_markets: ['Columbus', 'Atlanta'] },
    ],
    ['We need $60M with nothing offered in New Jersey.', { target_amount: 60e6, exclude_markets: ['Newark'] }],
    // Nothing sold there in the past rules nothing out.
    ['Raise $95M from Arizona; there was nothing sold in Arizona last year.', { target_amount: 95e6, include_markets: ['Phoenix'] }],
  ],
  'a floor given with "being" ("Client instruction: $210M, with the minimum acceptable being $185M")': [
    ['Raise $120M, the floor being $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['Target $90M with the minimum being $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    [
      'Ask: $140M, the walk-away being $115M, net leverage at most 3.5x.',
      { target_amount: 140e6, floor_amount: 115e6, max_net_leverage: 3.5 },
    ],
    // A floor left open is none.
    ['Raise $90M, with the floor being a question for the board.', { target_amount: 90e6 }],
  ],
  'the ask given as an instruction beside limits ("Treasury\'s instruction is $340M with lease-adjusted leverage ...")': [
    [
      "The CFO's instruction is $275M with net leverage at or below 3.5x and new rent of no more than $19M a year.",
      { target_amount: 275e6, max_net_leverage: 3.5, max_rent_added: 19e6 },
    ],
    ['Our instruction remains $160M with lease-adjusted leverage under 4.2x.', { target_amount: 160e6, max_lease_adjusted_leverage: 4.2 }],
    // Rent in place is no ask, whoever mentions it.
    ['Treasury notes the rent bill is $40M today. Raise $90M.', { target_amount: 90e6 }],
  ],
};

describeFamilies("market talk beside the client's ask", FAMILIES);
