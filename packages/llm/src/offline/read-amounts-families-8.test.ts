import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighth round of wording families for the ask and its floor, many as a dictated brief's transcript writes them: a
 * bare floor after the least that would be taken or a refusal to go below, a fallback fine if the ask cannot be
 * reached, a clause opening on the bound with the deal judged not worth it, an amount that would still work, the least
 * counted a success, a floor kept through a revision, an amount taken back aloud for a figure without its scale or
 * judged too much or replaced by the one someone came back with or revised to, an amount the writer would run, and an
 * amount with the rent's rise or another figure's rent cap in its clause. Every case states all a brief should read: a field it does
 * not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a bare floor after the least that would be taken ("the minimum we\'d accept is one twenty", "won\'t go below 160")': [
    ["Raise one hundred forty million comma um the minimum we'd accept is one ten period", { target_amount: 140e6, floor_amount: 110e6 }],
    ["The target is one hundred eighty million. And the least we'd take is one fifty.", { target_amount: 180e6, floor_amount: 150e6 }],
    ["Raise 200M; the minimum we'd accept is 170.", { target_amount: 200e6, floor_amount: 170e6 }],
    ["150 mil, nothing in Newark, won't go below 130", { target_amount: 150e6, floor_amount: 130e6, exclude_markets: ['Newark'] }],
    ["Raise $90M, we wouldn't go under 75.", { target_amount: 90e6, floor_amount: 75e6 }],
    // A limit's figure, or a figure above the ask, is no floor.
    ["Raise $90M; coverage won't go below 2.", { target_amount: 90e6, min_fixed_charge_coverage: 2 }],
    ["Raise $90M, and the least we'd take is 120.", { target_amount: 90e6 }],
  ],
  'a fallback fine if the ask cannot be reached ("ninety would be fine too if we can\'t get there")': [
    [
      "we go with one hundred twenty million but honestly a hundred would be fine too if we can't get there",
      { target_amount: 120e6, floor_amount: 100e6 },
    ],
    ["Aim for $150M; $125M would be fine if we can't get there.", { target_amount: 150e6, floor_amount: 125e6 }],
    ["Target 80 million, though 70 would be OK as well if we can't hit it.", { target_amount: 80e6, floor_amount: 70e6 }],
    // Fine without the ask out of reach, or a figure above the ask, is no floor.
    ['Raise $150M; 12 would be fine for the count of sites.', { target_amount: 150e6 }],
    ["Raise 80 million; 95 would be fine too if we can't get there.", { target_amount: 80e6 }],
  ],
  'a clause opening on the bound, the deal judged not worth it ("Below $260M the deal isn\'t worth our time")': [
    ["Committee: $250M. Below $200M the deal isn't worth our time.", { target_amount: 250e6, floor_amount: 200e6 }],
    ["Raise $120M. Under $90M the program doesn't make sense.", { target_amount: 120e6, floor_amount: 90e6 }],
    ['Target $75M. Less than $60M and the deal is not worth it.', { target_amount: 75e6, floor_amount: 60e6 }],
    // A verdict on something else, or no verdict, is no floor.
    ["Raise $120M. Under $10M the rent isn't a concern.", { target_amount: 120e6 }],
    ['Raise $120M. Below $90M the deal is still fine.', { target_amount: 120e6 }],
  ],
  'an amount that would still work after the ask ("$120M would still work for us")': [
    [
      'Buy-side: $160M; leave Newark out. $140M would still work for us.',
      { target_amount: 160e6, floor_amount: 140e6, exclude_markets: ['Newark'] },
    ],
    ['Raise $80M. $70M could also work.', { target_amount: 80e6, floor_amount: 70e6 }],
    ['Target $200M, though $180M would work for me.', { target_amount: 200e6, floor_amount: 180e6 }],
    // Alone it is the ask.
    ['$120M would work for us.', { target_amount: 120e6 }],
  ],
  'the least counted a success ("minimum proceeds we\'d call a success $100M")': [
    ["Analyst: minimum proceeds we'd call a success $90M; target $110M.", { target_amount: 110e6, floor_amount: 90e6 }],
    ['Raise $150M; the least we would count as a win is $120M.', { target_amount: 150e6, floor_amount: 120e6 }],
    ["Target $60M. Lowest amount we'd consider a success: $50M.", { target_amount: 60e6, floor_amount: 50e6 }],
    // A success counted without a least is no floor.
    ['Raise $60M; last year we called $50M a success.', { target_amount: 60e6 }],
  ],
  'a floor kept through a revision of the ask ("The floor stays at $160M")': [
    ['Initial ask was $150M; make that $170M. The floor stays at $140M.', { target_amount: 170e6, floor_amount: 140e6 }],
    ['Raise $90M; our floor remains at $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Target $120M, the minimum stands at $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    // A stay of something else is no floor.
    ['Raise $90M; the rent cap stays at $8M.', { target_amount: 90e6, max_rent_added: 8e6 }],
  ],
  'an amount in millions taken back aloud for a figure said without its scale ("one seventy five million, no sorry, one hundred sixty five")':
    [
      [
        'um the amount is uh one eighty five million, no sorry, one hundred seventy five, and uh nothing in Phoenix',
        { target_amount: 175e6, exclude_markets: ['Phoenix'] },
      ],
      ['the ask is 140 million, sorry, 130, no Phoenix.', { target_amount: 130e6, exclude_markets: ['Phoenix'] }],
      ['Raise $90M - wait, 85.', { target_amount: 85e6 }],
      ['target one hundred twenty million, I mean one ten, thanks', { target_amount: 110e6 }],
      // A replacement with its own unit is another figure's, and a figure of a limit is read as that limit.
      ['Raise $90M, sorry, 3.5x net leverage max.', { target_amount: 90e6, max_net_leverage: 3.5 }],
      ['Raise $90M, sorry, 20 years on the leases.', { target_amount: 90e6, economics: { lease_term_years: 20 } }],
    ],
  'an amount judged too much in a relative clause, then the one tried ("one point two billion which we all know is too much")': [
    [
      "so the CFO's number was one point five billion which we all know is too much, um, let's see what we can do at three hundred million",
      { target_amount: 300e6 },
    ],
    ["Treasury asked for $900M, which is too rich; let's see what $600M looks like.", { target_amount: 600e6 }],
    ['The board floated $2bn that everyone agrees is far too high, so run $800M.', { target_amount: 800e6 }],
    // An amount judged enough is the ask.
    ['Raise $400M, which we all know is enough.', { target_amount: 400e6 }],
  ],
  'an amount the writer would run, in a clause with background words ("I\'d run $155M ... too much of the price goes to its loan")': [
    [
      "Analyst: I'd run $145M but skip Chandler - too much of the price goes to clearing its loan.",
      { target_amount: 145e6, exclude_asset_ids: ['PHX-02'] },
    ],
    ['We would model $95M; the price of the sites is fine.', { target_amount: 95e6 }],
    ["I'd price $60M even with the loan outstanding.", { target_amount: 60e6 }],
    // A background figure that would be repaid, not run, stays background.
    ['We would repay $20M of the loan first. Raise $90M.', { target_amount: 90e6 }],
  ],
  'an amount with the rent\'s rise in its clause ("if Northwind does $110M with 3% annual rent bumps")': [
    [
      'Analyst Q: if Northwind does $120M with 2.5% annual rent bumps, what does it look like?',
      { target_amount: 120e6, economics: { rent_escalator: 0.025 } },
    ],
    ['Northwind does $80M with 2% rent escalators.', { target_amount: 80e6, economics: { rent_escalator: 0.02 } }],
    ['We do $65M with 3% rent increases a year.', { target_amount: 65e6, economics: { rent_escalator: 0.03 } }],
    // An amount of rent itself is background.
    ['Northwind pays $40M of rent today. Raise $90M.', { target_amount: 90e6 }],
  ],
  'an ask beside a rent cap in its clause ("$200M and no more than $17.5M of incremental rent a year")': [
    [
      '$180M and no more than $15M of incremental rent a year. Exclude HQ.',
      { target_amount: 180e6, max_rent_added: 15e6, exclude_asset_ids: ['DAL-01'] },
    ],
    ['$90M, with at most $6M of new rent.', { target_amount: 90e6, max_rent_added: 6e6 }],
    [
      'Please plan $250M with a $20M annual rent ceiling; floor $220M.',
      { target_amount: 250e6, floor_amount: 220e6, max_rent_added: 20e6 },
    ],
    // An amount of rent itself is background.
    ['Rent of $40M is paid today. Raise $90M.', { target_amount: 90e6 }],
  ],
  'an amount replaced by the one someone came back with ("finance just came back and said $240M")': [
    ['We were told to raise $150M but treasury came back and said $175M. Go with that.', { target_amount: 175e6 }],
    ['The boss said a hundred and forty million but then came back and said a hundred and twenty.', { target_amount: 120e6 }],
    ['Board asked for $80M; the CFO came back with $95M.', { target_amount: 95e6 }],
    // Coming back with another figure's level replaces no amount.
    ['Raise $80M; the lender came back and said 4.0x is the covenant.', { target_amount: 80e6 }],
  ],
  'an amount revised to a figure said without its scale ("the target was seventy million, they bumped it to seventy-nine")': [
    [
      'So the target was sixty million, they bumped it to sixty-eight. Tax twenty-one percent.',
      { target_amount: 68e6, economics: { tax_rate: 0.21 } },
    ],
    ['The ask was $120M, then the board cut it to 105.', { target_amount: 105e6 }],
    ['$90M at first; we brought the target down to 80.', { target_amount: 80e6 }],
    // A revision to a figure of something else is not the ask's.
    ['Raise $90M; they cut it to 3.5x leverage.', { target_amount: 90e6, max_net_leverage: 3.5 }],
  ],
  'a bare figure as the worst case or the floor after the ask ("77 mil, 70 worst case", "180 million target, 150 floor")': [
    ['Gina: how much are we raising\nHank: 85 mil, 75 worst case.', { target_amount: 85e6, floor_amount: 75e6 }],
    ['Raise 120 million; 100 in the worst case.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['We need 60 million, 50 at worst.', { target_amount: 60e6, floor_amount: 50e6 }],
    [
      'Lou: 180 million target, 150 floor.\nKim: coverage?\nLou: FCCR 1.7x',
      { target_amount: 180e6, floor_amount: 150e6, min_fixed_charge_coverage: 1.7 },
    ],
    // A worst case of a limit is no floor.
    ['Raise 60 million; leverage 4 worst case.', { target_amount: 60e6 }],
  ],
  'the ask named after its amount, then the figure it replaced in brackets ("the $130 million ask (previously $110 million)")': [
    [
      'Memo: the $140 million ask (previously $120 million) should come from Texas only.',
      { target_amount: 140e6, include_markets: ['Dallas', 'Houston'] },
    ],
    ['The $90M target (was $80M) is final.', { target_amount: 90e6 }],
    ['Our $75M program, previously $60M, stays as is.', { target_amount: 75e6 }],
    // A past program's amount is background.
    ['Last year we raised $40M. Raise $90M.', { target_amount: 90e6 }],
  ],
  'guidance we already gave, then this year\'s ask ("we guided to approximately $400 million over two years; plan $180M")': [
    ['We guided to "approximately $300 million" of SLB proceeds over two years; for this tranche plan $120M.', { target_amount: 120e6 }],
    ['We had guided the market to $500M in total. This year, raise $200M.', { target_amount: 200e6 }],
    ['We previously guided investors to $250M; run $150M now.', { target_amount: 150e6 }],
    // An issuer's guidance reported by others is its ask.
    ['Rating call: the issuer guided to $210m. FCCR covenant 1.75x.', { target_amount: 210e6, min_fixed_charge_coverage: 1.75 }],
  ],
  'a figure discussed and left under review, then the ask in a later sentence ("the final rate is under review. Proceeds of $95m targeted")':
    [
      [
        'Management discussed a possible 24% tax rate, but the final rate is under review. Proceeds of $85m targeted; no more than 40% from any one market.',
        { target_amount: 85e6, max_market_share: 0.4 },
      ],
      ['We discussed a 3x leverage cap; it remains under discussion. Raise $70M.', { target_amount: 70e6 }],
      ['The board considered $90M, but the number is still under review. Raise $75M for now.', { target_amount: 75e6 }],
      // A figure discussed and replaced in the same sentence is replaced.
      ['We talked about $210M but settled on $190M.', { target_amount: 190e6 }],
    ],
};

describeFamilies('Dictated floors, fallbacks, deals not worth doing and floors kept through a revision', FAMILIES);
