import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A seventeenth round of wording families for figures and their corrections: an amount corrected a sentence later
 * ("actually make it", "go with", "bump it to", an arrow then "make that"), a slip apologised for as a typo after the
 * words naming it, a figure corrected in a chat reply ("↳ Dana: make it $110M"), a figure refused outright ("is
 * fantasy", "was wrong", "not interested in", "rejected"), positions before an agreed figure, figures told as
 * background ("just context", "just chatter", "a separate conversation", an adviser's "opening position"), a floor and
 * the ask in plain words, a shorthand list of limits whose names are abbreviated with a stop, another client's deal
 * quoted on a line of its own, and a question answered in a chat reply. Every
 * case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'an amount corrected a sentence later or after an arrow ("$175M by Q3. actually make it $160M")': [
    ['We need $130M for the buyout. actually make it $125M, the price dropped.', { target_amount: 125e6 }],
    ['Target is $210M. Actually treasury just called, go with $200M.', { target_amount: 200e6 }],
    ['$60M, actually take it up to $65M.', { target_amount: 65e6 }],
    ['Raise $90M -> make it $95M. Warehouses only.', { target_amount: 95e6, asset_types: ['warehouse'] }],
    // The words between the amount and its correction are still read.
    ['$85M from Dallas only. Actually make it $90M.', { target_amount: 90e6, include_markets: ['Dallas'] }],
  ],
  'a slip after the words naming it, owned as a typo ("18% max share per market... sorry, typo, 28%")': [
    ['Raising $140M. 22% cap per single market... sorry, typo, 32%.', { target_amount: 140e6, max_market_share: 0.32 }],
    ['FCCR floor 1.4x... sorry, typo, 1.5x. Target $100M.', { target_amount: 100e6, min_fixed_charge_coverage: 1.5 }],
  ],
  'a figure corrected in a chat reply under the message ("↳ Dana: make it $110M")': [
    ['Target $120M, lease-adjusted cap 4.5x\n  ↳ Priya: make it $105M', { target_amount: 105e6, max_lease_adjusted_leverage: 4.5 }],
    ['Eve: target $90M, no more than 45% per market\n  ↳ Raj: cap should be 35%', { target_amount: 90e6, max_market_share: 0.35 }],
    // A reply that only agrees changes nothing.
    ['Target $100M\n  ↳ Raj: agreed', { target_amount: 100e6 }],
  ],
  'a figure refused outright, then the ask ("$1.1bn is fantasy. Go with $240M")': [
    ['The $2bn is fantasy. Raise $180M.', { target_amount: 180e6 }],
    ["The $750M number in the paper was wrong; we're raising $160M.", { target_amount: 160e6 }],
    ['We are not interested in the $400M plan. Run $120M.', { target_amount: 120e6 }],
    ['Plan A ($260M) turned down. Plan B: $190M, warehouses only.', { target_amount: 190e6, asset_types: ['warehouse'] }],
    // Taking money "off the table" is raising it, not refusing it.
    ['Raise $145 million by taking it off the table via leasebacks.', { target_amount: 145e6 }],
  ],
  'positions in a negotiation before the figure agreed ("CFO opened at $190M, CEO said $150M, agreed figure $170M")': [
    ['Board discussion: CFO opened at $220M, chair said $160M, agreed number $180M.', { target_amount: 180e6 }],
  ],
  'figures told as background ("just context", "just chatter", "a separate conversation", "their opening position")': [
    ['Our broker heard comps trade at $110 a square foot, just chatter. We need $70M.', { target_amount: 70e6 }],
    ['Benchmark: Prologis did 20-yr leases at 2.5% bumps, just context. Raise $90M.', { target_amount: 90e6 }],
    ["The buyer offered $200M for the Dallas campus, but that's a separate conversation. Raise $120M.", { target_amount: 120e6 }],
    [
      "Need $100M with 2% escalators. The lender floated 3% bumps but that's their opening position.",
      { target_amount: 100e6, economics: { rent_escalator: 0.02 } },
    ],
    // Talk set aside in brackets is about the bracket's subject, not the figures around it.
    [
      "Raise $100M, no mortgaged assets (the lenders would need repaying and that's a separate discussion).",
      { target_amount: 100e6, exclude_mortgaged: true },
    ],
  ],
  'a floor in plain words beside the goal ("the floor for this deal is $100M", "We want $85M but we\'ll go to $70M")': [
    ['The floor for this deal is $60M; the target is $75M.', { target_amount: 75e6, floor_amount: 60e6 }],
    ["We'd like $110M but we could go down to $90M.", { target_amount: 110e6, floor_amount: 90e6 }],
    ["We want $70M but we'll go to $55M. Warehouses only.", { target_amount: 70e6, floor_amount: 55e6, asset_types: ['warehouse'] }],
    // How far a limit may go is no floor.
    ["Raise $80M but we'll go to 4x leverage if needed.", { target_amount: 80e6, max_net_leverage: 4 }],
  ],
  'the ask in plain words beside a rent figure ("We\'d like $95M with the rent bill ...", "the headline figure ... is $250M")': [
    ["We'd like $65M with new rent no more than $5M a year.", { target_amount: 65e6, max_rent_added: 5e6 }],
    ['The headline figure for the program is $140M.', { target_amount: 140e6 }],
    // A figure of the company's accounts is still no ask.
    ["Our revenue is $900M and we'd like to keep rent under $20M. Raise $100M.", { target_amount: 100e6, max_rent_added: 20e6 }],
  ],
  'a shorthand list of limits, a name abbreviated with a stop ("3.25x net lev. 1.5x fccr.")': [
    ['120m. 3.5x net lev. 1.75x fccr.', { target_amount: 120e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.75 }],
    ['90m. 4.0x lease-adj. 3.0x net lev.', { target_amount: 90e6, max_lease_adjusted_leverage: 4, max_net_leverage: 3 }],
    // A figure after the abbreviated name that no other name follows is still its own.
    ['Raise $100M. Net lev. 3.5x max.', { target_amount: 100e6, max_net_leverage: 3.5 }],
  ],
  'another client\'s deal in a quotation closed on its line, then the brief\'s own ("Forwarded from Mike: \\"Another client did ...\\"")': [
    [
      'Fwd from Ana: "A peer did $500M at 15-yr terms."\nOurs: $120M, 12-year leases.',
      { target_amount: 120e6, economics: { lease_term_years: 12 } },
    ],
    [
      '"Another client did $300M at 4.0x lease-adjusted."\nFor us: $90M, lease-adjusted cap 4.5x.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 4.5 },
    ],
  ],
  'a question answered in a chat reply ("Ola: what escalator? ↳ Finn: 2%")': [
    ['Kim: what escalator?\n  ↳ Lee: 2.5%\n  ↳ Lee: target $80M', { target_amount: 80e6, economics: { rent_escalator: 0.025 } }],
    ['Kim: FCCR floor?\n  ↳ Lee: 1.8x\n  ↳ Lee: raise $70M', { target_amount: 70e6, min_fixed_charge_coverage: 1.8 }],
    ['Kim: what tax rate?\n  ↳ Lee: 24%\n  ↳ Lee: raise $70M', { target_amount: 70e6, economics: { tax_rate: 0.24 } }],
  ],
};

describeFamilies('reading figures and their corrections (seventeenth round)', FAMILIES);
