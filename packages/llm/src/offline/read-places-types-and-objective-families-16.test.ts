import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A sixteenth round of wording families for places, types and the objective: a place named only as where the money
 * goes or as background (a project funded, assets looked at, a bracket listing the mortgaged sites, a clause's subject
 * owing a mortgage, a region inside a rejected variant, buildings of a type listed by their towns), a type named as the
 * reason for buildings ruled out by name, stores named by their markets and a type word, and the objective in everyday
 * words. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a place named as what the money funds ("to fund the Newark automation capex")': [
    ['Raise $60M to pay for the Phoenix DC expansion.', { target_amount: 60e6 }],
    ['We need $55M to fund the Houston relocation project.', { target_amount: 55e6 }],
    ['Raise $75M for financing the Dallas campus upgrade.', { target_amount: 75e6 }],
    // The place the money is raised from is still asked for.
    ['Raise $60M from Phoenix to fund the expansion.', { target_amount: 60e6, include_markets: ['Phoenix'] }],
  ],
  'assets only looked at, in a sentence that asks for nothing ("We have looked at the Inland Empire assets closely")': [
    ["I've reviewed the Columbus sites in detail. Target $85M.", { target_amount: 85e6 }],
    ['The team has studied the Houston properties carefully. Raise $85M across the portfolio.', { target_amount: 85e6 }],
    // A sentence that asks for a sale of what was looked at is read.
    ['We have looked at the Houston assets and would sell only those, $85M.', { target_amount: 85e6, include_markets: ['Houston'] }],
  ],
  'the mortgaged sites listed in a bracket, or owing a mortgage after a semicolon ("Mortgaged sites: out (Ontario, ...)")': [
    ['Raise $95M. Encumbered assets: out (Ontario, Kearny, Cicero).', { target_amount: 95e6, exclude_mortgaged: true }],
    ['Pledged properties are out (Ontario and Chandler). $95M.', { target_amount: 95e6, exclude_mortgaged: true }],
    ['Edison is fine; Kearny has a lien. Raise $50M.', { target_amount: 50e6 }],
    // A place asked for in its own clause is read.
    ['Raise $50M from Phoenix; no mortgaged sites.', { target_amount: 50e6, include_markets: ['Phoenix'], exclude_mortgaged: true }],
  ],
  'a region inside a variant looked at and rejected ("a Chicago-only execution (deepest buyer pool in the Midwest)")': [
    ['We tested a Dallas-only structure (strongest buyers in the Southwest) but decided against it. $70M.', { target_amount: 70e6 }],
    ['We considered excluding Phoenix (weakest bids in the Southwest) and rejected it. Raise $70M.', { target_amount: 70e6 }],
    // A region asked for outside the variant is read.
    ['$70M, Midwest only.', { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'] }],
  ],
  'buildings of a type listed by their towns ("the regional offices — Houston, Atlanta, Schaumburg, Tempe and Newark —")': [
    ['Raise $30M from the parts stores — Marietta, Mesa, Naperville and Plano.', { target_amount: 30e6, asset_types: ['retail'] }],
    ['$50M from the offices (Schaumburg, Tempe and Houston).', { target_amount: 50e6, asset_types: ['office'] }],
    // Markets alone after the type place the sale.
    [
      'Raise $40M from the warehouses: Dallas and Houston.',
      { target_amount: 40e6, asset_types: ['warehouse'], include_markets: ['Dallas', 'Houston'] },
    ],
  ],
  'a type named as the reason for buildings ruled out by name ("Don\'t want to sell offices we\'re consolidating")': [
    [
      "Exclude the Pasadena Packaging Plant and the Kearny Legacy Plant, $80M; we won't sell plants we are retooling.",
      { target_amount: 80e6, exclude_asset_ids: ['HOU-03', 'NWK-03'] },
    ],
    [
      "Raise $80M without the Joliet Distribution Center. Don't want to sell DCs that are being automated.",
      { target_amount: 80e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      'Exclude the Joliet Distribution Center and the Tolleson Distribution Center, $85M; no DC appetite in the bank group for those two.',
      { target_amount: 85e6, exclude_asset_ids: ['CHI-01', 'PHX-01'] },
    ],
    [
      'Keep the Mesa Parts Store and the Marietta Parts Store out; they move to the retail master lease. $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['ATL-04', 'PHX-04'] },
    ],
    // A type ruled out whole, or narrowed with no building named, is still a filter; so is a type asked for beside a lease.
    ['Raise $60M; retail only, under the retail master lease.', { target_amount: 60e6, asset_types: ['retail'] }],
    [
      'Exclude the Tempe Office, $85M; no offices for now.',
      { target_amount: 85e6, exclude_asset_ids: ['PHX-03'], asset_types: allTypesBut('office') },
    ],
    [
      'Raise $80M without the Joliet Distribution Center. No DCs at all.',
      { target_amount: 80e6, exclude_asset_ids: ['CHI-01'], asset_types: allTypesBut('distribution_center') },
    ],
    ['Raise $80M. No DCs that are being automated.', { target_amount: 80e6, asset_types: allTypesBut('distribution_center') }],
  ],
  'stores named by their markets and a type word ("the Newark and Columbus parts stores")': [
    [
      'Raise $25M from the Atlanta and Columbus parts stores.',
      { target_amount: 25e6, asset_types: ['retail'], include_markets: ['Atlanta', 'Columbus'] },
    ],
    [
      'Only the Phoenix and Columbus parts stores, $20M.',
      { target_amount: 20e6, asset_types: ['retail'], include_markets: ['Columbus', 'Phoenix'] },
    ],
    ['Sell the Columbus parts stores, $15M.', { target_amount: 15e6, asset_types: ['retail'], include_markets: ['Columbus'] }],
    // Buildings named by their towns, or one building by its name, ask for no market.
    ['Raise $40M from the Fontana and Edison warehouses.', { target_amount: 40e6 }],
    ['Raise $40M from the Columbus Parts Store.', { target_amount: 40e6 }],
  ],
  'the objective in everyday words ("lowest PV of lease payments", "minimize how far we go over")': [
    ['Target $120M at the lowest possible PV of rent.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    ['We want $90M, minimizing the NPV of the leasebacks.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['$100M; minimise how much we end up over.', { target_amount: 100e6, economics: { objective: 'min_proceeds' } }],
    ['Raise $75M and minimize how far you go past the target.', { target_amount: 75e6, economics: { objective: 'min_proceeds' } }],
    // A present value shown, another present value made lowest, or going over allowed is no objective.
    ['Raise $110M; show the PV of rent in the output.', { target_amount: 110e6 }],
    ['Raise $80M with the lowest PV of sale proceeds.', { target_amount: 80e6 }],
    ['$90M. Go over if you must.', { target_amount: 90e6 }],
  ],
};

describeFamilies('reading places, types and the objective (round 16)', FAMILIES);
