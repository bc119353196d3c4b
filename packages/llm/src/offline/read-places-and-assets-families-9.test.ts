import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places, asset types and assets, most of them from operations notes and board papers:
 * a ruling on encumbered assets reported in the past tense ("Treasury has excluded anything carrying a mortgage").
 * Each family has cases where its rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a ruling reported in the past tense whose object is the encumbered assets rules them out': [
    ['Target $90M. Treasury has excluded any property that carries a mortgage.', { target_amount: 90e6, exclude_mortgaged: true }],
    ['The Board excluded all mortgaged properties. Target $120M.', { target_amount: 120e6, exclude_mortgaged: true }],
    ['Target $75M. Our lenders have excluded anything with a lien on it.', { target_amount: 75e6, exclude_mortgaged: true }],
    ['Treasury excluded encumbered sites from the list; $60M.', { target_amount: 60e6, exclude_mortgaged: true }],
    // A fact about the excluded sites, and a list that excludes nothing, rule out no encumbered asset.
    ['Target $95M. The excluded sites carry mortgages.', { target_amount: 95e6 }],
    ['Target $95M. Nothing excluded; mortgaged sites are fine.', { target_amount: 95e6 }],
  ],
};

describeFamilies('reading places, asset types and assets', FAMILIES);
