import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording about places and asset types: a type, market or state named again after it was ruled out (the
 * reason for the exclusion, which asks for nothing), a list named as what is ruled out ("the markets to exclude
 * are", "the following are not to be sold:", "nothing be sold in"), an exclusion weighed with its turn-down set off
 * as an aside or "explored" with no decision, types in a sentence that disclaims restricting anything, and places
 * said to remain available. Each family has cases where its rule must not fire.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a type, market or state named again after it was ruled out gives the reason and asks for nothing': [
    ['Raise $55M. Exclude offices; the office market is too soft.', { target_amount: 55e6, asset_types: allTypesBut('office') }],
    ['Target $80M. No labs - the lab sector is illiquid right now.', { target_amount: 80e6, asset_types: allTypesBut('lab') }],
    [
      'Raise $90M. Offices are excluded. On the offices: Facilities plans to consolidate them next year.',
      { target_amount: 90e6, asset_types: allTypesBut('office') },
    ],
    ['Raise $70M. Nothing in Ohio. Ohio because of the pending tax audit.', { target_amount: 70e6, exclude_markets: ['Columbus'] }],
    [
      'Raise $65M. Please exclude the Naperville and Plano parts stores. Both stores are in a franchise restructuring.',
      { target_amount: 65e6, exclude_asset_ids: ['CHI-05', 'DAL-04'] },
    ],
    [
      'Raise $60M and exclude the Carrollton data center, which supports our core Dallas operations.',
      { target_amount: 60e6, exclude_asset_ids: ['DAL-05'] },
    ],
    // A type or market asked for after assets of it were ruled out by name is still asked for.
    [
      'Raise $50M; exclude the Fontana warehouse. Only warehouses.',
      { target_amount: 50e6, exclude_asset_ids: ['IE-02'], asset_types: ['warehouse'] },
    ],
    [
      'We need $90M; exclude the Baytown Cold Storage Warehouse; Houston and Atlanta only.',
      { target_amount: 90e6, exclude_asset_ids: ['HOU-02'], include_markets: ['Houston', 'Atlanta'] },
    ],
    ['Raise $60M from Dallas. Nothing in Ohio.', { target_amount: 60e6, include_markets: ['Dallas'], exclude_markets: ['Columbus'] }],
  ],
  'a list named as what is ruled out is ruled out': [
    [
      'Raise $110M. The markets to exclude are Houston and the Inland Empire.',
      { target_amount: 110e6, exclude_markets: ['Houston', 'Inland Empire'] },
    ],
    ['$80M. The excluded markets are Phoenix and Newark.', { target_amount: 80e6, exclude_markets: ['Phoenix', 'Newark'] }],
    ['Target $75M; the sites to be left out are in Atlanta.', { target_amount: 75e6, exclude_markets: ['Atlanta'] }],
    [
      'Raise $60M. The following are not to be sold: the Kearny plant, the Pasadena packaging plant and the Cicero main plant.',
      { target_amount: 60e6, exclude_asset_ids: ['NWK-03', 'HOU-03', 'CHI-03'] },
    ],
    [
      'The following assets are excluded from the program: the Tempe office and the Dublin lab. $70M.',
      { target_amount: 70e6, exclude_asset_ids: ['PHX-03', 'COL-03'] },
    ],
    [
      'Raise $95M. The board has asked that nothing be sold in Arizona or New Jersey.',
      { target_amount: 95e6, exclude_markets: ['Phoenix', 'Newark'] },
    ],
    ['$85M, and nothing is to be sold from Ohio.', { target_amount: 85e6, exclude_markets: ['Columbus'] }],
    // The markets named as those to sell from are asked for.
    ['Raise $60M. The markets to sell from are Houston and Dallas.', { target_amount: 60e6, include_markets: ['Houston', 'Dallas'] }],
    ['$85M; nothing but Ohio.', { target_amount: 85e6, include_markets: ['Columbus'] }],
  ],
  'an exclusion weighed with its turn-down as an aside, or explored with no decision, is no filter': [
    ['We are considering, but have not decided, excluding Houston. The program is $115M.', { target_amount: 115e6 }],
    ['We are weighing, but have not yet decided, dropping Phoenix. Raise $90M.', { target_amount: 90e6 }],
    ['We are exploring whether excluding New Jersey would help; no decision yet. For now: $100M.', { target_amount: 100e6 }],
    ["We're exploring whether to drop Atlanta; it's still under discussion. $70M.", { target_amount: 70e6 }],
    // Decided, it is read.
    [
      'We are considering excluding Houston and have decided to do it. $115M. Exclude Houston.',
      {
        target_amount: 115e6,
        exclude_markets: ['Houston'],
      },
    ],
    ['We explored the options and decided: exclude New Jersey. $100M.', { target_amount: 100e6, exclude_markets: ['Newark'] }],
  ],
  'types in a sentence that disclaims restricting anything are not asked for': [
    [
      'Target $55M. Audit notes that the retail stores and warehouses are most likely to qualify, although that is an observation and not a restriction on type.',
      { target_amount: 55e6 },
    ],
    [
      'The ask is $65M from Dallas only. Dallas has the strongest bids for logistics product; that is the rationale, and it is not a reason to restrict by asset type.',
      { target_amount: 65e6, include_markets: ['Dallas'] },
    ],
    [
      'Raise $70M from Chicago. Risk notes, without making it a condition, that labs price poorly.',
      { target_amount: 70e6, include_markets: ['Chicago'] },
    ],
    ['$60M. The plants are merely an observation here, not a requirement.', { target_amount: 60e6 }],
    // Without a disclaimer the type is asked for.
    ['Raise $70M from warehouses; that is a restriction on type.', { target_amount: 70e6, asset_types: ['warehouse'] }],
    ['Target $55M, retail only; this is not a drill.', { target_amount: 55e6, asset_types: ['retail'] }],
  ],
  'places said to remain available are no filter': [
    [
      'Raise $60M. The Houston and Tempe offices are not in that review and remain available to the program, as does the headquarters.',
      { target_amount: 60e6 },
    ],
    ['Raise $60M from Houston; Phoenix remains available.', { target_amount: 60e6, include_markets: ['Houston'] }],
    ['$80M. Atlanta stays available for sale, as do the labs.', { target_amount: 80e6 }],
    // "available" as part of an ask.
    ['$80M, using whatever Atlanta has available.', { target_amount: 80e6, include_markets: ['Atlanta'] }],
  ],
  'an exclusion taken back by a correction that keeps the name is no filter': [
    [
      'raise $90M\nalso leave Phoenix out\nactually keep Phoenix\nbut nothing with a mortgage',
      { target_amount: 90e6, exclude_mortgaged: true },
    ],
    ['Raise $80M. No Dallas. No wait, keep Dallas after all.', { target_amount: 80e6 }],
    ['Raise $70M. Exclude Houston. Sorry, include Houston.', { target_amount: 70e6 }],
    // Kept out, it stays ruled out; "keep" alone retains.
    ['Raise $90M. Leave Phoenix out. Actually keep Phoenix out.', { target_amount: 90e6, exclude_markets: ['Phoenix'] }],
    ['Raise $90M; keep Dallas.', { target_amount: 90e6, exclude_markets: ['Dallas'] }],
  ],
  'a filter asked about and answered with a shrug is no filter': [
    [
      'should we include labs? idk. target $60M, warehouses and DCs only',
      { target_amount: 60e6, asset_types: ['distribution_center', 'warehouse'] },
    ],
    ['Should we exclude Dallas? Not sure. $60M.', { target_amount: 60e6 }],
    ['Should we drop the plants? Dunno. Raise $45M.', { target_amount: 45e6 }],
    // Answered yes, it is read.
    ['Should we include labs? Yes. $60M.', { target_amount: 60e6, asset_types: ['lab'] }],
    ['Should we exclude Dallas? Yes, exclude it. $60M.', { target_amount: 60e6, exclude_markets: ['Dallas'] }],
  ],
  'a state named in a remark on tax asks for no market': [
    [
      'For tax purposes please model gains at 29% (we have a state surcharge in New Jersey this year). The target is $120M.',
      { target_amount: 120e6, economics: { tax_rate: 0.29 } },
    ],
    ['Tax aside: the Ohio CAT does not apply to these gains. The target is $75M.', { target_amount: 75e6 }],
    ['Raise $140M. Most of the gains arise in Texas, which has no income tax.', { target_amount: 140e6 }],
    // A state in an ask, or listed apart from the rate, is asked for.
    [
      'Raise $100M from Texas. Tax rate 25%.',
      { target_amount: 100e6, include_markets: ['Dallas', 'Houston'], economics: { tax_rate: 0.25 } },
    ],
    ['$100M, Texas, tax rate 25%.', { target_amount: 100e6, include_markets: ['Dallas', 'Houston'], economics: { tax_rate: 0.25 } }],
    [
      'Raise $100M in Texas, tax rate 25%.',
      { target_amount: 100e6, include_markets: ['Dallas', 'Houston'], economics: { tax_rate: 0.25 } },
    ],
  ],
  'a filter an earlier draft stated and that was withdrawn is no filter': [
    [
      "The draft said 'offices only'; that has been withdrawn. Raise $50M from assets in Chicago or Newark.",
      { target_amount: 50e6, include_markets: ['Chicago', 'Newark'] },
    ],
    ["An earlier version read 'no Dallas' - that was scrapped. $60M.", { target_amount: 60e6 }],
    ["Our previous draft said labs only; that's been reversed. $40M.", { target_amount: 40e6 }],
    // Not withdrawn, the draft's filter stands.
    ["The draft said 'offices only'. Raise $50M.", { target_amount: 50e6, asset_types: ['office'] }],
  ],
};

describeFamilies('reading places and assets, families of restated and disclaimed filters', FAMILIES);
