import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A limit word abbreviated with a dot before its figure ("rent max. 5 Mio. USD", "FCCR min. 1,8x"): the dot ends
 * no sentence, so the limit and its figure are read as one clause. After a figure the same word closes it.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a limit word with a dot before its figure ("rent max. 5 Mio. USD", "min. 1,8x", "approx. $40M")': [
    ['Raise USD 70 Mio. Additional annual rent max. 4 Mio. USD.', { target_amount: 70e6, max_rent_added: 4e6 }],
    ['Target 85 mio. New rent max. USD 6 mio per year.', { target_amount: 85e6, max_rent_added: 6e6 }],
    [
      'Raise $90M. Net leverage max. 3.25x, FCCR min. 1.9x.',
      { target_amount: 90e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 1.9 },
    ],
    ['Raise approx. $45M from the warehouses.', { target_amount: 45e6, asset_types: ['warehouse'] }],
    ['Raise ca. 110 mio, lease-adjusted leverage max. 4,4x.', { target_amount: 110e6, max_lease_adjusted_leverage: 4.4 }],
  ],
  'the same word after a figure closes its sentence ("rent to $11M max. $130M.")': [
    ['Keep new rent to $9M max. $140M target.', { target_amount: 140e6, max_rent_added: 9e6 }],
    ['Net leverage 3.5x max. $120M is the ask.', { target_amount: 120e6, max_net_leverage: 3.5 }],
  ],
};

describeFamilies('abbreviated limit words before a figure', FAMILIES);
