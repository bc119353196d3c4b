import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-third round of wording families for the ask, the floor and the places: a figure refused, recalled from an
 * occasion, corrected with its source or disowned as wrong before the figure meant; an amount said by the year, which
 * is rent and never the ask; an amount called the ask by the words after it, or one the approver will sign off on; the
 * ask given instead of another figure, the company's own after peers' figures, and a buyer's bid; a range said in
 * spoken hundreds; a floor settled by someone, and one still fine above a figure, taken when the market falls short or
 * kept ("the floor stays 80mm?"); a later line pushing or bumping the ask to a figure, or settling on one; the
 * mortgaged class as a label's value, scanned with "rn" for its m, asked whether it is in, ending a list whose items
 * carry reasons in brackets, or left out among a what-if's series of verbs, and an exclusion asked and refused; the
 * places where people sit, meet or join from; places kept out with a reason or "entirely"; a place whose share is
 * capped; a place filter dropped by an order; a count after "those" or a contracted "they're out" standing for the
 * buildings just named; one more building added with "too" after an exclusion's aside in a bracket; a chat whose
 * speakers are named in full after the time; a floor asked in a chat and answered by a figure that goes on to
 * something else; and a sheet pasted as rows split by tabs. Every case states what it must read; a field it does not
 * name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a figure refused, recalled or disowned before the one meant': [
    ['Not $90M, go $105M. Net leverage under 3.5x.', { target_amount: 105e6, max_net_leverage: 3.5 }],
    ['We floated $140M at the offsite; make it $150M.', { target_amount: 150e6 }],
    ['Raise $80M. Correction via Treasury: make that $85M.', { target_amount: 85e6 }],
    ['A $120M sale (correction: the board now says $110M).', { target_amount: 110e6 }],
    ["My email said $60M. That was a mistake: the committee's number is $66M.", { target_amount: 66e6 }],
    // A correction naming its source takes back amounts only: a setting's corrected figure is its own reader's.
    [
      'Raise $70M. Escalator: 3.0% \u2014 no, correction from Finance: 2.5%.',
      { target_amount: 70e6, economics: { rent_escalator: 0.025 } },
    ],
    // A figure recalled with no figure meant after it stands, and so does a refusal that gives none.
    ['We said $95M on the call; the floor is $80M.', { target_amount: 95e6, floor_amount: 80e6 }],
    ['$75M, not $90M.', { target_amount: 75e6 }],
  ],
  'an amount said by the year is rent, never the ask': [
    ['Rent?\nSix million a year ceiling.\nSize?\nNinety million.', { target_amount: 90e6 }],
    ['Q: Extra rent?\nA: Five million a year, no more.\nQ: And the raise?\nA: Eighty million.', { target_amount: 80e6 }],
    [
      'Board: Tax?\nCFO: Twenty-one percent.\nBoard: Rent?\nCFO: Twelve million a year ceiling.\nBoard: Size?\nCFO: Two hundred million.',
      { target_amount: 200e6, economics: { tax_rate: 0.21 } },
    ],
    ['R e n t c a p : $ 9,000,000 / yr\nT a r g e t : $ 130,000,000', { target_amount: 130e6 }],
    // "a year from now" says when, not how often: the amount is still the ask.
    ['We need $50M a year from now.', { target_amount: 50e6 }],
  ],
  'an amount called the ask by the words after it, or one the approver will sign off on': [
    ['Sales: $140M is the ask.', { target_amount: 140e6 }],
    ['Revenue: $95M is our number for this one.', { target_amount: 95e6 }],
    ['The board will approve $130M if interest and rent stay covered.', { target_amount: 130e6 }],
    ["I'll sign off on $60M as long as the rent is affordable.", { target_amount: 60e6 }],
    // A deal still done at a lower figure is a floor, and an approval in the past is background.
    ["She'd sign off at $55M. Target $70M.", { target_amount: 70e6, floor_amount: 55e6 }],
  ],
  "the ask given instead of another, the company's own after peers', and a buyer's bid": [
    ["Rerun last month's model at $95M instead of $80M.", { target_amount: 95e6 }],
    ['Comps: Halvard did $500M. For us: $140M, offices only.', { target_amount: 140e6, asset_types: ['office'] }],
    ['Buyer: Fund II (indicative bid: $88M)\nTarget consideration: $92,000,000', { target_amount: 92e6 }],
    ['Opening bid: $70M.\nSale price sought: $85M.', { target_amount: 85e6 }],
    // A figure a bid is not: the ask alone.
    ['Bids are due Friday. Raise $45M.', { target_amount: 45e6 }],
  ],
  'a range said in spoken hundreds': [
    ['Somewhere between one-ten and one-forty million.', { target_amount: 140e6, floor_amount: 110e6 }],
    ['Ask: between one twenty and one sixty, in millions.', { target_amount: 160e6, floor_amount: 120e6 }],
    ['Between one-thirty and one-fifty million dollars, please.', { target_amount: 150e6, floor_amount: 130e6 }],
    // Without millions, spoken hundreds count something else.
    ['Between one-ten and one-forty staff will move. Raise $50M.', { target_amount: 50e6 }],
  ],
  'a floor settled by someone, still fine above a figure, or taken when the market falls short': [
    ['The ask is $160M, and the minimum the committee approved is $140M.', { target_amount: 160e6, floor_amount: 140e6 }],
    ['Target $90M; the floor that we all signed off on was $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['$110M; if bids disappoint, anything north of $95M still works.', { target_amount: 110e6, floor_amount: 95e6 }],
    ["Could we see $180M? If the market can't get us to 180 we'd take 150 and stop there.", { target_amount: 180e6, floor_amount: 150e6 }],
    // A figure above which something else happens is no floor.
    ['$110M. Anything north of $95M needs board sign-off.', { target_amount: 110e6 }],
  ],
  'a floor kept: "stays", "remains" or "holds" with or without "at"': [
    ['Target $120M. The floor stays $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['[09:10] Ana: target 64mm\n[09:12] Raj: floor remains 55mm?\n[09:13] Ana: yes', { target_amount: 64e6, floor_amount: 55e6 }],
    ['Ask $150M; the minimum holds $130M.', { target_amount: 150e6, floor_amount: 130e6 }],
    // A floor kept with no figure names none.
    ['Target $120M. The floor stays where it was.', { target_amount: 120e6 }],
  ],
  'a later line pushing or bumping the ask to a figure, or settling on one': [
    ['- Analyst: target $120M\n- CFO (later): push it to $135M', { target_amount: 135e6 }],
    ['Ops: target $80M\nTreasurer: bump it to $86M', { target_amount: 86e6 }],
    ["Chair: The motion is sixty million.\nMember: Seventy.\nChair: Let's settle on sixty-five million.", { target_amount: 65e6 }],
    ["A: sixty million?\nB: more.\nA: Let's settle at sixty-five million.", { target_amount: 65e6 }],
  ],
  'the mortgaged class as a label value, scanned, asked whether in, ending a long list or a series, or its exclusion refused': [
    ['Target: $75M\nExclude: mortgaged', { target_amount: 75e6, exclude_mortgaged: true }],
    ['[scan] Target $60M. Exclude rnortgaged sites.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['> Are the mortgaged sites included?\nNo - keep them out. Target $80M.', { target_amount: 80e6, exclude_mortgaged: true }],
    ["Cell B3 ('target'): 65,000,000\nCell B4 ('encumbered'): out", { target_amount: 65e6, exclude_mortgaged: true }],
    [
      'Exclude the Joliet DC (roof repairs), the Tempe Office (sublease talks) and any encumbered site. Target $95M.',
      { target_amount: 95e6, exclude_asset_ids: ['CHI-01', 'PHX-03'], exclude_mortgaged: true },
    ],
    [
      'What could we raise if we restricted it to Dallas and Houston, left out anything with a lien on it, and held FCCR at 2x?',
      { include_markets: ['Dallas', 'Houston'], exclude_mortgaged: true, min_fixed_charge_coverage: 2 },
    ],
    // Asked whether to exclude them and answered no, the class stays in.
    ['[10:01] Ana: target $90M\n[10:02] Ben: skip mortgaged?\n[10:03] Ana: no, keep them in', { target_amount: 90e6 }],
  ],
  'the places where people sit, meet or join from': [
    ['Hello from the treasury folks who sit in Newark :) please run $55M.', { target_amount: 55e6 }],
    ["We're presenting in the Houston boardroom Monday. Run $65M.", { target_amount: 65e6 }],
    ['Joined from Phoenix (Tempe), Dallas and Newark. Decision: $100M.', { target_amount: 100e6 }],
    ['Attendees dialled in from Dallas and Newark. Decision: $100M.', { target_amount: 100e6 }],
    // A place asked for beside where people joined from is still asked for.
    ['Joined from Phoenix. Sell only Dallas. $50M.', { target_amount: 50e6, include_markets: ['Dallas'] }],
  ],
  'places kept out with a reason or "entirely", and a place whose share is capped': [
    [
      'She wants Houston and Phoenix out (tenant issues, long story), and rent capped at $6M.\nTarget $90M.',
      { target_amount: 90e6, exclude_markets: ['Houston', 'Phoenix'], max_rent_added: 6e6 },
    ],
    [
      "Can you run $70M in a case that leaves Ohio out entirely? We're renegotiating the Columbus lease and want no noise.",
      { target_amount: 70e6, exclude_markets: ['Columbus'] },
    ],
    // A place whose own share is capped is no place asked for.
    ['$80M. The board asked that Dallas not exceed 25% of proceeds.', { target_amount: 80e6 }],
  ],
  'a place filter dropped by an order': [
    ['$90M. Lift the Newark carve-out; selling there is fine now.', { target_amount: 90e6 }],
    ['Drop the Houston exclusion, we can sell there after all. Target $75M.', { target_amount: 75e6 }],
    ['$60M. Scrap the no-Ohio restriction.', { target_amount: 60e6 }],
    // A place dropped from the list, not a filter dropped, is still ruled out.
    ['$60M. Drop Phoenix from the list.', { target_amount: 60e6, exclude_markets: ['Phoenix'] }],
  ],
  'a count after "those" or "these", or "they\'re out", standing for the buildings just named': [
    [
      'The Joliet and Rickenbacker distribution centers run our peak season; keep those two out. $90M.',
      { target_amount: 90e6, exclude_asset_ids: ['CHI-01', 'COL-01'] },
    ],
    [
      'The Tempe Office, the Schaumburg Office and the Edison Warehouse have staff who cannot move; leave those three alone. Raise $80M.',
      { target_amount: 80e6, exclude_asset_ids: ['PHX-03', 'CHI-04', 'NWK-02'] },
    ],
    [
      'The Plano and Marietta parts stores are busy; please set these two aside. $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['DAL-04', 'ATL-04'] },
    ],
    [
      "The Groveport and McDonough warehouses are under offer to a user-buyer, which means they're out of the pool. $85M.",
      { target_amount: 85e6, exclude_asset_ids: ['COL-02', 'ATL-02'] },
    ],
    // A count of years is no pronoun.
    ['Target $40M. Keep those two years of history in mind.', { target_amount: 40e6 }],
  ],
  'one more building added with "too" after an exclusion and its aside in a bracket': [
    [
      'Leave the Tempe Office alone (the whole team sits there) and the Edison Warehouse too. Raise $70M.',
      { target_amount: 70e6, exclude_asset_ids: ['PHX-03', 'NWK-02'] },
    ],
    [
      'Keep the Houston Regional Office out (its lease runs to 2031), and the Baytown cold storage warehouse too. $65M.',
      { target_amount: 65e6, exclude_asset_ids: ['HOU-04', 'HOU-02'] },
    ],
    [
      'Please leave the Schaumburg Office alone (HR asked), and the Groveport Warehouse too. $55M.',
      { target_amount: 55e6, exclude_asset_ids: ['CHI-04', 'COL-02'] },
    ],
    // A building liked in a sentence of its own is not added to the exclusion.
    [
      'Leave the Tempe Office alone (the team sits there). We like the Edison Warehouse too. $70M.',
      { target_amount: 70e6, exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'a chat whose speakers are named in full after the time': [
    ['[10:00] Maria Lopez: target 90\n[10:01] Maria Lopez: sorry, 85. $M\n[10:02] Tom Reed: ok', { target_amount: 85e6 }],
    ['09:15 Ben Haddad: target $70M\n09:16 Ana Cruz: floor?\n09:17 Ben Haddad: 60', { target_amount: 70e6, floor_amount: 60e6 }],
    [
      '[09:00] Lena Park: target 140\n[09:01] Lena Park: sorry, 130, board trimmed it. $M\n[09:02] Omar Diaz: noted',
      { target_amount: 130e6 },
    ],
    // A reply's figure keeps its scale word, whoever answers.
    ['[10:00] Maria Lopez: target $80M\n[10:02] Tom Reed: \u21b3 USD 95 mio, the board raised it', { target_amount: 95e6 }],
    ['Dana: target $80M\nRaj: \u21b3 USD 1.1 billion - typo above', { target_amount: 1.1e9 }],
    // Speakers by first name alone read as before.
    ['[10:00] Maria: target 90\n[10:01] Maria: sorry, 85. $M\n[10:02] Tom: ok', { target_amount: 85e6 }],
  ],
  'a floor asked in a chat and answered by a figure that goes on to something else': [
    [
      '[09:00] Sam: target $90M\n[09:01] Lee: floor?\n[09:02] Sam: 75, and FCCR 1.8x min',
      { target_amount: 90e6, floor_amount: 75e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      '[11:00] Jo: target $80M\n[11:01] Al: floor?\n[11:02] Jo: 70. and tax at 25%',
      { target_amount: 80e6, floor_amount: 70e6, economics: { tax_rate: 0.25 } },
    ],
    [
      '[15:10] Kay: target $120M\n[15:11] Raj: and the floor?\n[15:12] Kay: 105; plus exclude Newark',
      { target_amount: 120e6, floor_amount: 105e6, exclude_markets: ['Newark'] },
    ],
    // A count that answers is no floor.
    ['[09:00] Sam: target $90M\n[09:01] Lee: floor?\n[09:02] Sam: 75 sites, and I will check the rest', { target_amount: 90e6 }],
  ],
  'a sheet pasted as rows split by tabs': [
    // A label that holds its currency is read by the pasted-column readers, the floor included.
    ['Copied from the sheet:\nItem\tValue\nTarget $\t48,000,000\nFloor $\t41,000,000', { target_amount: 48e6, floor_amount: 41e6 }],
    [
      'key\tvalue\nexclude_markets\tHouston, Phoenix\ntarget_usd\t90000000',
      { target_amount: 90e6, exclude_markets: ['Houston', 'Phoenix'] },
    ],
    [
      'filter\tvalue\ntypes\twarehouse,retail\nmarkets_excluded\tHouston\nmax_criticality\t0.5\n\ntarget\t75000000',
      { target_amount: 75e6, asset_types: ['warehouse', 'retail'], exclude_markets: ['Houston'], max_criticality: 0.5 },
    ],
    ['name\tvalue\nexclude_ids\tCHI-04, NWK-02\nproceeds\t$64,000,000', { target_amount: 64e6, exclude_asset_ids: ['CHI-04', 'NWK-02'] }],
  ],
};

describeFamilies('Brief wording families, round 43: target, floor and places', FAMILIES);
