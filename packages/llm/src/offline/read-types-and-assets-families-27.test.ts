import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-seventh round of wording families for asset types, the buildings ruled out and mortgaged assets: the
 * encumbered class named with "still" ("any site that still has a lien on it stays off the list", "skip any building
 * that's still carrying a loan"), named first and ruled out by a pronoun after its reason ("Any property encumbered by
 * a mortgage needs consent, so exclude them"), first in a list "left out" after "if", or under an abbreviated label
 * ("Mortgaged bldgs: exclude"); an exclusion of the class taken back ("Drop the exclusion of anything mortgaged"); a
 * building that "stays where it is", is "staying in the family" or is one of the "keepers"; a "Keep (not for sale):"
 * label; "leave alone the ..." before buildings; a wide table whose header names an "Exclude" field over one row of
 * values; a two-column row with a tab for its colon ("exclude<TAB>DAL-01|CHI-02"); a refused building of three or more
 * words before a dash ("don't take the Joliet Distribution Center - it's the hub"); a greeting's office ("Hey - Lucy
 * from the Dallas office."); single buildings said to be there as a place's reason ("the HQ and the main plant are
 * there"); a type "spared" ("asked that their plants be spared"); the portfolio's only building of a type named in
 * the singular after "the" in words of its name ("the research lab"); and a heading's "DC" over a body that speaks of data centers ("Subject: DC program" / "Data centers only.").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the encumbered class named with "still" ("any site that still has a lien on it stays off the list")': [
    ['Counsel says any site that still has a lien on it stays off the list. Raise $72M.', { target_amount: 72e6, exclude_mortgaged: true }],
    ["Raise $71M, and skip any building that's still carrying a loan.", { target_amount: 71e6, exclude_mortgaged: true }],
    // A loan the company carries is no asset ruled out.
    ['Raise $70M; we are still carrying a loan from last year, so move quickly.', { target_amount: 70e6 }],
  ],
  'the encumbered class, then ruled out by a pronoun after its reason ("..., so exclude them")': [
    [
      'Any property encumbered by a mortgage would need the lender to agree, so exclude them. Raise $69M.',
      { target_amount: 69e6, exclude_mortgaged: true },
    ],
    ["Treasury says mortgaged sites need the bank's consent, so leave those out. $68M.", { target_amount: 68e6, exclude_mortgaged: true }],
    // A pronoun that is told not to rule them out orders nothing.
    ["Mortgaged sites need the bank's consent, but don't exclude them. Raise $67M.", { target_amount: 67e6 }],
  ],
  'the encumbered class first in a list "left out" after "if", or under an abbreviated label ("Mortgaged bldgs: exclude")': [
    [
      'No size yet: show me what is left if the encumbered sites and anything above 0.6 criticality are left out.',
      { exclude_mortgaged: true, max_criticality: 0.6 },
    ],
    ['Run request\n  Amount:            $66M\n  Mortgaged bldgs:   exclude', { target_amount: 66e6, exclude_mortgaged: true }],
    ['Run request\n  Amount:            $65M\n  Mortgaged bldgs:   include', { target_amount: 65e6 }],
  ],
  'an exclusion of the class taken back ("Drop the exclusion of anything mortgaged")': [
    ['Raise $64M. Drop the exclusion of anything mortgaged.', { target_amount: 64e6 }],
    [
      'Raise $63M. Lift the ban on encumbered sites, and exclude the Schaumburg Office.',
      { target_amount: 63e6, exclude_asset_ids: ['CHI-04'] },
    ],
    // Dropping the assets themselves still rules them out.
    ['Raise $62M. Drop anything mortgaged.', { target_amount: 62e6, exclude_mortgaged: true }],
  ],
  'a building that "stays where it is", is "staying in the family" or is one of the "keepers"': [
    ['Raise $61M. The Tolleson Distribution Center stays where it is.', { target_amount: 61e6, exclude_asset_ids: ['PHX-01'] }],
    [
      'Our founder opened the Cicero plant and it is staying in the family. Beyond that, raise $60M.',
      { target_amount: 60e6, exclude_asset_ids: ['CHI-03'] },
    ],
    [
      'The Fontana Warehouse and the Edison Warehouse are keepers. Otherwise $59M.',
      { target_amount: 59e6, exclude_asset_ids: ['IE-02', 'NWK-02'] },
    ],
    // Where the money comes from is no building kept.
    ['Raise $58M, wherever it comes from; the rest stays where it is in the plan.', { target_amount: 58e6 }],
  ],
  'a "Keep (not for sale):" label, and "leave alone the ..." before buildings': [
    [
      'Agreed on the call:\nAmount: $57M\nKeep (not for sale): the Groveport Warehouse, the Marietta Parts Store',
      { target_amount: 57e6, exclude_asset_ids: ['ATL-04', 'COL-02'] },
    ],
    [
      'Raise $56M. Leave alone the Plano Parts Counter and the Secaucus Parts Store.',
      { target_amount: 56e6, exclude_asset_ids: ['DAL-04', 'NWK-05'] },
    ],
    // A bracket that says something else makes no list of buildings kept.
    ['Amount: $55M\nKeep (for reference): the Groveport Warehouse', { target_amount: 55e6 }],
  ],
  'a wide table whose header names an "Exclude" field over one row of values': [
    [
      '| Amount | Exclude | Basis |\n|---|---|---|\n| $54M | the Newark Regional Office | IFRS 16 |',
      { target_amount: 54e6, exclude_asset_ids: ['NWK-04'], economics: { accounting_basis: 'ifrs16' } },
    ],
    ['| Target | Do not sell |\n|---|---|\n| $53M | Elk Grove Village Warehouse |', { target_amount: 53e6, exclude_asset_ids: ['CHI-02'] }],
    // A table without a ruling-out field is read as before.
    ['| Target | Basis |\n|---|---|\n| $52M | IFRS 16 |', { target_amount: 52e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
  'a two-column row with a tab for its colon ("exclude<TAB>DAL-01|CHI-02")': [
    ['amount\t$51M\nexclude\tHOU-01|ATL-02', { target_amount: 51e6, exclude_asset_ids: ['ATL-02', 'HOU-01'] }],
    ['amount\t$50M\nexclude\tPHX-03; NWK-05', { target_amount: 50e6, exclude_asset_ids: ['NWK-05', 'PHX-03'] }],
    // Any other key keeps its tab.
    ['amount\t$49M\nnotes\tHOU-01 was sold last year', { target_amount: 49e6 }],
  ],
  'a refused building of three or more words before a dash ("don\'t take the Joliet Distribution Center - it\'s the hub")': [
    [
      "Raise $48M. Please don't take the Port Houston Rail-Served Distribution Center - it's the gateway.",
      { target_amount: 48e6, exclude_asset_ids: ['HOU-01'] },
    ],
    [
      "Raise $47M, and we can't accept the Elk Grove Village Warehouse - too central.",
      { target_amount: 47e6, exclude_asset_ids: ['CHI-02'] },
    ],
    // A refusal whose object is no building rules nothing out.
    ["Raise $46M. We can't accept a lower price than that - the board was clear.", { target_amount: 46e6 }],
  ],
  'a greeting\'s office, and single buildings said to be there as a place\'s reason ("the HQ and the main plant are there")': [
    ['Hi all - Priya from the Columbus office. Raise $45M, sold out of Phoenix.', { target_amount: 45e6, include_markets: ['Phoenix'] }],
    [
      'Raise $44M. Newark and Houston are off limits - the plant and the main office are there.',
      { target_amount: 44e6, exclude_markets: ['Houston', 'Newark'] },
    ],
    // Offices asked for in a sentence of their own are still a type.
    ['Hi all - Priya from the Columbus office. Raise $43M, offices only.', { target_amount: 43e6, asset_types: ['office'] }],
  ],
  'a type "spared" ("asked that their plants be spared")': [
    [
      'The store managers asked that their stores be spared, so only sell warehouses and offices. Target $40M.',
      { target_amount: 40e6, asset_types: ['office', 'warehouse'] },
    ],
    ['Target $39M. The data centers must be spared.', { target_amount: 39e6, asset_types: allTypesBut('data_center') }],
    // Spared from something past is no asset kept.
    ['Target $38M. Last year the plants were spared from the cuts, and now they are for sale too.', { target_amount: 38e6 }],
  ],
  'the portfolio\'s only building of a type, named in the singular after "the" in words of its name ("the research lab")': [
    [
      'Not for sale:\n- the Grand Prairie warehouse\n- the research lab\nAnything else can go. Raise $37M.',
      { target_amount: 37e6, exclude_asset_ids: ['COL-03', 'DAL-03'] },
    ],
    // The bare word and the plural stay a type.
    ['Raise $36M. Exclude the lab.', { target_amount: 36e6, asset_types: allTypesBut('lab') }],
    ['Raise $35M. Exclude research labs.', { target_amount: 35e6, asset_types: allTypesBut('lab') }],
  ],
  'a heading\'s "DC" over a body that speaks of data centers ("Subject: DC program" / "Data centers only.")': [
    ['Subject: DC sale\n\nData centers only, $42M.', { target_amount: 42e6, asset_types: ['data_center'] }],
    // A body that speaks of distribution reads the heading's DC as a distribution center.
    [
      'Subject: DC sale\n\nThe DCs and the data centers, $41M, distribution first.',
      { target_amount: 41e6, asset_types: ['data_center', 'distribution_center'] },
    ],
  ],
};

describeFamilies('reading types and assets (families, round 27)', FAMILIES);
