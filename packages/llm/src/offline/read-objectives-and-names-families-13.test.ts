import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirteenth round of wording families for the two objectives said in working words (the least that must be sold,
 * an overshoot kept to the least, a present-value cost minimised by pronoun) and for buildings ruled out by name.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the least that must be sold to reach a figure ("the least we\'d have to sell to clear $135M")': [
    [
      'How little would we need to sell? The least we need to sell to reach $95M, please.',
      { target_amount: 95e6, economics: { objective: 'min_proceeds' } },
    ],
    ['Show the least you would have to sell to hit $70M.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Target $120M. What is the least we must have to sell?', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    // The least accepted is a floor, and the least critical sites are a kind of asset.
    ["Raise $90M; the least we'd accept is $70M.", { target_amount: 90e6, floor_amount: 70e6 }],
  ],
  'an overshoot kept to the least ("the combination that overshoots it by the least")': [
    [
      '$140M, picking the set that overshoots the target by the smallest margin.',
      { target_amount: 140e6, economics: { objective: 'min_proceeds' } },
    ],
    ['Raise $85M with a package exceeding it by the least.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    // Exceeding something else by the least says nothing of the sale.
    ['Raise $85M. Last year we exceeded the budget by the most.', { target_amount: 85e6 }],
  ],
  'proceeds minimised with a reason after a colon, and more sold than needed refused as a wish': [
    ['$60M. Minimise proceeds: excess cash has nowhere to go.', { target_amount: 60e6, economics: { objective: 'min_proceeds' } }],
    ["Raise $130M; we'd rather not sell more than necessary.", { target_amount: 130e6, economics: { objective: 'min_proceeds' } }],
    ["We don't want to sell anything more than we have to. $80M.", { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    // A figure after the colon is no reason, and more than something other than the need is no objective.
    ['Target $90M. Minimise proceeds: $75M.', { target_amount: 90e6 }],
    ["Raise $80M. We don't want to sell more than we did last year.", { target_amount: 80e6 }],
  ],
  'the minimum proceeds right after the exact solver ("Exact, min proceeds, $115M")': [
    ['Exact; minimum proceeds; $75M.', { target_amount: 75e6, strategy: 'exact', economics: { objective: 'min_proceeds' } }],
    ['Solve it exactly, min proceeds, $65M.', { target_amount: 65e6, strategy: 'exact', economics: { objective: 'min_proceeds' } }],
    // A figure put on it makes it a floor's label, which is never read as the objective.
    ['Exact, min proceeds $60M, target $80M.', { target_amount: 80e6, floor_amount: 60e6, strategy: 'exact' }],
  ],
  'the smallest overshoot made the priority ("prioritise the smallest overshoot")': [
    ['Raise $105M and prioritise minimal overshoot.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    ['$45M, prioritizing the least overshoot.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
  ],
  'a present-value cost named, then minimised by pronoun ("... the present-value cost. Minimise it")': [
    [
      'The board watches the NPV cost of the leases. Minimise it; $150M.',
      { target_amount: 150e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'What matters is the net present value cost: please minimize that for $95M.',
      { target_amount: 95e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A pronoun minimised after something else, or an order not to minimise it, is no objective.
    ['The NPV cost is shown for information. Do not minimise it. $150M.', { target_amount: 150e6 }],
    ['The rent bill keeps rising. Minimise it. $150M.', { target_amount: 150e6 }],
  ],
  'a building ruled out by name with a bracket of reasons after it ("the Dublin Research Lab (the research team is moving)")': [
    [
      'Raise $120M and leave out the Dublin Research Lab (its research staff are mid-move).',
      { target_amount: 120e6, exclude_asset_ids: ['COL-03'] },
    ],
    [
      'Exclude the Tempe Office (hard to re-let, frankly) and the Fontana Warehouse (roof works). $95M.',
      { target_amount: 95e6, exclude_asset_ids: ['IE-02', 'PHX-03'] },
    ],
    ['$70M. Skip the Edison Warehouse (weak re-leasing prospects).', { target_amount: 70e6, exclude_asset_ids: ['NWK-02'] }],
    // A bracket that adds to the list is read as well, and so is a limit said outside the bracket.
    [
      'Exclude the Tempe Office (and anything mortgaged). $95M.',
      { target_amount: 95e6, exclude_asset_ids: ['PHX-03'], exclude_mortgaged: true },
    ],
    [
      'Raise $60M from easily re-lettable assets, and exclude the Tempe Office (the tenant is leaving).',
      { target_amount: 60e6, min_leaseability: 0.7, exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'a building or place taken off the list ("take the Cicero Main Plant off the list")': [
    [
      'Raise $60M. Take the Tempe Office and the Edison Warehouse off the list.',
      { target_amount: 60e6, exclude_asset_ids: ['NWK-02', 'PHX-03'] },
    ],
    ['Raise $60M. Take Arizona off the list.', { target_amount: 60e6, exclude_markets: ['Phoenix'] }],
    // What is on the list, or nothing taken off it, rules nothing out.
    ['Raise $60M. The Mesa Parts Store is on the list.', { target_amount: 60e6 }],
    ['Raise $60M. Nothing is off the list.', { target_amount: 60e6 }],
  ],
  'one building singled out as the only one of its type ("it is the only plant that makes the housings")': [
    ['Exclude the Dublin Research Lab - it is the only lab we have. $90M.', { target_amount: 90e6, exclude_asset_ids: ['COL-03'] }],
    ['Raise $80M. Our sole data center with a backup generator is staying busy.', { target_amount: 80e6 }],
    // The only type sold, or a type followed by a noun that makes it a kind, is still asked for.
    ['Raise $80M. Only plants.', { target_amount: 80e6, asset_types: ['manufacturing'] }],
    ['Raise $80M from the only plant assets.', { target_amount: 80e6, asset_types: ['manufacturing'] }],
  ],
  'the one building of a type in the only market sold from ("$50M from Dallas. Don\'t touch the data center.")': [
    [
      'Raise $40M from Phoenix, but keep the data center.',
      { target_amount: 40e6, include_markets: ['Phoenix'], exclude_asset_ids: ['PHX-02'] },
    ],
    [
      'Raise $40M in Houston and leave out the office.',
      { target_amount: 40e6, include_markets: ['Houston'], exclude_asset_ids: ['HOU-04'] },
    ],
    [
      'Raise $75M from New Jersey; keep the sortation hub.',
      { target_amount: 75e6, include_markets: ['Newark'], exclude_asset_ids: ['NWK-01'] },
    ],
    [
      'Can Georgia alone give us $60M without selling the sortation hub?',
      { target_amount: 60e6, include_markets: ['Atlanta'], exclude_asset_ids: ['ATL-01'] },
    ],
    // The plural of the noun the names end in names every asset so described, with or without a bracket of names.
    ['Exclude the sortation hubs. $100M.', { target_amount: 100e6, exclude_asset_ids: ['ATL-01', 'NWK-01'] }],
    [
      'Exclude the Dublin Research Lab and both sortation hubs (Fairburn and Port Newark). $350M.',
      { target_amount: 350e6, exclude_asset_ids: ['ATL-01', 'COL-03', 'NWK-01'] },
    ],
    // With two markets, in a market without one, or in the plural, it is the type ruled out.
    [
      'Raise $40M from Phoenix and Dallas, but keep the data center.',
      { target_amount: 40e6, include_markets: ['Dallas', 'Phoenix'], asset_types: allTypesBut('data_center') },
    ],
    [
      'Raise $40M from Chicago. Exclude the data center.',
      { target_amount: 40e6, include_markets: ['Chicago'], asset_types: allTypesBut('data_center') },
    ],
    [
      'Raise $40M from Phoenix. Exclude the data centers.',
      { target_amount: 40e6, include_markets: ['Phoenix'], asset_types: allTypesBut('data_center') },
    ],
  ],
  'buildings after a comma and "and the", continuing an exclusion another reader took ("Exclude anything mortgaged, and the Newark office")':
    [
      [
        'Raise $100M. Exclude mortgaged assets, plus the Tempe office and the Edison warehouse.',
        { target_amount: 100e6, exclude_mortgaged: true, exclude_asset_ids: ['NWK-02', 'PHX-03'] },
      ],
      [
        'Skip anything encumbered, and the Houston office. $70M.',
        { target_amount: 70e6, exclude_mortgaged: true, exclude_asset_ids: ['HOU-04'] },
      ],
      // A building that starts a clause of its own is not ruled out.
      ['Raise $100M. Exclude mortgaged assets, and the Tempe Office is fine to sell.', { target_amount: 100e6, exclude_mortgaged: true }],
    ],
  'a building ruled out as the condition of a question ("Is $450M achievable if ... the headquarters stays owned?")': [
    ['Would $200M work if the Tempe Office stays owned?', { target_amount: 200e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'Could we get $90M if the Dublin Research Lab and the Tempe Office are excluded?',
      { target_amount: 90e6, exclude_asset_ids: ['COL-03', 'PHX-03'] },
    ],
    // A question that asks whether, with its verb before the building, rules nothing out.
    ['Should the Tempe Office stay owned? $100M.', { target_amount: 100e6 }],
    ['Raise $100M. Is the headquarters excluded?', { target_amount: 100e6 }],
  ],
  'a scenario\'s quoted title names no type or place ("Scenario "Sunset plants": exclude the Kearny Legacy Plant")': [
    ['Run the "Warehouse exit" scenario: exclude the Tempe Office. $70M.', { target_amount: 70e6, exclude_asset_ids: ['PHX-03'] }],
    ['The "Texas light" case: $60M, no Dallas.', { target_amount: 60e6, exclude_markets: ['Dallas'] }],
    [
      'Scenario for the treasurer, "Office sale": keep the Tempe Office; everything else can go for $80M.',
      { target_amount: 80e6, exclude_asset_ids: ['PHX-03'] },
    ],
    // A quoted word that titles nothing is read as written, and so is a filter said outside the title.
    ['Scenario: sell only the "Newark" assets? $60M.', { target_amount: 60e6, include_markets: ['Newark'] }],
    ['Please prepare the "lean" case: $100M from warehouses and offices.', { target_amount: 100e6, asset_types: ['warehouse', 'office'] }],
  ],
  'one building named by its market and type asks for neither ("should the Dallas HQ ever be on the list?")': [
    ['Raise $100M. Open question: should the Dallas HQ ever be on the list?', { target_amount: 100e6 }],
    ['Raise $100M. The committee never discussed the Houston office.', { target_amount: 100e6 }],
    ['Target $90M. Buyers have toured the Columbus lab twice.', { target_amount: 90e6 }],
    // Asked for, in a market with several of the type, in the plural, as a sector or in a list of types, both are read.
    ['Raise $100M. The Houston office is fine to sell.', { target_amount: 100e6, asset_types: ['office'], include_markets: ['Houston'] }],
    ['Raise $100M from the Chicago offices.', { target_amount: 100e6, asset_types: ['office'], include_markets: ['Chicago'] }],
    [
      '$38M. Just the Atlanta retail and warehouse.',
      { target_amount: 38e6, asset_types: ['warehouse', 'retail'], include_markets: ['Atlanta'] },
    ],
    [
      'Raise $65M from the Phoenix retail and office assets, but keep the Tempe Office.',
      { target_amount: 65e6, asset_types: ['office', 'retail'], include_markets: ['Phoenix'], exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'where the buildings just named stand, said by a pronoun, asks for no market ("both sit in the Atlanta redevelopment zone")': [
    [
      'Leave out the Fontana Warehouse and the Riverside Cross-Dock; both sit in the Inland Empire flood plain. $90M.',
      { target_amount: 90e6, exclude_asset_ids: ['IE-02', 'IE-03'] },
    ],
    ['Exclude the Tempe Office; it lies within the Phoenix airport zone. $80M.', { target_amount: 80e6, exclude_asset_ids: ['PHX-03'] }],
    // Where a type asked for stands, said plainly, is asked for.
    [
      'Raise $80M from warehouses; they are in Texas.',
      { target_amount: 80e6, asset_types: ['warehouse'], include_markets: ['Dallas', 'Houston'] },
    ],
  ],
};

describeFamilies('reading objectives and named buildings (families, thirteenth round)', FAMILIES);
