import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-first round of wording families for scores and covenant metrics in plain words: net debt held at a
 * multiple of EBITDA by a verb ("stays under", "kept at or below", "should not exceed"); the leverage that treats leases
 * as debt, and debt plus years of rent over EBITDAR; earnings held at a multiple of interest plus rent, and how many
 * times earnings cover them; a suggestion set aside for another level the meeting chose; criticality and leaseability
 * items of what is ruled out, worded by how the sites are rated; a level named as the floor it is used as, or in
 * brackets after what an investor could easily let again; the next item of a refused list; mortgaged assets kept well
 * away from or given as the value of an exclusions label; another party's level disowned after it; and a level
 * recorded somewhere and then corrected. Every case states what it must read; a field it does not name is read as
 * absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'net debt held at a multiple of EBITDA by a verb ("net debt stays under 3.25x EBITDA", "should not exceed 3 times EBITDA")': [
    ['Raise $70M as long as net debt stays below 3.25x EBITDA.', { target_amount: 70e6, max_net_leverage: 3.25 }],
    ['$85M, with total debt kept at or under 3 times EBITDA.', { target_amount: 85e6, max_net_leverage: 3 }],
    ['Our debt must not exceed 3.75 times annual EBITDA. The ask is $65M.', { target_amount: 65e6, max_net_leverage: 3.75 }],
    ['The goal is $90M; net debt should never go above 2.9x EBITDA.', { target_amount: 90e6, max_net_leverage: 2.9 }],
    // Where debt stands, or debt held in money, sets no multiple.
    ['Raise $75M. Net debt was 2.8x EBITDA at year end.', { target_amount: 75e6 }],
    ['Raise $75M. Net debt should not exceed $300M.', { target_amount: 75e6 }],
  ],
  'the leverage that treats leases as debt, and debt plus years of rent over EBITDAR ("debt plus eight years of rent, over EBITDAR")': [
    [
      'Raise $60M and hold the leverage that treats our leases as debt below 5 times.',
      { target_amount: 60e6, max_lease_adjusted_leverage: 5 },
    ],
    [
      'The leverage which counts the leases as debt must stay at or under 4.4x. $120M.',
      { target_amount: 120e6, max_lease_adjusted_leverage: 4.4 },
    ],
    [
      'Target $95M. Debt plus 8 years of rent, divided by EBITDAR, at 4.1x or lower.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.1 },
    ],
    // Rent for a number of years that is not the capitalisation names no ratio.
    ['Target $95M. Debt plus three years of rent is about $400M.', { target_amount: 95e6 }],
  ],
  'earnings held at a multiple of interest plus rent ("earnings of at least 2x interest plus rent", "a 1.8x floor on how many times earnings cover rent and interest")':
    [
      ['Raise $55M, keeping EBITDAR above 2.1 times rent and interest.', { target_amount: 55e6, min_fixed_charge_coverage: 2.1 }],
      ['We need earnings no less than 1.85x interest plus rent. Amount $140M.', { target_amount: 140e6, min_fixed_charge_coverage: 1.85 }],
      [
        'Proceeds of $66M and a 1.8x minimum on how many times our earnings cover rent plus interest.',
        { target_amount: 66e6, min_fixed_charge_coverage: 1.8 },
      ],
      // Where earnings stand, or earnings in money, set no floor.
      ['Raise $66M. Earnings were 2.4x interest plus rent last year.', { target_amount: 66e6 }],
      ['Raise $66M. EBITDAR is about 2.3 times rent and interest today.', { target_amount: 66e6 }],
    ],
  'a suggestion set aside for another level the meeting chose ("Omar suggested 0.6 on criticality but the board went with 0.7")': [
    ['Omar suggested a criticality cap of 0.6 but the board went with 0.7. Raise $44M.', { target_amount: 44e6, max_criticality: 0.7 }],
    ['Lena suggested leaseability 0.5 but the team settled on 0.6. $81M.', { target_amount: 81e6, min_leaseability: 0.6 }],
    ['Kai suggested criticality 0.5, but the board decided on 0.65. $39M.', { target_amount: 39e6, max_criticality: 0.65 }],
    [
      'Kai suggested FCCR 2x but the lenders went with 1.7x, and net leverage under 3.25x. $39M.',
      { target_amount: 39e6, min_fixed_charge_coverage: 1.7, max_net_leverage: 3.25 },
    ],
    ['Treasury proposed net leverage 3.2x, but the CFO chose 3.5x. $130M.', { target_amount: 130e6, max_net_leverage: 3.5 }],
    [
      'The banker recommended a 2.2x coverage floor; the committee picked 1.9x instead. Raise $72M.',
      { target_amount: 72e6, min_fixed_charge_coverage: 1.9 },
    ],
    [
      'Ops suggested lease-adjusted leverage of 5x but we went with 4.6x. Raise $58M.',
      { target_amount: 58e6, max_lease_adjusted_leverage: 4.6 },
    ],
    // The suggested level before the metric's name: the choice still stands for that metric.
    ['Kai suggested 0.5 for criticality; however the board went with 0.6. $39M.', { target_amount: 39e6, max_criticality: 0.6 }],
    ['Kai suggested 2.2x on coverage, but the lenders chose 1.9x. Raise $39M.', { target_amount: 39e6, min_fixed_charge_coverage: 1.9 }],
    // A choice with no suggestion before it is no counter: the level stated stands.
    ['Net leverage under 3.5x. Last year we went with 3x. Raise $58M.', { target_amount: 58e6, max_net_leverage: 3.5 }],
  ],
  'criticality items of what is ruled out, by how the sites are rated ("drop the labs and anything more critical than 0.6")': [
    [
      'Raise $52M; drop the labs and anything more critical than 0.6.',
      {
        target_amount: 52e6,
        max_criticality: 0.6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'data_center'],
      },
    ],
    ["Please don't sell anything the business would rate more critical than 0.55. $47M.", { target_amount: 47e6, max_criticality: 0.55 }],
    [
      'Exclude Newark from the sale, as well as any building rated above 0.7 for criticality. Target $99M.',
      { target_amount: 99e6, max_criticality: 0.7, exclude_markets: ['Newark'] },
    ],
    // A site rated above a level and kept in the sale limits nothing.
    ['Raise $52M, including anything rated above 0.6 for criticality.', { target_amount: 52e6 }],
  ],
  'leaseability items of what is ruled out, and a level named as the floor ("any site with a leaseability score below 0.5", "use leaseability 0.6 as the floor")':
    [
      [
        'Skip the offices and any property with a leaseability score below 0.5. $64M.',
        {
          target_amount: 64e6,
          min_leaseability: 0.5,
          asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'retail', 'lab', 'data_center'],
        },
      ],
      ['Leave out anything scored under 0.65 for ease of re-leasing. Raise $83M.', { target_amount: 83e6, min_leaseability: 0.65 }],
      ['Raise $91M and take a leaseability of 0.55 as the minimum.', { target_amount: 91e6, min_leaseability: 0.55 }],
      ['Raise $74M from buildings a buyer could re-let quickly (at least 0.6).', { target_amount: 74e6, min_leaseability: 0.6 }],
      // A site rated under a level and kept in the sale, or a floor that is only discussed, limits nothing.
      ['Raise $74M, including anything rated below 0.5 for ease of re-letting.', { target_amount: 74e6 }],
      ['Raise $74M. Should we use leaseability 0.6 as the floor? Not decided.', { target_amount: 74e6 }],
    ],
  'the next item of a refused list ("nothing with leaseability under 0.5 or criticality over 0.7")': [
    [
      'Raise $62M. Nothing with leaseability below 0.5 or criticality above 0.65.',
      { target_amount: 62e6, min_leaseability: 0.5, max_criticality: 0.65 },
    ],
    [
      "The COO doesn't want anything with criticality over 0.6 or leaseability under 0.55 in the sale. $88M.",
      { target_amount: 88e6, max_criticality: 0.6, min_leaseability: 0.55 },
    ],
  ],
  'mortgaged assets kept well away from, or the value of an exclusions label ("never go near encumbered sites", "Excluded assets: all mortgaged assets")':
    [
      ["Raise $57M, and let's not go anywhere near encumbered sites.", { target_amount: 57e6, exclude_mortgaged: true }],
      ['Proceeds: $61M\nExcluded assets: any pledged (mortgaged) assets', { target_amount: 61e6, exclude_mortgaged: true }],
      [
        'Raise $61M.\nExclusions: the Tempe office and all mortgaged buildings',
        { target_amount: 61e6, exclude_mortgaged: true, exclude_asset_ids: ['PHX-03'] },
      ],
      // Mortgaged assets named, but neither kept away from nor excluded.
      ['Raise $61M. Mortgaged properties are fine to include.', { target_amount: 61e6 }],
    ],
  'another party\'s level disowned after it ("Beta Corp ran at 3.9x leverage; not our covenant")': [
    [
      'Raise $70M. Beta Corp did its deal at 4.0x leverage; not our covenant. Ours: net leverage under 3.5x.',
      { target_amount: 70e6, max_net_leverage: 3.5 },
    ],
    [
      'Raise $70M. The lender quoted a 2.5x FCCR minimum from another deal - not applicable.\nFCCR at least 1.8x.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      'Round one used a 5x lease-adjusted cap; those are now history. Now: lease-adjusted leverage at most 4.5x, $80M.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.5 },
    ],
  ],
  'a level recorded somewhere, then corrected ("coverage minimum entered as 1.4x in the model; corrected to 1.6x")': [
    [
      'Raise $77M. The coverage minimum was entered as 1.4x in the model; since corrected to 1.6x.',
      { target_amount: 77e6, min_fixed_charge_coverage: 1.6 },
    ],
    ['Raise $77M. Net leverage max noted at 3x in v1; updated to 3.25x.', { target_amount: 77e6, max_net_leverage: 3.25 }],
  ],
};

describeFamilies('readBrief: scores and metrics in plain words (twenty-first round)', FAMILIES);
