import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A covenant's multiple, a score's level, a lease length, an amount or a percentage corrected by the writer: recalled
 * as said earlier (or before) and replaced ("I said 3.0 times for leverage earlier; use 3.5", "I said 0.6 for
 * criticality earlier; use 0.7", "we said 15-year leases earlier; use 12", "I said $120M earlier; use $135M", "we said
 * 20% max per market before - make it 25%"), or taken back with "sorry, I meant". The newer figure is the setting; a
 * figure recalled with no replacement, or a replacement of another kind, changes nothing it should not. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a multiple recalled as said earlier, then replaced': [
    ['$70M. I said 3.0 times for leverage earlier; use 3.5.', { target_amount: 70e6, max_net_leverage: 3.5 }],
    [
      '$70M from warehouses. I said 3.0 times for leverage earlier; use 3.5 instead.',
      { target_amount: 70e6, max_net_leverage: 3.5, asset_types: ['warehouse'] },
    ],
    ['$70M. We put 1.8x on FCCR before - make it 2.0x.', { target_amount: 70e6, min_fixed_charge_coverage: 2 }],
    ['$70M. I gave 3.0x as the leverage cap earlier; it should be 3.25x.', { target_amount: 70e6, max_net_leverage: 3.25 }],
    ['$70M. I said 5x for lease-adjusted leverage earlier; please use 5.5x.', { target_amount: 70e6, max_lease_adjusted_leverage: 5.5 }],
    // A multiple recalled with nothing put in its place stands as it was said.
    ['$70M. Net leverage under 3.0x. I said 3.0x for leverage earlier and I stand by it.', { target_amount: 70e6, max_net_leverage: 3 }],
  ],
  'an amount or a percentage recalled as said earlier, then replaced': [
    ['I said $120M earlier; use $135M. Net leverage under 3.5x.', { target_amount: 135e6, max_net_leverage: 3.5 }],
    ['$70M. I said 2% escalators earlier; use 2.5%.', { target_amount: 70e6, economics: { rent_escalator: 0.025 } }],
    ['$70M. I said $10M of new rent earlier; use $12M.', { target_amount: 70e6, max_rent_added: 12e6 }],
    // An amount recalled and kept stands; a figure of another kind is no replacement.
    ['$70M. Net leverage under 3.5x. I said $70M earlier and that stands.', { target_amount: 70e6, max_net_leverage: 3.5 }],
    ['$70M. I said $70M earlier; use 3.5x leverage as the cap.', { target_amount: 70e6, max_net_leverage: 3.5 }],
  ],
  "a score's level or a lease length recalled as said earlier, then replaced": [
    ['$70M. I said 0.6 for criticality earlier; use 0.7.', { target_amount: 70e6, max_criticality: 0.7 }],
    ['$70M. I gave 0.5 as the leaseability floor earlier - make it 0.6.', { target_amount: 70e6, min_leaseability: 0.6 }],
    ['$70M. We said 15-year leases earlier; use 12.', { target_amount: 70e6, economics: { lease_term_years: 12 } }],
    ['$70M. We said 20-year leases before, make it 15 years.', { target_amount: 70e6, economics: { lease_term_years: 15 } }],
    // A level of one or more is no score's, and a bare figure that counts something else is no lease length: the first
    // figure is then read as it was said.
    ['$70M. I said 0.6 for criticality earlier; use 7.', { target_amount: 70e6 }],
    ['$70M. We said 15-year leases earlier; use 12 sites.', { target_amount: 70e6, economics: { lease_term_years: 15 } }],
  ],
  'a percentage recalled as said before, then replaced': [
    ['$70M. We said 20% max per market before - make it 25%.', { target_amount: 70e6, max_market_share: 0.25 }],
    ['$70M. We said 21% tax before; use 25%.', { target_amount: 70e6, economics: { tax_rate: 0.25 } }],
    // "Before" about the sale is no recall.
    [
      '$70M from Dallas. Before the sale closes, keep leverage under 3.5x.',
      { target_amount: 70e6, max_net_leverage: 3.5, include_markets: ['Dallas'] },
    ],
  ],
  'a multiple taken back with "sorry, I meant"': [
    ['$70M, leverage max 3.0x - sorry, I meant 3.5x.', { target_amount: 70e6, max_net_leverage: 3.5 }],
    ['$70M. FCCR at least 1.5x, sorry, I meant 1.75x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.75 }],
    // "I meant" before no figure takes nothing back.
    ['$70M. Net leverage under 3.5x, sorry, I meant to copy Ana on this.', { target_amount: 70e6, max_net_leverage: 3.5 }],
  ],
};

describeFamilies('Brief wording families: covenant multiples corrected', FAMILIES);
