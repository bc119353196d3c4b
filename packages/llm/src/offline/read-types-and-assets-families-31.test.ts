import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-first round of wording families for asset types, assets and mortgages: a building called "a keeper" or
 * said to be "not part of it" is ruled out; a refusal put as a wish ("I'd rather you didn't sell the Tempe Office")
 * rules out what follows; mortgaged buildings set aside ("leave anything mortgaged aside"), refused softly ("we
 * shouldn't sell anything with a lien on it") or asked about in a chat and answered "leave them all out"; a type word in
 * the singular that stands for one building ("the plant's permit", "our warehouse is at capacity", "it is the plant",
 * "sold a store") asks for no type; a form's "Keep (do not sell)" row rules its buildings out; a pronoun kept out with
 * towns in brackets ("leave them (Pasadena and Kearny) alone") rules out the buildings of the type named before in
 * those towns; and a question about what is off limits answered "just ..." or "only ..." asks for the list. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a building called "a keeper" is ruled out': [
    ['Raise $70M. The Joliet Distribution Center is a keeper.', { target_amount: 70e6, exclude_asset_ids: ['CHI-01'] }],
    ['Raise $70M. The Tempe Office is a keeper, whatever its score.', { target_amount: 70e6, exclude_asset_ids: ['PHX-03'] }],
    ['Raise $70M. Honestly the Baytown warehouse is a keeper for us.', { target_amount: 70e6, exclude_asset_ids: ['HOU-02'] }],
    // A keeper's possession is not a verdict on the building.
    ["Raise $70M. Keep in mind the Tempe Office is a keeper's dream.", { target_amount: 70e6 }],
  ],
  'a building "not part of it" is ruled out': [
    ['Raise $70M. The Edison Warehouse is not part of it.', { target_amount: 70e6, exclude_asset_ids: ['NWK-02'] }],
    [
      'We need $64M. Please check the McDonough Warehouse is not part of this under any scenario.',
      { target_amount: 64e6, exclude_asset_ids: ['ATL-02'] },
    ],
    // "not part of this year's plan" says when, not that the building stays.
    ["We need $64M. The Schaumburg Office is not part of this year's plan, but sell it if needed.", { target_amount: 64e6 }],
  ],
  'a refusal put as a wish ("I\'d rather you didn\'t sell ...")': [
    ["Raise $55M. I'd rather you didn't sell the Tempe Office.", { target_amount: 55e6, exclude_asset_ids: ['PHX-03'] }],
    ['Raise $55M. We would rather you not touch anything in Ohio.', { target_amount: 55e6, exclude_markets: ['Columbus'] }],
    // A wish about something other than a sale rules nothing out.
    ["Raise $55M. I'd rather you didn't wait for the audit.", { target_amount: 55e6 }],
  ],
  'mortgaged buildings set aside, refused softly, or ruled out in a chat\'s answer ("leave them all out")': [
    ['Raise $72M and leave everything encumbered aside.', { target_amount: 72e6, exclude_mortgaged: true }],
    ['Target $58M. Put anything mortgaged to one side for now.', { target_amount: 58e6, exclude_mortgaged: true }],
    ["Raise $60M. We shouldn't sell anything with a lien on it.", { target_amount: 60e6, exclude_mortgaged: true }],
    ["Raise $60M. I'd rather you didn't touch any building that's mortgaged.", { target_amount: 60e6, exclude_mortgaged: true }],
    [
      'Ana 9:14 AM: encumbered sites?\nRui 9:15 AM: keep them all out\nAna 9:16 AM: and the ask?\nRui 9:16 AM: $81M',
      { target_amount: 81e6, exclude_mortgaged: true },
    ],
    ['Lee: mortgaged stuff?\nMo: drop all of them\nLee: target?\nMo: 64M', { target_amount: 64e6, exclude_mortgaged: true }],
    // No mortgage named, an answer that keeps them in, and a thought for later rule nothing out.
    ["Raise $60M. We shouldn't sell anything in a hurry.", { target_amount: 60e6 }],
    ['Ana: mortgaged assets?\nRui: leave them in\nAna: ask?\nRui: $81M', { target_amount: 81e6 }],
    ['Raise $72M; we may leave anything mortgaged aside later.', { target_amount: 72e6 }],
  ],
  'a singular type word that stands for one building ("the plant\'s permit", "our warehouse is at capacity")': [
    ["Raise $62M. Skip Phoenix; the plant's permit renewal is pending there.", { target_amount: 62e6, exclude_markets: ['Phoenix'] }],
    ['Site lead, Joliet. Our warehouse is at capacity this quarter. The ask is $57M.', { target_amount: 57e6 }],
    [
      "Don't sell the Kearny Legacy Plant - it is the plant that feeds our stores. $90M.",
      { target_amount: 90e6, exclude_asset_ids: ['NWK-03'] },
    ],
    ['Target $75M, exact search. The last run sold a store we later regretted.', { target_amount: 75e6, strategy: 'exact' }],
    // The plural, and a singular that asks, still ask for the type.
    ['Raise $66M from offices only.', { target_amount: 66e6, asset_types: ['office'] }],
    ['Raise $59M, one warehouse at most.', { target_amount: 59e6, asset_types: ['warehouse'] }],
    ['Raise $66M from our stores; they are small, which suits buyers.', { target_amount: 66e6, asset_types: ['retail'] }],
    // An apostrophe that writes a plural of shorthand: "DC's only".
    ["Raise $140M, DC's only.", { target_amount: 140e6, asset_types: ['distribution_center'] }],
  ],
  'a form\'s "Keep (do not sell)" row or label rules its buildings out': [
    [
      '| Item | Value |\n|---|---|\n| Ask | $73M |\n| Retain (do not sell) | Edison Warehouse |',
      { target_amount: 73e6, exclude_asset_ids: ['NWK-02'] },
    ],
    ["Ask: $73M\nHold (don't sell): Tempe Office, Mesa Parts Store", { target_amount: 73e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] }],
    [
      '| Field | Value |\n|---|---|\n| Target | $64M |\n| Keep (do not sell) | Groveport Warehouse |',
      { target_amount: 64e6, exclude_asset_ids: ['COL-02'] },
    ],
  ],
  'a pronoun kept out with towns in brackets ("leave them (Pasadena and Kearny) alone")': [
    [
      'We run two plants that matter to us. Leave them (Pasadena and Kearny) alone. Target $77M.',
      { target_amount: 77e6, exclude_asset_ids: ['HOU-03', 'NWK-03'] },
    ],
    [
      'Our two data centres run the systems. Please leave both of them (Carrollton, Chandler) out of it. $88M.',
      { target_amount: 88e6, exclude_asset_ids: ['DAL-05', 'PHX-02'] },
    ],
    // With no type named before, the towns name no building.
    ['Raise $60M. Keep them (Tempe and Mesa) out of this.', { target_amount: 60e6 }],
  ],
  'a question about what is off limits answered "just ..." or "only ..."': [
    [
      'Sam: any markets off limits?\nJo: only Chicago and Columbus are in\nSam: amount?\nJo: $83M',
      { target_amount: 83e6, include_markets: ['Chicago', 'Columbus'] },
    ],
    ['Q: what is excluded?\nA: just warehouses in scope. Raise $40M.', { target_amount: 40e6, asset_types: ['warehouse'] }],
    // An answer that names what is out, alone or with why, still rules it out.
    ['Lee: any markets to leave out?\nKim: just Phoenix.\nLee: ask?\nKim: $58M', { target_amount: 58e6, exclude_markets: ['Phoenix'] }],
    [
      'Sam: any markets off limits?\nJo: just Chicago, it is overbuilt\nSam: amount?\nJo: $83M',
      { target_amount: 83e6, exclude_markets: ['Chicago'] },
    ],
  ],
};

describeFamilies('types and assets: families, round 31', FAMILIES);
