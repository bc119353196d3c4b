import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places, asset types, named assets and mortgaged assets: filters thought about and
 * turned down, places and types named only as background, answers in chats and transcripts, labels and headings
 * that say what may not be sold, mortgaged assets ruled out in passing, exclusions replaced by later ones, counts of
 * what is owned, and type shorthand. Each family has cases where its rule
 * must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a filter thought about and turned down is no filter': [
    ['Banker: "Should we drop Phoenix from the pool?"\nCFO: "No, not this time." Raise $66M.', { target_amount: 66e6 }],
    ['The lender might entertain Chicago in a later round. Raise $54M now.', { target_amount: 54e6 }],
    ['Omar proposed we drop Ohio, but I would rather keep Columbus in. Raise $46M.', { target_amount: 46e6 }],
    ['We were going to leave out the labs, but the board vetoed that. Raise $39M.', { target_amount: 39e6 }],
    ['Q: Do you want us to run a Dallas-only case? A: Not yet. Raise $61M.', { target_amount: 61e6 }],
    ["Let's talk about whether offices belong in the pool down the road. For now: $43M.", { target_amount: 43e6 }],
    [
      'The CFO may consider selling the Mesa store at some point, but not in this round: $58M from warehouses.',
      { target_amount: 58e6, asset_types: ['warehouse'] },
    ],
    ['Target $55M. I toyed with dropping Newark, but no - leave everything open.', { target_amount: 55e6 }],
    ['$62M please. Should we restrict this to warehouses? Probably not.', { target_amount: 62e6 }],
    ['Raise $44M. Could we also consider excluding Houston? The CFO said no.', { target_amount: 44e6 }],
    ['We discussed a Columbus carve-out but decided against it. The number is $71M.', { target_amount: 71e6 }],
    ['Open items, not decided: whether to exclude the labs. Raise $58M.', { target_amount: 58e6 }],
    ['Raise $80M. We thought about excluding Dallas, and we will: exclude it.', { target_amount: 80e6, exclude_markets: ['Dallas'] }],
    ['Raise $50M. Should we drop Phoenix? Yes, drop it.', { target_amount: 50e6, exclude_markets: ['Phoenix'] }],
    [
      'Raise $90M. We considered keeping the HQ but decided against it - exclude the Tempe Office.',
      { target_amount: 90e6, exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'places and types named as background ask for nothing': [
    ['Context: we run 31 warehouses across the network. Raise $66M.', { target_amount: 66e6 }],
    ['Last year we closed five stores; this year the ask is $39M.', { target_amount: 39e6 }],
    ['Raise $48M. (Ops note: 220 employees in Newark, 12 new hires in Dallas.)', { target_amount: 48e6 }],
    ['Raise $57M; the Atlanta expansion is a separate topic.', { target_amount: 57e6 }],
    ['Raise $35M. Our rates spiked when Phoenix overheated in 2022.', { target_amount: 35e6 }],
    ['Raise $41M. Column names: office_sqft, lab_count.', { target_amount: 41e6 }],
    ['Raise $45M from three warehouses.', { target_amount: 45e6, asset_types: ['warehouse'] }],
    ['Raise $52M, Chicago sites only.', { target_amount: 52e6, include_markets: ['Chicago'] }],
  ],
  'what is off limits, answered in a chat or a transcript': [
    [
      'Q. Size? A. $73M.\nQ. Anything we cannot sell? A. The Edison Warehouse and the Fontana Warehouse.',
      { target_amount: 73e6, exclude_asset_ids: ['NWK-02', 'IE-02'] },
    ],
    [
      '@ana: $59M\n@li: which sites are off limits?\n@ana: Mesa Parts Store. also the Tempe Office',
      { target_amount: 59e6, exclude_asset_ids: ['PHX-04', 'PHX-03'] },
    ],
    [
      'Omar 14:02: target is $61M\nIvy 14:03: any markets off limits?\nOmar 14:05: Columbus and Newark',
      { target_amount: 61e6, exclude_markets: ['Columbus', 'Newark'] },
    ],
  ],
  'labels and headings that say what may not be sold': [
    ['Raise $87M.\nWhat cannot be sold: the Baytown Cold Storage Warehouse', { target_amount: 87e6, exclude_asset_ids: ['HOU-02'] }],
    ["2) What can't be touched. The Schaumburg Office, of course.\n3) Size: $64M", { target_amount: 64e6, exclude_asset_ids: ['CHI-04'] }],
    ['Raise $40M with the Rickenbacker Distribution Center kept off the table.', { target_amount: 40e6, exclude_asset_ids: ['COL-01'] }],
    [
      'Raise $70M. Leave the Tempe Office alone, and the McDonough Warehouse too.',
      { target_amount: 70e6, exclude_asset_ids: ['PHX-03', 'ATL-02'] },
    ],
    ['Raise $66M. The Port Houston rail DC is excluded.', { target_amount: 66e6, exclude_asset_ids: ['HOU-01'] }],
  ],
  'markets kept in or kept out': [
    ['Raise $75M and please keep Ohio and Arizona in scope only.', { target_amount: 75e6, include_markets: ['Columbus', 'Phoenix'] }],
    ['Raise $75M; we would like to keep it out of Georgia.', { target_amount: 75e6, exclude_markets: ['Atlanta'] }],
    ['Raise $75M; keep Georgia out.', { target_amount: 75e6, exclude_markets: ['Atlanta'] }],
    ['Raise $64M, and keep out Ohio.', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    ['need 45m, nothing in cali pls', { target_amount: 45e6, exclude_markets: ['Inland Empire'] }],
    ['Item A1 Size: $59M. Item A2 Excluded metros: Phoenix.', { target_amount: 59e6, exclude_markets: ['Phoenix'] }],
  ],
  'mortgaged assets ruled out in passing': [
    ['Raise $52M. Out of scope: encumbered buildings.', { target_amount: 52e6, exclude_mortgaged: true }],
    ['Exclusions: mortgaged properties. Amount: $61M.', { target_amount: 61e6, exclude_mortgaged: true }],
    ['Raise $44M; pledged collateral should be excluded.', { target_amount: 44e6, exclude_mortgaged: true }],
    ['Raise $33M and stay off the encumbered stuff.', { target_amount: 33e6, exclude_mortgaged: true }],
    ['$47M, nothing with debt against it.', { target_amount: 47e6, exclude_mortgaged: true }],
    ['need 52m, any site w/ a lien is a no', { target_amount: 52e6, exclude_mortgaged: true }],
    ['Raise $60M; please do not use anything encumbered.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $38M. Mortgaged things are excluded.', { target_amount: 38e6, exclude_mortgaged: true }],
    ['Q. size? A. $29M. Q. encumbered sites? A. excluded.', { target_amount: 29e6, exclude_mortgaged: true }],
    ['Target ........ $74M\nencumbered ........ out', { target_amount: 74e6, exclude_mortgaged: true }],
    ['Raise $56M. Mortgaged properties (about a third of the estate) must not be sold.', { target_amount: 56e6, exclude_mortgaged: true }],
    [
      "Raise $91M.\nWhat we can't sell: anything with a lien; the Groveport Warehouse",
      { target_amount: 91e6, exclude_mortgaged: true, exclude_asset_ids: ['COL-02'] },
    ],
    ['Raise $45M. Two of our sites carry a mortgage.', { target_amount: 45e6 }],
    ['Raise $45M; we may later think about excluding mortgaged assets.', { target_amount: 45e6 }],
  ],
  'a filter wondered about, or parked, and left undecided is no filter': [
    ['We are wondering whether to leave out Columbus - not decided yet. Raise $47M.', { target_amount: 47e6 }],
    ["We wonder if we should drop the labs? Let's not. Target $52M.", { target_amount: 52e6 }],
    ['We talked about a Georgia-only program; shelve that. Raise $63M from Newark.', { target_amount: 63e6, include_markets: ['Newark'] }],
    ['We wonder if we should exclude Houston? Yes, exclude it. Raise $45M.', { target_amount: 45e6, exclude_markets: ['Houston'] }],
  ],
  'an exclusion replaced by a later one said "instead"': [
    [
      'Raise $38M. First we said leave out Columbus; scratch that, leave out Phoenix instead.',
      { target_amount: 38e6, exclude_markets: ['Phoenix'] },
    ],
    ['Raise $38M. Drop the labs. Actually, drop the offices instead.', { target_amount: 38e6, asset_types: allTypesBut('office') }],
    [
      'Raise $38M. Exclude Phoenix. No - exclude Dallas and Houston instead.',
      { target_amount: 38e6, exclude_markets: ['Dallas', 'Houston'] },
    ],
    [
      'Raise $38M. Exclude Newark. Exclude the labs instead.',
      { target_amount: 38e6, exclude_markets: ['Newark'], asset_types: allTypesBut('lab') },
    ],
  ],
  'one more asset ruled out after a pronoun': [
    ['CHI-02 is under offer, so skip it. Same for ATL-03. Raise $60M.', { target_amount: 60e6, exclude_asset_ids: ['CHI-02', 'ATL-03'] }],
  ],
  'counts of what is owned, and rates per building, ask for nothing': [
    ["We've got 40 stores, 3 plants and a lab. Raise $70M from the plants only.", { target_amount: 70e6, asset_types: ['manufacturing'] }],
    ['Last year the company had 9 sites in Ohio. Raise $36M.', { target_amount: 36e6 }],
    ['Raise $44M. Staffing: 30 people per warehouse.', { target_amount: 44e6 }],
    ['We have 12 warehouses in Texas we want to sell; raise $50M.', { target_amount: 50e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'an asset named by a word that is also a metro the portfolio holds nothing in': [
    ['Raise $50M; do not sell Edison or Fontana.', { target_amount: 50e6, exclude_asset_ids: ['NWK-02', 'IE-02'] }],
    ['Raise $50M; exclude Denver.', { target_amount: 50e6 }],
    ['Raise $50M; exclude Newark.', { target_amount: 50e6, exclude_markets: ['Newark'] }],
  ],
  '"keep it to", "keep it under" bound the program and rule nothing out': [
    [
      'Target $45M from Columbus and Atlanta; keep it under 40% per metro.',
      { target_amount: 45e6, include_markets: ['Columbus', 'Atlanta'], max_market_share: 0.4 },
    ],
    ['The Tempe Office is key, so keep it out. Raise $30M.', { target_amount: 30e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  'types in shorthand': [['Raise $58M from WH and DC assets.', { target_amount: 58e6, asset_types: ['distribution_center', 'warehouse'] }]],
  'type exclusions still read beside these rules': [
    ['Raise $52M. No labs, and no plants either.', { target_amount: 52e6, asset_types: allTypesBut('lab', 'manufacturing') }],
  ],
  'warehouse shorthand': [['We need $47M, whse + DC only.', { target_amount: 47e6, asset_types: ['distribution_center', 'warehouse'] }]],
  'the program kept away from a place': [
    ['Raise $61M and keep the sale away from Houston.', { target_amount: 61e6, exclude_markets: ['Houston'] }],
  ],
  'an exclusion floated as a question, or proposed, and turned down': [
    ['Target $38M. Maybe drop Atlanta? No, leave it in.', { target_amount: 38e6 }],
    [
      'Raise $57M. We had talked about excluding Newark, but we have decided to keep Newark in. Exclude only Dallas.',
      { target_amount: 57e6, exclude_markets: ['Dallas'] },
    ],
    ['Raise $66M. A proposal to exclude Houston was debated and rejected.', { target_amount: 66e6 }],
  ],
  'inventories, past deals, workplaces and events name no type': [
    ['Background: 12 warehouses, 3 plants, 2 labs. Raise $52M.', { target_amount: 52e6 }],
    ['Two years ago we sold $20M of warehouses. Now we need $48M.', { target_amount: 48e6 }],
    ["I'm writing from the finance desk at our Phoenix office. Raise $70M.", { target_amount: 70e6 }],
    ['From the treasurer office: raise $44M.', { target_amount: 44e6 }],
    ['We had a flood at a warehouse last spring. Raise $45M, no labs.', { target_amount: 45e6, asset_types: allTypesBut('lab') }],
  ],
  'a bracket after a plural type names its assets': [
    ['Raise $80M but hold back both warehouses (Fontana and Edison).', { target_amount: 80e6, exclude_asset_ids: ['IE-02', 'NWK-02'] }],
    [
      'Keep the two parts stores out of it (Mesa and Secaucus). Raise $30M.',
      { target_amount: 30e6, exclude_asset_ids: ['PHX-04', 'NWK-05'] },
    ],
  ],
  'mortgaged assets left alone, excluded in a noun phrase or in shorthand': [
    ['Raise $75M; leave the pledged properties alone.', { target_amount: 75e6, exclude_mortgaged: true }],
    ['The plan calls for $90M and the exclusion of any mortgaged properties.', { target_amount: 90e6, exclude_mortgaged: true }],
    ['amt $40mm \u00b7 encumbered excl.', { target_amount: 40e6, exclude_mortgaged: true }],
  ],
  'one more item after an exclusion': [
    [
      'Raise $58M. Keep the labs out of it, and the Newark market too.',
      { target_amount: 58e6, asset_types: allTypesBut('lab'), exclude_markets: ['Newark'] },
    ],
    [
      'Raise $64M. Exclude encumbered sites, anything in Phoenix.',
      { target_amount: 64e6, exclude_mortgaged: true, exclude_markets: ['Phoenix'] },
    ],
    [
      'Raise $50M. Exclude these by name: Tempe Office, Edison Warehouse.',
      { target_amount: 50e6, exclude_asset_ids: ['PHX-03', 'NWK-02'] },
    ],
  ],
  'types ruled out by a wariness or by staying': [
    ['Raise $35M; we are wary of data centers.', { target_amount: 35e6, asset_types: allTypesBut('data_center') }],
    ['Raise $42M. Labs stay.', { target_amount: 42e6, asset_types: allTypesBut('lab') }],
  ],
  'more of a list after ", plus", and places and assets written short': [
    [
      'Raise $45M. Skip Newark, plus the Tempe Office.',
      { target_amount: 45e6, exclude_markets: ['Newark'], exclude_asset_ids: ['PHX-03'] },
    ],
    ['Raise $70M, but exclude IE.', { target_amount: 70e6, exclude_markets: ['Inland Empire'] }],
    ['Raise $52M but leave out the Sortation Hub at Port Newark.', { target_amount: 52e6, exclude_asset_ids: ['NWK-01'] }],
  ],
  'what is off limits, answered on the line of the question or by a chat': [
    ['- Size? $60M.\n- Anything excluded? The Edison Warehouse.', { target_amount: 60e6, exclude_asset_ids: ['NWK-02'] }],
    ['amy: encumbered sites?\nraj: skip\namy: size\nraj: $48M', { target_amount: 48e6, exclude_mortgaged: true }],
  ],
  'lists that run on to their verdict, possessives, and things spoken for': [
    [
      'Anything but labs, plants, and stores is fine. Raise $40M.',
      { target_amount: 40e6, asset_types: allTypesBut('lab', 'manufacturing', 'retail') },
    ],
    ["Raise $55M; exclude Newark's Edison Warehouse.", { target_amount: 55e6, exclude_asset_ids: ['NWK-02'] }],
    [
      'Raise $62M. No one wants the Tempe Office in the sale, and Fontana is spoken for.',
      { target_amount: 62e6, exclude_asset_ids: ['PHX-03', 'IE-02'] },
    ],
  ],
  'an exclusion floated in a chat and turned down by naming the place again': [
    [
      'tom: exclude Texas\nkim: also not in Ohio?\ntom: no, Ohio is fine\nkim: $44M then',
      { target_amount: 44e6, exclude_markets: ['Dallas', 'Houston'] },
    ],
  ],
  'notes split by slashes and lines, and what "everything else" sets apart': [
    [
      'target: $60M / PHX-03, the Edison warehouse, and the Cicero plant stay off the list',
      { target_amount: 60e6, exclude_asset_ids: ['PHX-03', 'NWK-02', 'CHI-03'] },
    ],
    [
      '- Target: $40M\n- Markets: exclude Dallas\n- Encumbered sites: excluded',
      { target_amount: 40e6, exclude_markets: ['Dallas'], exclude_mortgaged: true },
    ],
    [
      'Our advisers dislike plants and stores. Everything else is fine. Raise $48M.',
      { target_amount: 48e6, asset_types: allTypesBut('manufacturing', 'retail') },
    ],
  ],
  '"that site", shares per market, and what a place is used for': [
    ['Raise $48M. The Tolleson DC has a long waitlist, so hold that site back.', { target_amount: 48e6, exclude_asset_ids: ['PHX-01'] }],
    [
      'Raise $80M from Ohio and Georgia, neither Columbus nor Atlanta supplying over 55% of it.',
      { target_amount: 80e6, include_markets: ['Columbus', 'Atlanta'], max_market_share: 0.55 },
    ],
    ["Raise $33M but keep the Groveport Warehouse out, that's where our labs sit.", { target_amount: 33e6, exclude_asset_ids: ['COL-02'] }],
  ],
  'a pronoun that opens its sentence, for a list of the sentences before': [
    [
      'Raise $50M. Are the Mesa and Secaucus stores in? Not really. So drop them.',
      { target_amount: 50e6, exclude_asset_ids: ['PHX-04', 'NWK-05'] },
    ],
  ],
  'market commentary and questions answered no name no type': [
    ['Raise $70M. Lessors want longer terms for the big warehouses, but that is their problem.', { target_amount: 70e6 }],
    ['Bank update: yields on labs tighter, retail softer. Raise $46M.', { target_amount: 46e6 }],
    ['Raise $58M. The CFO asked whether a plant sale was possible; the board said it was not.', { target_amount: 58e6 }],
  ],
  '"the" before a singular type points back at the one asset of it named before': [
    ['The Kearny Legacy Plant needs work, so the plant is out. Raise $45M.', { target_amount: 45e6, exclude_asset_ids: ['NWK-03'] }],
    [
      'Whether to sell the Schaumburg Office is undecided; for now, the office stays out. $37M.',
      { target_amount: 37e6, exclude_asset_ids: ['CHI-04'] },
    ],
    ['Raise $56M. The plant is out.', { target_amount: 56e6, asset_types: allTypesBut('manufacturing') }],
  ],
  '"those" before a type points back at the assets named before': [
    [
      'We looked at the Fontana and Groveport warehouses for this. On reflection, raise $36M and exclude those two warehouses.',
      { target_amount: 36e6, exclude_asset_ids: ['IE-02', 'COL-02'] },
    ],
  ],
  'a company named for a type of building asks for no type': [
    [
      'We act for Bluewater Logistics, LLC, which wants $64M. The Tempe Office is not to be sold.',
      { target_amount: 64e6, exclude_asset_ids: ['PHX-03'] },
    ],
    ['Harbor Distribution Inc. needs $38M from its Ohio sites.', { target_amount: 38e6, include_markets: ['Columbus'] }],
    ['Raise $47M. Logistics only.', { target_amount: 47e6, asset_types: ['distribution_center'] }],
  ],
  'a market the seller will not lease back in is ruled out': [
    ['The company will not lease back any property in Ohio. Raise $57M.', { target_amount: 57e6, exclude_markets: ['Columbus'] }],
    [
      'We would rather not lease back anything in Georgia or Arizona; $49M.',
      { target_amount: 49e6, exclude_markets: ['Atlanta', 'Phoenix'] },
    ],
  ],
  'one more item ruled out after a comma and "too"': [
    ['Raise $44M. Retail is excluded, data centers as well.', { target_amount: 44e6, asset_types: allTypesBut('retail', 'data_center') }],
    ['Raise $38M; Dallas is off the table, Houston too.', { target_amount: 38e6, exclude_markets: ['Dallas', 'Houston'] }],
  ],
  'a sale answered as a condition not met is no filter': [
    [
      'Chair: Could we go bigger?\nCFO: If we sold the labs, yes.\nChair: Raise $70M and no data centers.',
      { target_amount: 70e6, asset_types: allTypesBut('data_center') },
    ],
  ],
  'mortgaged assets ruled out as a setting, by the loan, first in a list or as an answer': [
    ['Raise $58M.\nexclude_mortgaged = yes', { target_amount: 58e6, exclude_mortgaged: true }],
    ['Raise $46M, and no property with any debt attached to it.', { target_amount: 46e6, exclude_mortgaged: true }],
    [
      'Raise $57M. Encumbered sites and the Tempe Office are excluded.',
      { target_amount: 57e6, exclude_mortgaged: true, exclude_asset_ids: ['PHX-03'] },
    ],
    ['Raise $49M.\nQ: Any exclusions?\nA: Encumbered properties.', { target_amount: 49e6, exclude_mortgaged: true }],
  ],
  'assets named as the trade writes them': [
    ['Phoenix-area sites are off the table. Raise $47M.', { target_amount: 47e6, exclude_markets: ['Phoenix'] }],
    ['Raise $41M; exclude the Riverside cross dock.', { target_amount: 41e6, exclude_asset_ids: ['IE-03'] }],
    ['Raise $52M from cold stores only.', { target_amount: 52e6, asset_types: ['warehouse'] }],
    ['Raise $36M. Take the Mesa Parts Store out - it is being remodelled.', { target_amount: 36e6, exclude_asset_ids: ['PHX-04'] }],
  ],
  'a mortgage owed by an asset or a place is a fact, not a filter': [
    ['The Tolleson DC has a $30m loan that we will pay off at closing. Raise $57M.', { target_amount: 57e6 }],
    ['There is a $12m mortgage on our Newark office, to be repaid. $48M please.', { target_amount: 48e6 }],
    [
      'We carry liens on several properties (Columbus, Dallas, Mesa). Exclude those. Raise $63M.',
      { target_amount: 63e6, exclude_mortgaged: true },
    ],
    ['Exclude the Tempe Office, which has a mortgage. Raise $52M.', { target_amount: 52e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  'a place that describes a deal or a scope turned down asks for nothing': [
    ['Would a Dallas-weighted package work? Raise $62M, no market above 45%.', { target_amount: 62e6, max_market_share: 0.45 }],
    ['Ohio alone would be too restrictive, so exclude only Phoenix. $53M.', { target_amount: 53e6, exclude_markets: ['Phoenix'] }],
    ['Could Georgia alone cover the whole raise? Probably not. Target $49M.', { target_amount: 49e6 }],
  ],
  'assets kept back as needed, sold separately or not to be considered': [
    ['The Tolleson DC is required for peak season. Raise $51M.', { target_amount: 51e6, exclude_asset_ids: ['PHX-01'] }],
    ['The Edison Warehouse is being offered separately. $49M.', { target_amount: 49e6, exclude_asset_ids: ['NWK-02'] }],
    ['The Tempe Office should not be considered. Raise $42M.', { target_amount: 42e6, exclude_asset_ids: ['PHX-03'] }],
    ['We will not consider Houston or Dallas for this. $66M.', { target_amount: 66e6, exclude_markets: ['Houston', 'Dallas'] }],
  ],
};

describeFamilies('reading places, types, named assets and mortgaged assets', FAMILIES);
