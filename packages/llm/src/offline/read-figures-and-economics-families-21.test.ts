import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-first round of wording families for the ask, its floor, the caps and the economics: a floor for revisions
 * or where the revision loop stops; the least the writer would accept; a cap on new rent named after its amount; new
 * leases refused more rent; no single one of the markets just named above a share; a term refused and the one run
 * instead; rents rising over a number of years; rents with no growth; an escalator linked to CPI and capped; a rate used
 * this time or accepted after an earlier or countered escalator; a figure the writer says they wrote wrongly; the
 * writer's own view of the ask; this deal's ask after another deal's; changes from an earlier run; bare figures said to
 * be in millions; the least sold over the ask; a remark set aside as beside the point; a term raised and put off; whose
 * gain is taxed in a label's brackets; "Otherwise" opening a sentence; "flat" before a rate of nil; a draft's floor;
 * a figure refused as too tight; a figure from an older plan in someone's note; a rent cap corrected on a later line;
 * and a quoted list answered item by item. Every case states what it must read; a field
 * it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a floor for revisions or where the revision loop stops ("Floor for revisions is $160M", "Floor it at $210M")': [
    ['Raise $90M. The floor for revisions should be $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Can we get $140M? If not, floor it at $120M.', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Target $70M; the revisions should stop at $60M.', { target_amount: 70e6, floor_amount: 60e6 }],
    ['Seller target: $80M\nFloor below which we would walk: $70M', { target_amount: 80e6, floor_amount: 70e6 }],
    // Revisions named with no figure to stop at set no floor.
    ['Raise $90M. Revisions should stop when the board says so.', { target_amount: 90e6 }],
  ],
  'the least the writer would accept ("The minimum we\'d accept if we fall short is $95M")': [
    ['Aim for $130M. The lowest I would accept is $110M.', { target_amount: 130e6, floor_amount: 110e6 }],
    ['Minimum we could live with is $45M; aim for $55M.', { target_amount: 55e6, floor_amount: 45e6 }],
    [
      'Least we could live with is $50M. A rival sold a Reno building for $40 mil; not relevant to us. Aim for $60M.',
      { target_amount: 60e6, floor_amount: 50e6 },
    ],
  ],
  'a cap on new rent named after its amount ("a $9.5M cap on new rent", "a $13.5M annual cap on rent added")': [
    ['Raise $80M with a $6M cap on added rent.', { target_amount: 80e6, max_rent_added: 6e6 }],
    ['Put a $7.5M yearly cap on new rent. Proceeds of 90m.', { target_amount: 90e6, max_rent_added: 7.5e6 }],
    // A cap on something else named after its amount is no rent cap.
    ['Raise $80M with a $6M cap on fees.', { target_amount: 80e6 }],
  ],
  'new leases refused more rent, or rent added refused above an amount ("don\'t let the new leases add more than $10 million of rent")': [
    ['Target $100M and do not let the leasebacks add more than $8 million of annual rent.', { target_amount: 100e6, max_rent_added: 8e6 }],
    ['Sell $60M.\n- no rent added above $4M a year', { target_amount: 60e6, max_rent_added: 4e6 }],
  ],
  'no single one of the markets just named above a share ("from Dallas, Atlanta and Phoenix; no single one above 50%")': [
    [
      '$70M from Chicago and Columbus, no single one over 60%.',
      { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'], max_market_share: 0.6 },
    ],
    // No single one with no share after it is no market cap.
    [
      'Raise $70M from Chicago and Columbus; no single one of them should dominate.',
      { target_amount: 70e6, include_markets: ['Chicago', 'Columbus'] },
    ],
  ],
  'a term refused and the one run instead ("30-year leases are off the table; run 15-year")': [
    ['25-year leases are a non-starter - use 12-year. Raise $90M.', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    ['20 year terms are out; model 10 years. Target $50M.', { target_amount: 50e6, economics: { lease_term_years: 10 } }],
    // A term refused with none put in its place leaves no term.
    ['Raise $90M. 30-year leases are off the table.', { target_amount: 90e6 }],
  ],
  'rents rising over a number of years ("rents rising 2.5% annually over 20 years")': [
    [
      'Target $85M, rent growing 3% a year over 15 years.',
      { target_amount: 85e6, economics: { rent_escalator: 0.03, lease_term_years: 15 } },
    ],
    // Rising rent with no years after it sets no term.
    ['Target $85M, rent growing 3% a year.', { target_amount: 85e6, economics: { rent_escalator: 0.03 } }],
  ],
  'rents with no growth ("12-year leases with no rent growth")': [
    ['Raise $40M on 10-year leases with no rent bumps.', { target_amount: 40e6, economics: { lease_term_years: 10, rent_escalator: 0 } }],
    // No rent increase above an amount is a cap on new rent, not a flat rent.
    ['Raise $40M with no rent increase above $3M a year.', { target_amount: 40e6, max_rent_added: 3e6 }],
  ],
  'an escalator linked to CPI and capped ("Escalator: CPI-linked, capped at 2.25% p.a. (model at 2.25%)")': [
    ['Proceeds: $70M\nRent escalator: CPI-linked, capped at 2.5% a year', { target_amount: 70e6, economics: { rent_escalator: 0.025 } }],
    [
      'Escalation: CPI linked and capped at 3% (modelled at the cap). Raise $55M.',
      { target_amount: 55e6, economics: { rent_escalator: 0.03 } },
    ],
  ],
  'a rate used this time or accepted after an earlier or countered escalator ("used 3% escalators; this time please use 2%")': [
    [
      'The 2019 program had 2.5% bumps; this time go with 1.75%. Raise $66M.',
      { target_amount: 66e6, economics: { rent_escalator: 0.0175 } },
    ],
    ['The investor asked for 3.5% escalators, we can do 3%. Target $90M.', { target_amount: 90e6, economics: { rent_escalator: 0.03 } }],
    // A share accepted after an escalator is a share, not the escalator.
    [
      'Raise $60M at 2% escalators; we accept 40% per market.',
      { target_amount: 60e6, max_market_share: 0.4, economics: { rent_escalator: 0.02 } },
    ],
  ],
  'a figure the writer says they wrote wrongly ("I wrote that the lease term would be 12 years; it is 15 years")': [
    [
      'Quick fix: I said the lease term was 20 years, it should be 18 years. Raise $75M.',
      { target_amount: 75e6, economics: { lease_term_years: 18 } },
    ],
    ['We wrote that the target would be $90M; it is $95M.', { target_amount: 95e6 }],
  ],
  'the writer\'s own view of the ask against another\'s ("our own view is $180M - run ours")': [
    ['The adviser came back with a $300M number, but our view is $240M. Run that.', { target_amount: 240e6 }],
  ],
  'this deal\'s ask after another deal\'s ("the Southeast deal last year priced at $180M - this one is smaller: $65M")': [
    ['Our 2022 program raised $150M; this one is smaller - $60M.', { target_amount: 60e6 }],
  ],
  'changes from an earlier run ("Same as last week\'s run but target now $145M")': [
    ['Same as the previous run, but target now $88M and 20-year leases.', { target_amount: 88e6, economics: { lease_term_years: 20 } }],
  ],
  'bare figures said to be in millions ("raise 120 - floor 100 - both in millions")': [
    [
      'target 90, floor 75 (both in millions), 15 year leases',
      { target_amount: 90e6, floor_amount: 75e6, economics: { lease_term_years: 15 } },
    ],
  ],
  'the least sold over the ask ("Minimum over the ask please: $122M", "sell the min over $105M")': [
    ['Least over the target please: $70M.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    [
      'sell the minimum over 80m, no offices',
      {
        target_amount: 80e6,
        asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'retail', 'data_center', 'lab'],
        economics: { objective: 'min_proceeds' },
      },
    ],
    ['Target $64M, with the proceeds minimized above the target.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
  ],
  'a remark set aside as beside the point ("peers got 5.5% cap rates in Phoenix, but that\'s beside the point")': [
    [
      'A broker says Dallas boxes trade at a 6% cap, but that is beside the point: cap any one market at 40% and raise $90M.',
      { target_amount: 90e6, max_market_share: 0.4 },
    ],
  ],
  'a term raised and put off ("If we went with 25-year leases ..., but that\'s a discussion for later")': [
    ['If we went with 30-year leases the proceeds would rise, but that is a topic for another day. Raise $70M.', { target_amount: 70e6 }],
    // A term asked about with nothing putting it off is read.
    ['Raise $70M on 20-year leases.', { target_amount: 70e6, economics: { lease_term_years: 20 } }],
  ],
  'whose gain is taxed in a label\'s brackets ("Tax on gain (seller): 24%")': [
    ['Terms\nTax on the gain (seller): 27%\nProceeds: $45M', { target_amount: 45e6, economics: { tax_rate: 0.27 } }],
  ],
  '"Otherwise" opening a sentence with no comma ("Otherwise run $150M ... and cap the new rent at $10M")': [
    [
      'Keep Dallas. Otherwise run $120M and cap the new rent at $8M.',
      { target_amount: 120e6, exclude_markets: ['Dallas'], max_rent_added: 8e6 },
    ],
  ],
  '"flat" before a rate of nil, then corrected ("Escalator flat 0%? no - make it 1.5%")': [
    ['Raise $50M. Escalator flat 0%? no, make it 2%.', { target_amount: 50e6, economics: { rent_escalator: 0.02 } }],
    // Flat rents alone are a nil escalator.
    ['Raise $50M on flat rents.', { target_amount: 50e6, economics: { rent_escalator: 0 } }],
  ],
  "a draft's figure for the floor said to be the draft's (\"an 80M floor in the draft which doesn't work - floor should be $65M\")": [
    ['The $70M floor in the draft is wrong; the floor should be $55M. Target $60M.', { target_amount: 60e6, floor_amount: 55e6 }],
  ],
  'a figure refused as too tight and the one to use instead ("Floor $85M is too tight ..., use $80M")': [
    ['Floor $60M is too tight given the payoff, use $50M.\n\n> Target $75M, floor $60M.', { target_amount: 75e6, floor_amount: 50e6 }],
    // A figure only called tight, with none to use instead, is left as it is.
    ['Target $75M, floor $60M. The floor is tight but fine.', { target_amount: 75e6, floor_amount: 60e6 }],
  ],
  'a figure said to come from an older plan in someone\'s note ("The $170M in Hugo\'s note was from the September plan")': [
    [
      'Run $140M. The $120M in the memo is outdated.\n\n> Target $120M, 15-year leases.',
      { target_amount: 140e6, economics: { lease_term_years: 15 } },
    ],
  ],
  'a rent cap corrected on a later line ("Jana later corrected the cap to $6.5M/yr")': [
    [
      '- target $80M\n- added rent capped at $5M a year\n- Omar corrected the cap to $6M a year',
      { target_amount: 80e6, max_rent_added: 6e6 },
    ],
    // A correction after another cap was named last is not read as the rent cap's.
    [
      '- target $80M\n- new rent capped at $5M a year\n- net leverage capped at 3.5x\n- Omar corrected the cap to $6M',
      { target_amount: 80e6, max_rent_added: 5e6, max_net_leverage: 3.5 },
    ],
  ],
  'a quoted list answered item by item, one item changed by its number ("> 3. Market share cap 50%" then "3: make it 40%")': [
    ['> 1. Proceeds $70M\n> 2. Net leverage 3.5x max\n\n1 fine. 2: change it to 3.25x.', { target_amount: 70e6, max_net_leverage: 3.25 }],
    ['> 1. Raise $45M\n> 2. 15-year leases\n\n1: make it $50M. 2 agreed.', { target_amount: 50e6, economics: { lease_term_years: 15 } }],
    // An item with no figure of its own is not given the answer's figure.
    ['> 1. Target $80M\n> 2. Types: offices only\n\n2: make it 40%.', { target_amount: 80e6, asset_types: ['office'] }],
  ],
};

describeFamilies('reading figures and economics in plain words (twenty-first round)', FAMILIES);
