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
  'buildings said to be kept, then a colon ("These three buildings remain owned: ...", "Retained by the company (for now): ...")': [
    [
      'These two buildings must stay on our balance sheet: the Fontana Warehouse and the Tempe Office. Raise $50M.',
      { target_amount: 50e6, exclude_asset_ids: ['IE-02', 'PHX-03'] },
    ],
    ['The following sites remain owned: Mesa Parts Store (PHX-04). Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['PHX-04'] }],
    ['Retained by the company (for now): Kearny Legacy Plant\nTarget: $50M', { target_amount: 50e6, exclude_asset_ids: ['NWK-03'] }],
    [
      'Labs and plants cannot be spared. Raise $50M.',
      { target_amount: 50e6, asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center'] },
    ],
    // Buildings said to be owned, with no list after a colon, rule nothing out.
    ['The following buildings are in good shape. Raise $50M from Dallas.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'the writer\'s own building ruled out by a pronoun or by name in brackets ("I run the Tempe Office. Please exclude it.")': [
    ['I run the Tempe Office. Please exclude it. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['PHX-03'] }],
    ["I manage the Fontana Warehouse. Don't sell it, please. Raise $50M.", { target_amount: 50e6, exclude_asset_ids: ['IE-02'] }],
    ["Please don't sell our building (the Schaumburg Office). Raise $50M.", { target_amount: 50e6, exclude_asset_ids: ['CHI-04'] }],
    // A pronoun two sentences on, or after a place that is no building, stands for nothing of the writer's.
    ['I run the Tempe Office. Dallas is fine. Raise $50M, but exclude it.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'asset ids in a bracket after types ruled out ("Keep the labs out (COL-03)")': [
    ['Keep the labs out (COL-03). Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['COL-03'] }],
    ['Leave the plants alone (CHI-03, NWK-03). Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    // Ids of another type say something else: the type stays ruled out.
    [
      'Keep the labs out (DAL-05). Raise $50M.',
      { target_amount: 50e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
  ],
  'another party\'s deal named by whose it is ("a rival\'s $200M SLB in Houston")': [
    ["We heard about a rival's $200M SLB in Houston at a 6% cap. Raise $60M.", { target_amount: 60e6 }],
    ["One client's program in Ohio printed at 5.9%. Raise $60M.", { target_amount: 60e6 }],
    // The writer's own deal in a place is read.
    ["Our company's SLB should come from Houston. Raise $60M.", { target_amount: 60e6, include_markets: ['Houston'] }],
  ],
  'the deal itself as the condition ("If we proceed with $70M, I\'d want it from Texas only")': [
    ["If we proceed with $70M, I'd want it from Texas only.", { target_amount: 70e6, include_markets: ['Dallas', 'Houston'] }],
    ["If we move forward, we'd sell only the warehouses. Raise $70M.", { target_amount: 70e6, asset_types: ['warehouse'] }],
    // A condition on a place is still a hypothetical.
    ["If Texas were off the table we'd need more. Raise $70M.", { target_amount: 70e6 }],
  ],
  'a point granted before the ask ("I know Phoenix is hot, but ...")': [
    ['I know Phoenix buildings would sell fastest, but raise $60M from Ohio only.', { target_amount: 60e6, include_markets: ['Columbus'] }],
    ['We realise the Dallas labs are unusual, but keep it to warehouses. Raise $60M.', { target_amount: 60e6, asset_types: ['warehouse'] }],
    ['Granted, Newark is our best market, but exclude Houston. Raise $60M.', { target_amount: 60e6, exclude_markets: ['Houston'] }],
    // With no "but" in the sentence, what the writer knows is read as usual.
    ['I know we need Houston only. Raise $60M.', { target_amount: 60e6, include_markets: ['Houston'] }],
  ],
  'the turn from another party\'s deal to the writer\'s own ("a competitor did $300M; ours is $40M, from the labs")': [
    [
      'A client did a $200M deal last year; ours is smaller, $40M, from the warehouses.',
      { target_amount: 40e6, asset_types: ['warehouse'] },
    ],
    ['A competitor sold its Texas DCs in May; for us, raise $40M from Ohio.', { target_amount: 40e6, include_markets: ['Columbus'] }],
  ],
  'a short heading alone on its line that rules out the bullets under it ("Out of scope")': [
    [
      'Out of scope\n- Phoenix\n- Edison Warehouse\nTarget: $60M',
      { target_amount: 60e6, exclude_markets: ['Phoenix'], exclude_asset_ids: ['NWK-02'] },
    ],
    ['Do not sell\n• Houston\nTarget: $60M', { target_amount: 60e6, exclude_markets: ['Houston'] }],
    // A heading that keeps things in rules nothing out.
    ['In scope\n- Phoenix\nTarget: $60M', { target_amount: 60e6, include_markets: ['Phoenix'] }],
  ],
  'whose view a note gives, and how deep the market is ("warehouse perspective", "demand is strong for retail")': [
    ['Subject: SLB, warehouse perspective\n\nRaise $60M.', { target_amount: 60e6 }],
    ["From the store's point of view: raise $60M.", { target_amount: 60e6 }],
    ['Demand is still strong for big-box DCs. Raise $60M.', { target_amount: 60e6 }],
    // A type asked for beside them is read.
    ['Lab perspective: raise $60M from offices only.', { target_amount: 60e6, asset_types: ['office'] }],
  ],
  'a building named, its reason after a colon, then the order not to sell it ("- Tempe Office: lease dispute, do not sell.")': [
    ['- Tempe Office: lease dispute, do not sell.\n- Target: $60M', { target_amount: 60e6, exclude_asset_ids: ['PHX-03'] }],
    ["Fontana Warehouse: tenant in talks to buy; don't sell it.\nRaise $60M.", { target_amount: 60e6, exclude_asset_ids: ['IE-02'] }],
    // A place before the colon is no building named: the line asks nothing of it here.
    ['Houston: the team is busy, do not sell anything without a call. Raise $60M.', { target_amount: 60e6, include_markets: ['Houston'] }],
  ],
  'a place naming a debt event ("given the Dallas mortgage payoff", "the Ohio refinancing")': [
    ['Timing is tight given the Dallas mortgage payoff. Raise $60M.', { target_amount: 60e6 }],
    ['The Atlanta loan repayment is next month. Raise $60M.', { target_amount: 60e6 }],
    // A place asked for beside it is read.
    ['After the Chicago refinancing, raise $60M from Newark.', { target_amount: 60e6, include_markets: ['Newark'] }],
  ],
  'the office the writer works in, named as a building, then a pronoun ("sits in the Tempe Office, so leave that one alone")': [
    ['My team sits in the Tempe Office, so leave that one alone. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['PHX-03'] }],
    ['We work in the Houston Regional Office; please leave it alone. Raise $50M.', { target_amount: 50e6, exclude_asset_ids: ['HOU-04'] }],
    // An office written without a building's name is only where the writer works.
    ['My team sits in our Phoenix office. Raise $50M.', { target_amount: 50e6 }],
    ['I work out of the Schaumburg Office. Raise $50M from Dallas.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading places, types and assets (families, round 21)', FAMILIES);
