import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighteenth round of wording families for scores and covenant metrics in the plain words of people outside
 * treasury: leaseability as a re-let score, as how easy a building is to rent out with a level beside it, or bare in
 * a list of limits; criticality as an essential or importance score, a cap set right after the score is named, a
 * note's sign; net and lease-adjusted leverage as debt to earnings (before rent); fixed-charge coverage and rent added
 * in words; mortgages as money owed to a bank; the escalator as the rent's rise held to a figure; a basis as the
 * condition of the result asked for; and the least sale over a figure. Every case states what it must read; a field
 * it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'leaseability as a re-let score or re-letability with its level ("re-let score of 0.8 or better")': [
    ['Raise $90M; re-let score of 0.75 or higher.', { target_amount: 90e6, min_leaseability: 0.75 }],
    ['$60M. Re-let rating 0.55 minimum.', { target_amount: 60e6, min_leaseability: 0.55 }],
    ['Target $80M, re-letability no lower than 0.6.', { target_amount: 80e6, min_leaseability: 0.6 }],
    // The word alone keeps its level.
    ['Raise $80M from re-lettable sites.', { target_amount: 80e6, min_leaseability: 0.5 }],
  ],
  'leaseability bare in a list of limits ("leaseability 0.6;")': [
    ['Treasurer: $95M; leaseability 0.7; tax 24%.', { target_amount: 95e6, min_leaseability: 0.7, economics: { tax_rate: 0.24 } }],
    ['$85M, leaseability 0.55, net leverage 3.4x.', { target_amount: 85e6, min_leaseability: 0.55, max_net_leverage: 3.4 }],
    // A level with a bound keeps its bound.
    ['$85M, leaseability at least 0.45.', { target_amount: 85e6, min_leaseability: 0.45 }],
  ],
  'how easy a building is to rent out, with a level beside it ("easy to rent out (0.65 or more)")': [
    ['Raise $70M, only from sites easy to rent out (0.55 or more).', { target_amount: 70e6, min_leaseability: 0.55 }],
    [
      'We need $40 million, only buildings easy for another tenant to lease - at least 0.8 on that scale.',
      { target_amount: 40e6, min_leaseability: 0.8 },
    ],
    ['$50M. Only things that could easily be re-rented (0.7+).', { target_amount: 50e6, min_leaseability: 0.7 }],
    ['$65M; nothing scored under 0.45 on how easy it is to re-lease.', { target_amount: 65e6, min_leaseability: 0.45 }],
    // Without a level the words keep theirs.
    ['Raise $50M from easily re-lettable sites.', { target_amount: 50e6, min_leaseability: 0.7 }],
  ],
  'a ruled-out criticality joined by "or" to a ruled-out leaseability ("Nothing with criticality above 0.5 or leaseability below 0.6")': [
    [
      'Raise $75M. Nothing with criticality above 0.6 or leaseability below 0.5.',
      { target_amount: 75e6, max_criticality: 0.6, min_leaseability: 0.5 },
    ],
    ['Raise $75M. Nothing with criticality above 0.4.', { target_amount: 75e6, max_criticality: 0.4 }],
  ],
  'criticality as an essential or importance score held at a level ("cap the essential score at 0.5")': [
    ['$45M. Keep the essentialness score at 0.45 or lower.', { target_amount: 45e6, max_criticality: 0.45 }],
    ['Raise $55M and limit the importance-to-the-business rating to 0.6.', { target_amount: 55e6, max_criticality: 0.6 }],
    ['$35M; nothing rated over 0.4 on importance.', { target_amount: 35e6, max_criticality: 0.4 }],
    ['$30M, nothing too vital (a score above 0.55 is too critical).', { target_amount: 30e6, max_criticality: 0.55 }],
  ],
  'criticality capped right after it is named, or in a note\'s short form ("0.35 tops on criticality", "crit > 0.6")': [
    [
      'Raise $90M. The Joliet DC rates 0.9 on criticality; set the limit at 0.7 so it drops out.',
      { target_amount: 90e6, max_criticality: 0.7 },
    ],
    ['$40M from Dallas, 0.45 tops on criticality.', { target_amount: 40e6, include_markets: ['Dallas'], max_criticality: 0.45 }],
    ['135m, avoid anything crit > 0.5', { target_amount: 135e6, max_criticality: 0.5 }],
    ['Raise $60M and steer clear of anything with criticality over 0.65.', { target_amount: 60e6, max_criticality: 0.65 }],
    ["Raise $60M but don't touch anything essential (above 0.5).", { target_amount: 60e6, max_criticality: 0.5 }],
    // The critical words alone keep their level.
    ["Raise $60M but don't touch anything mission-critical.", { target_amount: 60e6, max_criticality: 0.7 }],
  ],
  'net leverage as debt to earnings ("the debt-to-earnings number should stay below 3.5")': [
    ['Raise $70M and hold total debt to earnings at 3.4 or lower.', { target_amount: 70e6, max_net_leverage: 3.4 }],
    ['$60M; our debt-to-annual-earnings ratio must stay under 3.2.', { target_amount: 60e6, max_net_leverage: 3.2 }],
    ['$60M. Keep the ratio of debt to earnings below 3.6 times.', { target_amount: 60e6, max_net_leverage: 3.6 }],
  ],
  'lease-adjusted leverage as debt with leases over earnings before rent': [
    [
      'Raise $80M; debt (including the leases) compared to earnings before rent must stay under 4.4.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.4 },
    ],
    [
      '$80M, and keep the debt-with-leases to earnings-before-rent number at or below 4.1.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.1 },
    ],
    // Earnings before rent with debt alone is no ratio read as net leverage.
    ['$80M, net leverage under 3.5x.', { target_amount: 80e6, max_net_leverage: 3.5 }],
  ],
  'fixed-charge coverage and rent added in words ("the fixed charge number", "new rent shouldn\'t add more than")': [
    ['$55M; the fixed-charge figure should be 1.6 or better.', { target_amount: 55e6, min_fixed_charge_coverage: 1.6 }],
    ['Raise $55M, keeping the fixed charge thing at least 2.1.', { target_amount: 55e6, min_fixed_charge_coverage: 2.1 }],
    ["$85M. New rent mustn't add more than $5 million a year.", { target_amount: 85e6, max_rent_added: 5e6 }],
    [
      'Raise $85M. Think of all the added rent we would take on each year - please keep it under 6 million.',
      { target_amount: 85e6, max_rent_added: 6e6 },
    ],
  ],
  'mortgages as money owed to a bank, not carried, or a verdict after a type ("Mortgaged plants out")': [
    ['Raise $50M; skip sites that owe money to the bank.', { target_amount: 50e6, exclude_mortgaged: true }],
    ['$50M. Only properties that do not carry a mortgage.', { target_amount: 50e6, exclude_mortgaged: true }],
    ['Mortgaged facilities out. Raise $50M.', { target_amount: 50e6, exclude_mortgaged: true }],
    // A type ruled out on its own is read as a type.
    [
      'Plants out. Raise $50M.',
      { target_amount: 50e6, asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center', 'lab'] },
    ],
  ],
  "the escalator as the rent's rise held to a figure, and the lease said to run for its years": [
    ['$70M; hold the rent rising at most 2% a year.', { target_amount: 70e6, economics: { rent_escalator: 0.02 } }],
    ['Raise $70M; each lease runs 18 years.', { target_amount: 70e6, economics: { lease_term_years: 18 } }],
    [
      'Raise $70M; the leases last 16 years with 2% bumps.',
      { target_amount: 70e6, economics: { rent_escalator: 0.02, lease_term_years: 16 } },
    ],
  ],
  'a basis as the condition of the result asked for ("what would it look like if we report under IFRS 16?")': [
    ['How would a $90M program look if we report under IFRS 16?', { target_amount: 90e6, economics: { accounting_basis: 'ifrs16' } }],
    // Whether to move to a basis is still undecided.
    ['Raise $90M. Whether we switch to IFRS is open.', { target_amount: 90e6 }],
  ],
  'the least sale with the figure it must pass right after ("the minimum we can over $105M")': [
    ['Sell the least we can above $85M.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    [
      'Find the smallest package over $65 million; warehouses only.',
      { target_amount: 65e6, asset_types: ['warehouse'], economics: { objective: 'min_proceeds' } },
    ],
    ['Lowest possible above $40M, please.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    // A minimum that is a floor stays a floor.
    ['Raise $90M, minimum $75M.', { target_amount: 90e6, floor_amount: 75e6 }],
  ],
};

describeFamilies('readBrief: scores and metrics in plain words', FAMILIES);
