import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fourteenth round of wording families for the objective and the figures: the minimal or smallest overshoot, the
 * least sold past the target's figure, and the tightest set that gets past it (all selling no more than needed).
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the minimal or smallest overshoot, wherever it stands ("with minimal overshoot", "smallest overshoot on $85M")': [
    ['We need $70M, minimal overshoot if you can.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    [
      'Smallest possible overshoot on $95M, offices only.',
      { target_amount: 95e6, asset_types: ['office'], economics: { objective: 'min_proceeds' } },
    ],
    ['Looking for $42M with the smallest overshoot we can get.', { target_amount: 42e6, economics: { objective: 'min_proceeds' } }],
    // The least we would accept is a floor, not the objective.
    ["Raise $80M; the least we'd accept is $65M.", { target_amount: 80e6, floor_amount: 65e6 }],
  ],
  'the least sold past the target\'s figure or a pronoun for it ("sell the minimum over $105M")': [
    ['Sell the minimum above $65M, please.', { target_amount: 65e6, economics: { objective: 'min_proceeds' } }],
    ['Our need is $90M. Give us the least amount past that.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $72M and sell the lowest sum beyond it.', { target_amount: 72e6, economics: { objective: 'min_proceeds' } }],
    // A minimum over a multiple is a covenant, not the objective.
    ['Raise $72M; keep coverage at the minimum over 1.5x.', { target_amount: 72e6, min_fixed_charge_coverage: 1.5 }],
  ],
  'a figure overshot by the least, and the tightest set past it ("overshoots $132M by the least")': [
    ['Find the package exceeding $64M by the smallest margin.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
    ['Show me the tightest package that takes us over $58M.', { target_amount: 58e6, economics: { objective: 'min_proceeds' } }],
    [
      'What is the tightest combination of sites that brings us to $77M?',
      { target_amount: 77e6, economics: { objective: 'min_proceeds' } },
    ],
    // The tightest covenant says nothing of the sale.
    ['Raise $77M. The tightest covenant is net leverage at 3.5x.', { target_amount: 77e6, max_net_leverage: 3.5 }],
  ],
  'a criticality level put before "critical", or rated on criticality ("anything above 0.55 critical")': [
    ["Target $70M. We can't part with anything over 0.65 critical.", { target_amount: 70e6, max_criticality: 0.65 }],
    ['Raise $95M; no sites above 0.4 critical.', { target_amount: 95e6, max_criticality: 0.4 }],
    ['$60M. Nothing our engineers would score over 0.45 for criticality.', { target_amount: 60e6, max_criticality: 0.45 }],
    // A level rated on another measure is no criticality.
    ['Raise $60M. Nothing we own is rated above 0.9 on occupancy.', { target_amount: 60e6 }],
  ],
  'a share capped per market as a fraction before the cap ("0.4 max per market", "1/4 cap per market")': [
    ['$120M, 0.3 max per market.', { target_amount: 120e6, max_market_share: 0.3 }],
    ['Raise $80M with a 1/3 limit per metro.', { target_amount: 80e6, max_market_share: 1 / 3 }],
    ['Raise $80M, 0.35 cap each market.', { target_amount: 80e6, max_market_share: 0.35 }],
    // A leverage multiple before "max" is no share.
    ['Raise $80M, 3.5x max net leverage.', { target_amount: 80e6, max_net_leverage: 3.5 }],
  ],
  'flat rent said in one word after a lease term in a terse list ("Leases: 15 years, flat.")': [
    ['Term: 12 years, flat. Raise $65M.', { target_amount: 65e6, economics: { lease_term_years: 12, rent_escalator: 0 } }],
    ['Raise $65M. 20-year leases; flat.', { target_amount: 65e6, economics: { lease_term_years: 20, rent_escalator: 0 } }],
    // "Flat" with another word after it describes something else.
    ['Raise $65M. 20-year leases, flat leverage please.', { target_amount: 65e6, economics: { lease_term_years: 20 } }],
  ],
  'added rent refused past a figure, or room left for more ("don\'t add more than $3M rent")': [
    ["Raise $75M, but don't take on more than $5M of rent.", { target_amount: 75e6, max_rent_added: 5e6 }],
    ["Raise $75M. We won't add over $4.5M rent.", { target_amount: 75e6, max_rent_added: 4.5e6 }],
    ['Raise $75M. There is headroom for another $7M a year in rent.', { target_amount: 75e6, max_rent_added: 7e6 }],
    // Rent already paid is background, not a cap.
    ['Raise $75M. We pay $9M of rent today.', { target_amount: 75e6 }],
  ],
  'fixed-charge coverage as a multiple "on" or "for" fixed charges ("a covenant of 1.75x on fixed charges")': [
    ['Raise $50M. Lenders want 2.0x for fixed charges.', { target_amount: 50e6, min_fixed_charge_coverage: 2 }],
    ['Our covenant is 1.6x on fixed charges. Raise $50M.', { target_amount: 50e6, min_fixed_charge_coverage: 1.6 }],
    // A multiple on something else is not the coverage.
    ['Raise $50M at 1.6x on book value.', { target_amount: 50e6 }],
  ],
  'a bare floor in the ask\'s millions, tolerated or enough at a pinch ("Fifty would do at a pinch")': [
    ['Raise $90M. Eighty would do at a push.', { target_amount: 90e6, floor_amount: 80e6 }],
    ['Raise $90M; we could tolerate seventy-five.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Raise one-twenty million; we would tolerate one-ten.', { target_amount: 120e6, floor_amount: 110e6 }],
    // Leverage tolerated is a limit, not a floor.
    ["Raise $90M; leverage we'd tolerate 4 times.", { target_amount: 90e6, max_net_leverage: 4 }],
  ],
  'a lease term kept on the books, or wanted instead after "but" ("those leases will sit with us for 15 years")': [
    ['Raise $50M. The leases would stay on our books for 12 years.', { target_amount: 50e6, economics: { lease_term_years: 12 } }],
    [
      "Raise $50M. The broker floated 15-year leases, but we'd prefer 10 years.",
      { target_amount: 50e6, economics: { lease_term_years: 10 } },
    ],
    ['Raise $50M. Buyers like 25-year leases but we want twenty years.', { target_amount: 50e6, economics: { lease_term_years: 20 } }],
    // "But" with something other than years after it leaves the term as it was.
    [
      'Raise $50M on 15-year leases, but we want 2% escalators.',
      { target_amount: 50e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } },
    ],
  ],
  'buildings described as easy to let, as the subject of a statement, ask for no leaseability': [
    ['Raise $45M. The Dallas office would lease up easily.', { target_amount: 45e6 }],
    ['Raise $45M. The generic DCs are in good shape.', { target_amount: 45e6, asset_types: ['distribution_center'] }],
    // Asked for, the same words are a limit.
    ['Raise $45M from sites that would lease up easily.', { target_amount: 45e6, min_leaseability: 0.7 }],
    ['Raise $45M from the generic warehouses.', { target_amount: 45e6, min_leaseability: 0.7, asset_types: ['warehouse'] }],
  ],
  'a figure revised after its noun, a typo, a wanted move or the actual need ("3.0x lease-adjusted cap... sorry, 4.0x")': [
    ['Raise $80M. Net leverage cap 3.25x... correction, 3.75x.', { target_amount: 80e6, max_net_leverage: 3.75 }],
    ["Raise $90M, that's a typo, $80M.", { target_amount: 80e6 }],
    ['Raise $90M. Net leverage is 4.2x but we need to bring it down to 3.8x.', { target_amount: 90e6, max_net_leverage: 3.8 }],
    ['The first ask was $140M but we really only need $120M.', { target_amount: 120e6 }],
    // Without "actually" or "really", a second amount needed is not a correction of the first.
    ['Raise $100M but we only need $80M.', { target_amount: 100e6 }],
  ],
  'what carries a mortgage, kept out ("keep every building with a mortgage on it out of the deal")': [
    ['Raise $90M and keep anything with a lien on it out.', { target_amount: 90e6, exclude_mortgaged: true }],
    ['Raise $90M; leave every site with a mortgage out of the sale.', { target_amount: 90e6, exclude_mortgaged: true }],
    // A mortgage kept on a building that is sold rules nothing out.
    ['Raise $90M; the buyer will keep the mortgage in place.', { target_amount: 90e6 }],
  ],
  'a level a ratio stood at, then the new covenant ("3.8x net leverage last quarter; the new covenant is 3.5x")': [
    [
      'Raise $80M. We were at 5.2x lease-adjusted leverage last year; the new covenant is 4.75x.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.75 },
    ],
    ['Raise $80M. We were at 4.1x net leverage last year, so the new cap is 3.75x.', { target_amount: 80e6, max_net_leverage: 3.75 }],
    // Without "new", the second level is no covenant of its own.
    ['Raise $80M. We were at 3.8x net leverage last quarter, and 3.5x the quarter before.', { target_amount: 80e6 }],
  ],
  'an ask handed to the company by someone, beside a rent cap ("Treasury gave us $85M and room for an extra $6M")': [
    ['The board handed us $70M and a rent cap of $5M.', { target_amount: 70e6, max_rent_added: 5e6 }],
    ['Treasury gives us $95M and headroom for another $8M of rent.', { target_amount: 95e6, max_rent_added: 8e6 }],
  ],
};

describeFamilies('figures and objectives in working words', FAMILIES);
