import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-sixth round of wording families for asset types, the buildings ruled out and mortgaged assets: the
 * encumbered class under a label that is the order ("Skip: anything mortgaged"), a choice refused ("don't pick anything
 * that still carries a mortgage") or an exclusion kept ("keep your exclusion of anything mortgaged"); a building refused
 * with its reason after a dash or in a bracket ("don't take the Rickenbacker DC - it's the hub", "don't take HQ (the
 * Las Colinas building)"); a building said to stay with its reason after a dash, or named after "my store," ("My store,
 * the Mesa Parts Store, should stay - we just redid the counter"); one more building refused by "neither can" or "nor
 * can"; a chat line asking about one building, answered by keeping it ("Edison Warehouse?" / "keep it"); a writer's
 * sign-on, desk or meeting room ("Atlanta warehouse lead, just passing this on", "Store operations here", "Writing from
 * the Atlanta office", "Next meeting in Atlanta office"); one building, then another in a clause of its own ("build out
 * the lab, and the DC there is our backbone"); a type in words the writer disowns ("that's their situation, not ours",
 * "- unrelated", "None of that changes our plan"); a type named as what a tax gain or a cap rate measures ("the gains
 * on the older DCs are substantial", "warehouse cap rates around 5.8%"); a run's name ("run: dc-test"); an answer of
 * types next to score limits and an investor ("DCs and warehouses, nothing with a criticality above 0.5, and the
 * investor has to be able to re-let it"); a heading's type whose every building the body rules out by name ("Subject:
 * data centers are not in scope"); and asset ids in one table cell joined by ";" or "|" ("Exclude | DAL-01; CHI-02").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the encumbered class under a label that is the order, a choice refused, or an exclusion kept ("Skip: anything mortgaged")': [
    ['Target $38M.\nAvoid: anything with a lien on it', { target_amount: 38e6, exclude_mortgaged: true }],
    ['Field | Setting\nAmount | $37M\nExclude | anything mortgaged', { target_amount: 37e6, exclude_mortgaged: true }],
    ["Raise $36M. Don't choose anything that still carries a mortgage.", { target_amount: 36e6, exclude_mortgaged: true }],
    ['Raise $35M, and keep the exclusion of anything encumbered.', { target_amount: 35e6, exclude_mortgaged: true }],
    // A label negated orders nothing.
    ['Raise $33M. Do not exclude: anything mortgaged can be sold.', { target_amount: 33e6 }],
  ],
  'a building refused with its reason after a dash or in a bracket ("don\'t take the Rickenbacker DC - it\'s the hub")': [
    ["Raise $62M. Please don't take the Joliet DC - it feeds the whole Midwest.", { target_amount: 62e6, exclude_asset_ids: ['CHI-01'] }],
    ["Raise $61M, and don't take HQ (the Las Colinas building).", { target_amount: 61e6, exclude_asset_ids: ['DAL-01'] }],
    [
      "Raise $60M, and don't accept the Tempe Office (too small) or the Mesa Parts Store.",
      { target_amount: 60e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    // A bracket the sentence runs on after is no reason given for a refusal.
    ["Raise $59M. Don't take the Tempe Office (PHX-03) for granted - it sells first.", { target_amount: 59e6 }],
  ],
  'a building said to stay, its reason after a dash, or named after "my store," ("My store, the Mesa Parts Store, should stay - ...")': [
    [
      'Raise $58M. My plant, the Pasadena Packaging Plant, should stay - the line was just rebuilt.',
      { target_amount: 58e6, exclude_asset_ids: ['HOU-03'] },
    ],
    [
      'Raise $57M. The Schaumburg Office must stay - we moved finance there in May.',
      { target_amount: 57e6, exclude_asset_ids: ['CHI-04'] },
    ],
    // Staying open while it is leased back is no verdict on the sale.
    ['Raise $56M. My store, the Naperville Parts Store, should stay open while we lease it back.', { target_amount: 56e6 }],
  ],
  'one more building refused by "neither can" or "nor can" ("Rickenbacker can\'t go ..., and neither can the Dublin lab")': [
    [
      "Raise $55M. Fontana can't go, it's our busiest cross-dock, and neither can the Riverside cross-dock (Riverside ops would revolt).",
      { target_amount: 55e6, exclude_asset_ids: ['IE-02', 'IE-03'] },
    ],
    [
      "Raise $54M. The Tempe Office can't go, nor can the Mesa Parts Store.",
      { target_amount: 54e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
    // Buildings allowed to go, one like the other, are ruled out by nothing.
    ['Raise $53M. Fontana can go, and so can the Riverside cross-dock.', { target_amount: 53e6 }],
  ],
  'a chat line asking about one building, answered by keeping it ("Tomas: Edison Warehouse?" / "Sara: keep it")': [
    [
      "Nina: target is $52M\nOmar: Groveport Warehouse?\nNina: keep it - it's our overflow site",
      { target_amount: 52e6, exclude_asset_ids: ['COL-02'] },
    ],
    ['Nina: target is $51M\nOmar: the Tempe Office?\nNina: not for sale', { target_amount: 51e6, exclude_asset_ids: ['PHX-03'] }],
    // An answer that sells it rules nothing out.
    ["Nina: target is $50M\nOmar: the Tempe Office?\nNina: sell it, we don't need it", { target_amount: 50e6 }],
  ],
  'a writer\'s sign-on, desk or meeting room ("Atlanta warehouse lead, just passing this on", "Writing from the Atlanta office")': [
    [
      'Houston plant lead, just passing this on: the ask is $49M from Texas only.',
      { target_amount: 49e6, include_markets: ['Dallas', 'Houston'] },
    ],
    ['Store operations here. Raise $48M.', { target_amount: 48e6 }],
    ['Writing from the Chicago office. We need $47M, but not from Chicago.', { target_amount: 47e6, exclude_markets: ['Chicago'] }],
    ['Next meeting in Phoenix office, Thursday. Raise $46M.', { target_amount: 46e6 }],
    // The type asked for in words of its own is still read.
    ['Newark warehouse lead. Warehouses only, $45M.', { target_amount: 45e6, asset_types: ['warehouse'] }],
  ],
  'one building, then another in a clause of its own ("build out the lab, and the DC there is our backbone")': [
    ["Raise $44M. We're about to expand the plant, and the DC there is our backbone.", { target_amount: 44e6 }],
    // Two types joined in one list are still asked for.
    ['Raise $43M from the lab and the plant.', { target_amount: 43e6, asset_types: ['lab', 'manufacturing'] }],
  ],
  'a type in words the writer disowns ("that\'s their situation, not ours", "- unrelated", "None of that changes our plan")': [
    [
      "For context, Ridgeway sold $210M of stores at a 6.4% cap last year; that's their deal, not ours. We need $42M.",
      { target_amount: 42e6 },
    ],
    ['Raise $41M. Somebody mentioned the old warehouse sale - unrelated.', { target_amount: 41e6 }],
    [
      'Background: the broker quotes office cap rates near 7% and labs at 6.5%. None of that changes the ask.\n\nOur ask is $40M.',
      { target_amount: 40e6 },
    ],
    // What follows the words that disown is the instruction itself.
    [
      "The board has seen the broker's view. The instruction is unrelated: raise $39M from the plants.",
      { target_amount: 39e6, asset_types: ['manufacturing'] },
    ],
  ],
  'a type named as what a tax gain or a cap rate measures ("the gains on the older DCs are substantial")': [
    ['Tax: 25%; the gains on the older warehouses are substantial. Target: $38M.', { target_amount: 38e6, economics: { tax_rate: 0.25 } }],
    ["Raise $37M. Our broker sees DC cap rates around 5.2% and warehouses at 5.6%, so sell where it's cheapest.", { target_amount: 37e6 }],
    // The type the money comes from, with the market's rate beside it, is still asked for.
    ['Raise $36M from warehouses, where cap rates sit around 6%.', { target_amount: 36e6, asset_types: ['warehouse'] }],
  ],
  'a run\'s name ("run: dc-test")': [
    ['run: plant-test\ntarget_amount: 35000000\nasset_types:\n  - lab', { target_amount: 35e6, asset_types: ['lab'] }],
    // A name that is itself a filter is read as one.
    ['run: plant-only\ntarget_amount: 34000000', { target_amount: 34e6, asset_types: ['manufacturing'] }],
  ],
  'an answer of types beside score limits and an investor ("DCs and warehouses, nothing with a criticality above 0.5, and the investor ...")':
    [
      [
        "Kai: what's the number\nLu: thirty-three million\nKai: which buildings\nLu: labs and plants, nothing with a criticality above 0.6, and the investor has to be able to re-let it",
        { target_amount: 33e6, asset_types: ['lab', 'manufacturing'], max_criticality: 0.6, min_leaseability: 0.5 },
      ],
      // Market talk alone asks for nothing.
      ['Raise $32M. Investors like the DCs and warehouses.', { target_amount: 32e6 }],
    ],
  'a heading\'s type whose every building the body rules out by name ("Subject: data centers are not in scope")': [
    [
      'Subject: offices are out\n\nRaise $31M, and exclude the Houston Regional Office, the Midtown Atlanta Regional Office, the Schaumburg Office, the Tempe Office, the Newark Regional Office and the Northwind Headquarters, Las Colinas.',
      { target_amount: 31e6, exclude_asset_ids: ['ATL-03', 'CHI-04', 'DAL-01', 'HOU-04', 'NWK-04', 'PHX-03'] },
    ],
    // A type ruled out in the body, beside one of its buildings by name, is still ruled out.
    [
      'Raise $30M. No data centers, and exclude the Chandler Data Center by name too.',
      {
        target_amount: 30e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'lab'],
        exclude_asset_ids: ['PHX-02'],
      },
    ],
  ],
  'asset ids in one table cell joined by ";" or "|" ("Exclude | DAL-01; CHI-02")': [
    ['Target | $29M\nExclude asset ids | ATL-03 ; HOU-04', { target_amount: 29e6, exclude_asset_ids: ['ATL-03', 'HOU-04'] }],
    ['Target | $28M\nExclude | PHX-03|PHX-04', { target_amount: 28e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] }],
    ['Target | $27M\nExclude | NWK-03 | CHI-03', { target_amount: 27e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] }],
    // Types joined the same way are asked for.
    ['Target | $26M\nAsset types | Warehouses; DCs', { target_amount: 26e6, asset_types: ['distribution_center', 'warehouse'] }],
  ],
};

describeFamilies('reading types and assets (families, round 26)', FAMILIES);
