import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-second round of wording families for places, types and assets: regions joined in a run that share the
 * words placing the sale in them or ruling them out ("only the South and the Midwest (Census regions)"); the
 * writer's own building by its kind ("don't sell our warehouse", "my store is not for sale"); an order not to sell
 * that ends its clause with no object ("... are being re-roofed, do not sell"); a plural type after "the" with words
 * of an asset's name ("the cold storage warehouses"); and a building's kind corrected as it is typed ("the Carrollton
 * DC... I mean data center"); and the writer's role for a region ("I'm the tax lead for the Dallas region."). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'regions joined in a run share the words before the first and after the last ("the South and the Midwest (Census)")': [
    [
      'Raise $70M. Sell only in the Midwest and the South (Census regions).',
      { target_amount: 70e6, include_markets: ['Atlanta', 'Chicago', 'Columbus', 'Dallas', 'Houston'] },
    ],
    [
      'Exclude the Northeast and the West (all per the Census). Raise $65M.',
      { target_amount: 65e6, exclude_markets: ['Inland Empire', 'Newark', 'Phoenix'] },
    ],
    [
      'Raise $60M; the Census Northeast and Midwest are off limits.',
      { target_amount: 60e6, exclude_markets: ['Chicago', 'Columbus', 'Newark'] },
    ],
    [
      'We must not be selling anything in the Northeast or the Midwest. Raise $55M.',
      { target_amount: 55e6, exclude_markets: ['Chicago', 'Columbus', 'Newark'] },
    ],
    ['Raise $45M, South only (Census definition).', { target_amount: 45e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['Raise $40M. Keep all our Northeast sites out of it.', { target_amount: 40e6, exclude_markets: ['Newark'] }],
    [
      'The program is to be limited to the Midwest (Census definition) and the Northeast. Raise $50M.',
      { target_amount: 50e6, include_markets: ['Chicago', 'Columbus', 'Newark'] },
    ],
    ['Raise $50M, selling only in Ohio and on the West Coast.', { target_amount: 50e6, include_markets: ['Columbus', 'Inland Empire'] }],
    // A run read as a hypothetical comparison, or a region only mentioned, asks for nothing.
    [
      'Raise $50M from Dallas only. A later run restricted to the Northeast and the Midwest may follow.',
      { target_amount: 50e6, include_markets: ['Dallas'] },
    ],
    ['Raise $50M. Our Midwest and Northeast teams will help with diligence.', { target_amount: 50e6 }],
  ],
  'the writer\'s own building by its kind ("don\'t sell our warehouse", "my store is not for sale")': [
    ['Warehouse lead, Groveport. Please do not sell our warehouse. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['COL-02'] }],
    ['I manage the Mesa Parts Store. My store is off limits. Raise $35M.', { target_amount: 35e6, exclude_asset_ids: ['PHX-04'] }],
    [
      'Lab director at the Dublin Research Lab here: exclude our lab, we are mid-trial. Raise $45M.',
      { target_amount: 45e6, exclude_asset_ids: ['COL-03'] },
    ],
    ['Skip Fontana, that warehouse stays ours. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['IE-02'] }],
    // Named but not ruled out, the building is no type.
    ['Groveport Warehouse here. My warehouse is rated 0.4. Raise $50M.', { target_amount: 50e6 }],
  ],
  'an order not to sell that ends its clause with no object ("... are being re-roofed, do not sell")': [
    [
      'Raise $50M. The Tempe Office and the Schaumburg Office are being re-roofed, do not sell.',
      { target_amount: 50e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] },
    ],
    [
      'Raise $50M. The Joliet Distribution Center has a customer lease renewal pending - cannot sell.',
      { target_amount: 50e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      "Raise $50M. The Mesa and Naperville parts stores can't go, they anchor the region.",
      { target_amount: 50e6, exclude_asset_ids: ['CHI-05', 'PHX-04'] },
    ],
    [
      "Raise $50M. The Tempe Office and the Schaumburg Office matter to staff, so don't sell either of those.",
      { target_amount: 50e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] },
    ],
    // A limit that goes on after "can't go" is a bound, not an order.
    ["Raise $50M from Dallas; leverage can't go past 4x.", { target_amount: 50e6, include_markets: ['Dallas'], max_net_leverage: 4 }],
  ],
  'a plural type after "the" with words of an asset\'s name ("the cold storage warehouses")': [
    ['Leave out the cold storage warehouses. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['HOU-02'] }],
    ['Raise $50M; exclude the packaging plants.', { target_amount: 50e6, exclude_asset_ids: ['HOU-03'] }],
    // "our" or no article keeps the kind: the whole type.
    [
      'Raise $50M; no storage warehouses.',
      { target_amount: 50e6, asset_types: ['distribution_center', 'manufacturing', 'office', 'retail', 'data_center', 'lab'] },
    ],
  ],
  'a building\'s kind corrected as it is typed ("the Carrollton DC... I mean data center")': [
    [
      'Raise $50M. Skip the Carrollton DC... I mean data center, and the Tempe Office.',
      { target_amount: 50e6, exclude_asset_ids: ['DAL-05', 'PHX-03'] },
    ],
    [
      'Raise $50M. Exclude the Joliet DC, I mean distribution center, and the Schaumburg Office.',
      { target_amount: 50e6, exclude_asset_ids: ['CHI-01', 'CHI-04'] },
    ],
    ['Raise $50M. Exclude the Ontario DC... or rather distribution center.', { target_amount: 50e6, exclude_asset_ids: ['IE-01'] }],
  ],
  'the writer\'s role for a region or as a broker ("I\'m the tax lead for the Dallas region.", "Leasing broker, Mesa.")': [
    ["I'm the tax lead for the Dallas region. Raise $50M.", { target_amount: 50e6 }],
    ['I am the regional controller for our Chicago office. Target $45M.', { target_amount: 45e6 }],
    ['Leasing broker, Columbus. Raise $40M.', { target_amount: 40e6 }],
    // A place asked for after the introduction is still read.
    ["I'm the ops manager for the Houston region. Raise $50M from Atlanta only.", { target_amount: 50e6, include_markets: ['Atlanta'] }],
  ],
};

describeFamilies('reading places, types and assets (families, round 22)', FAMILIES);
