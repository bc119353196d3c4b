import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-first round of wording families for places, types and assets: the writer's role or team and place opening
 * or signing a brief ("Tax, Dallas.", "Payroll lead (Chicago).", "Plant accountant at Pasadena."), which is where the
 * writer is, never a place asked for; a signature block under a sign-off; a label's list that stops at the line's end
 * ("Excluded markets: Dallas" then "Market cap: 50%"); places kept when a figure is disowned two sentences later; and
 * regions kept to or ruled out in more words ("stick to the Midwest", "Keep out of the West (California/Arizona)",
 * "rule out the Southeast - Atlanta and Dallas"). Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the writer\'s role and place opening a brief ("Tax, Dallas.", "Payroll lead (Chicago).", "From the Tempe site:")': [
    ['Tax, Dallas. Raise $60M.', { target_amount: 60e6 }],
    ['Compliance (Atlanta). Target $55M.', { target_amount: 55e6 }],
    ['Payroll lead, Chicago office. We need $45M.', { target_amount: 45e6 }],
    ['Treasury team here, Newark. Raise $70M.', { target_amount: 70e6 }],
    ['From the Houston site: raise $65M.', { target_amount: 65e6 }],
    ['Warehouse supervisor in Columbus. Target $40M.', { target_amount: 40e6 }],
    ['Lab coordinator, Columbus. Target $40M.', { target_amount: 40e6 }],
    ['Plant accountant at Pasadena. Raise $50M.', { target_amount: 50e6 }],
    ['Finance analyst (not treasury) in Dallas. Raise $50M.', { target_amount: 50e6 }],
    ['Joined recently (tax, Houston). Raise $50M.', { target_amount: 50e6 }],
    ['Intern, store HR at Mesa. Raise $30M.', { target_amount: 30e6 }],
    ['Hi, new accountant in tax, Phoenix. Target $35M.', { target_amount: 35e6 }],
    ['Board member, visiting Chicago this week. Raise $90M.', { target_amount: 90e6 }],
    ["I'm new in the tax group, working in Dallas. Raise $25M.", { target_amount: 25e6 }],
    [
      "I'm Omar, DC manager at the Joliet Distribution Center. Raise $40M and leave out my DC.",
      { target_amount: 40e6, exclude_asset_ids: ['CHI-01'] },
    ],
    ['Raise $45M.\n(sent by the finance planning team, Atlanta)', { target_amount: 45e6 }],
    ['Raise $45M.\nRegards, Ana (Treasurer, Houston)', { target_amount: 45e6 }],
    ['Speaking on behalf of the store managers in Atlanta and Phoenix: raise $30M.', { target_amount: 30e6 }],
    ['Plant manager at Kearny. My plant is old. Raise $30M.', { target_amount: 30e6 }],
    // A place the writer asks for is still read, as are a type and a place that open a brief.
    ['Legal, Newark. Raise $60M from Dallas only.', { target_amount: 60e6, include_markets: ['Dallas'] }],
    ['Warehouses, Dallas. Raise $50M.', { target_amount: 50e6, asset_types: ['warehouse'], include_markets: ['Dallas'] }],
    ['No sales in Houston. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Houston'] }],
    ['From the Dallas sites, raise $50M.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'a signature under a sign-off ("Kind regards,\\nBogdan\\nGroup Treasury | Newark")': [
    ['Raise $50M.\nKind regards,\nMarta Silva\nGroup Tax | Houston', { target_amount: 50e6 }],
    ['Raise $50M.\nCheers,\nTom\n\nTom Reyes | VP, Finance | Northwind\n22 Market Street, Atlanta GA', { target_amount: 50e6 }],
    ['Raise $50M.\n\nThanks, Ines\nInes Costa | Reporting | Chicago', { target_amount: 50e6 }],
    ['Raise $50M.\nTalk soon,\nLee\nPlanning, Phoenix region', { target_amount: 50e6 }],
    // A line under the sign-off that asks is read, and so is the ask before it.
    ['Raise $50M.\nThanks,\nLee\nOnly Dallas please.', { target_amount: 50e6, include_markets: ['Dallas'] }],
    ['Raise $50M from Houston.\nBest,\nLee\nTax, Dallas', { target_amount: 50e6, include_markets: ['Houston'] }],
  ],
  'a label\'s list ends with its line ("Excluded markets: Dallas" then "Market cap: 50%")': [
    [
      'Target: $50M\nExcluded markets: Houston\nMarket cap: 40 %',
      { target_amount: 50e6, exclude_markets: ['Houston'], max_market_share: 0.4 },
    ],
    [
      'Target: $50M\nExcluded assets: DAL-03\nMarket concentration limit: 30%',
      { target_amount: 50e6, exclude_asset_ids: ['DAL-03'], max_market_share: 0.3 },
    ],
    [
      'Target: $50M\nMarkets: Chicago\nMarket share cap: 45%',
      { target_amount: 50e6, include_markets: ['Chicago'], max_market_share: 0.45 },
    ],
    // On one line, the noun after a place still belongs to it.
    ['Exclude the Dallas market. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
  ],
  'places kept when a figure is disowned two sentences later': [
    [
      'The least we could accept is $50M. Every building should be in Ohio. A competitor sold a Reno DC for $20M; not relevant. Aim for $60M.',
      { target_amount: 60e6, floor_amount: 50e6, include_markets: ['Columbus'] },
    ],
    // In the figure's own sentence or the next, the disowning still takes it back.
    ['Someone floated a 3x cap; not relevant now. Raise $50M.', { target_amount: 50e6 }],
  ],
  'regions kept to or ruled out in more words ("stick to the Midwest", "Keep out of the West (California/Arizona)")': [
    ['Stick to the Northeast. Raise $50M.', { target_amount: 50e6, include_markets: ['Newark'] }],
    [
      "We'd like to look at the Midwest warehouses. Raise $50M.",
      { target_amount: 50e6, asset_types: ['warehouse'], include_markets: ['Chicago', 'Columbus'] },
    ],
    ['Sell from only our Midwest sites. Raise $50M.', { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Stay out of the West (California and Arizona). Raise $50M.', { target_amount: 50e6, exclude_markets: ['Inland Empire', 'Phoenix'] }],
    ['Please exclude the Southeast - Atlanta and Dallas. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Atlanta', 'Dallas'] }],
    ['The Northeast is off the table (we are refinancing there). Raise $50M.', { target_amount: 50e6, exclude_markets: ['Newark'] }],
    // A region's name in an asset's name is still that asset.
    ['Exclude the Southeast Sortation Hub. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['ATL-01'] }],
    // A region placed in brackets by its places asks for those places.
    ['Sell in the West (Arizona only). Raise $50M.', { target_amount: 50e6, include_markets: ['Phoenix'] }],
  ],
};

describeFamilies('reading places, types and assets (families, round 21)', FAMILIES);
