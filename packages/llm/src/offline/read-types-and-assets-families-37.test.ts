import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-seventh round of wording families for asset types, assets and mortgages: mortgaged buildings let go in
 * everyday words ("Forget anything with a mortgage", "skip anything we've borrowed against", "a plan which leaves out
 * encumbered assets"), also when a remark after a spaced dash calls their refinancing a separate workstream;
 * buildings that "do not get sold", buildings "not part of it" with the reason in brackets, and a label that names
 * who ruled its list out ("Assets excluded by management: ..."); and type words that ask for no type: a mailing
 * line ("Distribution: treasury-all@"), a thesis or story named by a type ("our logistics thesis"), a suggestion
 * someone made that the brief turns down ("X thinks we should include offices; we're not"), a cancelled earlier plan
 * with its types in brackets, and a fun fact. Every case states what it must read; a field it does not name is read
 * as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'mortgaged buildings let go in everyday words': [
    ['Raise $58M and forget anything with a lien on it.', { target_amount: 58e6, exclude_mortgaged: true }],
    ['Target $58M. Skip any building we have borrowed against.', { target_amount: 58e6, exclude_mortgaged: true }],
    ['We need $58M from a plan that leaves out mortgaged properties.', { target_amount: 58e6, exclude_mortgaged: true }],
    ['$58M; set aside whatever we pledged to the bank.', { target_amount: 58e6, exclude_mortgaged: true }],
    ['Omit anything the company has borrowed against. $58M.', { target_amount: 58e6, exclude_mortgaged: true }],
    // A refusal before the verb keeps them; borrowing told as a fact, or a loan's refinancing forgotten, rules nothing out.
    ["Raise $58M. Don't forget the mortgaged sites; they are in scope.", { target_amount: 58e6 }],
    ['Raise $58M. We borrowed against two of our buildings years ago.', { target_amount: 58e6 }],
    ['Raise $58M. Forget about the mortgage refinancing for now.', { target_amount: 58e6 }],
  ],
  'a remark after a spaced dash that calls its own subject a separate workstream disowns that subject alone': [
    [
      'Sell $72M but leave the encumbered sites alone - refinancing them is a separate workstream.',
      { target_amount: 72e6, exclude_mortgaged: true },
    ],
    [
      'Please run $72M with nothing mortgaged - releasing those liens is a separate process.',
      { target_amount: 72e6, exclude_mortgaged: true },
    ],
  ],
  'buildings that do not get sold, buildings not part of it (with a reason in brackets), and who ruled a list out': [
    ['Raise $45M; the Tempe Office does not get sold.', { target_amount: 45e6, exclude_asset_ids: ['PHX-03'] }],
    ['The Fontana Warehouse never gets touched. Target $45M.', { target_amount: 45e6, exclude_asset_ids: ['IE-02'] }],
    ["Sell $45M, but the Dublin Research Lab won't get sold.", { target_amount: 45e6, exclude_asset_ids: ['COL-03'] }],
    [
      'Raise $45M. The Schaumburg Office and the Tempe Office are not part of it (both are up for renewal).',
      { target_amount: 45e6, exclude_asset_ids: ['CHI-04', 'PHX-03'] },
    ],
    ['Target $45M.\nSites excluded by the board: CHI-02, IE-03.', { target_amount: 45e6, exclude_asset_ids: ['CHI-02', 'IE-03'] }],
    ['Target $45M.\nExcluded per treasury - DAL-03.', { target_amount: 45e6, exclude_asset_ids: ['DAL-03'] }],
    // A building sold is still sold; "excluded by" with no label after it names nothing.
    ['Raise $45M. The Tempe Office gets sold first.', { target_amount: 45e6 }],
    ['Raise $45M. Nothing is excluded by default.', { target_amount: 45e6 }],
  ],
  'type words that ask for no type: a mailing line, a thesis, a suggestion turned down, a cancelled plan, a fun fact': [
    ['Raise $39M from offices.\nDistribution: fpa-team@', { target_amount: 39e6, asset_types: ['office'] }],
    ['Target $39M.\nDistribution list: re-all@corp.example', { target_amount: 39e6 }],
    ['Target $39M (part of our logistics thesis).', { target_amount: 39e6 }],
    ['Offices only, $39M. The broker suggested adding the stores; we are not.', { target_amount: 39e6, asset_types: ['office'] }],
    ['Labs and offices, $39M. One director floated including plants; not agreed.', { target_amount: 39e6, asset_types: ['lab', 'office'] }],
    ['Target $39M. REQ-44 ($60M, offices) was cancelled.', { target_amount: 39e6 }],
    ['Raise $39M from warehouses; the 2024 plan (two labs) was dropped.', { target_amount: 39e6, asset_types: ['warehouse'] }],
    ['Raise $39M. Fun fact: our oldest store opened in 1962.', { target_amount: 39e6 }],
    // Types asked for in words of their own are still read.
    ['Distribution centers only. $39M.', { target_amount: 39e6, asset_types: ['distribution_center'] }],
    ['Exclude the stores, $39M; the broker thinks that is wise.', { target_amount: 39e6, asset_types: allTypesBut('retail') }],
  ],
};

describeFamilies('types and assets: families, round 37', FAMILIES);
