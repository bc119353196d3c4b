import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-ninth round of wording families for asset types, assets and mortgages: type words that ask for no type (a
 * list or a market they qualify, a sale said to do harm, how a type re-lets, the workplace of people named, what the
 * company held in its early days, a department the writer is in charge of, a team signing off, a one-type limit asked
 * about and refused); mortgaged buildings ruled out by the debt still owed on them, in the case a "what if" asks to
 * see, after an order with a gloss in brackets, on a scanned page whose double l came out as ones, and by a chat's
 * "in or out?" answered "out"; buildings said to be untouchable; one more building joined after an exclusion's
 * particle; and a town ruled out alone that names a building named by it before. Every case states what it must read;
 * a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a type word qualifying a list or a market in a state': [
    ['Going through the warehouse schedule you sent: we need $38M.', { target_amount: 38e6 }],
    ['Raise $38M. The office sector is soft right now, so expect wide cap rates.', { target_amount: 38e6 }],
    // The type asked for in words of its own is still read.
    ['Raise $38M from warehouses only; the lab market is thin.', { target_amount: 38e6, asset_types: ['warehouse'] }],
    [
      'Raise $38M. Exclude the office market.',
      { target_amount: 38e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'retail', 'data_center', 'lab'] },
    ],
  ],
  'a sale of a type said to do harm': [
    ['Raise $44M from data centers; losing the labs would upset the scientists.', { target_amount: 44e6, asset_types: ['data_center'] }],
    ['Target $44M. Selling the plants is a political headache.', { target_amount: 44e6 }],
    // A sale of the type asked for, with no harm said of it, is still read.
    ['Target $44M. Selling the plants is the plan.', { target_amount: 44e6, asset_types: ['manufacturing'] }],
  ],
  'how a type re-lets, given as a reason': [
    ['Target $51M. Labs are hard to re-let, so keep leaseability at 0.6 or more.', { target_amount: 51e6, min_leaseability: 0.6 }],
    ["Target $51M. Plain boxes find new tenants; labs don't.", { target_amount: 51e6 }],
    // A type asked for beside the remark is still read.
    ['Target $51M from plants only, whatever the re-let risk.', { target_amount: 51e6, asset_types: ['manufacturing'] }],
  ],
  'a type word standing for the workplace of people named before it': [
    [
      'Staff at the Tempe Office were told their office is staying, so do not sell it. Raise $47M.',
      { target_amount: 47e6, exclude_asset_ids: ['PHX-03'] },
    ],
    ['Our scientists love their lab, but sell it anyway. Raise $47M.', { target_amount: 47e6 }],
  ],
  'what the company held in its early days': [
    ['Back in 1994 we owned a single plant in Houston. Now we need $66M.', { target_amount: 66e6 }],
    ['When my father founded the firm, we only had two stores. Target $66M.', { target_amount: 66e6 }],
    // This round's own words after a turn to the present are read.
    ['In 1994 we had one plant, but today sell only warehouses. Target $66M.', { target_amount: 66e6, asset_types: ['warehouse'] }],
  ],
  'a department the writer is in charge of, or a team signing off': [
    ["I'm responsible for manufacturing. Raise $53M.", { target_amount: 53e6 }],
    ['I head up logistics. Raise $53M.', { target_amount: 53e6 }],
    ['Raise $53M, FCCR 1.5x min.\nRegards, Atlanta plant team', { target_amount: 53e6, min_fixed_charge_coverage: 1.5 }],
    // Buildings named after the department word are asked for.
    ["I'm in charge of distribution centers. Raise $53M from them only.", { target_amount: 53e6, asset_types: ['distribution_center'] }],
  ],
  'a one-type limit asked about and refused': [
    ['Target $62M. Just labs? Nope, any kind.', { target_amount: 62e6 }],
    ['Target $62M. Offices only then? No, all types are fine.', { target_amount: 62e6 }],
    // A limit asked about and answered yes is a limit.
    ['Target $62M. Offices only? Yes.', { target_amount: 62e6, asset_types: ['office'] }],
  ],
  'mortgaged buildings named by the debt still owed on them': [
    ['Target $39M. Skip any site we owe money on.', { target_amount: 39e6, exclude_mortgaged: true }],
    ['Raise $39M, and we must not sell anything the company still owes its lenders on.', { target_amount: 39e6, exclude_mortgaged: true }],
    // A refusal before the verb that lets the class go rules nothing out.
    ["Raise $39M; don't skip anything we owe a bank on.", { target_amount: 39e6 }],
  ],
  'mortgaged buildings left out in the case a "what if" asks to see': [
    [
      'What would $70M look like if we held leverage at 3.2x and dropped the encumbered sites?',
      { target_amount: 70e6, max_net_leverage: 3.2, exclude_mortgaged: true },
    ],
    // History told with "had" is no case asked for.
    ['Target $70M. If we had dropped the encumbered sites back then, the deal would have closed.', { target_amount: 70e6 }],
  ],
  'the encumbered class after its order, with a gloss between adjective and noun, and double ells scanned as ones': [
    ['Target $48M.\nExcluding: any mortgaged (encumbered) properties', { target_amount: 48e6, exclude_mortgaged: true }],
    ['Target $48M.\nExc1ude: a11 mortgaged (i.e. liened) buildings', { target_amount: 48e6, exclude_mortgaged: true }],
    // The class glossed without an order ruling it out is no ruling.
    ['Target $48M.\nNote: all encumbered (mortgaged) sites need lender consent', { target_amount: 48e6 }],
  ],
  'a chat question whether mortgaged buildings are in or out, answered out': [
    ['Mia: ask is $57M\nMia: encumbered - in or out?\nTom: out, please', { target_amount: 57e6, exclude_mortgaged: true }],
    [
      'Apr 2, 09:14 Mia: ask is $57M\nApr 2, 09:15 Mia: mortgaged ones in or out?\nApr 2, 09:16 Tom: out',
      { target_amount: 57e6, exclude_mortgaged: true },
    ],
  ],
  'buildings said to be untouchable': [
    ['Raise $61M. The Chandler Data Center is untouchable.', { target_amount: 61e6, exclude_asset_ids: ['PHX-02'] }],
    [
      'Raise $61M; I hear the Tempe Office and the Mesa Parts Store are untouchable.',
      { target_amount: 61e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] },
    ],
  ],
  "one more building joined after an exclusion's particle": [
    [
      'Raise $42M. Keep the Cicero Main Plant out, and the Kearny Legacy Plant.',
      { target_amount: 42e6, exclude_asset_ids: ['CHI-03', 'NWK-03'] },
    ],
    [
      'Raise $42M. Hold the Fontana Warehouse back, plus the Riverside Cross-Dock.',
      { target_amount: 42e6, exclude_asset_ids: ['IE-02', 'IE-03'] },
    ],
    // A clause with a verb of its own after the building keeps it in.
    [
      'Raise $42M. Keep the Cicero Main Plant out, and the Kearny Legacy Plant can go.',
      { target_amount: 42e6, exclude_asset_ids: ['CHI-03'] },
    ],
  ],
  'a town ruled out alone that names a building named by it before': [
    ['The Ontario Automated DC has tenant issues. Target $58M. Exclude Ontario.', { target_amount: 58e6, exclude_asset_ids: ['IE-01'] }],
    // A town no building was named by before stays a place, and a market by its own name stays a market.
    ['Target $58M. Exclude Ontario.', { target_amount: 58e6, exclude_markets: ['Inland Empire'] }],
    ['The Columbus Parts Store is small. Target $58M. Exclude Columbus.', { target_amount: 58e6, exclude_markets: ['Columbus'] }],
  ],
};

describeFamilies('brief reader: type words asking nothing, mortgages by debt owed and in chat, untouchable and joined buildings', FAMILIES);
