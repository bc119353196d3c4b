import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-eighth round of wording families for the ask, the floor and the places: a buyer's offer made "already" or a
 * buyer's quote as no ask; a past deal in a chat's shorthand ("last SLB we did was") and a run not to be repeated with
 * its figure in brackets; earnings said as what the company earns a year before interest, tax and depreciation; the
 * least present value of rent hyphenated as one word; mortgaged buildings that "can't go", and a type's buildings with
 * a lien ruled out without ruling out the type; places joined with "along with" after "leave ... out"; a region left
 * out as "our" buildings and a scope that is a region; the writer's operations, travels, base, a place's team at work
 * and a place said not to be off limits, as no filter; every one of a type kept, and either building of a type named
 * in a bracket; a type said fine beside a "no", a new project named by a type and "this plant", as no type; buildings
 * flagged too important to sell, a chat line adding one more building, a bracket's town naming one of a shared name and
 * a market placing a described building pointed back at; a bare floor at the ask itself, and a quoted figure refused
 * and raised in one reply; and the company's own buildings of a kind another party sold. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "a buyer's offer made already, or a buyer's quote, as no ask": [
    ['A fund has already offered us $30M for the Edison Warehouse; we want $95M for the whole program.', { target_amount: 95e6 }],
    ['The buyer just quoted $18M for the Tempe Office. Our ask is $70M.', { target_amount: 70e6 }],
    ['A REIT had recently offered $55M for two sites. Raise $120M.', { target_amount: 120e6 }],
    ['Their quote of $40M for Joliet was low. We need $85M.', { target_amount: 85e6 }],
    // A figure the company itself quoted is its own.
    ['We quoted $60M to the board as our target.', { target_amount: 60e6 }],
  ],
  'a past deal in shorthand, and a run not to be repeated with its figure in brackets': [
    ['Last deal we did was $70M at a 6.5% cap. This one: $110M.', { target_amount: 110e6 }],
    ['Prior SLB was $45M; now we need $80M, Ohio only.', { target_amount: 80e6, include_markets: ['Columbus'] }],
    ["Don't re-run the previous case (USD 150m). New ask: $125M.", { target_amount: 125e6 }],
    ['No need to redo the last scenario ($200M). Go with $160M.', { target_amount: 160e6 }],
    // The last run asked for again keeps its figure.
    ['Re-run the last scenario ($180M) with Newark excluded.', { target_amount: 180e6, exclude_markets: ['Newark'] }],
  ],
  'earnings said as what the company earns a year before interest, tax and depreciation': [
    ['We earn roughly $300M a year before interest, taxes and depreciation. Target $140M.', { target_amount: 140e6 }],
    ['The group earned about $210 million before interest, tax and depreciation last year; we want $90 million.', { target_amount: 90e6 }],
    ['We make $260M a year before interest, taxes and depreciation. Please raise $100M.', { target_amount: 100e6 }],
    // The ask compared with the year's earnings afterwards is still the ask.
    ['Raise $75M. That is about what we make a year before interest and tax.', { target_amount: 75e6 }],
  ],
  'the least present value of rent hyphenated as one word': [
    [
      'Least-PV-of-rent answer for $90M. No labs.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' }, asset_types: allTypesBut('lab') },
    ],
    ['Give me the lowest-NPV-of-the-leases package for $135M.', { target_amount: 135e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Minimum-PV-of-rent solution for $75M, Dallas only.',
      { target_amount: 75e6, economics: { objective: 'min_npv_cost' }, include_markets: ['Dallas'] },
    ],
    // Rent named as too much is no ask; the ask follows.
    [
      'Lowest-PV-of-rent analysis: $50M of rent would be too much. Raise $100M.',
      { target_amount: 100e6, economics: { objective: 'min_npv_cost' } },
    ],
  ],
  "mortgaged buildings that can't go, and a type's buildings with a lien ruled out": [
    ["Mortgaged sites can't go. Raise $60M.", { target_amount: 60e6, exclude_mortgaged: true }],
    ["Encumbered buildings mustn't go - the bank would object. Target $90M.", { target_amount: 90e6, exclude_mortgaged: true }],
    ['Plants with a mortgage on them are out. Raise $80M.', { target_amount: 80e6, exclude_mortgaged: true }],
    ["Offices carrying a lien can't go. $70M.", { target_amount: 70e6, exclude_mortgaged: true }],
    // A level that can't go above a figure is a limit, not a class ruled out.
    ["Net leverage can't go above 3.5x. Raise $65M.", { target_amount: 65e6, max_net_leverage: 3.5 }],
  ],
  'places joined with "along with" after "leave ... out"': [
    [
      'Keep the labs out, along with anything in Phoenix. $80M.',
      { target_amount: 80e6, asset_types: allTypesBut('lab'), exclude_markets: ['Phoenix'] },
    ],
    [
      'Please leave mortgaged sites out, as well as everything in Georgia. Raise $70M.',
      { target_amount: 70e6, exclude_mortgaged: true, exclude_markets: ['Atlanta'] },
    ],
    [
      'Leave the Tempe Office out, together with anything in Ohio. $55M.',
      { target_amount: 55e6, exclude_markets: ['Columbus'], exclude_asset_ids: ['PHX-03'] },
    ],
    // A team's budget joined after it is no place.
    ["Keep the labs out, along with the Dallas team's budget. $80M.", { target_amount: 80e6, asset_types: allTypesBut('lab') }],
  ],
  'a region left out as our buildings, and a scope that is a region': [
    ['Quick run for $120M, leaving out our Midwest sites.', { target_amount: 120e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['Target $90M, taking out our Northeast buildings.', { target_amount: 90e6, exclude_markets: ['Newark'] }],
    ['Scope: the Midwest. $75M.', { target_amount: 75e6, include_markets: ['Chicago', 'Columbus'] }],
    [
      'The scope is the Southeast. Raise $60M, no retail.',
      { target_amount: 60e6, include_markets: ['Atlanta'], asset_types: allTypesBut('retail') },
    ],
    // A region's team at work places no sale.
    ['The Midwest team is scoping the work. Raise $60M.', { target_amount: 60e6 }],
  ],
  "the writer's operations, travels and base, a place's team at work, and a place said not to be off limits": [
    ['I run operations for our plants. Raise $90M.', { target_amount: 90e6 }],
    ['We handle maintenance at the warehouses. Raise $70M; no labs.', { target_amount: 70e6, asset_types: allTypesBut('lab') }],
    ["We're in Newark and Phoenix next week visiting sites. Raise $85M.", { target_amount: 85e6 }],
    ["I'll be in Houston tomorrow for the site tours. $60M please.", { target_amount: 60e6 }],
    ["We're in Dallas this week. Target $70M.", { target_amount: 70e6 }],
    ["We're based in Chicago. Raise $55M from Ohio.", { target_amount: 55e6, include_markets: ['Columbus'] }],
    ["We're based in Phoenix, but that doesn't mean Phoenix is off limits. $80M.", { target_amount: 80e6 }],
    [
      'Our Atlanta finance team will prepare the numbers. Raise $95M, nothing in Newark.',
      { target_amount: 95e6, exclude_markets: ['Newark'] },
    ],
    ['The Columbus HQ team can review the output. $50M.', { target_amount: 50e6 }],
    // A visit's clause ends at its comma: the place ruled out after it is ruled out.
    [
      "We're in Atlanta this week for the site visits, but the sale itself should exclude Atlanta entirely. Raise $88M.",
      { target_amount: 88e6, exclude_markets: ['Atlanta'] },
    ],
    // The writer's places asked for, and a type asked for after the operations, are filters.
    ["We're in Atlanta and Dallas only. Raise $60M.", { target_amount: 60e6, include_markets: ['Atlanta', 'Dallas'] }],
    ['I run operations for our warehouses. Sell only warehouses for $40M.', { target_amount: 40e6, asset_types: ['warehouse'] }],
  ],
  'every one of a type kept, and either building of a type named in a bracket': [
    ['Keep every one of the labs; raise $65M.', { target_amount: 65e6, asset_types: allTypesBut('lab') }],
    ['We will keep each one of the warehouses. $75M.', { target_amount: 75e6, asset_types: allTypesBut('warehouse') }],
    [
      "Don't sell either data center (Chandler or Carrollton). Raise $95M.",
      { target_amount: 95e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    ['Neither plant (Cicero or Kearny) can be sold. $100M.', { target_amount: 100e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    // One of a type, named, is that building talked about, and rules nothing out.
    ['One of the plants, Kearny, needs work. Raise $90M.', { target_amount: 90e6 }],
  ],
  'a type said fine beside a no, a new project named by a type, and this plant, as no type': [
    ['$110M, no labs, warehouses ok.', { target_amount: 110e6, asset_types: allTypesBut('lab') }],
    ['Raise $70M: no Phoenix, Dallas fine.', { target_amount: 70e6, exclude_markets: ['Phoenix'] }],
    ['We want $90M; the planned plant expansion costs about that. Offices only.', { target_amount: 90e6, asset_types: ['office'] }],
    ['Raise $65M to pay for a new warehouse automation project.', { target_amount: 65e6 }],
    ['Our site lead says this plant is ready for sale. Raise $50M.', { target_amount: 50e6 }],
    // Two types ruled out with a "no" each stay ruled out.
    ['Raise $80M, no plants and no offices.', { target_amount: 80e6, asset_types: allTypesBut('manufacturing', 'office') }],
  ],
  'buildings too important to sell, one more added on a chat line, and one building of a shared name': [
    [
      'Treasury flagged the Joliet Distribution Center and the Edison Warehouse as too important to sell. $100M.',
      { target_amount: 100e6, exclude_asset_ids: ['CHI-01', 'NWK-02'] },
    ],
    ['The Chandler Data Center is too critical to lose. Raise $85M.', { target_amount: 85e6, exclude_asset_ids: ['PHX-02'] }],
    ['Warehouses are too important to part with. $70M.', { target_amount: 70e6, asset_types: allTypesBut('warehouse') }],
    [
      '[09:01] kim: exclude the Tempe Office\n[09:02] kim: target $60M\n[09:03] kim: and the Mesa Parts Store too',
      { target_amount: 60e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    [
      'Leave out the sortation hub (Fairburn) and the Tempe Office. Raise $90M.',
      { target_amount: 90e6, exclude_asset_ids: ['ATL-01', 'PHX-03'] },
    ],
    [
      'Our Newark people work out of the regional office, and that office is off the table. $95M.',
      { target_amount: 95e6, exclude_asset_ids: ['NWK-04'] },
    ],
    // A building added on a chat line with no exclusion before it rules nothing out.
    ['[09:01] kim: target $60M\n[09:03] kim: and the Mesa Parts Store too', { target_amount: 60e6 }],
  ],
  'a bare floor at the ask itself, and a quoted figure refused and raised in one reply': [
    ['[11:00] jo: floor at the ask, $80M target\n[11:01] jo: at least 80 of course', { target_amount: 80e6, floor_amount: 80e6 }],
    ['We need $95M, minimum 95 please.', { target_amount: 95e6, floor_amount: 95e6 }],
    ['> Is the $8M rent cap still ok?\nNo - raise it to $10M. Target still $120M.', { target_amount: 120e6, max_rent_added: 10e6 }],
    ['> Is the $100M target still right?\nNo - raise it to $120M.', { target_amount: 120e6 }],
    ['> Is the 40% market cap still right?\nNo - lower it to 30%. Target $90M.', { target_amount: 90e6, max_market_share: 0.3 }],
  ],
  "the company's own buildings of a kind another party sold": [
    [
      'A competitor sold its plants last year. We won’t sell ours. Raise $75M.',
      { target_amount: 75e6, asset_types: allTypesBut('manufacturing') },
    ],
    ["Another company sold its headquarters. We're keeping ours. $60M.", { target_amount: 60e6, exclude_asset_ids: ['DAL-01'] }],
    [
      "A landlord sold their warehouses. We aren't going to sell ours. $45M.",
      { target_amount: 45e6, asset_types: allTypesBut('warehouse') },
    ],
    // With no other party's buildings before it, "ours" rules nothing out.
    ["We're not selling ours. Raise $60M.", { target_amount: 60e6 }],
  ],
};

describeFamilies('Brief wording families, round 48: target, floor and places', FAMILIES);
