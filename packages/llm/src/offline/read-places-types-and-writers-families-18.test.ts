import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighteenth round of wording families for places, types and the writer: a type asked as a question, answered
 * "no" and replaced; a type word that names a department, an event or the writer's own building rather than a
 * filter; the writer's place given as background (whom they write for, where they sit, where they write from, where
 * a meeting was held); and places ruled out or asked for in plain words (the ones in a place, a region kept out of
 * it, a region joined to another). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a type asked as a question, answered "no" and replaced ("labs? no, too critical. Just offices")': [
    ['Raise $60M. Retail included? nope - only offices.', { target_amount: 60e6, asset_types: ['office'] }],
    ['Target $85M. From the plants? maybe not, make it labs only.', { target_amount: 85e6, asset_types: ['lab'] }],
    ['Raise $70M. Offices excluded? no wait, just stores and labs only.', { target_amount: 70e6, asset_types: ['lab', 'retail'] }],
    // A question answered "yes" still rules the type out.
    ['Raise $70M. Are the offices excluded? Yes.', { target_amount: 70e6, asset_types: allTypesBut('office') }],
    // A "no" that answers something else ("No amount yet") takes nothing back.
    ['What could we raise from labs only? No amount yet, just capacity.', { asset_types: ['lab'] }],
  ],
  'a type word that names a department, an event or the writer\'s own building ("Office of the CFO", "the HQ move")': [
    ['From the Office of the Treasurer: please raise $90M.', { target_amount: 90e6 }],
    ['Raise $80M; leave Phoenix out, the office move is not finished.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
    [
      'Site lead at Joliet here. We need $70M; please keep my DC (Joliet Distribution Center) out of it.',
      { target_amount: 70e6, exclude_asset_ids: ['CHI-01'] },
    ],
    // A type asked for outright is read.
    ['Raise $80M from the offices; the move to Plano is done.', { target_amount: 80e6, asset_types: ['office'] }],
  ],
  'the writer\'s place as background ("writing on behalf of the Houston sites", "from Claire in Chicago")': [
    ['Ops director from Mesa, speaking for the Phoenix sites. We need $65M.', { target_amount: 65e6 }],
    ["I'm based in Columbus, but the ask is portfolio-wide: $90M.", { target_amount: 90e6 }],
    ['Hello, from Priya at Newark: target $55M with 20-year leases.', { target_amount: 55e6, economics: { lease_term_years: 20 } }],
    ['After the board offsite in Atlanta, we settled on $120M.', { target_amount: 120e6 }],
    // A place the sale is asked from is read.
    ['Hi — from Claire. Raise $120M from Chicago only.', { target_amount: 120e6, include_markets: ['Chicago'] }],
  ],
  'places ruled out or asked for in plain words ("not the ones in Phoenix", "keep the Midwest out of it")': [
    ['Warehouses only, $80M, except the ones in Dallas.', { target_amount: 80e6, asset_types: ['warehouse'], exclude_markets: ['Dallas'] }],
    ['Raise $95M and leave the Midwest out of it.', { target_amount: 95e6, exclude_markets: ['Chicago', 'Columbus'] }],
    ['Could we raise $70M from Newark and the Midwest?', { target_amount: 70e6, include_markets: ['Chicago', 'Columbus', 'Newark'] }],
    // A region after a sender's name is joined to no place.
    ['Note from Dana, and the Midwest team agrees: raise $40M.', { target_amount: 40e6 }],
    // A region asked for alone is read as before.
    ['$70M from the Midwest.', { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'] }],
  ],
};

describeFamilies('reading places, types and the writer (round 18)', FAMILIES);
