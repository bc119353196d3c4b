import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A fortieth round of wording families for asset types, assets and mortgages: the writer's own building kept by a
 * first-person order ("I run the ... so please don't put my site on the list", "... site lead here ... I'd keep it");
 * a building where people work kept by "that building" or "it" after it; types ruled out by "none of the ..." and
 * "nothing that's a ... or a ..."; type words that ask for nothing (one building per region, a tenant of a type, the
 * markets a type stands in, what a place ruled out holds, a system a building runs, a kind likened to the writer's
 * own); numbered lists under a heading that rules out; a label narrowed to the places before it; an id scanned with
 * a letter for a digit; a pasted table marking rows excluded; "anything else that carries a mortgage"; and a chat's
 * "include mortgaged?" answered no. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "the writer's own building, kept by a first-person order": [
    [
      "I run the Elk Grove Village Warehouse, so please don't put my site on the list. Target $52M.",
      { target_amount: 52e6, exclude_asset_ids: ['CHI-02'] },
    ],
    [
      'Fontana warehouse supervisor here - keep us out, the peak season depends on us. Target $52M.',
      { target_amount: 52e6, exclude_asset_ids: ['IE-02'] },
    ],
    [
      "Tolleson DC site lead here. We just re-racked the whole building and I'd keep it. Target $52M.",
      { target_amount: 52e6, exclude_asset_ids: ['PHX-01'] },
    ],
    [
      "Dublin lab manager here. Word is the lab could be sold; I'm asking that it isn't. Target $52M.",
      { target_amount: 52e6, exclude_asset_ids: ['COL-03'] },
    ],
    // The writer's building with no order to keep it, or "it" standing for the program, asks for nothing.
    ['I manage the Groveport warehouse. Target $52M, and keep it simple.', { target_amount: 52e6 }],
    ['I manage the Marietta parts store; stores like mine can go, no objection. Target $52M.', { target_amount: 52e6 }],
  ],
  'a building where people work, kept by "that building" or "it" after it': [
    [
      'Our finance team sits in the Tempe office, so keep that building out of it. Raise $66M.',
      { target_amount: 66e6, exclude_asset_ids: ['PHX-03'] },
    ],
    [
      "We're relocating the Newark staff into the Newark Regional Office, so that building has to stay. Raise $66M.",
      { target_amount: 66e6, exclude_asset_ids: ['NWK-04'] },
    ],
    [
      'About 120 people work at the Houston Regional Office. Leave it out. Raise $66M.',
      { target_amount: 66e6, exclude_asset_ids: ['HOU-04'] },
    ],
    // The writer's workplace named by its market stays background.
    ["I'm based at the Chicago office. Raise $66M.", { target_amount: 66e6 }],
  ],
  'types ruled out by "none of the ..." and "nothing that\'s a ... or a ..."': [
    [
      'Raise $74M. None of the labs, though.',
      { target_amount: 74e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
    [
      "Raise $74M and nothing that's a warehouse or a data center.",
      { target_amount: 74e6, asset_types: ['distribution_center', 'manufacturing', 'office', 'retail', 'lab'] },
    ],
    // "None of the markets" before a cap rules nothing out.
    ['Raise $74M. None of the markets should exceed 30%.', { target_amount: 74e6 }],
  ],
  'type words that ask for nothing': [
    [
      'We run one warehouse per market, all of them busy. So: no warehouses. Raise $74M.',
      { target_amount: 74e6, asset_types: ['distribution_center', 'manufacturing', 'office', 'retail', 'data_center', 'lab'] },
    ],
    ['We run one warehouse per market. Raise $74M.', { target_amount: 74e6 }],
    ['Raise $74M from buildings a logistics tenant would take on day one.', { target_amount: 74e6 }],
    [
      'Exclude Columbus and Atlanta - our two warehouse markets. Target $74M.',
      { target_amount: 74e6, exclude_markets: ['Atlanta', 'Columbus'] },
    ],
    ['Please keep Newark out (two plants, a DC). Target $74M.', { target_amount: 74e6, exclude_markets: ['Newark'] }],
    ['The Carrollton data center runs on plant automation kit; sell it anyway. Target $74M.', { target_amount: 74e6 }],
    [
      "Leave out the Ontario DC; it runs on warehouse software we're replacing. Target $74M.",
      { target_amount: 74e6, exclude_asset_ids: ['IE-01'] },
    ],
  ],
  'numbered lists under a heading that rules out': [
    [
      'Keep-out list:\n1. Schaumburg Office\n2. Naperville Parts Store\nTarget $88M.',
      { target_amount: 88e6, exclude_asset_ids: ['CHI-04', 'CHI-05'] },
    ],
    ['Do-not-sell:\n1) HOU-03\n2) DAL-05\nTarget $88M.', { target_amount: 88e6, exclude_asset_ids: ['DAL-05', 'HOU-03'] }],
  ],
  'a label narrowed to the places before it, and ids scanned with a letter for a digit': [
    [
      'In scope: Dallas and Houston.\nExcluded from those: the Pasadena Packaging Plant.\nTarget $88M.',
      { target_amount: 88e6, include_markets: ['Dallas', 'Houston'], exclude_asset_ids: ['HOU-03'] },
    ],
    ['Please exclude CHI-O4 and raise $88M.', { target_amount: 88e6, exclude_asset_ids: ['CHI-04'] }],
    ['Exclude DAL-0l. Target $88M.', { target_amount: 88e6, exclude_asset_ids: ['DAL-01'] }],
  ],
  'a pasted table marking rows excluded': [
    [
      'type,excluded\nwarehouse,yes\noffice,no\nlab,yes\nRaise $93M.',
      { target_amount: 93e6, asset_types: ['distribution_center', 'manufacturing', 'office', 'retail', 'data_center'] },
    ],
    ['market|exclude\nColumbus|y\nAtlanta|n\nRaise $93M.', { target_amount: 93e6, exclude_markets: ['Columbus'] }],
  ],
  'mortgaged buildings as "everything else" with a mortgage, and a chat\'s include question answered no': [
    [
      'Please leave out the Cicero plant and everything else that has a mortgage. $93M.',
      { target_amount: 93e6, exclude_asset_ids: ['CHI-03'], exclude_mortgaged: true },
    ],
    ['Ana 09:01: target is 93\nBen 09:02: include the encumbered sites?\nAna 09:03: no', { target_amount: 93e6, exclude_mortgaged: true }],
    ['Ana: target is 93\nBen: should we exclude mortgaged?\nAna: yes, leave them out', { target_amount: 93e6, exclude_mortgaged: true }],
    // Asked whether to include them and answered yes: they stay in.
    ['Ana: target is 93\nBen: include mortgaged?\nAna: yes', { target_amount: 93e6 }],
  ],
};

describeFamilies(
  'brief reader: own buildings kept, types by "none of", type words asking nothing, numbered and pasted exclusions',
  FAMILIES,
);
