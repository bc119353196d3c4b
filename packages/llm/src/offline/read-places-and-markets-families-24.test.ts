import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fourth round of wording families for markets, states and regions: a brief that opens with a place and the
 * word of its team as a sentence of its own ("Houston region.", "Ohio region here.", "Chicago site team here."), which
 * says who writes, not where to sell. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a brief opening with a place and its team ("Houston region.", "Ohio region here.", "Chicago site team here.")': [
    ['Houston region. We need $42M from the warehouses.', { target_amount: 42e6, asset_types: ['warehouse'] }],
    ['Ohio region here. Please raise $36M.', { target_amount: 36e6 }],
    ['Chicago site team here. Raise $28M, greedy is fine.', { target_amount: 28e6, strategy: 'greedy' }],
    ['Phoenix office\nTarget $44M', { target_amount: 44e6 }],
    // A place asked for after the opening is still read, and an opening that asks ("only") is no introduction.
    ['Newark region. Raise $30M, Dallas only.', { target_amount: 30e6, include_markets: ['Dallas'] }],
    ['Houston region only. Raise $33M.', { target_amount: 33e6, include_markets: ['Houston'] }],
    ['Chicago region excluded. Raise $27M.', { target_amount: 27e6, exclude_markets: ['Chicago'] }],
  ],
};

describeFamilies('reading markets, states and regions (families, round 24)', FAMILIES);
