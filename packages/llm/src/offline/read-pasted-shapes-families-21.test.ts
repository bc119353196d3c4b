import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-first round of families, for the shapes of pasted text rather than their wording: rows separated by commas
 * or semicolons under a header line, spreadsheet cells written with their references, and chat logs in the shapes
 * other tools paste them (an IRC log, a time after or before the name, a name and time on a line above the message).
 * Each reads as the labelled lines or "Name: message" chat lines it stands for. Every case states what it must read; a
 * field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a label and its value separated by a comma or a semicolon under a two-column header ("name,value")': [
    ['name,value\nproceeds,64000000\nmax_net_leverage,3.2', { target_amount: 64e6, max_net_leverage: 3.2 }],
    ['Setting;Amount\nTarget;$71m\nMin leaseability;0.45', { target_amount: 71e6, min_leaseability: 0.45 }],
    [
      'Input,Value\nTarget,$58m\nTax rate,24%\nLease term years,14',
      { target_amount: 58e6, economics: { tax_rate: 0.24, lease_term_years: 14 } },
    ],
    // A value with a delimiter of its own stays whole.
    ['field,value\ntarget_usd,"59,000,000"\nfloor_usd,"50,000,000"', { target_amount: 59e6, floor_amount: 50e6 }],
    // A sentence with commas is no header, and a line already labelled is no row.
    ['Hi Sam, thanks, Lee\nTarget: $66M', { target_amount: 66e6 }],
    ['Terms (draft 3, final)\nTarget: $42,000,000\nMax net leverage: 3,2x', { target_amount: 42e6, max_net_leverage: 3.2 }],
  ],
  'one row of figures under a wider header, read column by column ("target;floor;min_fccr" over "90;75;1.4")': [
    ['target_usd;floor_usd;min_fccr\n91000000;76000000;1.45', { target_amount: 91e6, floor_amount: 76e6, min_fixed_charge_coverage: 1.45 }],
    [
      'Scenario,Target ($),Max crit,Escalator\nLow,64000000,0.6,1.5%',
      { target_amount: 64e6, max_criticality: 0.6, economics: { rent_escalator: 0.015 } },
    ],
    [
      'target;excluded_markets;basis\n$47m;Phoenix, Dallas;IFRS 16',
      { target_amount: 47e6, exclude_markets: ['Dallas', 'Phoenix'], economics: { accounting_basis: 'ifrs16' } },
    ],
    // A header over words only is prose, and left to the readers as written.
    ['Apples,pears,plums\nfigs,dates,limes\nTarget $30M', { target_amount: 30e6 }],
  ],
  'a bordered table whose header names fields over one row of figures ("Run | Target | Crit max" over "R7 | 67.5 | 0.55")': [
    [
      'Case | Target | Floor | Max crit\nBase | 80 | 70 | 0.6\nAmounts in $m',
      { target_amount: 80e6, floor_amount: 70e6, max_criticality: 0.6 },
    ],
    [
      'Scenario | Target | Max net leverage | Escalator\nS2 | 66 | 3.1x | 2%\n(Target in $m)',
      { target_amount: 66e6, max_net_leverage: 3.1, economics: { rent_escalator: 0.02 } },
    ],
    // A row of a label, its value and its unit is read as the table reader reads it.
    ['Item | Value | Unit\nTarget | 45 | USD m', { target_amount: 45e6 }],
  ],
  'spreadsheet cells written with their references ("A3: Floor (USDm)   B3: 100")': [
    ['A1: Inputs\nA2: Target (USDm)   B2: 84\nA3: Max net leverage   B3: 3.1x', { target_amount: 84e6, max_net_leverage: 3.1 }],
    ['C4: Floor ($m)\tD4: 70\nC5: Target ($m)\tD5: 82', { target_amount: 82e6, floor_amount: 70e6 }],
    // One reference alone in a sentence is left as written.
    ['Raise $50M; see B2: assumptions tab.', { target_amount: 50e6 }],
  ],
  'chat lines pasted as an IRC log ("<ben> amount?")': [
    [
      '<mira> what are we raising\n<jo_fin> $66M\n<mira> basis?\n<jo_fin> IFRS 16',
      { target_amount: 66e6, economics: { accounting_basis: 'ifrs16' } },
    ],
    ['<al> criticality cap?\n<bea> 0.4\n<al> target 52m', { target_amount: 52e6, max_criticality: 0.4 }],
  ],
  'chat lines with the time after or before the name ("Yusuf 3:14 PM: ...", "Jules (08:31): ...", "14:03 Ravi: ...")': [
    ['Noor 4:02 PM: market share cap?\nLiam 4:03 PM: 0.3\nNoor 4:04 PM: target $81M', { target_amount: 81e6, max_market_share: 0.3 }],
    [
      'Ines (10:12): escalator?\nOmar (10:13): 2.5%\nInes (10:14): amount 73m',
      { target_amount: 73e6, economics: { rent_escalator: 0.025 } },
    ],
    ['16:20 Kai: leaseability floor?\n16:21 Ola: 0.45\n16:22 Kai: target $58M', { target_amount: 58e6, min_leaseability: 0.45 }],
    // A lone time in a sentence is not a chat.
    ['Call at 3:30 PM: raise $45M.', { target_amount: 45e6 }],
  ],
  'a name and time on a line of their own above the message ("Kofi 9:12" then the message)': [
    ['Hana 10:01\ncrit ceiling?\nPiet 10:02\n0.45\nHana 10:03\ntarget $64M', { target_amount: 64e6, max_criticality: 0.45 }],
    ['Lou 7:45 AM\nescalator?\nMeg 7:46 AM\n1.75%\nLou 7:47 AM\nand $44M', { target_amount: 44e6, economics: { rent_escalator: 0.0175 } }],
  ],
  'a chat reply under a figure with a figure of its own ("Owen: min FCCR 2.0x" then "Nina: \u21b3 1.8x")': [
    ['Ali: net leverage max 3.6x\nBo: \u21b3 3.3x, per the bank\nAli: target $70M', { target_amount: 70e6, max_net_leverage: 3.3 }],
    ['Cy: no more than 45% per market\nDee: \u21b3 make it 35%\nCy: raise $85M', { target_amount: 85e6, max_market_share: 0.35 }],
    ['Eli: rent added at most $7m\nFay: \u21b3 $6m, budget\nEli: target $66M', { target_amount: 66e6, max_rent_added: 6e6 }],
    // A reply with no figure, or a figure of another kind than the line above, changes nothing.
    ['Gus: FCCR min 1.6x\nHal: \u21b3 agreed\nGus: target $50M', { target_amount: 50e6, min_fixed_charge_coverage: 1.6 }],
    ['Ivy: FCCR min 1.6x\nJay: \u21b3 40%\nIvy: target $50M', { target_amount: 50e6, min_fixed_charge_coverage: 1.6 }],
  ],
  'an answer opening with a figure under a question that proposed another ("Paula: amount 130m?" then "Rick: 135m")': [
    ['Moe: crit ceiling 0.6?\nNell: 0.55, ops asked\nMoe: target $48M', { target_amount: 48e6, max_criticality: 0.55 }],
    ['Oz: FCCR min 1.4x ok?\nPam: go with 1.6x\nOz: and $90M', { target_amount: 90e6, min_fixed_charge_coverage: 1.6 }],
    ['Quin: raise 75m?\nRae: 80m', { target_amount: 80e6 }],
    // The same figure back, an answer without a figure, or the asker answering itself, changes nothing.
    ['Sol: target 71m?\nTia: 71m', { target_amount: 71e6 }],
    ['Uma: net leverage max 3.5x?\nVic: yes\nUma: target $60M', { target_amount: 60e6, max_net_leverage: 3.5 }],
  ],
  'a table of drafts and a final column ("Parameter | Draft | Final"): the final figures are the ask': [
    ['Item | Previous | Revised\nTarget ($m) | 80 | 95\nMax crit | 0.7 | 0.6', { target_amount: 95e6, max_criticality: 0.6 }],
    ['Parameter | Original | Final\nFloor ($m) | 60 | 65\nTarget ($m) | 75 | 80', { target_amount: 80e6, floor_amount: 65e6 }],
  ],
  'rows of assets or markets with a reason for leaving them out, or a status that keeps them ("Asset ID | Name | Reason excluded")': [
    [
      'Site ID | Name | Reason kept\nHOU-04 | Houston Regional Office | staff\n\nTarget $60M',
      { target_amount: 60e6, exclude_asset_ids: ['HOU-04'] },
    ],
    [
      'Market | Why out\nPhoenix | heat risk\nNewark | port works\nRaise $70M',
      { target_amount: 70e6, exclude_markets: ['Newark', 'Phoenix'] },
    ],
    ['Asset | Status\nIE-02 | Hold\nPHX-01 | Available\nTarget $44M', { target_amount: 44e6, exclude_asset_ids: ['IE-02'] }],
    ['ID | Eligible | Notes\nCHI-04 | No | lease\nCHI-01 | Yes |\nTarget | $52M |', { target_amount: 52e6, exclude_asset_ids: ['CHI-04'] }],
    // A semicolon list of assets with a column of actions, its rows numbered.
    [
      '#;Asset;Action\n1;NWK-02 Edison Warehouse;keep\n2;NWK-03 Secaucus Parts Store;sell\nTarget;$39M',
      { target_amount: 39e6, exclude_asset_ids: ['NWK-02'] },
    ],
  ],
  'table rows numbered in a first cell ("Row 3 | Target proceeds | 94 | $m")': [
    ['Row 2 | Target | 77 | $m\nRow 3 | Max net leverage | 3.4 | x', { target_amount: 77e6, max_net_leverage: 3.4 }],
    ['1. | Floor | 55 | USD m\n2. | Target | 64 | USD m', { target_amount: 64e6, floor_amount: 55e6 }],
  ],
};

describeFamilies('reading the shapes of pasted text (families, round 21)', FAMILIES);
