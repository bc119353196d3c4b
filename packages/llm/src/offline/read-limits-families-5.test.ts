import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fifth round of wording families for the covenants, the new-rent cap, the criticality filter and the mortgage
 * filter. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a planning level named as such after the covenant ("Planning level: 2.0x", "planned at 5.0x")': [
    [
      'Section 6.2 covenant: FCCR not less than 1.5x. Planning level: 1.9x. Target: $80m.',
      { target_amount: 80e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['Net leverage covenant of 4.25x; planning level per Treasury is 3.8x. $120m.', { target_amount: 120e6, max_net_leverage: 3.8 }],
    ['The net leverage test is 4.0x. Our planning figure is 3.4x. Raise $90m.', { target_amount: 90e6, max_net_leverage: 3.4 }],
    [
      'Lease-adjusted leverage shall not exceed 5.25x. The board wants the deal planned at 4.9x. Raise $110m.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 4.9 },
    ],
    ['FCCR covenant of 1.5x; we have planned to 1.8x. $70m.', { target_amount: 70e6, min_fixed_charge_coverage: 1.8 }],
    // A planning level not yet set, or one outside the covenant, leaves the covenant as the limit.
    [
      'Net leverage must not exceed 4.0x. The planning level for this deal has not been agreed. Raise $90m.',
      { target_amount: 90e6, max_net_leverage: 4 },
    ],
    ['Net leverage may not exceed 4.0x; the program was planned at 4.5x last year. $70m.', { target_amount: 70e6, max_net_leverage: 4 }],
  ],
  'a planned level in words ("plan to two and a half times")': [
    [
      'The FCCR covenant in the credit facility is two times; Treasury will plan to two and a half times. $120m.',
      { target_amount: 120e6, min_fixed_charge_coverage: 2.5 },
    ],
    [
      'Our coverage covenant is one and a half times; Treasury plans to two times. Raise $60m.',
      { target_amount: 60e6, min_fixed_charge_coverage: 2 },
    ],
    ['Max net leverage 4.0x; management will plan to three and a half times. $95m.', { target_amount: 95e6, max_net_leverage: 3.5 }],
    [
      'Maximum net leverage: 4.50:1.00. Planning level per Treasury: three and three-quarter times (3.75x). $100m.',
      { target_amount: 100e6, max_net_leverage: 3.75 },
    ],
    // A level in words outside the covenant is no planned level.
    ['Net leverage covenant 4.5x; we plan to run at five times. $50m.', { target_amount: 50e6, max_net_leverage: 4.5 }],
  ],
  'a level and its distance from the covenant in apposition ("planned at 2.3x, 0.55x above the covenant")': [
    [
      'Audit recommends that the fixed charge coverage test be planned at 2.4x, 0.6x above the covenant. $110m.',
      { target_amount: 110e6, min_fixed_charge_coverage: 2.4 },
    ],
    [
      'Treasury recommends that fixed charge coverage be planned at 2.2x, 0.5x above the covenant. Raise $90m.',
      { target_amount: 90e6, min_fixed_charge_coverage: 2.2 },
    ],
    ['Net leverage is to be managed at 3.3x, half a turn below the covenant. Raise $90m.', { target_amount: 90e6, max_net_leverage: 3.3 }],
    // A cushion that is not in apposition is still taken off the covenant.
    ['Net leverage covenant is 4.0x; keep half a turn inside that. $85m.', { target_amount: 85e6, max_net_leverage: 3.5 }],
  ],
  'a covenant quoted after a label': [
    [
      'Section 7.11(c) \u2014 Lease-Adjusted Leverage: "shall not exceed 5.00 to 1.00". Management\'s planning level is 4.6x. $135m.',
      { target_amount: 135e6, max_lease_adjusted_leverage: 4.6 },
    ],
    ['Lease-adjusted leverage: "shall not exceed 4.75 to 1.00". Raise $100m.', { target_amount: 100e6, max_lease_adjusted_leverage: 4.75 }],
    ['Fixed charge coverage: "not less than 1.60:1.00". $75m.', { target_amount: 75e6, min_fixed_charge_coverage: 1.6 }],
    ['Net leverage shall not exceed 3.5x. $60m.', { target_amount: 60e6, max_net_leverage: 3.5 }],
    ['FCCR shall not fall below 1.8x. $60m.', { target_amount: 60e6, min_fixed_charge_coverage: 1.8 }],
    // A quotation with no level says nothing of one.
    ['Net leverage: "shall be reported quarterly". $60m.', { target_amount: 60e6 }],
  ],
  'encumbered assets named as a class, then ruled out by a pronoun': [
    [
      "Counsel notes that encumbered properties cannot be transferred without the mortgagee's consent. Please exclude them. $140m.",
      { target_amount: 140e6, exclude_mortgaged: true },
    ],
    [
      'Mortgaged sites need the lender\u2019s sign-off before any sale, which takes a quarter. Please exclude them. $100m.',
      { target_amount: 100e6, exclude_mortgaged: true },
    ],
    [
      'Encumbered assets require consent from the bank; the committee therefore excludes all of them. Target $80m.',
      { target_amount: 80e6, exclude_mortgaged: true },
    ],
    [
      'Proceeds: $130m.\nEncumbrances: (a) the mortgaged sites need lender consent; (b) Treasury therefore excludes all of them.',
      { target_amount: 130e6, exclude_mortgaged: true },
    ],
    // A refusal to rule them out, or a pronoun that rules nothing out, leaves them in.
    ['Mortgaged sites need the lender\u2019s sign-off before any sale. Please do not exclude them. $100m.', { target_amount: 100e6 }],
    ["Mortgaged sites need the lender's sign-off. We have already spoken to them. $100m.", { target_amount: 100e6 }],
  ],
  'a mortgage with an adjective of its registry ("subject to a recorded mortgage")': [
    [
      'From legal: "Any asset subject to a recorded mortgage shall be excluded from the program." $130m.',
      { target_amount: 130e6, exclude_mortgaged: true },
    ],
    ['Any asset subject to a registered mortgage is to be excluded. $90m.', { target_amount: 90e6, exclude_mortgaged: true }],
    ['Properties subject to a recorded lien must not be sold. $90m.', { target_amount: 90e6, exclude_mortgaged: true }],
    // A recorded mortgage as a fact rules nothing out.
    ['A recorded mortgage on the Ontario DC is being released. $90m.', { target_amount: 90e6 }],
  ],
  'a cap given before the amount and the new rent after it with "on"': [
    [
      'Please run $150M with a minimum FCCR of 2.1x and a cap of $10,000,000 on new rent.',
      { target_amount: 150e6, min_fixed_charge_coverage: 2.1, max_rent_added: 10e6 },
    ],
    ['Raise $120m with a cap of $9M on added rent.', { target_amount: 120e6, max_rent_added: 9e6 }],
    ['Raise $120m; limit of $7.5M a year on new rent.', { target_amount: 120e6, max_rent_added: 7.5e6 }],
    // Money spent "on" something new is no rent.
    ['Raise $120m; we will spend $2M on new roofs.', { target_amount: 120e6 }],
  ],
  'a criticality level in a bracket that defines what may not be sold': [
    [
      'Assets deemed mission-critical (criticality above 0.7) may not be sold. Please run $100M.',
      { target_amount: 100e6, max_criticality: 0.7 },
    ],
    ['Sites deemed core (criticality above 0.6) are not to be sold. Raise $70m.', { target_amount: 70e6, max_criticality: 0.6 }],
    ['Anything mission-critical (criticality over 0.75) stays with us. $70m.', { target_amount: 70e6, max_criticality: 0.75 }],
    // A bracket about what was sold before rules nothing out.
    ['Sites deemed core (criticality above 0.6) were sold last year. Raise $70m.', { target_amount: 70e6 }],
  ],
  'a site "rated" above a level on the criticality scale, refused': [
    [
      'From the risk memo: "We will not sell a site rated above 0.55 on the criticality scale." Target $60M.',
      { target_amount: 60e6, max_criticality: 0.55 },
    ],
    ["We won't sell any asset rated above 0.5 on criticality. $80m.", { target_amount: 80e6, max_criticality: 0.5 }],
    ['Do not sell a property scored above 0.65 on the criticality scale. $80m.', { target_amount: 80e6, max_criticality: 0.65 }],
    // A rating with no refusal is a description.
    ['Sites rated above 0.6 on the criticality scale are the most valuable. $80m.', { target_amount: 80e6 }],
  ],
};

describeFamilies('reading limits: a fifth round of wording families', FAMILIES);
