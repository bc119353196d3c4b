import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fourth round of wording families for asset types and the buildings ruled out: a building named at the head
 * of its sentence and said to stay, before the reason ("McDonough warehouse stays - it's our overflow", "Rickenbacker
 * can't go", "the Fairburn hub is not going anywhere", "the Pasadena plant can't be part of this (union deal)"), which
 * rules the building out and asks for no type by its kind word; and a pronoun ruled out with the buildings it stands for
 * in brackets ("excluding it (HOU-02)", "I'd like mine (McDonough Warehouse) left off the list"). Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a building at the head of its sentence said to stay ("McDonough warehouse stays - it\'s our overflow", "Rickenbacker can\'t go")': [
    ['Ops. McDonough warehouse stays - we lease half of it out. Raise $44M.', { target_amount: 44e6, exclude_asset_ids: ['ATL-02'] }],
    ['Raise $46M. Rickenbacker cannot go - the whole region ships from there.', { target_amount: 46e6, exclude_asset_ids: ['COL-01'] }],
    ['Raise $43M. The Tempe Office is not going anywhere.', { target_amount: 43e6, exclude_asset_ids: ['PHX-03'] }],
    [
      'Plant ops. The Cicero Main Plant can\u2019t be part of this (we just re-tooled). Raise $42M.',
      { target_amount: 42e6, exclude_asset_ids: ['CHI-03'] },
    ],
    ['Raise $41M. The Mesa Parts Store needs to stay, it anchors the block.', { target_amount: 41e6, exclude_asset_ids: ['PHX-04'] }],
    // A market or a type said to stay is left to the other readers; a building that stays in the sale is no exclusion.
    ['Raise $39M. The sale of Tempe Office stays on track.', { target_amount: 39e6 }],
    ['Raise $38M. The Tempe Office stays in the program.', { target_amount: 38e6 }],
  ],
  'a pronoun ruled out with its buildings in brackets ("excluding it (HOU-02)", "I\'d like mine (McDonough Warehouse) left off the list")':
    [
      ['The draft sold the Tempe Office. Redo it at $37M, omitting it (PHX-03).', { target_amount: 37e6, exclude_asset_ids: ['PHX-03'] }],
      ['Raise $36M and drop them (CHI-03, COL-01) please.', { target_amount: 36e6, exclude_asset_ids: ['CHI-03', 'COL-01'] }],
      [
        'I look after the Mesa store. Raise $35M, but we want ours (Mesa Parts Store) kept.',
        { target_amount: 35e6, exclude_asset_ids: ['PHX-04'] },
      ],
      // A wish with no verdict after the bracket, or a bracket that names no building, rules nothing out.
      ['Raise $34M. We want ours (Mesa Parts Store) sold first.', { target_amount: 34e6 }],
      ['Raise $33M without it (see the note above).', { target_amount: 33e6 }],
    ],
};

describeFamilies('reading types and assets (families, round 24)', FAMILIES);
