import { describe, expect, it } from 'vitest';
import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';
import { findCasesToCompare } from './cases-to-compare.js';

/**
 * A seventeenth round of wording families for places and types: the writer's own role and place as background, the
 * writer's own sites ruled out or asked for, buildings allowed to go, one building named by its town and "one" or by
 * the work done in it, types corrected or narrowed to one building, a phase for later, a peer's deal and a remark
 * marked as context, a table of places with their reasons, and the Census South. Every case states what it must read;
 * a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the writer\'s own role and place, as background ("Controller, Chicago.", "I\'m the FP&A manager for the Houston region")': [
    ['Treasurer, Phoenix. We need $70M from warehouses.', { target_amount: 70e6, asset_types: ['warehouse'] }],
    [
      'Hello, I am the finance director for the Columbus region. Raise $65M; no mortgaged sites.',
      { target_amount: 65e6, exclude_mortgaged: true },
    ],
    ['From the Newark controller: please raise $45M, keep leverage under 3.5x.', { target_amount: 45e6, max_net_leverage: 3.5 }],
    ['Raise $60M across the portfolio.\nKind regards,\nDana Whitfield | FP&A Lead | Houston, TX', { target_amount: 60e6 }],
    ['I work from the Newark office, but this is not a Newark question. Target $75M.', { target_amount: 75e6 }],
    // The places asked for after the introduction are read, and only those.
    ['Site controller covering Ohio. The group wants $55M from Columbus only.', { target_amount: 55e6, include_markets: ['Columbus'] }],
    ['Controller, Chicago. Raise $50M from Chicago and Columbus.', { target_amount: 50e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Sell $100M in Texas. Controller, Dallas.', { target_amount: 100e6, include_markets: ['Dallas', 'Houston'] }],
    ['Controller, please raise $50M from Dallas.', { target_amount: 50e6, include_markets: ['Dallas'] }],
    ['CFO, Dallas and Houston only: $50M.', { target_amount: 50e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'the writer\'s own sites ruled out or asked for ("I look after Georgia. Please don\'t sell my sites.")': [
    ['Finance manager here, I cover Arizona. Please exclude my sites. Need $90M.', { target_amount: 90e6, exclude_markets: ['Phoenix'] }],
    ["I'm responsible for Texas. Keep my buildings out. Raise $60M.", { target_amount: 60e6, exclude_markets: ['Dallas', 'Houston'] }],
    [
      'Treasury lead for Georgia and Ohio: sell only from my markets, $40M.',
      { target_amount: 40e6, include_markets: ['Atlanta', 'Columbus'] },
    ],
    ['Please keep my Ohio sites out entirely. Company needs $95M.', { target_amount: 95e6, exclude_markets: ['Columbus'] }],
  ],
  'buildings allowed to go, which add no filter ("my Edison warehouse can go")': [
    [
      'Raise $70M. My Fontana warehouse can go, our Tempe office can go, but keep the Chandler data center.',
      { target_amount: 70e6, exclude_asset_ids: ['PHX-02'] },
    ],
    ['The Groveport warehouse may go. $35M.', { target_amount: 35e6 }],
    // "only ... can be sold", or what may go when the rest stays, still asks for its list.
    [
      'The Dallas warehouses can go, the rest stays. $40M.',
      { target_amount: 40e6, asset_types: ['warehouse'], include_markets: ['Dallas'] },
    ],
    ['Only the labs and the stores can be sold. $30M.', { target_amount: 30e6, asset_types: ['lab', 'retail'] }],
  ],
  'one building named by its town and "one", or by the work done in it ("the building where we do the packaging")': [
    [
      'Plan $50M from DCs, but not the Ontario one.',
      { target_amount: 50e6, asset_types: ['distribution_center'], exclude_asset_ids: ['IE-01'] },
    ],
    [
      'Raise $60M from warehouses, but not the Fontana one in the Inland Empire.',
      { target_amount: 60e6, asset_types: ['warehouse'], exclude_asset_ids: ['IE-02'] },
    ],
    ["Don't sell the building where we do the cold storage in Houston. $55M.", { target_amount: 55e6, exclude_asset_ids: ['HOU-02'] }],
    ['Exclude the facility where they run the sortation in Newark. $45M.', { target_amount: 45e6, exclude_asset_ids: ['NWK-01'] }],
    // A type in a market is still that type and that market.
    ['Raise $60M from the warehouses in Houston.', { target_amount: 60e6, asset_types: ['warehouse'], include_markets: ['Houston'] }],
  ],
  'types corrected or narrowed to one building ("Actually make that offices only", "not the type, just the Las Colinas HQ")': [
    ['Raise $65M from labs and stores. Actually, make it stores only.', { target_amount: 65e6, asset_types: ['retail'] }],
    ['$45M from data centers. Change that to warehouses.', { target_amount: 45e6, asset_types: ['warehouse'] }],
    [
      'Plants off the table - not the whole category, only the Kearny Legacy Plant. $70M.',
      { target_amount: 70e6, exclude_asset_ids: ['NWK-03'] },
    ],
    // A correction that names no type leaves the types alone; a type ruled out with no narrowing is still ruled out.
    ['Raise $60M from offices. Make that a priority.', { target_amount: 60e6, asset_types: ['office'] }],
    ['Plants are off the table. $60M.', { target_amount: 60e6, asset_types: allTypesBut('manufacturing') }],
  ],
  'a phase for later, a peer\'s deal and a remark marked as context ("Phase 2: $100M from offices (later)")': [
    [
      'Tranche 1: $60M from DCs (now)\nTranche 2: $80M from stores (next year)',
      { target_amount: 60e6, asset_types: ['distribution_center'] },
    ],
    ['Comparable deal: Beta Corp sold $250M of data centers at a 5.8 cap.\nWe want $60M.', { target_amount: 60e6 }],
    ['"Buyers are paying up for Columbus warehouses" (just context). Raise $80M.', { target_amount: 80e6 }],
    ['We need $90M for the Chicago warehouse upgrade.', { target_amount: 90e6 }],
    // A phase with no mark for later is the ask.
    ['Phase 2: $100M from offices', { target_amount: 100e6, asset_types: ['office'] }],
  ],
  'a table of places with a reason each, and the Census South ("Market | Reason", "Southern markets only")': [
    [
      'Site | Reason\nPhoenix | heat risk\nColumbus | union talks\nTarget: $75M',
      { target_amount: 75e6, exclude_markets: ['Columbus', 'Phoenix'] },
    ],
    ['Raise $95M, Southern states only.', { target_amount: 95e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    ['$85M from Census South markets only.', { target_amount: 85e6, include_markets: ['Atlanta', 'Dallas', 'Houston'] }],
    // A table of places with figures is no list of reasons.
    ['Markets | Target\nDallas | $40M', { target_amount: 40e6, include_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading places and types (round 17)', FAMILIES);

describe('a case asked for "to compare" ("give me a no-Texas case to compare")', () => {
  const MARKETS = ['Atlanta', 'Chicago', 'Columbus', 'Dallas', 'Houston', 'Inland Empire', 'Newark', 'Phoenix'];
  const changes = (brief: string) => findCasesToCompare(brief, MARKETS).cases.map(({ words, change }) => [words, change]);

  it('reads the case, whose exclusion is not a filter of the base case', () => {
    expect(changes('$120M. Could you give me a no-Ohio case to compare?')).toEqual([
      ['no-Ohio', { variant: 'custom', label: 'No Ohio', overrides: { exclude_markets: ['Columbus'] } }],
    ]);
    expect(changes('Raise $90M; give me an ex-Chicago scenario for comparison.')).toEqual([
      ['ex-Chicago', { variant: 'custom', label: 'No Chicago', overrides: { exclude_markets: ['Chicago'] } }],
    ]);
  });

  it('asks for no case where nothing is asked to compare', () => {
    expect(changes('$80M. Give me a Texas-only view.')).toEqual([]);
    expect(changes('Raise $80M. Give me the Dallas numbers.')).toEqual([]);
  });
});
