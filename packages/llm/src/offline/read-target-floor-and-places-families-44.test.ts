import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-fourth round of wording families for the ask, the floor and the places: the ask decided after another
 * figure was set aside (agreed, resolved, countered, "for this one", "go with") and a figure disowned, turned down or
 * replaced; a fragment sentence joining one more item to an exclusion ("And retail."); where people of a note sit or
 * travel; "not keen on selling"; a sheet's dot leader after an exclusion label; a quote's mark before a list ruled
 * out; bare asks said as what is looked at or liked, landed at, "flat", by quarter end, a reply's "works", or a
 * checklist's "Raise 81"; bare floors stomached or that still work, and a bare floor and ask said in turn; a chat's
 * bare ask corrected after its time stamp; figures scanned with stray spaces or an O for a zero before the scale;
 * and a floor that keeps someone happy, draws no complaint, or is spoken in hundreds at the lowest. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the ask decided after another figure was set aside': [
    ['The board turned down the $70M bid from Crestline. We will raise $62M ourselves.', { target_amount: 62e6 }],
    ['Committee threw out the $50M idea. Agreed $58M.', { target_amount: 58e6 }],
    ['Options were $80M or $95M. Resolved: $95M.', { target_amount: 95e6 }],
    ['Their proposal we rejected: $300M. Our counter: $240M.', { target_amount: 240e6 }],
    ['The 2021 Houston SLB ($40M) is precedent only. For this one: $66M.', { target_amount: 66e6 }],
    ['Some wanted $75M; the CFO said $88M. Go with $88M.', { target_amount: 88e6 }],
    ['They pitched $210M for the portfolio - not our number. We want $185M.', { target_amount: 185e6 }],
    ["My draft said 'raise $500M'; that was a typo. We need $150M.", { target_amount: 150e6 }],
    [
      'A buyer bid for the whole portfolio at $60 million and we said no. What we really want is to raise $110 million.',
      { target_amount: 110e6 },
    ],
    ['Note (rev 4, replaces rev 3\u2019s $90M): $104M target.', { target_amount: 104e6 }],
    // With no figure set aside and nothing decided after it, the first ask stands.
    ['Raise $90M. We agreed to review the $20M tranche later.', { target_amount: 90e6 }],
  ],
  'a fragment sentence joining one more item to the exclusion before it': [
    ['Labs are off the table. And data centers. Raise $80M.', { target_amount: 80e6, asset_types: allTypesBut('lab', 'data_center') }],
    ["We won't sell stores. Or offices. Raise $45M.", { target_amount: 45e6, asset_types: allTypesBut('retail', 'office') }],
    ['Data centers are off limits. Or labs. Raise $55M.', { target_amount: 55e6, asset_types: allTypesBut('data_center', 'lab') }],
    // After no exclusion, or when the fragment goes on, it rules nothing out.
    ['Warehouses only. And Dallas. Raise $70M.', { target_amount: 70e6, asset_types: ['warehouse'], include_markets: ['Dallas'] }],
    [
      'Houston is out. And Dallas is where we want to sell. Raise $70M.',
      { target_amount: 70e6, exclude_markets: ['Houston'], include_markets: ['Dallas'] },
    ],
  ],
  'where the people of a note sit or travel': [
    ['Huddle (me in Atlanta, COO in Dallas): raise $95M.', { target_amount: 95e6 }],
    ['Minutes (Priya in Columbus; I am in Chicago):\n- Raise $88M', { target_amount: 88e6 }],
    ['Notes: treasurer in Houston for the Baytown site visit. Raise $72M.', { target_amount: 72e6 }],
    ['Our lawyer, who sits in our Phoenix office, agrees. Raise $64M.', { target_amount: 64e6 }],
    // A place in a bracket that asks, or a role's place with no visit, still filters.
    ['Raise $64M (only Dallas, Houston).', { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] }],
    ['CFO: sell in Phoenix only. Raise $64M.', { target_amount: 64e6, include_markets: ['Phoenix'] }],
  ],
  "places and types told of a deal turned down, another party's, or kept for context": [
    ['A fund offered to buy our Atlanta stores for $40 million and we said no. Raise $70M.', { target_amount: 70e6 }],
    ['We rejected the $95M bid for the Phoenix portfolio. Raise $80M.', { target_amount: 80e6 }],
    ['Our friend at Crestline sold $300M of Phoenix offices in 2023. Raise $85M.', { target_amount: 85e6 }],
    ['Clipping from the archive, for context: "sold $30M in Chicago." Raise $45M.', { target_amount: 45e6 }],
    // A sentence that also asks keeps its places.
    [
      'A buyer offered $50M for Dallas and we said no, so exclude Dallas. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Dallas'] },
    ],
    ['A competitor sold its Newark sites; we want Newark only. Raise $60M.', { target_amount: 60e6, include_markets: ['Newark'] }],
  ],
  'a wish of someone else the writer opposes or the board turned down': [
    [
      'Sales wanted us to sell the labs, which I am against. Keep the labs. Raise $60M.',
      { target_amount: 60e6, asset_types: allTypesBut('lab') },
    ],
    ['The bank pushed selling the Houston offices, which the board rejected. Raise $60M.', { target_amount: 60e6 }],
    // A wish the writer shares still asks.
    ['Sales wanted us to sell the labs, and I agree. Raise $60M.', { target_amount: 60e6, asset_types: ['lab'] }],
  ],
  'a question whether to include something, answered no with a list of its own': [
    [
      'Ana: Can we include labs?\nBo: No, no labs and no offices.\nRaise $66M.',
      { target_amount: 66e6, asset_types: allTypesBut('lab', 'office') },
    ],
    [
      'Ana: Can we include Atlanta?\nBo: Nope, no Atlanta and no Newark.\nRaise $66M.',
      { target_amount: 66e6, exclude_markets: ['Atlanta', 'Newark'] },
    ],
    // An answer of yes leaves the question to the readers as before.
    ['Ana: Can we include labs?\nBo: Yes, labs are fine.\nRaise $66M.', { target_amount: 66e6, asset_types: ['lab'] }],
  ],
  'an exclusion said to be unneeded': [
    ['Raise $75M. I work in the Schaumburg Office, but that is no reason to exclude it.', { target_amount: 75e6 }],
    ['Raise $75M. The Tempe Office is my base, but there is no need to keep it out.', { target_amount: 75e6 }],
    // An exclusion that is needed still rules out.
    ['Raise $75M. We need to exclude the Tempe Office.', { target_amount: 75e6, exclude_asset_ids: ['PHX-03'] }],
  ],
  "a place described as the company's own market after an order, or whose share is only measured": [
    ['Leave the Tempe Office alone, Phoenix is our growth market. Raise $90M.', { target_amount: 90e6, exclude_asset_ids: ['PHX-03'] }],
    ['Keep the Schaumburg Office out - Chicago is our home base. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['CHI-04'] }],
    [
      'Today the share from Houston in the model is 46%, too much. Cap any market at 30%. Raise $70M.',
      { target_amount: 70e6, max_market_share: 0.3 },
    ],
    // A place called ours on its own, or one whose share is capped, still asks.
    ['Phoenix is our growth market. Raise $90M.', { target_amount: 90e6, include_markets: ['Phoenix'] }],
    ['Sell in Houston, Houston is our core market, please. Raise $70M.', { target_amount: 70e6, include_markets: ['Houston'] }],
  ],
  'a type word naming the activity buildings are the heart of': [
    [
      "Raise $85M. Don't sell the Kearny Legacy Plant or the Cicero Main Plant, those are the heart of manufacturing.",
      { target_amount: 85e6, exclude_asset_ids: ['NWK-03', 'CHI-03'] },
    ],
    [
      "Raise $70M. Don't sell the Groveport Warehouse or the Fontana Warehouse, those are the heart of warehousing.",
      { target_amount: 70e6, exclude_asset_ids: ['COL-02', 'IE-02'] },
    ],
    [
      'Raise $70M. Keep the Wilmer Automated Distribution Center and the Rickenbacker Distribution Center; those are the heart of distribution.',
      { target_amount: 70e6, exclude_asset_ids: ['DAL-02', 'COL-01'] },
    ],
    // A type asked for by name still reads.
    ['Raise $85M from manufacturing only.', { target_amount: 85e6, asset_types: ['manufacturing'] }],
  ],
  "a place's row in a table of share caps": [
    ['Market | Share cap\nHouston | 30%\nRaise: $88M', { target_amount: 88e6 }],
    ['| Metro | Max share of proceeds |\n| Phoenix | 20% |\n| Atlanta | 25% |\nTarget: $140M', { target_amount: 140e6 }],
    // A row that says yes to a place, or a share said in prose, is read as before.
    ['Market | Include\nHouston | yes\nRaise: $88M', { target_amount: 88e6, include_markets: ['Houston'] }],
  ],
  '"the <town> one" after a building named, as the building of that kind in the town': [
    ['Keep the Tempe Office. And the Houston one too. Raise $40M.', { target_amount: 40e6, exclude_asset_ids: ['PHX-03', 'HOU-04'] }],
    [
      'Leave the Baytown Cold Storage Warehouse alone. And the Groveport one too. Raise $45M.',
      { target_amount: 45e6, exclude_asset_ids: ['HOU-02', 'COL-02'] },
    ],
    // A town with no building of that kind is read as the place it names.
    [
      'Keep the Tempe Office. the Dallas one is fine. Raise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['PHX-03'], include_markets: ['Dallas'] },
    ],
  ],
  'one more building added "too" on the next message that agrees with an exclusion': [
    [
      'Mark: keep the Tempe Office out, the team sits there.\nSue: Agreed, and the Schaumburg Office too.\nRaise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['PHX-03', 'CHI-04'] },
    ],
    [
      '> Ana: I would keep the Fontana Warehouse, it is leased to a key client.\n> Bo: Yes, and the Groveport one too.\nRaise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['IE-02', 'COL-02'] },
    ],
    // A next message that says something else of a place asks for it as before.
    [
      'Mark: keep the Tempe Office out.\nSue: and the Dallas market is fine too.\nRaise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['PHX-03'], include_markets: ['Dallas'] },
    ],
  ],
  'market codes CHI and COL written in capitals': [
    ['Markets: CHI, COL only. Raise $75M.', { target_amount: 75e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Exclude CHI. Raise $75M.', { target_amount: 75e6, exclude_markets: ['Chicago'] }],
    // In lower case the letters are a column or a word, and an id keeps its building.
    ['Raise $75M. See col B of the sheet.', { target_amount: 75e6 }],
    ['Exclude COL-03. Raise $75M.', { target_amount: 75e6, exclude_asset_ids: ['COL-03'] }],
  ],
  '"not keen on selling" rules its list out': [
    ["I'm not keen on selling anything in Georgia. Raise $90M.", { target_amount: 90e6, exclude_markets: ['Atlanta'] }],
    ["We're not keen on selling the Ohio buildings. Raise $75M.", { target_amount: 75e6, exclude_markets: ['Columbus'] }],
    // Keen on selling is an ask, not an exclusion.
    ["I'm keen on selling in Georgia. Raise $90M.", { target_amount: 90e6, include_markets: ['Atlanta'] }],
  ],
  "a sheet's dot leader after an exclusion label": [
    ['Raise ....... 75,000,000\nExcl. mkts .... Houston', { target_amount: 75e6, exclude_markets: ['Houston'] }],
    ['Target ..... $66M\nExcl. mkts ..... Newark, Phoenix', { target_amount: 66e6, exclude_markets: ['Newark', 'Phoenix'] }],
  ],
  "a quote's mark before a list ruled out": [
    [
      "CEO text: 'offices, labs and stores are out; raise $90M'",
      { target_amount: 90e6, asset_types: allTypesBut('office', 'lab', 'retail') },
    ],
    [
      'Memo: \u2018stores, labs and data centers are off the table; raise $70M\u2019',
      { target_amount: 70e6, asset_types: allTypesBut('retail', 'lab', 'data_center') },
    ],
  ],
  'an amount the writer says they will run, whatever rent words follow it': [
    ["Per the CFO's note, we'll run $77M with new rent held under $5M a year.", { target_amount: 77e6, max_rent_added: 5e6 }],
    ['I will run $64M with rent.', { target_amount: 64e6 }],
    // Rent that was run in the past is background.
    ['Last year we ran $30M of rent. Raise $64M.', { target_amount: 64e6 }],
  ],
  'bare asks looked at, liked, landed at, flat, by quarter end, a reply that works, or a checklist item': [
    ["We're looking at one forty. Keep Dallas out.", { target_amount: 140e6, exclude_markets: ['Dallas'] }],
    ["We'd like one twenty-five. US GAAP.", { target_amount: 125e6, economics: { accounting_basis: 'us_gaap' } }],
    [
      'Text from Ana: land it at 96 with as little overshoot as possible.',
      { target_amount: 96e6, economics: { objective: 'min_proceeds' } },
    ],
    ['CFO: the ask is 75 flat.', { target_amount: 75e6 }],
    ['We need 110 by quarter end.', { target_amount: 110e6 }],
    ['> Kim: 130?\n>> Lee: 130 works. Leave Newark out.', { target_amount: 130e6, exclude_markets: ['Newark'] }],
    ['To do:\n- Raise 64\n- Exclude Ohio', { target_amount: 64e6, exclude_markets: ['Columbus'] }],
    // A count looked at, or a raise that goes on past its line, is no ask.
    ["We're looking at 14 sites. Raise $50M.", { target_amount: 50e6 }],
    ['To do:\n- Raise 64 sites to review', {}],
  ],
  'bare floors stomached or still working, and a bare floor and ask said in turn': [
    ['need 150 by quarter end, could stomach 130 if pressed.', { target_amount: 150e6, floor_amount: 130e6 }],
    ['We need $90M, but 80 works.', { target_amount: 90e6, floor_amount: 80e6 }],
    ['need 120 min, 140 ideal. Tax 25.', { target_amount: 140e6, floor_amount: 120e6, economics: { tax_rate: 0.25 } }],
    ['> CEO: aim for 210, 180 minimum.', { target_amount: 210e6, floor_amount: 180e6 }],
    ["We'd take 70 but want 85.", { target_amount: 85e6, floor_amount: 70e6 }],
    // A figure that works above the ask, or a floor that is a limit's, is no floor.
    ['We need $90M, but 95 works too.', { target_amount: 90e6 }],
    ['need 120 min, 140 ideal sites.', {}],
  ],
  "a chat's bare ask corrected after its time stamp": [
    ['[09:14] cfo: 95\n[09:15] cfo: actually make it 105', { target_amount: 105e6 }],
    ['[16:02] Dana: 88\n[16:03] Dana: sorry, make that 92', { target_amount: 92e6 }],
    // Without "make it", an aside after the time stamp corrects nothing.
    ['[09:14] cfo: 95\n[09:15] cfo: actually 12 sites qualify', { target_amount: 95e6 }],
  ],
  'an amount in millions taken back with "nope"': [
    ['Ask is 88 million. Nope - 98. Typo.', { target_amount: 98e6 }],
    ['We need 150 million. Nope, 165.', { target_amount: 165e6 }],
    // A term after the refusal is no replacement.
    ['We need 150 million. Nope, 20-year leases are too long.', { target_amount: 150e6, economics: { lease_term_years: 20 } }],
  ],
  'a bare figure asked about in a chat, refused and replaced on the next message': [
    ['Ria: 150?\nTom: No - 165, and keep Phoenix out.\nRia: ok', { target_amount: 165e6, exclude_markets: ['Phoenix'] }],
    ['[08:10] Ann: 90?\n[08:11] Raj: nope, 80.', { target_amount: 80e6 }],
    // A question on a limit, or a refusal that counts something, sets no ask.
    ['Tax: 21?\nTom: No - 25.', {}],
    ['Ria: 150?\nTom: No, 12 sites.\nRia: ok', {}],
  ],
  'a sheet row with a note in its third cell': [
    [
      'Field\tValue\tComment\nTarget\t$ 71,000,000\tboard number\nMortgaged\tExclude\tno lender consent',
      { target_amount: 71e6, exclude_mortgaged: true },
    ],
    [
      'Input\tValue\tNotes\nRaise\t$ 52,000,000\tCFO number\nMax crit\t0.6\t\nMortgaged\tExclude\tlender said no',
      { target_amount: 52e6, max_criticality: 0.6, exclude_mortgaged: true },
    ],
    // A unit in the third cell is the value's own.
    ['Parameter\tValue\tUnit\nTarget\t90\tUSD m\nLease term\t12\tyears', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    // A third cell holding a figure is another table's column, read as before.
    ['Scenario\tTarget\tFloor\nBase\t130\t110', { target_amount: 130e6, floor_amount: 110e6 }],
  ],
  'figures scanned with stray spaces, or an O for a zero before the scale': [
    ['Scan: raise no more than $ 135 ,000,000 and no less than $ 1l0,000,000.', { target_amount: 135e6, floor_amount: 110e6 }],
    ['Scan: the Company seeks $ 1 85 million for the program.', { target_amount: 185e6 }],
    ['Scan: Raise USD 16 5 mill ion ; exclude Dallas', { target_amount: 165e6, exclude_markets: ['Dallas'] }],
    ['Scan: Proceeds $ 62 ,5OO,OOO ; Floor $ 55,OOO,OOO', { target_amount: 62.5e6, floor_amount: 55e6 }],
    ['notebook: raise 11O mm, min 95 mm', { target_amount: 110e6, floor_amount: 95e6 }],
    // A figure and a count after the mark are left apart, and a word is never read as a figure.
    ['Raise $80M. Fee: $ 1 5 per sq ft.', { target_amount: 80e6 }],
  ],
  'a floor that keeps someone happy, draws no complaint, or is spoken in hundreds at the lowest': [
    ['We want 180 million, though anything over 150 million would keep us happy.', { target_amount: 180e6, floor_amount: 150e6 }],
    ["Aim for $95 million. If it landed at $85 million I wouldn't complain.", { target_amount: 95e6, floor_amount: 85e6 }],
    ['One hundred and sixty million is the number. We can accept one forty at the lowest.', { target_amount: 160e6, floor_amount: 140e6 }],
    // Happiness with a higher figure is no floor.
    ['Aim for $95 million; $120 million would keep us happy.', { target_amount: 95e6 }],
  ],
};

describeFamilies('Brief wording families, round 44: target, floor and places', FAMILIES);
