import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A sixteenth round of wording families, in an adviser's or banker's voice recommending a program: other clients',
 * peers' and compared deals' figures told over several clauses and set against what is recommended "for you", the
 * recommended figure that leaves out what it measures, advice that adopts another party's choice, a recommendation's
 * amount beside its rent cap, a cushion inside a quoted covenant package, a deal named before the party it was done for,
 * a place's "only" refused after the amount, and a share capped "from any of them". Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'another party\'s deal told over several clauses ("what other clients did. Most took 15-year terms; a few took 20")': [
    ['People ask what our other clients did. Most took 20-year terms; some took 25. Raise $90M.', { target_amount: 90e6 }],
    ['We priced a $260M program for a client like you in 2023; they signed at $210M. For Northwind: $120M.', { target_amount: 120e6 }],
    ['Other clients of ours: a grocer ran theirs at 4.6x lease-adjusted; a 3PL at 4.9x. Target $80M.', { target_amount: 80e6 }],
    // A clause of the brief's own after the deal is read as usual.
    ['A peer took 4.5x net leverage. Target $80M, net leverage at most 3.5x.', { target_amount: 80e6, max_net_leverage: 3.5 }],
  ],
  'the recommended figure set against another party\'s, leaving out what it measures ("tested 18-year leases; we\'d stay at 15")': [
    [
      'One of our clients signed 20-year leases; we would go with 12 for you. Raise $70M.',
      { target_amount: 70e6, economics: { lease_term_years: 12 } },
    ],
    [
      'A peer accepted net leverage of 4.2x after its SLB. That is too much for you: keep to 3.6x. Raise $90M.',
      { target_amount: 90e6, max_net_leverage: 3.6 },
    ],
    [
      'Another client took on $15M of new rent. We suggest you cap yours at $8M, on a $100M raise.',
      { target_amount: 100e6, max_rent_added: 8e6 },
    ],
    [
      'One of our clients, a food distributor, set a 25% market cap. We would set 45% for Northwind. Raise $60M.',
      { target_amount: 60e6, max_market_share: 0.45 },
    ],
    // A figure that says what it measures is read as written, and money with no measure stays the ask.
    [
      'A peer chose 20-year leases. We would recommend a 3% escalator for you, on $75M.',
      { target_amount: 75e6, economics: { rent_escalator: 0.03 } },
    ],
  ],
  'a deal the adviser compares with ("benchmarked against the Kestrel deal (closed at 3.9x)")': [
    [
      'We sized this against the Alder Foods transaction (4.1x net leverage at close); for you, $85M and lease-adjusted leverage under 4.5x.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.5 },
    ],
    ['We looked at Project Birch ($310M, a rival grocer) as a benchmark. For you: $95M.', { target_amount: 95e6 }],
    ['A competitor closed a $400M SLB last spring. Our ask for you is $90M.', { target_amount: 90e6 }],
    // A covenant compared with is no other deal: the limit is read.
    ['Raise $85M; compared with the covenant, keep net leverage under 3.75x.', { target_amount: 85e6, max_net_leverage: 3.75 }],
  ],
  'advice that adopts another party\'s choice ("we still think that\'s right for you")': [
    [
      'Another client we worked with excluded every mortgaged site. We would do the same for you. Raise $70M.',
      { target_amount: 70e6, exclude_mortgaged: true },
    ],
    [
      'A client in packaging set a 30% single-market cap; we recommend the same. Target $65M.',
      { target_amount: 65e6, max_market_share: 0.3 },
    ],
    // Without the advice, the other party's choice stays theirs.
    ['Another client we worked with excluded every mortgaged site. Raise $70M.', { target_amount: 70e6 }],
    ['A client in packaging set a 30% single-market cap. Target $65M.', { target_amount: 65e6 }],
  ],
  'a recommendation\'s amount beside its rent cap ("Our recommendation: $95mm with added rent of no more than $6.5mm")': [
    ['Recommendation: $70M with new rent of at most $5M a year.', { target_amount: 70e6, max_rent_added: 5e6 }],
    ['Our recommendation is $80mm with incremental rent under $6mm.', { target_amount: 80e6, max_rent_added: 6e6 }],
    // Rent reported with no ask beside it is not the target.
    ['Current rent is $40M a year. Raise $60M.', { target_amount: 60e6 }],
  ],
  'a cushion that is the gap between a recommended limit and the covenant package quoted ("... 3.25x — a quarter-turn cushion")': [
    [
      'Your facility tests net leverage at 4.0x; we recommend $90M, holding net leverage at or below 3.5x, a half-turn cushion.',
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
    // A cushion taken off the covenant alone is still taken off.
    ['Covenant net leverage 4.0x; keep a half-turn cushion. Raise $90M.', { target_amount: 90e6, max_net_leverage: 3.5 }],
  ],
  'a deal named before the party it was done for ("a $300M program for a client in a similar position")': [
    ['We ran a $500M SLB for another client of ours. For Northwind we advise $110M.', { target_amount: 110e6 }],
    ['Last year we priced a $220M deal with a peer, which closed at $180M. Raise $75M.', { target_amount: 75e6 }],
    // A program for the reader's own company is its ask.
    ['We recommend a $90M program for you; a client of ours did $200M.', { target_amount: 90e6 }],
  ],
  'a place\'s "only" asked after the recommended amount and refused ("Recommend $100M, Georgia only? No - widen it")': [
    [
      "Suggest $85M, Phoenix only? No - we'd add Dallas: Phoenix and Dallas.",
      { target_amount: 85e6, include_markets: ['Dallas', 'Phoenix'] },
    ],
    ['Raise $60M from warehouses and retail only? No - warehouses only.', { target_amount: 60e6, asset_types: ['warehouse'] }],
    // The amount itself asked about and refused stays refused.
    ['Can we do $120M? No, too rich. Raise $90M.', { target_amount: 90e6 }],
  ],
  'a share capped "from any of them" after a list of places': [
    [
      '$70M, from Dallas, Houston and Phoenix, no more than 45% from any of them.',
      { target_amount: 70e6, include_markets: ['Dallas', 'Houston', 'Phoenix'], max_market_share: 0.45 },
    ],
    [
      'Raise $70M across Newark and Atlanta, with at most 60% in any of them.',
      { target_amount: 70e6, include_markets: ['Atlanta', 'Newark'], max_market_share: 0.6 },
    ],
  ],
};

describeFamilies('reading adviser figures: a sixteenth round of families', FAMILIES);
