import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-seventh round of wording families for the ask, the floor and the places: the ask the least present value of
 * rent is sought for, with rent "over the leases" a span and no cap; an ask cut or raised to a figure, or said to be a
 * figure "now"; a bracket's own figure, a buyer's bid or indicative price and the real estate book as no ask; a
 * program's code as no figure; the ask and the floor as two-cell rows, a figure "also the floor", bare figures "both in
 * $M", and a chat whose speakers end in a caret; liened assets ruled out, and an exclusion of mortgaged assets refused; a
 * place's manager and a team working out of a place said to have no bearing, as no filter; anything sold "outside" the
 * places refused, a market section's nested exclude, and "and anything in" after "keep ... out"; and the headquarters
 * after "minus", and an item gone "entirely" before the next; a new building the money is raised for, the trade the
 * writer comes from, and the rest of a type said to be fine, as no type. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the ask the least present value of rent is sought for': [
    [
      'Least PV of rent for $95M, please. No plants.',
      { target_amount: 95e6, economics: { objective: 'min_npv_cost' }, asset_types: allTypesBut('manufacturing') },
    ],
    [
      '$140M at the lowest NPV of the rent. Dallas only.',
      { target_amount: 140e6, economics: { objective: 'min_npv_cost' }, include_markets: ['Dallas'] },
    ],
    ['Show me the cheapest package by present value of rent for $85M.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['Find the lowest cost of rent over the lease term for $115M.', { target_amount: 115e6, economics: { objective: 'min_npv_cost' } }],
    // Rent over the years with a cap of its own is still a cap, never the ask.
    ['Raise $120M. New rent over the lease term under $9M a year.', { target_amount: 120e6, max_rent_added: 9e6 }],
  ],
  'an ask cut or raised to a figure, or said to be a figure now': [
    ['The old plan said $180M; we are trimming it to $150M. No labs.', { target_amount: 150e6, asset_types: allTypesBut('lab') }],
    ["Last quarter's memo asked for $70M. I'm raising it to $90M.", { target_amount: 90e6 }],
    ['We had pencilled in $60M, then the refinancing grew. It is $75M now.', { target_amount: 75e6 }],
    [
      "The board wanted $200M; we've brought the target down to $170M. Nothing mortgaged.",
      { target_amount: 170e6, exclude_mortgaged: true },
    ],
    // A figure "now" that is not the ask's (the company's debt) leaves the ask alone.
    ['Raise $110M. Net debt is $600M now.', { target_amount: 110e6 }],
  ],
  "a bracket's own figure, a buyer's bid or price, and the real estate book as no ask": [
    ['Target $135M (our $300M insured value is not relevant here).', { target_amount: 135e6 }],
    ["A fund's bid on the Fontana Warehouse came in at $30M. Our program is $95M.", { target_amount: 95e6 }],
    ['Bidder: pension fund (offered price $180M)\nOur target: $160M', { target_amount: 160e6 }],
    ['Our property book is $2.1bn; we want to release $250M of it.', { target_amount: 250e6 }],
    // A figure the bracket itself asks for is still the ask.
    ['Program size agreed (we need $120M).', { target_amount: 120e6 }],
  ],
  "a program's code as no figure": [
    ['Deal: PRJ-40M\nTarget: $85M', { target_amount: 85e6 }],
    ['ref SLB-12B; raise $140M from Atlanta', { target_amount: 140e6, include_markets: ['Atlanta'] }],
    ['Run TX-9M for us: $60M, no offices.', { target_amount: 60e6, asset_types: allTypesBut('office') }],
    // A figure after a word that may stand before it with a hyphen is still money.
    ['We need something in the mid-50m range, call it $55M.', { target_amount: 55e6 }],
  ],
  'the ask and the floor as two-cell rows': [
    ['market,include\nDallas,yes\n\ntarget,$90M\nfloor,$75M', { target_amount: 90e6, floor_amount: 75e6, include_markets: ['Dallas'] }],
    ['goal,120M\nmax_net_leverage,3.5', { target_amount: 120e6, max_net_leverage: 3.5 }],
    ['target,$200,000,000', { target_amount: 200e6 }],
    // A sentence that opens with the word keeps its other words.
    ['Target, $80M, no Phoenix.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
  ],
  'a figure also said to be the floor, and bare figures both in $M': [
    ['Raise $140M; $140M is also our floor.', { target_amount: 140e6, floor_amount: 140e6 }],
    ['We want $110M, and $95M is likewise the minimum.', { target_amount: 110e6, floor_amount: 95e6 }],
    ['[10:00] Sam: target 130\n[10:01] Sam: floor is 100\n[10:02] Sam: both in $M', { target_amount: 130e6, floor_amount: 100e6 }],
    ['Kai: floor 60\nKai: target 75\nKai: all in $m', { target_amount: 75e6, floor_amount: 60e6 }],
    // A share of proceeds said of a market is no floor, nor millions.
    ['Raise $90M. No market above 40%.', { target_amount: 90e6, max_market_share: 0.4 }],
  ],
  'a chat whose speakers end in a caret': [
    ['ceo> we need 150\ncfo> $150M, noted\nceo> no plants', { target_amount: 150e6, asset_types: allTypesBut('manufacturing') }],
    ['ana> target $95M\nben> $95M ok', { target_amount: 95e6 }],
    ['treasury> raise $120M\nlegal> no Newark', { target_amount: 120e6, exclude_markets: ['Newark'] }],
    // A lone caret is no chat: a figure written after "more than" stays a floor.
    ['Raise > $80M.', { target_amount: 80e6, floor_amount: 80e6 }],
  ],
  'liened assets ruled out, and an exclusion of mortgaged assets refused': [
    ['Drop the liened properties. Target $130M.', { target_amount: 130e6, exclude_mortgaged: true }],
    ['Liened sites? Keep them out. Raise $70M.', { target_amount: 70e6, exclude_mortgaged: true }],
    ["We won't be excluding mortgaged buildings this time. Raise $85M.", { target_amount: 85e6 }],
    ['$90M. No need to exclude the encumbered sites; the lender consented.', { target_amount: 90e6 }],
    // A lien said of one building rules nothing out.
    ['The Fontana Warehouse is liened. Raise $60M.', { target_amount: 60e6 }],
  ],
  "a place's manager, and a team working out of a place of no bearing, as no filter": [
    ['As the facility manager for the Phoenix area, I see the buildings daily. We need $75M.', { target_amount: 75e6 }],
    ["I'm the Atlanta site manager. The company needs $110M; no retail.", { target_amount: 110e6, asset_types: allTypesBut('retail') }],
    ['Our tax team works out of Houston; that has no bearing on scope. Raise $95M.', { target_amount: 95e6 }],
    [
      'The audit group operates out of Newark, which has no bearing on this. $65M, offices only.',
      { target_amount: 65e6, asset_types: ['office'] },
    ],
    // A place the manager then asks for is a filter.
    ["I'm the Columbus property manager. Raise $50M from Atlanta only.", { target_amount: 50e6, include_markets: ['Atlanta'] }],
  ],
  'anything sold outside the places refused': [
    [
      "Please don't sell anything outside Georgia or Texas. $100M.",
      { target_amount: 100e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] },
    ],
    ["We won't sell any sites outside Arizona. $45M.", { target_amount: 45e6, include_markets: ['Phoenix'] }],
    ['Never offer anything outside Ohio. Raise $40M.', { target_amount: 40e6, include_markets: ['Columbus'] }],
    // Anything sold in the places, refused, rules them out.
    ["Don't sell anything in Illinois. $80M.", { target_amount: 80e6, exclude_markets: ['Chicago'] }],
  ],
  "a market section's nested exclude or include": [
    ['markets: {exclude: [Phoenix, Newark]}\ntarget: 90M', { target_amount: 90e6, exclude_markets: ['Newark', 'Phoenix'] }],
    ['markets: {include: [Atlanta]}\ntarget: 55M', { target_amount: 55e6, include_markets: ['Atlanta'] }],
    ['markets: {only: [Columbus, Chicago]}\ntarget: 70M', { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'] }],
    // A section of plain settings is read as the settings it holds.
    ['program: {target: 110M, floor: 95M}', { target_amount: 110e6, floor_amount: 95e6 }],
  ],
  'places joined after "keep ... out" with "and anything in"': [
    [
      'Keep the data centers out, and anything in Phoenix. $80M.',
      { target_amount: 80e6, asset_types: allTypesBut('data_center'), exclude_markets: ['Phoenix'] },
    ],
    [
      'Please keep encumbered sites out, plus anything in Ohio. $60M.',
      { target_amount: 60e6, exclude_mortgaged: true, exclude_markets: ['Columbus'] },
    ],
    [
      'Leave the labs out, and everything in Atlanta too. $70M.',
      { target_amount: 70e6, asset_types: allTypesBut('lab'), exclude_markets: ['Atlanta'] },
    ],
    // Places joined after keeping out, with a verb of their own, are what is sold.
    [
      'We keep the HQ out, and everything in Dallas is for sale. $50M.',
      { target_amount: 50e6, include_markets: ['Dallas'], exclude_asset_ids: ['DAL-01'] },
    ],
  ],
  'the headquarters after "minus", and an item gone entirely before the next': [
    [
      '$65M from the Dallas sites minus the headquarters.',
      { target_amount: 65e6, include_markets: ['Dallas'], exclude_asset_ids: ['DAL-01'] },
    ],
    [
      'Everything in Texas minus the HQ and the Pasadena Packaging Plant. $90M.',
      { target_amount: 90e6, include_markets: ['Dallas', 'Houston'], exclude_asset_ids: ['DAL-01', 'HOU-03'] },
    ],
    [
      'Exclusions: Phoenix entirely, plus the Edison Warehouse. $100M.',
      { target_amount: 100e6, exclude_markets: ['Phoenix'], exclude_asset_ids: ['NWK-02'] },
    ],
    [
      'Exclude Georgia completely, and the Tempe Office. $75M.',
      { target_amount: 75e6, exclude_markets: ['Atlanta'], exclude_asset_ids: ['PHX-03'] },
    ],
    // The headquarters' costs taken off a figure rule no building out.
    ['The figure minus the HQ costs is $70M.', { target_amount: 70e6 }],
  ],
  'a new building the money is raised for, the trade the writer comes from, and the rest of a type said to be fine': [
    ['We need $75M for a new plant. Warehouses only.', { target_amount: 75e6, asset_types: ['warehouse'] }],
    ['Raise $120M to fund a second data center; no labs.', { target_amount: 120e6, asset_types: allTypesBut('lab') }],
    ['I come from a retail background. The company wants $55M from Ohio.', { target_amount: 55e6, include_markets: ['Columbus'] }],
    ["My background's in manufacturing. Raise $65M, nothing mortgaged.", { target_amount: 65e6, exclude_mortgaged: true }],
    ['Keep the Marietta Parts Store; the other stores are fine. $45M.', { target_amount: 45e6, exclude_asset_ids: ['ATL-04'] }],
    // Buildings the money is raised from, or a type then asked for, are a filter.
    ['Raise $50M from the plants.', { target_amount: 50e6, asset_types: ['manufacturing'] }],
    ['Offices elsewhere are fine if they are leased. Raise $50M.', { target_amount: 50e6, asset_types: ['office'] }],
  ],
};

describeFamilies('Brief wording families, round 47: target, floor and places', FAMILIES);
