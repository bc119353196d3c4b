import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-ninth round of wording families for the target, the floor and the search: a cap of rent said as "not a cent
 * more than" its figure, which asks for no search; a rate priced by the foot, the market's; the ask named for the run
 * at hand ("the ask for this first run is", "This one:"); a figure ruled off the table; a rough figure ("-ish") and
 * the one it is then called; a slash header over a slash row holding a percent; a key in millions and its figure
 * split by a tab; lines of versions, the current one instructing; the ask "asked for" or "checked" beside a rent or
 * interest figure; the ask failing to "get to" its figure before the floor; chat lines with the speaker before the
 * time; a figure asked about and called too much by a speaker; the least to raise then selling just enough over it;
 * and a chat message agreeing to a bare figure. Every case states what it must read; a field it does not name is read
 * as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a rent cap said as not a cent more than its figure': [
    [
      'Go for $160M with a floor of $140M, and not a cent more than $9M of added annual rent.',
      { target_amount: 160e6, floor_amount: 140e6, max_rent_added: 9e6 },
    ],
    // Not a dollar more than the ask itself still asks for the least over it (which only the exact search finds).
    ['Raise $70M and not a dollar more than we need.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
  ],
  'a rate priced by the foot': [
    ['Land trades near $95 a foot out there. Our ask is $64M.', { target_amount: 64e6 }],
    ['Rents run $11 a square foot; we want $120M.', { target_amount: 120e6 }],
    // A figure with its scale is still the ask.
    ['Raise $48M.', { target_amount: 48e6 }],
  ],
  'the ask named for the run at hand': [
    ['The committee allowed up to $400M overall; the ask for this first run is $150M.', { target_amount: 150e6 }],
    ['The 2021 Denver sale ($38M) was another story. This one: $62M.', { target_amount: 62e6 }],
    // Only an amount: the authority alone is read as the ask.
    ['The committee allowed up to $400M overall.', { target_amount: 400e6 }],
  ],
  'a figure ruled off the table': [
    ["A $900M program like a peer's is not on the table. We're looking at $140M.", { target_amount: 140e6 }],
    ['$500M is off the table; raise $175M.', { target_amount: 175e6 }],
    // A place ruled off the table is an exclusion, and the ask stands.
    ['Raise $90M. Phoenix is off the table.', { target_amount: 90e6, exclude_markets: ['Phoenix'] }],
    // A figure beside another subject ruled off the table stands.
    ['We need $80M from the sale and Phoenix is off the table.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
  ],
  'a rough figure and the one it is called': [
    ["We're at $70-ish million, call it $73M.", { target_amount: 73e6 }],
    ['Think 120ish m for now.', { target_amount: 120e6 }],
    ['About $90 million, call it $88M.', { target_amount: 88e6 }],
    // "Call it" with no figure before it names no ask.
    ['Raise $60M and call it a day.', { target_amount: 60e6 }],
  ],
  'a slash header over a slash row with a percent': [
    ['Target/Min/Tax\n$150M/$130M/23%', { target_amount: 150e6, floor_amount: 130e6, economics: { tax_rate: 0.23 } }],
    // A row of another kind under the header is left alone.
    ['Target/Min/Tax\nsee the attached memo\nRaise $150M.', { target_amount: 150e6 }],
  ],
  'a key in millions split from its figure by a tab': [
    ['setting\tvalue\ntarget_musd\t175', { target_amount: 175e6 }],
    ['floor_musd\t90\ntarget_musd\t110', { target_amount: 110e6, floor_amount: 90e6 }],
  ],
  'lines of versions, the current one instructing': [
    ['v1: target 140 / floor 120\nv2 (current): target 155 / floor 130 - USD millions', { target_amount: 155e6, floor_amount: 130e6 }],
    ['Draft 1: $80M\nDraft 2: $95M', { target_amount: 95e6 }],
    ['v3 (final): $60M\nv4: $75M', { target_amount: 60e6 }],
    // A single versioned line supersedes nothing.
    ['v2: $120M, floor $100M', { target_amount: 120e6, floor_amount: 100e6 }],
  ],
  'the ask asked for or checked beside a rent or interest figure': [
    ['Treasury is asking for $115M with no more than $8M in added rent.', { target_amount: 115e6, max_rent_added: 8e6 }],
    [
      'Can you check $66M with coverage of EBITDAR over interest plus rent at 1.9x?',
      { target_amount: 66e6, min_fixed_charge_coverage: 1.9 },
    ],
    // Rent alone is no ask.
    ['We pay about $30M in rent today.', {}],
  ],
  'the ask failing to get to its figure before the floor': [
    ['raise 95 million. if we cant get to 95, 80 is fine', { target_amount: 95e6, floor_amount: 80e6 }],
    ["Raise $120M; if we can't get to $120M, $100M is fine.", { target_amount: 120e6, floor_amount: 100e6 }],
    // The figure the condition fails to reach is the ask, not the floor.
    ["If we can't get to $120M, tell me.", { target_amount: 120e6 }],
  ],
  'chat lines with the speaker before the time': [
    [
      '> Ivy 9:14 AM: max new rent?\n> Raj 9:15 AM: $6M\n> Ivy 9:16 AM: and the ask is still $75M?\n> Raj 9:16 AM: yes',
      { target_amount: 75e6, max_rent_added: 6e6 },
    ],
    // One such line alone is no chat.
    ['Call 4:30: raise $75M.', { target_amount: 75e6 }],
  ],
  'a figure asked about and called too much by a speaker': [
    ['Ann: $200M?\nBob: too much - $170M\nAnn: ok, $170M.', { target_amount: 170e6 }],
    // A figure nobody refused stands.
    ['Ann: $200M?\nBob: yes, go.', { target_amount: 200e6 }],
  ],
  'the least to raise, then selling just enough over it': [
    [
      'Raise not less than $95 million; sell just enough, not a dollar more.',
      { target_amount: 95e6, economics: { objective: 'min_proceeds' } },
    ],
    // Alone, the least to raise is the ask and its floor.
    ['Raise not less than $95 million.', { target_amount: 95e6, floor_amount: 95e6 }],
  ],
  'a chat message agreeing to a bare figure': [
    ['<kim> can we do 60?\n<lou> 60 is light, the CFO said 75\n<kim> ok 75. floor 65', { target_amount: 75e6, floor_amount: 65e6 }],
    // Agreeing to a term is no ask.
    ['<kim> term?\n<lou> 15 years\n<kim> ok 15 years', { economics: { lease_term_years: 15 } }],
  ],
};

describeFamilies('target, floor and search families, round 39', FAMILIES);
