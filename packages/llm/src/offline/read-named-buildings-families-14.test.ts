import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fourteenth round of wording families for buildings named in full, in part, by town or by what happens in them,
 * and ruled out in the words of the people who run them. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a building the business cannot lose ("we can\'t afford to lose the Cicero line")': [
    ['We cannot lose the Tempe office. $90M.', { target_amount: 90e6, exclude_asset_ids: ['PHX-03'] }],
    [
      "The network can't afford to lose Joliet or the Fontana warehouse. Raise $70M.",
      { target_amount: 70e6, exclude_asset_ids: ['CHI-01', 'IE-02'] },
    ],
    ["$60M. Finance can't lose Groveport. Finance can't lose Edison.", { target_amount: 60e6, exclude_asset_ids: ['COL-02', 'NWK-02'] }],
    ['Raise $50M; we cannot afford losing the Dublin lab.', { target_amount: 50e6, exclude_asset_ids: ['COL-03'] }],
    // Losing money, or a limit on what is lost, names no building.
    ["We can't lose money on this. Raise $100M.", { target_amount: 100e6 }],
    ["We can't afford to lose the rating. $100M.", { target_amount: 100e6 }],
  ],
  'a list of buildings kept with the word for the whole list before the verb ("... and Chandler all stay with us")': [
    ['The Tempe office and Edison both stay with us. $75M.', { target_amount: 75e6, exclude_asset_ids: ['NWK-02', 'PHX-03'] }],
    [
      'Groveport, the Dublin lab and Joliet all remain owned. Raise $140M.',
      { target_amount: 140e6, exclude_asset_ids: ['CHI-01', 'COL-02', 'COL-03'] },
    ],
    // Staying somewhere else than with the company keeps nothing out of the sale.
    ['The Tempe office and Edison both stay leased to tenants. $75M.', { target_amount: 75e6 }],
  ],
  'a list ruled out by its count or by "none of them" ("all three are off the table", "None of them go.")': [
    [
      'Groveport, Edison and Fontana are our oldest boxes; all three are excluded. $80M.',
      { target_amount: 80e6, exclude_asset_ids: ['COL-02', 'IE-02', 'NWK-02'] },
    ],
    [
      'The Tempe office and the Schaumburg office sit half empty. All two stay put? No: all two are off the table. $55M.',
      { target_amount: 55e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] },
    ],
    [
      'Joliet, Tolleson and Rickenbacker feed the whole Midwest and West. None of them are sold. Raise $210M.',
      { target_amount: 210e6, exclude_asset_ids: ['CHI-01', 'COL-01', 'PHX-01'] },
    ],
    [
      'The Fontana warehouse and Edison are busy. Neither of them goes. $45M.',
      { target_amount: 45e6, exclude_asset_ids: ['IE-02', 'NWK-02'] },
    ],
    // A count that is not ruled out, or "none of them" that sells, rules nothing out.
    ['Groveport, Edison and Fontana are our oldest boxes; all three are leased. $80M.', { target_amount: 80e6 }],
  ],
  'a building forgotten, or not given up, by pronoun ("so forget it too", "ops will not give them up")': [
    [
      'Raise $65M. The Tempe office is half empty, but the lease is a mess, so forget it.',
      { target_amount: 65e6, exclude_asset_ids: ['PHX-03'] },
    ],
    [
      "Joliet and Groveport are at capacity and we won't give them up. $120M.",
      { target_amount: 120e6, exclude_asset_ids: ['CHI-01', 'COL-02'] },
    ],
    ["The Dublin lab runs trials until 2028; we can't let it go. $40M.", { target_amount: 40e6, exclude_asset_ids: ['COL-03'] }],
    // Given up without a negation, the building is offered, and a forgotten figure names no building.
    ['Joliet and Groveport are at capacity, but we will give them up. $120M.', { target_amount: 120e6 }],
    ['Raise $65M. $80M was floated; forget it.', { target_amount: 65e6 }],
  ],
  'a pronoun after whose view it is ("From my side, leave both out.")': [
    // Whose view it is, with no pronoun after it, rules nothing out.
    ['Fontana and the Tempe office are both tired. From my side: nothing to add. $95M.', { target_amount: 95e6 }],
    [
      'The Edison warehouse and Groveport both leak. For my part, exclude both. $85M.',
      { target_amount: 85e6, exclude_asset_ids: ['COL-02', 'NWK-02'] },
    ],
    [
      "Fontana and the Tempe office are both tired. From ops' point of view: drop them. $95M.",
      { target_amount: 95e6, exclude_asset_ids: ['IE-02', 'PHX-03'] },
    ],
  ],
  'names after a comma that say which of a ruled-out type are meant ("not for sale, Carrollton and Chandler both")': [
    ['The offices are off the table, Tempe and Schaumburg both. $90M.', { target_amount: 90e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] }],
    [
      'Exclude the sortation hubs, namely Fairburn and Port Newark. $100M.',
      { target_amount: 100e6, exclude_asset_ids: ['ATL-01', 'NWK-01'] },
    ],
    // Without the names the type itself is ruled out.
    ['The data centers are not for sale. $120M.', { target_amount: 120e6, asset_types: allTypesBut('data_center') }],
  ],
  'buildings ruled out earlier and then cleared for sale by pronoun ("ops has since cleared both for sale")': [
    ['The old plan kept back the Tempe office; legal has since cleared it for sale. $50M.', { target_amount: 50e6 }],
    ['Last quarter we excluded Joliet and Groveport, but both have now been released. $130M.', { target_amount: 130e6 }],
    // A clearing about something else, or in a sentence of its own about another building, keeps the exclusion.
    [
      'Exclude the Tempe Office. The Dublin lab has since been cleared for sale. $100M.',
      { target_amount: 100e6, exclude_asset_ids: ['PHX-03'] },
    ],
    ['Exclude the Tempe Office; it was approved by the board. $100M.', { target_amount: 100e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  'a market\'s name in a list of buildings named by their towns ("Secaucus, Columbus, Plano - the parts stores")': [
    ['Mesa, Columbus and Marietta are small and tidy. Retail only, $25M.', { target_amount: 25e6, asset_types: ['retail'] }],
    [
      'Exclude anything mortgaged. Naperville, Columbus, Secaucus: all tidy, on short leases. $35M.',
      { target_amount: 35e6, exclude_mortgaged: true },
    ],
    // Beside a building of another type, or beside places, the name is the market.
    ['Groveport and Columbus carry the Ohio volume. Raise $30M there.', { target_amount: 30e6, include_markets: ['Columbus'] }],
    ['Raise $30M from Dallas and Columbus.', { target_amount: 30e6, include_markets: ['Columbus', 'Dallas'] }],
  ],
  'the reason after a building kept, said by "it" ("keep the Pasadena plant out; it\'s the only line that does the retail clamshells")': [
    ['Keep the Cicero plant out - it makes the parts for our Dallas stores. $70M.', { target_amount: 70e6, exclude_asset_ids: ['CHI-03'] }],
    [
      'Exclude the Tempe office, it has the only call center for our retail customers. $50M.',
      { target_amount: 50e6, exclude_asset_ids: ['PHX-03'] },
    ],
    // A clause that turns to what is sold instead asks for it.
    [
      "Exclude the Tempe office; it's better to sell retail. $50M.",
      { target_amount: 50e6, asset_types: ['retail'], exclude_asset_ids: ['PHX-03'] },
    ],
  ],
};

describeFamilies('buildings named and ruled out, fourteenth round', FAMILIES);
