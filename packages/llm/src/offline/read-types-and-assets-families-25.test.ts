import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for asset types and the buildings ruled out: a wish that buildings stay,
 * opened with the contractions "I'd" and "we'd" as well as "I would" and "we want" ("I'd like the Tempe Office left
 * alone", "we'd want ours (Mesa Parts Store) kept"). Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a wish that buildings stay, opened with "I\'d" or "we\'d" ("I\'d like the Tempe Office left alone")': [
    ["Raise $52M. I'd like the Tempe Office left alone.", { target_amount: 52e6, exclude_asset_ids: ['PHX-03'] }],
    [
      "Raise $51M. We'd want the Edison Warehouse and the Groveport Warehouse kept.",
      { target_amount: 51e6, exclude_asset_ids: ['COL-02', 'NWK-02'] },
    ],
    ['Raise $50M. I\u2019d prefer the Cicero Main Plant retained.', { target_amount: 50e6, exclude_asset_ids: ['CHI-03'] }],
    ["Raise $49M, but we'd need ours (Mesa Parts Store) left out.", { target_amount: 49e6, exclude_asset_ids: ['PHX-04'] }],
    ["Raise $48M. I'd like mine (DAL-05) held back.", { target_amount: 48e6, exclude_asset_ids: ['DAL-05'] }],
    // A wish that keeps the building in the sale, or wants it sold, rules nothing out.
    ["Raise $47M. I'd like the Tempe Office kept in the program.", { target_amount: 47e6 }],
    ["Raise $46M. We'd like ours (Mesa Parts Store) sold early.", { target_amount: 46e6 }],
  ],
};

describeFamilies('reading types and assets (families, round 25)', FAMILIES);
