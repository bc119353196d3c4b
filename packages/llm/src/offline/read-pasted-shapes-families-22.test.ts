import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-second round of families for the shapes of pasted text: chat turns read together. A question naming a
 * figure without giving it, answered by another speaker with the figure; a proposed figure answered with another where
 * the speakers are written in lower case or the question is quoted; a speaker's own correction on the next line; and a
 * unit sent alone after a bare figure. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a question naming a figure answered with the figure alone ("whats the cap on new rent" then "7.5m")': [
    ['Abe: whats the cap on new rent\nCy: 7.5m\nAbe: and the raise\nCy: 64m', { target_amount: 64e6, max_rent_added: 7.5e6 }],
    ['dora: new rent ceiling?\neli: $6M\ndora: total?\neli: $58M, keep it tight', { target_amount: 58e6, max_rent_added: 6e6 }],
    ['Vic: rent cap\nWes: 4.5m\nVic: ok. ask is $52M', { target_amount: 52e6, max_rent_added: 4.5e6 }],
    [
      'Ida: what is the proceeds goal?\nJo: $81 million and no more than 6 mil of new rent\nIda: thx',
      { target_amount: 81e6, max_rent_added: 6e6 },
    ],
    ['> Which crit ceiling do you want?\n0.65\n> Target $70M?\nYes.', { target_amount: 70e6, max_criticality: 0.65 }],
    // A statement of a few words is no question, so a figure with words after it stays on its own line.
    [
      'Kai: greedy works\nLu: 150 bps annual escalator\nKai: raise $90M',
      {
        target_amount: 90e6,
        strategy: 'greedy',
        economics: { rent_escalator: 0.015 },
      },
    ],
    // A range answered stays a range; the tax rate and the term answered bare are read as they stand.
    ['ann: tax?\nbo: 23\nann: size $75M?\nbo: ok', { target_amount: 75e6, economics: { tax_rate: 0.23 } }],
  ],
  'a proposed figure answered with another, in lower case or under a quote ("amount 70m?" then "72m")': [
    ['rae: what basis\nsol: ifrs 16\nrae: and amount 70m?\nsol: 72m', { target_amount: 72e6, economics: { accounting_basis: 'ifrs16' } }],
    ['> Lease term 12?\nNo, 14 years.\n> Target $60M?\nYes.', { target_amount: 60e6, economics: { lease_term_years: 14 } }],
    ['> max net lev 3.2x?\n3.4x, the lenders agreed.\n> Raise $88M?\nOK', { target_amount: 88e6, max_net_leverage: 3.4 }],
    // The same figure answered changes nothing.
    ['tia: target 65m?\numa: 65m\ntia: ok', { target_amount: 65e6 }],
  ],
  'a speaker correcting their own figure on the next line ("target 90M" then "correction, $85M", "sorry 17")': [
    ['Max: target 90M\nMax: correction, $85M\nNed: ok', { target_amount: 85e6 }],
    ['Ola: leases of 16 years\nOla: sorry 17\nOla: raise $66M', { target_amount: 66e6, economics: { lease_term_years: 17 } }],
    ['Pia: net lev cap 3.1x\nPia: actually 3.3x\nPia: raise $72M', { target_amount: 72e6, max_net_leverage: 3.3 }],
    // Another speaker's "sorry" is no correction of the line above.
    ['Ron: raise $70M\nSue: sorry, late to this\nRon: thanks', { target_amount: 70e6 }],
  ],
  'a unit sent on its own line after a bare figure ("we need 95" then "million, obviously")': [
    ['Gil: we need 95\nGil: million, obviously\nHal: floor?\nGil: $80M', { target_amount: 95e6, floor_amount: 80e6 }],
    ['Ivy: the amount is 115\nIvy: mil sorry\nJon: k', { target_amount: 115e6 }],
    // A unit word from someone else is not sent after the figure.
    ['Kit: the amount is $115M\nLou: m', { target_amount: 115e6 }],
  ],
  'settings pasted as JSON, an object literal, YAML lists or assignments ("{"floor_amount": 61000000}", "exclude_markets = ["Atlanta"]")': [
    ['{"target_amount": 99000000, "floor_amount": 81000000}', { target_amount: 99e6, floor_amount: 81e6 }],
    [
      'inputs.json\n{\n  "proceeds": "$74 million",\n  "lease_term": "13 years",\n  "escalator": "2.25%"\n}',
      { target_amount: 74e6, economics: { lease_term_years: 13, rent_escalator: 0.0225 } },
    ],
    ['{ target: "$63M", max_crit: 0.45 }', { target_amount: 63e6, max_criticality: 0.45 }],
    ['settings:\n  target: 88M\n  exclude_markets: [Atlanta, Columbus]', { target_amount: 88e6, exclude_markets: ['Atlanta', 'Columbus'] }],
    ['target = 91_000_000\nexclude_markets = ["Houston"]', { target_amount: 91e6, exclude_markets: ['Houston'] }],
    // A key naming its unit is read as written; a chat line or a labelled sentence is no setting.
    ['{"raise": 120000000, "lease_yrs": 16}', { target_amount: 120e6, economics: { lease_term_years: 16 } }],
    ['Note: exclude Dallas = HQ city. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
  ],
  'a label joined to its value by leader dots ("Floor ........ $ 61M")': [
    ['Target ........... $ 93M\nFloor ............ $ 77M', { target_amount: 93e6, floor_amount: 77e6 }],
    ['Raise ..... $64M\nMarkets out ..... Atlanta, Phoenix', { target_amount: 64e6, exclude_markets: ['Atlanta', 'Phoenix'] }],
    // An ellipsis in a sentence joins no label to a value.
    ['Hmm... raise $50M and exclude Dallas.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
  ],
};

describeFamilies('reading the shapes of pasted text (families, round 22)', FAMILIES);
