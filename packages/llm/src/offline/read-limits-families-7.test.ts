import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A seventh round of wording families for the score filters, the covenants, the market-share cap, the new-rent cap
 * and the mortgage exclusion. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a decimal comma in a score or ratio ("Criticality max 0,4", "lev. <= 4,4x", "max_net_leverage = 3,25")': [
    [
      'Criticality max 0,4 on the 0-1 scale, leaseability min 0,7. Amount 50 mio.',
      { target_amount: 50e6, max_criticality: 0.4, min_leaseability: 0.7 },
    ],
    [
      'Raise 80 mio, crit <= 0,75, lease-adjusted lev. <= 4,4x.',
      { target_amount: 80e6, max_criticality: 0.75, max_lease_adjusted_leverage: 4.4 },
    ],
    [
      'Floor 60 mio, target 80 mio, leaseability at least 0,65, IFRS 16.',
      { target_amount: 80e6, floor_amount: 60e6, min_leaseability: 0.65, economics: { accounting_basis: 'ifrs16' } },
    ],
    [
      'Target 90 mio; nothing with criticality over 0,65; leaseability 0,55 or higher.',
      { target_amount: 90e6, max_criticality: 0.65, min_leaseability: 0.55 },
    ],
    [
      'max_net_leverage = 3,25\nmin_fixed_charge_coverage = 2,25\ntarget = 160 mio',
      { target_amount: 160e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 2.25 },
    ],
    [
      'Raise 70 mio from Columbus only, leaseability >= 0,6, 2 % escalator.',
      { target_amount: 70e6, include_markets: ['Columbus'], min_leaseability: 0.6, economics: { rent_escalator: 0.02 } },
    ],
    ['Target 95 mio, new rent cap 6,5 mio p.a.', { target_amount: 95e6, max_rent_added: 6.5e6 }],
    // A thousands group, and a list of whole numbers, are no decimals.
    ['Raise $1,250M with criticality below 0.6.', { target_amount: 1250e6, max_criticality: 0.6 }],
    ['Phases 2,3 and 4 of the program can wait. Raise 70 mio; criticality max 0,5.', { target_amount: 70e6, max_criticality: 0.5 }],
  ],
  'mortgaged assets ruled out by a verdict after them ("mortgaged not allowed", "Encumbered assets exclude pls")': [
    [
      'Target 75 mio, mortgaged not allowed, only Columbus & Chicago.',
      { target_amount: 75e6, include_markets: ['Chicago', 'Columbus'], exclude_mortgaged: true },
    ],
    [
      'Raise 65 mio. Encumbered assets exclude pls. Leases 12 years.',
      { target_amount: 65e6, economics: { lease_term_years: 12 }, exclude_mortgaged: true },
    ],
    ['Raise 40 mio. Mortgaged sites not permitted.', { target_amount: 40e6, exclude_mortgaged: true }],
    ['Raise 40 mio, encumbered ones exclude, tax 25 %.', { target_amount: 40e6, economics: { tax_rate: 0.25 }, exclude_mortgaged: true }],
    // No verdict: a verb with an object, or a question.
    ['Raise 40 mio. Mortgaged assets exclude nothing from the pool by themselves.', { target_amount: 40e6 }],
    ['Raise 40 mio. Mortgaged not allowed? We have not decided.', { target_amount: 40e6 }],
  ],
  'today\'s level, then the limit with its subject left out ("FCCR today ~2,4x, must not fall below 2,0x")': [
    ['FCCR today ~2,4x, must not fall below 2,0x. Target 100 mio.', { target_amount: 100e6, min_fixed_charge_coverage: 2 }],
    ['FCCR is today 2,6x; keep >= 2,2x after. 110 mio.', { target_amount: 110e6, min_fixed_charge_coverage: 2.2 }],
    [
      'Net leverage today about 3.0x (1.26bn / 420m). After the program must be not more than 2.75x. Raise $230M.',
      { target_amount: 230e6, max_net_leverage: 2.75 },
    ],
    ['Net leverage is 3.1x today, must stay below 3.5x. Raise 90m.', { target_amount: 90e6, max_net_leverage: 3.5 }],
    ['Coverage currently 2.8x; should remain above 2.25x post-deal. Raise 90m.', { target_amount: 90e6, min_fixed_charge_coverage: 2.25 }],
    // A comparison that is no limit: a question, or last year's level.
    ['FCCR today 2.4x, below 2.0x would be a problem for the bank? Raise 90m.', { target_amount: 90e6 }],
    ['Net leverage today 3.1x, above 3.0x last year. Raise 90m.', { target_amount: 90e6 }],
  ],
  'a level wished for by a pronoun after today\'s, and a plan made with a level ("I want it at 2.75x", "we plan with 3,75x")': [
    [
      'Net leverage is 3.0x now. I want it at 2.75x or lower post-deal. Raise $200M; floor $175M.',
      { target_amount: 200e6, floor_amount: 175e6, max_net_leverage: 2.75 },
    ],
    ['FCCR is 2.1x today. We want it above 1.8x after the sale. Raise $90M.', { target_amount: 90e6, min_fixed_charge_coverage: 1.8 }],
    [
      'Covenant in the RCF is 4,25x net leverage, but we plan with 3,75x for headroom. 130 mio target.',
      { target_amount: 130e6, max_net_leverage: 3.75 },
    ],
    ['Our lenders test FCCR at 1.25x; I want to plan with 1.5x. $150M.', { target_amount: 150e6, min_fixed_charge_coverage: 1.5 }],
    ['The FCCR covenant is 1.6x and we are planning with 1.9x. Raise $70M.', { target_amount: 70e6, min_fixed_charge_coverage: 1.9 }],
    // A wish with no pronoun for the metric, or a plan made with something else, is no level.
    ['Net leverage is 3.0x now. We want it explained to the board. Raise $200M.', { target_amount: 200e6 }],
    [
      'The FCCR covenant is 1.5x and we plan with a 2.5% escalator. Raise $60M.',
      { target_amount: 60e6, min_fixed_charge_coverage: 1.5, economics: { rent_escalator: 0.025 } },
    ],
  ],
  'a market cap in a note\'s order ("market max 50 %", "same market cap as last time, 25%", "Dallas max 30%, same rule all markets")': [
    [
      'Georgia & New Jersey only, market max 50 %, 80 mio, only warehouses.',
      { target_amount: 80e6, asset_types: ['warehouse'], include_markets: ['Atlanta', 'Newark'], max_market_share: 0.5 },
    ],
    ['Raise 80 mio, mkt max 35%.', { target_amount: 80e6, max_market_share: 0.35 }],
    ['Raise 80 mio. Same market cap as last time, 25%.', { target_amount: 80e6, max_market_share: 0.25 }],
    ['Raise 80 mio. Market cap as before, 30 % of proceeds.', { target_amount: 80e6, max_market_share: 0.3 }],
    [
      'Proceeds needed 145m, acceptable down to 120m. Dallas max 30% of total, same rule all markets.',
      { target_amount: 145e6, floor_amount: 120e6, max_market_share: 0.3 },
    ],
    ['Raise 80 mio, Chicago capped at 40%, same limit for every other market.', { target_amount: 80e6, max_market_share: 0.4 }],
    // A cap for one market alone, and a rule that is no market cap.
    ['Raise 80 mio. Dallas max 30% of total, other markets unlimited.', { target_amount: 80e6 }],
    ['Raise 80 mio. Tax 25%, same rule for all markets.', { target_amount: 80e6, economics: { tax_rate: 0.25 } }],
  ],
  'new rent refused to add more than a level ("The new rent must not add more than 10 mio a year")': [
    ['Target 160 mio. The new rent must not add more than 10 mio a year to the P&L.', { target_amount: 160e6, max_rent_added: 10e6 }],
    ['Target 160 mio. The new rent must not add more than $10M a year.', { target_amount: 160e6, max_rent_added: 10e6 }],
    ['Target 160 mio. Added rent should not add over $8M per year to costs.', { target_amount: 160e6, max_rent_added: 8e6 }],
    // What is added is no rent.
    ['Target 160 mio. The new rent must not add more than 2 years to the lease term.', { target_amount: 160e6 }],
  ],
};

describeFamilies('offline brief reader, limits wording (7)', FAMILIES);
