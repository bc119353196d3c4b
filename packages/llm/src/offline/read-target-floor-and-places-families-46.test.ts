import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-sixth round of wording families for the ask, the floor and the places: a bare figure said to be the target,
 * raised, priced, signed off, asked to be run, needed for a purpose, named "the 120 ask" or opening a quoted note; bare
 * floors on a chat line of their own, settled for, answered in a quoted chat, or any amount from a figure up that works;
 * "at the least lifetime cost" as no floor; a buyer's offer, a figure "not our target", earnings in plain words, a book
 * value and a deal of last spring as no ask, and "put together $50M of warehouse sales" or the least cost "for $120M"
 * as one; a place the sale should not be all of, and the operation the writer runs, as no filter; "don't sell a single
 * plant"; buildings not to bother with, or added after "off the list, plus", and buildings whose whole market a
 * correction then rules out; a pasted table of ids marked no; bare ranges
 * asked for, a bare ask that stands "now", a floor kept, the least that still works for a purpose; a program named by
 * its year in a pasted row; a q scanned for a g; what the sale pays toward sized in a bracket; and types a score limit
 * lets through, described after "so". Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a bare figure said to be the target, or the target said to be or remain it': [
    ['Hello - two-ten is the target. Nothing mortgaged.', { target_amount: 210e6, exclude_mortgaged: true }],
    ['Target is one-thirty-five, and keep out of Phoenix.', { target_amount: 135e6, exclude_markets: ['Phoenix'] }],
    ['<li> target is one-ninety\n<li> only Dallas', { target_amount: 190e6, include_markets: ['Dallas'] }],
    ['Target remains 95. Offices only.', { target_amount: 95e6, asset_types: ['office'] }],
    ['Our number is settled: 140 is our target.', { target_amount: 140e6 }],
    // A level said to be the target of a limit is no ask.
    ['0.6 is the target criticality.', {}],
    ['Fifteen is the target term.', {}],
  ],
  'a bare figure raised, priced, signed off, or asked of whoever runs the numbers': [
    ['Please model a leaseback raising two-twenty. No Atlanta.', { target_amount: 220e6, exclude_markets: ['Atlanta'] }],
    ['could you price 85 with 12yr leases?', { target_amount: 85e6, economics: { lease_term_years: 12 } }],
    ['[08:02] Ola: treasury okayed 175\n[08:03] Ola: no labs', { target_amount: 175e6, asset_types: allTypesBut('lab') }],
    ['Could someone run 90? Houston only.', { target_amount: 90e6, include_markets: ['Houston'] }],
    ['can you run 70 w/ no offices', { target_amount: 70e6, asset_types: allTypesBut('office') }],
    // A figure asked about by the company itself, or a count signed off, is no ask.
    ['Could we do 500? Nothing in Ohio.', { exclude_markets: ['Columbus'] }],
    ['The board approved 12 sites.', {}],
  ],
  'a bare figure needed for a purpose or before the next thing said, or named the ask it is': [
    ['we need ~95 for the refinancing. Chicago only.', { target_amount: 95e6, include_markets: ['Chicago'] }],
    ['so we need about 160 and the board wants it fast', { target_amount: 160e6 }],
    ['FCCR floor is 1.8x now - redo the 130 ask with that.', { target_amount: 130e6, min_fixed_charge_coverage: 1.8 }],
    ['rerun the 75 target please, no Newark', { target_amount: 75e6, exclude_markets: ['Newark'] }],
    // A figure needed for a limit is that limit's, never the ask.
    ['We need 15 for the lease term.', {}],
  ],
  'a bare figure opening a quoted note before a comma': [
    [
      "Voicemail: 'two-fifteen, nothing in Ohio, leverage under 3.5x'",
      { target_amount: 215e6, exclude_markets: ['Columbus'], max_net_leverage: 3.5 },
    ],
    [
      'Text from the CFO: "140, no plants and nothing mortgaged"',
      {
        target_amount: 140e6,
        asset_types: allTypesBut('manufacturing'),
        exclude_mortgaged: true,
      },
    ],
    ["Memo: '165, warehouses only'", { target_amount: 165e6, asset_types: ['warehouse'] }],
    // A list of figures opening a note is no ask.
    ["Note: '15, 20 or 25 year terms are all fine'", { economics: { lease_term_years: 25 } }],
  ],
  'a bare floor on a chat line of its own, settled for, or answered in a quoted chat': [
    ['[14:01] Kim: 150 target\n[14:02] Kim: 125 min', { target_amount: 150e6, floor_amount: 125e6 }],
    ['Lee: 90 target\nLee: 70 floor\nLee: no retail', { target_amount: 90e6, floor_amount: 70e6, asset_types: allTypesBut('retail') }],
    [
      '[11:00] Ann: 60 or 75?\n[11:01] Bo: 75, settle for 60\n[11:02] Bo: no plants',
      { target_amount: 75e6, floor_amount: 60e6, asset_types: allTypesBut('manufacturing') },
    ],
    ['> Kai: lowest we would take?\n> Ren: 85\nTarget is 110.', { target_amount: 110e6, floor_amount: 85e6 }],
    // A refusal to settle, or minutes in a sentence, set no floor.
    ["Raise $90M. We won't settle for 70.", { target_amount: 90e6 }],
    ['Raise $90M. Call back in 15 min.', { target_amount: 90e6 }],
  ],
  'a bare range asked for': [
    ['raise 120-140, no plants', { target_amount: 140e6, floor_amount: 120e6, asset_types: allTypesBut('manufacturing') }],
    ['need 90 to 110 from Dallas', { target_amount: 110e6, floor_amount: 90e6, include_markets: ['Dallas'] }],
    ['target 200-230. FCCR min 1.6x.', { target_amount: 230e6, floor_amount: 200e6, min_fixed_charge_coverage: 1.6 }],
    ['we want ~70-85, nothing mortgaged', { target_amount: 85e6, floor_amount: 70e6, exclude_mortgaged: true }],
    // A range of lease terms, or of years, is no ask.
    ['we need 15-20 year leases. Raise $50M.', { target_amount: 50e6, economics: { lease_term_years: 20 } }],
    ['We need 2025-2026 figures.', {}],
  ],
  'a bare ask that stands now after the number it was, and a bare floor kept': [
    ["125 was the old number, now it's 150. No Houston.", { target_amount: 150e6, exclude_markets: ['Houston'] }],
    ['the ask was 80 last week - now it is 95.', { target_amount: 95e6 }],
    ["Target was 60; now we're at 72. Floor stays at 60.", { target_amount: 72e6, floor_amount: 60e6 }],
    ['Raise $140M. The floor remains 120.', { target_amount: 140e6, floor_amount: 120e6 }],
    // A level that stands now is no ask.
    ["Coverage was 1.5x, now it's 2x. Raise $80M.", { target_amount: 80e6, min_fixed_charge_coverage: 2 }],
  ],
  'the least that still works for what the money is for': [
    ['We need $165M. The minimum that works for the bond paydown is $150M.', { target_amount: 165e6, floor_amount: 150e6 }],
    ['Raise $90M; the least that would still work for us is $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Target $220M. The least which gets the job done is $190M.', { target_amount: 220e6, floor_amount: 190e6 }],
    ['We want $60M, and the minimum that works is $50M.', { target_amount: 60e6, floor_amount: 50e6 }],
    // The least that works for a limit is that limit's.
    ['Raise $60M. The minimum coverage that works is 1.8x.', { target_amount: 60e6, min_fixed_charge_coverage: 1.8 }],
  ],
  'a program named by its year in a pasted row, and a q scanned for a g': [
    ['Tracker row:\nSLB-2027 | $160M | Texas only', { target_amount: 160e6, include_markets: ['Dallas', 'Houston'] }],
    ['Program 2026 | $95M | no labs', { target_amount: 95e6, asset_types: allTypesBut('lab') }],
    ['Scan: "Tarqet $80M. Exclude mortqaqed assets."', { target_amount: 80e6, exclude_mortgaged: true }],
    ['Raise $50M. No mortqaqes.', { target_amount: 50e6, exclude_mortgaged: true }],
    // A year in a series of reported figures is still background.
    ['EBITDA history: 2021 $240M, 2022 $262M. Raise $90M.', { target_amount: 90e6 }],
  ],
  'any amount from a figure up said to work': [
    ['The ask is 120 mil, though anything from 100 up works.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['We need $75M; anything from $60M up works.', { target_amount: 75e6, floor_amount: 60e6 }],
    ['Raise 140 million - anything from 115 upwards would work.', { target_amount: 140e6, floor_amount: 115e6 }],
    ['$200M, and anything from $170M and up would do.', { target_amount: 200e6, floor_amount: 170e6 }],
    // A figure above the ask is no floor.
    ['Raise 60 million; anything from 80 up works.', { target_amount: 60e6 }],
  ],
  'a cost kept least, named after the amount, as no floor': [
    ['Raise $140M at the least lifetime cost.', { target_amount: 140e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Treasury: $95M at the least lifetime rent cost, Texas only.',
      {
        target_amount: 95e6,
        include_markets: ['Dallas', 'Houston'],
        economics: { objective: 'min_npv_cost' },
      },
    ],
    ['We want $60M at a minimum lifetime cost.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    // "At the least" on its own still makes a floor.
    ['We want $80M, $70M at the least.', { target_amount: 80e6, floor_amount: 70e6 }],
  ],
  "a buyer's offer, a figure not our target, earnings, a book value or last spring's deal beside the ask": [
    ['We were offered $35M by a fund for the Tempe Office. We need $85M.', { target_amount: 85e6 }],
    ['The $60M the Joliet buyer offered is fine but not our target; we want $150M.', { target_amount: 150e6 }],
    ['Operating earnings are about $210M. We want to raise $95M.', { target_amount: 95e6 }],
    ['The Carrollton Data Center is $140M on the books. We need $100M.', { target_amount: 100e6 }],
    ['A peer sold a warehouse portfolio for $250M last summer. We need $120M.', { target_amount: 120e6 }],
    // Our own offer of assets, or an offer alone, is still the ask.
    ['We offered $60M of assets to the market.', { target_amount: 60e6 }],
  ],
  'the size of what the sale pays toward, in a bracket after it': [
    ['We need cash for the Osprey acquisition (~$400M total). The leaseback share is $150M of that.', { target_amount: 150e6 }],
    ['Funding the Ohio expansion (about $260M): raise $90M from the sale.', { target_amount: 90e6 }],
    [
      'The capex plan (roughly $300M) is partly covered; we need $110M. No labs.',
      { target_amount: 110e6, asset_types: allTypesBut('lab') },
    ],
    ['For the special dividend ($500M), the sale brings in $200M.', { target_amount: 200e6 }],
    // Alone, the bracketed figure is still the ask.
    ['We need cash for the expansion (about $90M).', { target_amount: 90e6 }],
  ],
  'an amount put together from sales of our buildings, or the least cost sought for it': [
    ['Can you put together $70M of store sales?', { target_amount: 70e6, asset_types: ['retail'] }],
    ['Please put together $45M from the Phoenix portfolio.', { target_amount: 45e6, include_markets: ['Phoenix'] }],
    ['Lowest rent cost over the leases for $110M, please.', { target_amount: 110e6, economics: { objective: 'min_npv_cost' } }],
    ['We want the least financing cost for $65M.', { target_amount: 65e6, economics: { objective: 'min_npv_cost' } }],
    // Sales as revenue are still background.
    ['Our sales are $900M a year. Raise $80M.', { target_amount: 80e6 }],
  ],
  'types a score limit lets through, described after "so"': [
    [
      'Raise $60M. Criticality no higher than 0.4, so basically the stores and the smaller offices.',
      { target_amount: 60e6, max_criticality: 0.4 },
    ],
    ['Raise $60M. Leaseability at least 0.6, so in practice the DCs and warehouses.', { target_amount: 60e6, min_leaseability: 0.6 }],
    ['Raise $60M; criticality under 0.5, so that leaves mostly warehouses.', { target_amount: 60e6, max_criticality: 0.5 }],
    ['Raise $60M. Criticality 0.3 max, so essentially just the retail sites.', { target_amount: 60e6, max_criticality: 0.3 }],
    // A type asked for after "so" is still asked for.
    ['Raise $60M. Criticality under 0.5, so warehouses only.', { target_amount: 60e6, max_criticality: 0.5, asset_types: ['warehouse'] }],
  ],
  'a place the sale should not be all of': [
    ["Raise $90M with a 35% market cap - we don't want all Dallas.", { target_amount: 90e6, max_market_share: 0.35 }],
    ["Raise $70M, at most 50% per market, so it isn't all Phoenix.", { target_amount: 70e6, max_market_share: 0.5 }],
    ['Raise $120M; cap any market at 30% so we are not all in Chicago.', { target_amount: 120e6, max_market_share: 0.3 }],
    ["Raise $55M, 40% per market max so we're not all Newark.", { target_amount: 55e6, max_market_share: 0.4 }],
    // A place not to sell in at all is still ruled out.
    ["Raise $55M; we don't want anything sold in Newark.", { target_amount: 55e6, exclude_markets: ['Newark'] }],
  ],
  'the operation the writer runs': [
    ['I run the Houston operation. The company wants $80M.', { target_amount: 80e6 }],
    ['We manage the Columbus hub. Raise $65M, no labs.', { target_amount: 65e6, asset_types: allTypesBut('lab') }],
    ['Hi, I oversee the Phoenix site. Please raise $90M.', { target_amount: 90e6 }],
    // A place to sell in, named with the operation, is still asked for.
    ['I run the Houston operation. Only sell in Houston. Raise $80M.', { target_amount: 80e6, include_markets: ['Houston'] }],
  ],
  'not a single building of a kind to be sold': [
    ["Raise $110M and don't sell a single store.", { target_amount: 110e6, asset_types: allTypesBut('retail') }],
    ["Raise $80M; we won't sell even one lab.", { target_amount: 80e6, asset_types: allTypesBut('lab') }],
    ['$150M, but do not sell one single data center.', { target_amount: 150e6, asset_types: allTypesBut('data_center') }],
    ['Raise $60M. Never sell a single office.', { target_amount: 60e6, asset_types: allTypesBut('office') }],
    // Selling a single building is asked for.
    ['Raise $60M by selling a single warehouse.', { target_amount: 60e6, asset_types: ['warehouse'] }],
  ],
  'buildings not to bother with, or added after "off the list, plus"': [
    [
      "The Mesa Parts Store and the Tempe Office are up for a separate sale, so don't bother with them. Raise $70M.",
      { target_amount: 70e6, exclude_asset_ids: ['PHX-04', 'PHX-03'] },
    ],
    [
      'The Groveport Warehouse is half empty - no need to bother with it. Raise $70M.',
      {
        target_amount: 70e6,
        exclude_asset_ids: ['COL-02'],
      },
    ],
    [
      'Keep the Dublin Research Lab off the list, plus the Schaumburg Office. Raise $70M.',
      { target_amount: 70e6, exclude_asset_ids: ['COL-03', 'CHI-04'] },
    ],
    [
      'Both plants stay off the table, plus the Edison Warehouse. Raise $70M.',
      { target_amount: 70e6, asset_types: allTypesBut('manufacturing'), exclude_asset_ids: ['NWK-02'] },
    ],
    // A building added to the sale after a plus asks for nothing ruled out.
    ['Raise $70M from the Edison Warehouse plus the Fontana Warehouse.', { target_amount: 70e6 }],
  ],
  'buildings ruled out, then their whole market in a correction': [
    ['Houston office: skip it. Actually, leave all of Houston out. Raise $60M.', { target_amount: 60e6, exclude_markets: ['Houston'] }],
    [
      'Drop the Elk Grove Village Warehouse and the Schaumburg Office. On second thought, nothing in Chicago at all. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Chicago'] },
    ],
    [
      'Exclude the Mesa Parts Store. Actually, exclude Phoenix entirely. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Phoenix'] },
    ],
    // A building elsewhere, or a market added without a correction, stays ruled out as well.
    [
      'Exclude the Fontana Warehouse. Actually, leave all of Phoenix out. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Phoenix'], exclude_asset_ids: ['IE-02'] },
    ],
    [
      'Exclude the Tempe Office. Also leave all of Phoenix out. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Phoenix'], exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'a pasted table of ids marked no': [
    ['Asset ID,Include?\nHOU-03,N\nNWK-03,N\n\nRaise $90M.', { target_amount: 90e6, exclude_asset_ids: ['HOU-03', 'NWK-03'] }],
    ['ID | In scope\nATL-04 | no\nCOL-04 | no\nRaise $50M.', { target_amount: 50e6, exclude_asset_ids: ['ATL-04', 'COL-04'] }],
    ['asset_id;sell?\nDAL-05;N\nPHX-02;Y\nTarget $120M.', { target_amount: 120e6, exclude_asset_ids: ['DAL-05'] }],
    // Rows marked yes rule nothing out.
    ['Asset ID,Include?\nDAL-01,Y\nCHI-03,Y\n\nRaise $140M.', { target_amount: 140e6 }],
  ],
};

describeFamilies('Brief wording families, round 46: target, floor and places', FAMILIES);
