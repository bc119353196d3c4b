import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Briefs written by the buyer (a fund's acquisitions team, its investment committee, its asset managers) about
 * what it will buy from the seller. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'what the fund pays, as the target ("Price: $390,000,000", "Purchase price $520M")': [
    ['Price: $215,000,000. No mortgaged assets.', { target_amount: 215e6, exclude_mortgaged: true }],
    ['Purchase price: $145M, Atlanta only.', { target_amount: 145e6, include_markets: ['Atlanta'] }],
    ['Our price $310M; 20-year leases.', { target_amount: 310e6, economics: { lease_term_years: 20 } }],
    // A price per foot, or the fund's exit price, is never the ask.
    ['Price per sf: $240. Raise $90M.', { target_amount: 90e6 }],
    ['Comparable price $298/sf in Ontario. Raise $90M.', { target_amount: 90e6 }],
    ['Exit price: $400M in year ten. Ticket $150M.', { target_amount: 150e6 }],
  ],
  'the least the fund would pay, as the floor ("Minimum check ...: $80M", "we\'d go to $480M but no lower")': [
    ['Minimum check worth our diligence budget: $70M. Target $95M.', { target_amount: 95e6, floor_amount: 70e6 }],
    ['Ticket $260M; the smallest ticket we would write is $210M.', { target_amount: 260e6, floor_amount: 210e6 }],
    ["Bid $350M. If the lenders push back we'd go to $300M but no lower.", { target_amount: 350e6, floor_amount: 300e6 }],
    ["Go $420M; the least we'd present to the committee is $360M.", { target_amount: 420e6, floor_amount: 360e6 }],
    ['$330M, and the floor the IC approved is $280M.', { target_amount: 330e6, floor_amount: 280e6 }],
    ['Northwind purchase: $260M. Minimum proceeds to close: $225M.', { target_amount: 260e6, floor_amount: 225e6 }],
    // A least that is no figure sets no floor.
    ["The least we'd present is two scenarios. $200M.", { target_amount: 200e6 }],
  ],
  'types the fund does not buy ("we\'re not buying retail", "Offices are not part of our strategy")': [
    ["We're not buying offices. $200M.", { target_amount: 200e6, asset_types: allTypesBut('office') }],
    ["We don't buy labs; our other vehicle does. $140M.", { target_amount: 140e6, asset_types: allTypesBut('lab') }],
    [
      'Data centers are not part of our mandate. Nor is retail. $160M from the rest.',
      { target_amount: 160e6, asset_types: allTypesBut('data_center', 'retail') },
    ],
    ['We will not acquire retail or labs. Ticket $120M.', { target_amount: 120e6, asset_types: allTypesBut('retail', 'lab') }],
    // What the fund will not do that names no type rules no type out.
    ["We don't buy at any price; $90M is the number.", { target_amount: 90e6 }],
    ["We're not buying the story that rents will fall. $90M.", { target_amount: 90e6 }],
  ],
  'the only types the fund buys ("we\'re a warehouse/DC buyer")': [
    ["we're a warehouse/distribution buyer. $140M.", { target_amount: 140e6, asset_types: ['distribution_center', 'warehouse'] }],
    ['We are an office investor. $75M.', { target_amount: 75e6, asset_types: ['office'] }],
    ["We're strictly a retail buyer; $60M.", { target_amount: 60e6, asset_types: ['retail'] }],
    // A buyer named with no type is no type filter.
    ["We're a patient buyer. $180M.", { target_amount: 180e6 }],
  ],
  'assets the fund will not take ("we\'re not taking the Cicero plant", "... stay with Northwind")': [
    ["We're not taking the Kearny plant; it's too specialized to re-let. $130M.", { target_amount: 130e6, exclude_asset_ids: ['NWK-03'] }],
    ['Our side: we will not take the Tempe office. $90M.', { target_amount: 90e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'The Schaumburg office and the Tempe office stay with Northwind. $150M.',
      { target_amount: 150e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] },
    ],
    [
      'The Tolleson DC and the Edison warehouse are under a letter of intent with another fund, so they are out. $100M.',
      { target_amount: 100e6, exclude_asset_ids: ['NWK-02', 'PHX-01'] },
    ],
    [
      'The Joliet DC is under a right of first refusal to a neighbour, so it is not part of this. $120M.',
      { target_amount: 120e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      'The Kearny plant and the Dublin research lab are too specialised. $110M.',
      { target_amount: 110e6, exclude_asset_ids: ['COL-03', 'NWK-03'] },
    ],
    ['Three carve-outs: the Tempe office and the Kearny plant. $95M.', { target_amount: 95e6, exclude_asset_ids: ['NWK-03', 'PHX-03'] }],
  ],
  'markets the fund will not take ("Hard pass on anything in Phoenix", "Georgia is off our list")': [
    ['Hard pass on anything in Newark. $120M.', { target_amount: 120e6, exclude_markets: ['Newark'] }],
    [
      'Hard pass on Atlanta; the Fairburn hub alone would blow our logistics allocation. $100M.',
      { target_amount: 100e6, exclude_markets: ['Atlanta'] },
    ],
    ["We're passing on Houston this vintage. $170M.", { target_amount: 170e6, exclude_markets: ['Houston'] }],
    ['Arizona is off our list for now. $150M.', { target_amount: 150e6, exclude_markets: ['Phoenix'] }],
    ['Markets out: Newark, Columbus. Size $200M.', { target_amount: 200e6, exclude_markets: ['Columbus', 'Newark'] }],
    // A pass on one asset rules out the asset, not its market.
    ['Hard pass on the Cicero plant. $80M.', { target_amount: 80e6, exclude_asset_ids: ['CHI-03'] }],
  ],
  'the seller named before its own limit ("Northwind\'s net leverage can\'t end above 3.5x")': [
    ["Northwind's net leverage can't end above 3.25x. $200M.", { target_amount: 200e6, max_net_leverage: 3.25 }],
    ["Keep the seller's net leverage at or below 3.75x. $110M.", { target_amount: 110e6, max_net_leverage: 3.75 }],
    [
      "Northwind's lenders test net leverage on an IFRS 16 basis, ceiling 3.4x. $120M.",
      { target_amount: 120e6, max_net_leverage: 3.4, economics: { accounting_basis: 'ifrs16' } },
    ],
    [
      "IC won't approve anything that takes Northwind's lease-adjusted leverage over 4.9x. Ticket: $220M.",
      { target_amount: 220e6, max_lease_adjusted_leverage: 4.9 },
    ],
    ["Don't show us anything Northwind rates above 0.75 on criticality. $150M.", { target_amount: 150e6, max_criticality: 0.75 }],
    ['Our asset managers say leaseability below 0.6 is a deal-breaker. $180M.', { target_amount: 180e6, min_leaseability: 0.6 }],
    // The seller's company in a name is not its leverage, and a fund's own level is no limit.
    ["Northwind's lenders are relaxed. $90M.", { target_amount: 90e6 }],
  ],
  'the fund\'s own figures, never the seller\'s limits ("fund-level leverage capped at 50% LTV", "7.5% unlevered")': [
    ['Our fund leverage is capped at 55% LTV. $200M.', { target_amount: 200e6 }],
    ['Fund hurdle: 8% unlevered. $150M.', { target_amount: 150e6 }],
    ["The fund's own leverage stays under 45% LTV; that's ours. Ticket $90M.", { target_amount: 90e6 }],
    // The seller's own mortgages still rule assets out.
    ['Fund hurdle 7% unlevered; no mortgaged assets. $100M.', { target_amount: 100e6, exclude_mortgaged: true }],
  ],
  'why the fund likes some assets, not a leaseability filter ("they re-let easily", "an easy re-let for us")': [
    ['Can we do $40M of the warehouses? They are old but they re-let easily.', { target_amount: 40e6, asset_types: ['warehouse'] }],
    ["Offices only. Northwind's regional offices are an easy re-let for us. $70M.", { target_amount: 70e6, asset_types: ['office'] }],
    // A filter asked for is still read.
    ['$60M, only sites that would re-let easily.', { target_amount: 60e6, min_leaseability: 0.7 }],
  ],
  'the seller\'s company named where no asset or type is meant ("Northwind\'s owned real estate", "Northwind Logistics SLB")': [
    ["We propose to buy $190M of Northwind's owned real estate.", { target_amount: 190e6 }],
    ['Investment Committee, Northwind Logistics sale-leaseback\nWe propose to acquire $260M.', { target_amount: 260e6 }],
    ['MEMO: NORTHWIND LOGISTICS\nAsk: approve a purchase of $310M. No labs.', { target_amount: 310e6, asset_types: allTypesBut('lab') }],
    // Logistics asked for is still a type.
    ['Logistics assets only. $100M.', { target_amount: 100e6, asset_types: ['distribution_center'] }],
  ],
  'shares, leases and new rent in the buyer\'s words ("neither Dallas nor Houston more than 60% of it")': [
    [
      'Texas only, $150M, and neither Dallas nor Houston more than half of it.',
      { target_amount: 150e6, include_markets: ['Dallas', 'Houston'], max_market_share: 0.5 },
    ],
    ["Lease terms we'd sign: 18 years. $150M.", { target_amount: 150e6, economics: { lease_term_years: 18 } }],
    [
      'Lease basis: 15 years at 2.5% escalation. $150M.',
      { target_amount: 150e6, economics: { lease_term_years: 15, rent_escalator: 0.025 } },
    ],
    ['New rent the seller can absorb: at most $14M a year. $150M.', { target_amount: 150e6, max_rent_added: 14e6 }],
    // A lease basis that is an accounting basis is no term.
    ['Lease basis: IFRS 16. $150M.', { target_amount: 150e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
};

describeFamilies("offline brief reader, a buyer's briefs (12)", FAMILIES);
