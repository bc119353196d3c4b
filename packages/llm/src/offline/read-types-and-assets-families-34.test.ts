import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fourth round of wording families for asset types, assets and mortgages: a label of buildings held back
 * with a bracketed aside before its colon ("Sites to keep (not for sale):", "Keepers (do not sell):"), a settings key
 * for them ("sites_out:", "keep_out_ids:"), a scanned "exc1" before ids, or a label alone on its line with the ids
 * below it one to a line, each perhaps followed by its building's name; the type words that ask for no type (an office
 * that signs on after a greeting, the head office an ask comes from, a plant's HR manager); a wish that the reader not
 * touch buildings with a loan secured on them, with "also" in it; the writer's people wishing a building kept, its id
 * in brackets; and a building that stays, its reason in brackets. Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a label of buildings held back with a bracketed aside before its colon, or a settings key for them': [
    [
      'Assets to keep (ops decision): Fontana Warehouse, Tempe Office. Raise $84M.',
      { target_amount: 84e6, exclude_asset_ids: ['IE-02', 'PHX-03'] },
    ],
    ['Keepers (not negotiable): Joliet Distribution Center.\nRaise $84M', { target_amount: 84e6, exclude_asset_ids: ['CHI-01'] }],
    [
      'Buildings not for sale (per the COO): Mesa Parts Store, Edison Warehouse\nTarget $84M',
      { target_amount: 84e6, exclude_asset_ids: ['PHX-04', 'NWK-02'] },
    ],
    ['sites_out: ATL-02, DAL-04\ntarget: 84000000', { target_amount: 84e6, exclude_asset_ids: ['ATL-02', 'DAL-04'] }],
    ['target: 84000000\nkeep_out_ids: CHI-05, HOU-04', { target_amount: 84e6, exclude_asset_ids: ['CHI-05', 'HOU-04'] }],
    ['assets_out:\n  - COL-02\n  - PHX-03\ntarget: 84000000', { target_amount: 84e6, exclude_asset_ids: ['COL-02', 'PHX-03'] }],
    ["'target $84M'\n'exc1 DAL-03, IE-02'", { target_amount: 84e6, exclude_asset_ids: ['DAL-03', 'IE-02'] }],
    // A settings key that keeps buildings in rules nothing out.
    ['sites_in: ATL-02, DAL-04\ntarget: 84000000', { target_amount: 84e6 }],
  ],
  'a label alone on its line, the ids below it one to a line, each perhaps with its name': [
    ['Sites held back\nPHX-02\nCOL-03\nTarget: $72M', { target_amount: 72e6, exclude_asset_ids: ['PHX-02', 'COL-03'] }],
    [
      'Buildings to exclude (from the site survey):\nDAL-04  Plano Parts Counter\nNWK-05  Secaucus Parts Store\nTarget: $72M',
      { target_amount: 72e6, exclude_asset_ids: ['DAL-04', 'NWK-05'] },
    ],
    [
      'Properties to hold back:\n- HOU-02 Baytown Cold Storage Warehouse\n- ATL-01\nRaise $72M',
      { target_amount: 72e6, exclude_asset_ids: ['HOU-02', 'ATL-01'] },
    ],
    // A label alone on its line with no id below it rules nothing out.
    ['Sites held back\nnone this time\nTarget: $72M', { target_amount: 72e6 }],
  ],
  'type words that ask for no type: an office signing on after a greeting, the head office an ask comes from, a plant HR manager': [
    ['Hello, treasury office. We need $64M.', { target_amount: 64e6 }],
    ['Hi! Procurement office here. Target $64M.', { target_amount: 64e6 }],
    ['The request from head office is $64M.', { target_amount: 64e6 }],
    ['A memo from corporate office puts the target at $64M.', { target_amount: 64e6 }],
    ['Plant safety manager writing. Target: $64M.', { target_amount: 64e6 }],
    ['Warehouse HR lead. We need $64M.', { target_amount: 64e6 }],
    // The types themselves are still asked for in words of their own.
    ['Hi! Treasury office. $64M from offices only.', { target_amount: 64e6, asset_types: ['office'] }],
    ['The ask from head office: $64M, plants only.', { target_amount: 64e6, asset_types: ['manufacturing'] }],
  ],
  'a wish that the reader not touch buildings with a loan secured on them, "also" in it': [
    [
      'Raise $118M. We would also rather you did not sell anything with a loan secured against it.',
      { target_amount: 118e6, exclude_mortgaged: true },
    ],
    [
      "$118M. I'd just rather we didn't touch any site that has a bank loan secured on it.",
      { target_amount: 118e6, exclude_mortgaged: true },
    ],
    ["$118M. I'd also rather we didn't use buildings carrying a mortgage.", { target_amount: 118e6, exclude_mortgaged: true }],
    // A wish about something else, the mortgage only mentioned, rules nothing out.
    ["$118M. I'd also rather we didn't refinance the mortgage this year.", { target_amount: 118e6 }],
  ],
  "the writer's people wishing a building kept, its id in brackets; a building that stays, its reason in brackets": [
    ['My team would like the Fontana Warehouse (IE-02) kept. Raise $99M.', { target_amount: 99e6, exclude_asset_ids: ['IE-02'] }],
    ['Our site leads want the Kearny Legacy Plant (NWK-03) kept. $99M please.', { target_amount: 99e6, exclude_asset_ids: ['NWK-03'] }],
    [
      'Raise $99M; the Tempe Office stays (our engineers sit there), and keep rent under $6M a year.',
      { target_amount: 99e6, exclude_asset_ids: ['PHX-03'], max_rent_added: 6e6 },
    ],
    ['$99M. The Chandler Data Center stays (it hosts our core systems).', { target_amount: 99e6, exclude_asset_ids: ['PHX-02'] }],
    // Buyers wishing for a building keep nothing.
    ['$99M. Buyers want the Chandler Data Center (PHX-02) badly.', { target_amount: 99e6 }],
  ],
};

describeFamilies('types and assets: families, round 34', FAMILIES);
