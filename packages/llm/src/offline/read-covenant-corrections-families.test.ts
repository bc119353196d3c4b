import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A covenant's multiple corrected by the writer: recalled as said earlier and replaced ("I said 3.0 times for leverage
 * earlier; use 3.5"), or taken back with "sorry, I meant". The newer multiple is the limit; a multiple recalled with no
 * replacement, or a replacement said for another covenant, changes nothing it should not. Every case states what it
 * must read; a field it does not name is read as absent.
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
  'a multiple taken back with "sorry, I meant"': [
    ['$70M, leverage max 3.0x - sorry, I meant 3.5x.', { target_amount: 70e6, max_net_leverage: 3.5 }],
    ['$70M. FCCR at least 1.5x, sorry, I meant 1.75x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.75 }],
    // "I meant" before no figure takes nothing back.
    ['$70M. Net leverage under 3.5x, sorry, I meant to copy Ana on this.', { target_amount: 70e6, max_net_leverage: 3.5 }],
  ],
};

describeFamilies('Brief wording families: covenant multiples corrected', FAMILIES);
