import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A nineteenth round of wording families for the ask and its economics: a term left bare after the ask or corrected
 * in the next words; a figure approved recently, said to be the ask now, or given as the run's instruction beside a
 * stretch case; the ask after a role written as a label, or joined to a limit on debt; money with its currency after
 * the number; a slide's bullets on one line; a chat's speakers before the figures they give; the least sale past the
 * target and the cheapest rent over the leases' life in words; a bare rate from a tax writer; the escalator "on rent"
 * and a figure chosen "for us" after another client's; a share "in a market", misspelt, or set aside; and an empty box
 * of a checklist that opens the brief. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a term left bare as a sentence of its own after the ask ("Ask: $185M. US GAAP. 15 years.")': [
    ['Ask: $140M. IFRS 16. 12 years.', { target_amount: 140e6, economics: { accounting_basis: 'ifrs16', lease_term_years: 12 } }],
    [
      "Text from the CFO: 'SLB 90m. US GAAP. 25 yrs.'",
      { target_amount: 90e6, economics: { accounting_basis: 'us_gaap', lease_term_years: 25 } },
    ],
    ['Raise $75M. 18 years.', { target_amount: 75e6, economics: { lease_term_years: 18 } }],
    // Years inside a sentence are not a bare term.
    ['Raise $75M. We have owned these sites for 30 years.', { target_amount: 75e6 }],
  ],
  'a term corrected in the next words ("15-yr lease term. Actually 17 years, sorry")': [
    ['Target $120M, 20-year leases. Actually 22 years.', { target_amount: 120e6, economics: { lease_term_years: 22 } }],
    ['$95M with a 10-yr lease term. Correction: 12 yrs.', { target_amount: 95e6, economics: { lease_term_years: 12 } }],
    // With no term stated before, "actually" and years is no correction of one.
    ['$95M. Actually 12 years ago we did a smaller deal.', { target_amount: 95e6 }],
  ],
  'a figure approved a short time ago, or said to be the ask now ("Board approved $300m last week")': [
    ['The board approved $220m last week (was $180m in the draft).', { target_amount: 220e6 }],
    ['Treasury signed off on $140M yesterday. IFRS 16.', { target_amount: 140e6, economics: { accounting_basis: 'ifrs16' } }],
    ['We were told $90M last quarter, but the target is now $105M.', { target_amount: 105e6 }],
    ["Last month's number was $80M but the ask is now $95M.", { target_amount: 95e6 }],
    // A past deal stays past.
    ['We raised $60M last year. This time $90M.', { target_amount: 90e6 }],
  ],
  'the run\'s instruction beside a stretch case ("the instruction for this run is $175M")': [
    ['The plan mentions $300M as a stretch case, but the instruction for this run is $210M.', { target_amount: 210e6 }],
    ['Upside case is $180M; the instruction is $140M.', { target_amount: 140e6 }],
  ],
  'the ask after a role written as a label ("Risk manager: $150M with debt/EBITDA max 3.5x")': [
    ['Treasury lead: $120M with debt/EBITDA under 3.2x.', { target_amount: 120e6, max_net_leverage: 3.2 }],
    ['Strategy: $80M with the lowest rent cost over the lease term.', { target_amount: 80e6, economics: { objective: 'min_npv_cost' } }],
    ['Auditor: confirm $110M can be done while keeping debt to EBITDA at 3.3x or less.', { target_amount: 110e6, max_net_leverage: 3.3 }],
    // A field's own label is left as it is.
    ['Target: $85M. Floor: $70M.', { target_amount: 85e6, floor_amount: 70e6 }],
  ],
  'the ask joined to a limit on debt ("My manager says $50M and that our debt should stay below 3x")': [
    ['My boss says $65M and that our net leverage should stay under 3.5x.', { target_amount: 65e6, max_net_leverage: 3.5 }],
    ['We need $70M while keeping net leverage at or below 3.4x.', { target_amount: 70e6, max_net_leverage: 3.4 }],
    // Debt named as a figure is still background.
    ['Our net debt is $900M. Raise $100M.', { target_amount: 100e6 }],
  ],
  'money with its currency after the number ("Target 125 USD m | Floor 100 USD m")': [
    ['Row: Case A | Target 140 USD m | Floor 120 USD m', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Raise 95 USD mm from the Midwest sites.', { target_amount: 95e6, include_markets: ['Chicago', 'Columbus'] }],
  ],
  'a slide\'s bullets run together on one line ("Slide: • $60M • Rent added ≤ $4M")': [
    ['Slide: • $70M • Rent added ≤ $5M • Exclude Houston', { target_amount: 70e6, max_rent_added: 5e6, exclude_markets: ['Houston'] }],
    ['Deck: • $45M • New rent under $3M', { target_amount: 45e6, max_rent_added: 3e6 }],
  ],
  'a chat\'s speakers before the figures they give ("[10:05] Dana: 2.5% a year" after "escalator?")': [
    [
      '[09:10] Ana: $80M, 20-year leases\n[09:11] Ben: escalator?\n[09:12] Ana: 3% a year',
      { target_amount: 80e6, economics: { lease_term_years: 20, rent_escalator: 0.03 } },
    ],
    [
      'Chat\nKim: what term?\nOmar: 12 years. Target is $55M.\nKim: ok\nOmar: tax 25%',
      { target_amount: 55e6, economics: { lease_term_years: 12, tax_rate: 0.25 } },
    ],
    ['Chat\nMia: Proceeds $90M\nMia: leaseability 0.6+\nMia: correction, $100M', { target_amount: 100e6, min_leaseability: 0.6 }],
  ],
  'the least sale past the target in words ("not overshoot more than it has to", "how little above $100M we can land")': [
    ['Bring in $90M and do not overshoot more than we need to.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Show me how little over $70M we could get.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    // Little said of something else is no objective.
    ['Raise $70M; little else matters.', { target_amount: 70e6 }],
  ],
  'the cheapest rent over the leases\' life ("cheapest in rent over the life of the leases", "cheapest long-run lease cost")': [
    ['$65M, whatever is cheapest over the life of the leases.', { target_amount: 65e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $85M at the cheapest long-term rent cost.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $50M, the cheapest in rent over time.', { target_amount: 50e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'a bare rate from a writer who speaks of tax ("Tax team. Please assume a 21% rate")': [
    ['Tax desk here. Use a 23% rate; target $90M.', { target_amount: 90e6, economics: { tax_rate: 0.23 } }],
    // A rate of something else, or beside another rate, is no tax rate, even with tax named.
    ['Tax team: $90M, and assume a 7% rate of return on the buildings.', { target_amount: 90e6 }],
    ['Tax team: $90M. Interest rates are high, so assume a 7% rate.', { target_amount: 90e6 }],
  ],
  'the escalator "on rent", and a figure chosen for us after another client\'s ("For us use 2%")': [
    ['$70M, and the escalator on the rent is 2.5% a year.', { target_amount: 70e6, economics: { rent_escalator: 0.025 } }],
    ['A peer got 3% escalators. For us use 2.25%. $120M.', { target_amount: 120e6, economics: { rent_escalator: 0.0225 } }],
  ],
  'a share "in a market", misspelt, or set aside ("Max 40% in a market", "30% cap per market doesn\'t matter here")': [
    ['$85M. Max 35% in any one market.', { target_amount: 85e6, max_market_share: 0.35 }],
    ['Raise $95M, no singel market over 40%.', { target_amount: 95e6, max_market_share: 0.4 }],
    ['$60M, the 25% limit per market does not apply here - ignore it. Tax 21%.', { target_amount: 60e6, economics: { tax_rate: 0.21 } }],
  ],
  'an empty box of a checklist that opens the brief ("[ ] IFRS 16")': [
    [
      '[x] exclude mortgaged assets\n[ ] US GAAP\n[x] 20-year leases\nTarget $75M',
      { target_amount: 75e6, exclude_mortgaged: true, economics: { lease_term_years: 20 } },
    ],
    ['[x] IFRS 16\n[ ] 15-year leases\nTarget $75M', { target_amount: 75e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
};

describeFamilies('reads figures and economics (nineteenth round)', FAMILIES);
