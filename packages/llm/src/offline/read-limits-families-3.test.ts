import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A third round of wording families for the covenants, the single-market cap, the new-rent cap, the score filters
 * and the mortgage filter. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'gearing as the name of net leverage': [
    ['Net gearing (net debt / EBITDA) not to exceed 3.25x. Raise $90m.', { target_amount: 90e6, max_net_leverage: 3.25 }],
    ['$60m. Gearing must stay below 3.8x.', { target_amount: 60e6, max_net_leverage: 3.8 }],
    ['Target $75m; gearing max 3.5x.', { target_amount: 75e6, max_net_leverage: 3.5 }],
    // A covenant given in gearing with its ratio after the figure: the plan inside it is the limit.
    ['Our gearing covenant is 4.0x net debt/EBITDA and we plan to 3.6x. $50m.', { target_amount: 50e6, max_net_leverage: 3.6 }],
    // Gearing of a percentage is no multiple: nothing is read.
    ['Raise $40m. Gearing is around 45% today.', { target_amount: 40e6 }],
  ],
  'a level the metric must not be let fall below or rise above, said of "it"': [
    [
      'Our LTM fixed charge cover is c.4.3x; we must not let it fall below 2.5x. $150m.',
      { target_amount: 150e6, min_fixed_charge_coverage: 2.5 },
    ],
    ['FCCR is 3.1x today and we cannot allow it to drop under 1.9x. Raise $70m.', { target_amount: 70e6, min_fixed_charge_coverage: 1.9 }],
    ['Net leverage sits at 2.9x; we will not let it rise above 3.6x. $80m.', { target_amount: 80e6, max_net_leverage: 3.6 }],
    // Today's level, and a "let it" with no level, are no limit.
    ['Our LTM FCCR is 4.3x; we let it fall last year. $150m.', { target_amount: 150e6 }],
  ],
  'a limit named by itself after today\'s level ("the limit we must respect is 4.0x")': [
    [
      'Lease-adjusted leverage is currently about 3.3x; the limit we must respect is 4.0x. $150m.',
      { target_amount: 150e6, max_lease_adjusted_leverage: 4 },
    ],
    [
      "FYI lease-adjusted leverage today is ~3.5x by our math (8x rent). Treasurer's limit post-deal is 4.2x. Size: $120M.",
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.2 },
    ],
    ['Net leverage is 2.8x now; our ceiling after the sale is 3.4x. $90m.', { target_amount: 90e6, max_net_leverage: 3.4 }],
    ['FCCR stands at 2.9x; the floor the lenders set is 1.75x. $55m.', { target_amount: 55e6, min_fixed_charge_coverage: 1.75 }],
    // A limit of another kind is not a ratio's: "the limit on rent is" names the rent.
    ['Net leverage is 2.8x now; the limit on new rent is $8m. $90m.', { target_amount: 90e6, max_rent_added: 8e6 }],
  ],
  'a bracket that says how rent is capitalised, before the level': [
    ['Proceeds: $135mm. Lease-adjusted leverage (8x rent): \u2264 4.4x PF', { target_amount: 135e6, max_lease_adjusted_leverage: 4.4 }],
    ['$100m. Lease-adjusted leverage (7x rents) at most 5.0x.', { target_amount: 100e6, max_lease_adjusted_leverage: 5 }],
    ['$80m. Lease-adjusted leverage (8.0x rent) must stay under 4.6x.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.6 }],
    // A bracket holding the level itself is still read.
    ['$80m. Lease-adjusted leverage (4.5x max).', { target_amount: 80e6, max_lease_adjusted_leverage: 4.5 }],
  ],
  'a second level joined by "or"/"and" after a refused first, and an article before the level': [
    [
      "Treasurer: 'I don't want to see anything over 0.5 on criticality or under 0.7 on leaseability. $65M.'",
      { target_amount: 65e6, max_criticality: 0.5, min_leaseability: 0.7 },
    ],
    [
      '$50m. Nothing above 0.55 on criticality and below 0.5 on leaseability.',
      { target_amount: 50e6, max_criticality: 0.55, min_leaseability: 0.5 },
    ],
    ['$140M. Also nothing below a 0.6 leaseability score.', { target_amount: 140e6, min_leaseability: 0.6 }],
    ['$70M. Nothing above a 0.45 criticality rating.', { target_amount: 70e6, max_criticality: 0.45 }],
    // A level no score names is left unread.
    ['$70M. Nothing above a 0.45 and nothing else.', { target_amount: 70e6 }],
  ],
  'critical assets kept by their owner, or excluded by a bare participle in a note': [
    [
      'Raise approximately $185 million while retaining ownership of mission-critical assets.',
      { target_amount: 185e6, max_criticality: 0.7 },
    ],
    ['$90m, holding on to anything critical.', { target_amount: 90e6, max_criticality: 0.7 }],
    ['$90m. We retain title to the critical sites.', { target_amount: 90e6, max_criticality: 0.7 }],
    ['Sizing: $180mm. Mission-critical infrastructure excluded; rest is fine.', { target_amount: 180e6, max_criticality: 0.7 }],
    ['$90m. Business-critical facilities carved out.', { target_amount: 90e6, max_criticality: 0.7 }],
    // "Critical" of something that is not an asset is no filter.
    ['$90m. Critical review excluded.', { target_amount: 90e6 }],
  ],
  'encumbered facilities that "will not form part of the offering"': [
    [
      'Raise US$200 million. Facilities subject to mortgage financing will not form part of the offering.',
      { target_amount: 200e6, exclude_mortgaged: true },
    ],
    ['Raise $90m. Properties with secured financing will not form part of the sale.', { target_amount: 90e6, exclude_mortgaged: true }],
    ['Raise $90m. Any facility carrying a mortgage is excluded.', { target_amount: 90e6, exclude_mortgaged: true }],
    // Encumbered facilities that may be sold are no filter.
    ['Raise $90m. Facilities subject to mortgage financing are fine to sell.', { target_amount: 90e6 }],
  ],
  'a limit asked about by one speaker and answered by the next with a level alone': [
    ['Jen: 200 million.\nLuis: lease-adjusted leverage cap?\nJen: 4.25x', { target_amount: 200e6, max_lease_adjusted_leverage: 4.25 }],
    [
      'Kai: $110M target then. lease-adjusted cap?\nLiv: 4.5\nKai: FCCR?\nLiv: 1.75',
      { target_amount: 110e6, max_lease_adjusted_leverage: 4.5, min_fixed_charge_coverage: 1.75 },
    ],
    ['Fay: leasability threshold?\nGus: 0.65.\nFay: target?\nGus: 48.5 million.', { target_amount: 48.5e6, min_leaseability: 0.65 }],
    ['Ann: $60M.\nBo: criticality cap?\nAnn: 0.35', { target_amount: 60e6, max_criticality: 0.35 }],
    ['Ann: $60M.\nBo: net leverage?\nAnn: 3.4x.', { target_amount: 60e6, max_net_leverage: 3.4 }],
    // An answer that goes on past the level is not a level alone.
    ['Ann: $60M.\nBo: net leverage?\nAnn: 3.4x today, no idea what the limit is.', { target_amount: 60e6 }],
  ],
  'a figure considered and then decided against in its own sentence': [
    [
      "We'd like $100m. We considered a 20% market-share cap but decided against it. Net leverage no higher than 3.5x.",
      { target_amount: 100e6, max_net_leverage: 3.5 },
    ],
    ['$100m. We discussed a 4x leverage cap but opted against it.', { target_amount: 100e6 }],
    ['$100m. The board considered an $8m rent cap but chose not to impose one.', { target_amount: 100e6 }],
    // A decision in a later sentence is about something else: the cap stated before it stands.
    ["We'd like $100m. Cap rent at $8m. We decided against a bigger deal.", { target_amount: 100e6, max_rent_added: 8e6 }],
  ],
  'covenant levels given under a "background only" label': [
    [
      'CFO wants to see a $150M raise. Background only: the FCCR covenant in the revolver is 1.5x, we are at 2.6x today. Run it with max market share 40%.',
      { target_amount: 150e6, max_market_share: 0.4 },
    ],
    ['$150M. For context only - net leverage covenant 4.0x.', { target_amount: 150e6 }],
    [
      '$90M. Just for reference: lease-adjusted leverage covenant 5.0x. Net leverage under 3.5x.',
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
    // A plain heading without "only" may hold the covenant itself.
    ['$150M. Background: the FCCR covenant in the revolver is 1.5x.', { target_amount: 150e6, min_fixed_charge_coverage: 1.5 }],
  ],
  '"keep out" and "leave off" before encumbered assets': [
    ["Number's $130M. Do keep out anything with a loan on it.", { target_amount: 130e6, exclude_mortgaged: true }],
    ['$130M. Keeping out anything encumbered.', { target_amount: 130e6, exclude_mortgaged: true }],
    ['$130M. Leave off any property with a mortgage on it.', { target_amount: 130e6, exclude_mortgaged: true }],
    // "Keep out of" a place is about the place: the loan named later is a fact.
    ['$130M. Keep out of Dallas; the loan on the Ontario DC is fine.', { target_amount: 130e6, exclude_markets: ['Dallas'] }],
  ],
  'a limit named by itself with a bare decimal, for the covenant named before it': [
    [
      "Lease-adjusted leverage, we're around 3.3 today, the cap for this program is 4.0. Target's a hundred and twenty million.",
      { target_amount: 120e6, max_lease_adjusted_leverage: 4 },
    ],
    ['$90m. Net leverage is 2.9 now; our ceiling is 3.5.', { target_amount: 90e6, max_net_leverage: 3.5 }],
    ['$90m. FCCR runs at 2.8 today; the floor we must keep is 1.6.', { target_amount: 90e6, min_fixed_charge_coverage: 1.6 }],
    // A score's cap, or a limit of money, is no covenant level.
    ['$90m. Criticality matters; the cap is 0.6.', { target_amount: 90e6 }],
    ['$90m. Net leverage is 2.9 now; the cap on rent is 8.5 million.', { target_amount: 90e6, max_rent_added: 8.5e6 }],
  ],
};

describeFamilies('reading limits: a third round of wording families', FAMILIES);
