import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-sixth round of wording families for asset types, assets and mortgages: encumbered assets named with a
 * gloss in brackets and ruled out ("Secured assets (those carrying a mortgage) are excluded", "Encumbered (mortgaged)
 * assets excluded"); a chat's question about them, its speakers written with time stamps or in angle brackets,
 * answered by ruling them out; "keep it" with the state the sale is kept in ("keep it mortgage-free"), which keeps no
 * building; a job title with a type word ("Manufacturing VP.", "Plant lead, Newark.") and a sender's handle
 * ("cfo-office"), which say who writes; and type words in remarks that ask for no type: a building's move or refit,
 * what stands next door to one, the people who depend on the buildings, and why the writer was copied in; and the
 * types an earlier round took ("The warehouses went in the 2022 round", "the 2024 program (offices, $52M) closed"). Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'encumbered assets named with a gloss in brackets, then ruled out': [
    ['Pledged assets (the ones with a lien on them) are excluded. Raise $88M.', { target_amount: 88e6, exclude_mortgaged: true }],
    ['Target $88M. Secured properties (i.e. mortgaged) are off the table.', { target_amount: 88e6, exclude_mortgaged: true }],
    ['Mortgaged (encumbered) buildings excluded from the sale. $88M.', { target_amount: 88e6, exclude_mortgaged: true }],
    ['$88M; collateralized sites (carrying bank debt) are out.', { target_amount: 88e6, exclude_mortgaged: true }],
    // "Secured" with a gloss that names no mortgage may mean guarded; and a glossed class kept in rules nothing out.
    ['Secured sites (the fenced yards) are excluded from the tour. Raise $88M.', { target_amount: 88e6 }],
    ['Encumbered (mortgaged) assets are included this time. $88M.', { target_amount: 88e6 }],
  ],
  'a chat asking about encumbered assets, with stamped or bracketed speakers, answered by ruling them out': [
    [
      '[14:02] <ana> target $61M\n[14:03] <ben> encumbered sites?\n[14:03] <ana> leave them out',
      { target_amount: 61e6, exclude_mortgaged: true },
    ],
    ['<ana> $61M\n<ben> pledged buildings?\n<ana> skip them', { target_amount: 61e6, exclude_mortgaged: true }],
    ['[2:10 pm] ana.k: raise $61M\n[2:11 pm] ben: mortgaged ones?\n[2:12 pm] ana.k: out', { target_amount: 61e6, exclude_mortgaged: true }],
    // An answer that keeps them, or says nothing of them, rules nothing out.
    ['[14:02] <ana> target $61M\n[14:03] <ben> mortgaged assets?\n[14:03] <ana> keep them in', { target_amount: 61e6 }],
    ['<ana> $61M\n<ben> encumbered sites?\n<ana> let me check with legal', { target_amount: 61e6 }],
  ],
  '"keep it" with the state the sale is kept in keeps no building': [
    ['Warehouses only, $47M. Keep it mortgage-free.', { target_amount: 47e6, asset_types: ['warehouse'], exclude_mortgaged: true }],
    ['Sell the labs only for $47M, and keep it debt-free.', { target_amount: 47e6, asset_types: ['lab'], exclude_mortgaged: true }],
    ['$47M from offices only; keep it tax-neutral.', { target_amount: 47e6, asset_types: ['office'] }],
    [
      'Only sell the DCs, $47M, and keep it lien-free.',
      { target_amount: 47e6, asset_types: ['distribution_center'], exclude_mortgaged: true },
    ],
    ['Plants only, $47M, keep it unencumbered.', { target_amount: 47e6, asset_types: ['manufacturing'], exclude_mortgaged: true }],
    // A building kept is still kept.
    ['Raise $47M. The Tempe Office? Keep it.', { target_amount: 47e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  'a job title with a type word, or a sender handle, says who writes': [
    ['Warehouse director. We need $73M, leaseability at least 0.6.', { target_amount: 73e6, min_leaseability: 0.6 }],
    ['Lab manager here. Raise $73M.', { target_amount: 73e6 }],
    ['VP Manufacturing: $73M, please, with criticality at most 0.6.', { target_amount: 73e6, max_criticality: 0.6 }],
    ['Retail ops, Dallas. $73M.', { target_amount: 73e6 }],
    ['Store manager, Tempe. We need $73M.', { target_amount: 73e6 }],
    ['{"sender": "treasury-office", "amount": "USD 73 million"}', { target_amount: 73e6 }],
    // The types asked for in words of their own are still read.
    ['Plant lead. Raise $73M from warehouses only.', { target_amount: 73e6, asset_types: ['warehouse'] }],
    ['Plants only, $73M.', { target_amount: 73e6, asset_types: ['manufacturing'] }],
  ],
  'type words in remarks: building works, a neighbour, the people who depend on them, why the writer is copied': [
    ['Raise $56M. The office move to Tempe has slipped to spring.', { target_amount: 56e6 }],
    ['$56M. Note the plant refit runs through Q3.', { target_amount: 56e6 }],
    ["Target $56M; the board won't have a buyer right next to our headquarters.", { target_amount: 56e6 }],
    ['Raise $56M. Hundreds of families rely on our warehouses, so be thoughtful.', { target_amount: 56e6 }],
    ["Cc'd because of the labs; nothing from me. Target $56M.", { target_amount: 56e6 }],
    ['$56M. The buyer wants a site across the street from our plant.', { target_amount: 56e6 }],
    // A type asked for beside such a remark is still read.
    ['Raise $56M from the stores only; the office move is separate.', { target_amount: 56e6, asset_types: ['retail'] }],
    ['Exclude the data centers. $56M.', { target_amount: 56e6, asset_types: allTypesBut('data_center') }],
  ],
  'types in what an earlier round took ask for nothing now': [
    ['Plants only, $64M. The labs were sold in the previous deal.', { target_amount: 64e6, asset_types: ['manufacturing'] }],
    ["Raise $64M. Our stores already went in last year's program.", { target_amount: 64e6 }],
    ['Target $64M. For context, the 2023 round (two offices, $40M) completed in March.', { target_amount: 64e6 }],
    ['$64M please. A few years ago we sold three warehouses in Ohio for 30m.', { target_amount: 64e6 }],
    // This round's types are still read, beside the history or without it.
    ['Raise $64M from the offices; the warehouses went in 2021.', { target_amount: 64e6, asset_types: ['office'] }],
    [
      'Target $64M. Back in 2020 we sold the labs, but this time sell plants only.',
      { target_amount: 64e6, asset_types: ['manufacturing'] },
    ],
    ['Raise $64M. The warehouses are in scope.', { target_amount: 64e6, asset_types: ['warehouse'] }],
  ],
};

describeFamilies('types and assets: families, round 36', FAMILIES);
