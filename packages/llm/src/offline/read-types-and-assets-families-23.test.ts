import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-third round of wording families for asset types and the buildings ruled out: a type's word naming the
 * writer's department or job ("Plant controller.", "Logistics director.", "Ravi (logistics):"), the buildings the writer
 * runs, the people working in a type and the office a writer signs on from, which ask for no type; a cross-dock read
 * as a warehouse; buildings wished kept, named before the verb ("I want the Joliet Distribution Center kept"); and the sale kept off
 * what it names, or an exclusion added as a noun ("keep it off the Tempe Office", "add an exclusion for CHI-02").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a type\'s word naming the writer\'s department or job ("Plant controller.", "Logistics director.", "Ravi (logistics):")': [
    ['Plant controller here. Raise $65M and keep net leverage under 3.8x.', { target_amount: 65e6, max_net_leverage: 3.8 }],
    ['Logistics manager. Target $72M; leases of 14 years.', { target_amount: 72e6, economics: { lease_term_years: 14 } }],
    ['Quick note from the warehouse supervisors: we need $58M.', { target_amount: 58e6 }],
    ['Ravi (logistics): can we do $66M?', { target_amount: 66e6 }],
    ['Logistics again. Raise $61M.', { target_amount: 61e6 }],
    ['I run distribution for the Midwest. Raise $69M.', { target_amount: 69e6 }],
    ['Our retail coordinators asked for $57M. Tax 24%.', { target_amount: 57e6, economics: { tax_rate: 0.24 } }],
    ['We manage all our parts stores, so please keep net leverage under 3.9x. Raise $56M.', { target_amount: 56e6, max_net_leverage: 3.9 }],
    ['Our staff in plants and labs are anxious. Raise $54M.', { target_amount: 54e6 }],
    ['Priya from the Columbus office here. Raise $53M.', { target_amount: 53e6 }],
    ['Raise $52M; the core logistics operation must not be disrupted.', { target_amount: 52e6 }],
    // The department's buildings asked for in words of their own are still read.
    ['Logistics director. Distribution centers only. Raise $63M.', { target_amount: 63e6, asset_types: ['distribution_center'] }],
    ['Plant controller. No plants, please. Raise $64M.', { target_amount: 64e6, asset_types: allTypesBut('manufacturing') }],
    // A type's word before a noun that is no job, or a department word used as a label, stays a type.
    ['Logistics: DCs only. Raise $62M.', { target_amount: 62e6, asset_types: ['distribution_center'] }],
    [
      'We run distribution centers we no longer need; sell only those. Raise $59M.',
      { target_amount: 59e6, asset_types: ['distribution_center'] },
    ],
    // "lead times" is no job: the warehouses are asked for.
    ['Warehouse lead times are long, so sell only warehouses. Raise $51M.', { target_amount: 51e6, asset_types: ['warehouse'] }],
  ],
  'a cross-dock is a kind of warehouse ("warehouses and cross-docks only")': [
    ['Cross-docks only. Raise $49M.', { target_amount: 49e6, asset_types: ['warehouse'] }],
    ['Raise $48M from warehouses, cross-docks and parts stores.', { target_amount: 48e6, asset_types: ['warehouse', 'retail'] }],
    // Distribution centers are asked for by their own words.
    ['Raise $47M; sell only DCs and cross-docks.', { target_amount: 47e6, asset_types: ['distribution_center', 'warehouse'] }],
  ],
  'buildings wished kept, named before the verb ("I want the Joliet Distribution Center kept")': [
    [
      'I want the Joliet Distribution Center and the Edison Warehouse kept. Raise $74M.',
      { target_amount: 74e6, exclude_asset_ids: ['CHI-01', 'NWK-02'] },
    ],
    ["Raise $68M. We'd like the Mesa Parts Store left alone.", { target_amount: 68e6, exclude_asset_ids: ['PHX-04'] }],
    ['Raise $71M. I would prefer CHI-02 and COL-02 to be retained.', { target_amount: 71e6, exclude_asset_ids: ['CHI-02', 'COL-02'] }],
    // Kept in the sale is no exclusion.
    ["Raise $67M. We'd like the Tempe Office kept in scope.", { target_amount: 67e6 }],
  ],
  'the sale kept off what it names, or an exclusion added as a noun ("keep it off the Tempe Office", "add an exclusion for CHI-02")': [
    [
      'Target $76M. Keep it off the Tempe Office and the Cicero Main Plant.',
      { target_amount: 76e6, exclude_asset_ids: ['CHI-03', 'PHX-03'] },
    ],
    ['Raise $73M, and keep the sale away from Newark.', { target_amount: 73e6, exclude_markets: ['Newark'] }],
    ['Change request: add an exclusion for CHI-02; raise $78M.', { target_amount: 78e6, exclude_asset_ids: ['CHI-02'] }],
    // "keep it off" with nothing a brief names after it rules nothing out.
    ['Raise $77M and keep it off the front page.', { target_amount: 77e6 }],
  ],
};

describeFamilies('reading types and assets (families, round 23)', FAMILIES);
