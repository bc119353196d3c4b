import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-third round of wording families for the scores and the economics: just enough asked for with no verb of
 * selling ("just enough to get past $75M", "just enough, no more"); the tightest or smallest package that still clears
 * the ask, or the package asked to be the smallest that does; the cheapest SLB, the cheapest in lease cost over the
 * term, and a low lease cost over the term as what matters most; the best answer left to the solver or the computer,
 * and the solver's answer asked for alone; "exactly" said of a term's figure and a full optimisation turned down for
 * the heuristic; the criticality ceiling said by what is kept back, by the pain of losing a building, as "riskier
 * than", by a hyphenated coinage kept at a level, and corrected straight after it is given; leaseability kept out
 * after "keep out" and shortened to "lease"; spreadsheet cells with their label in brackets, quotes or column letters;
 * a bare number of years among the deal's settings, a term "set at", leases "made" a number of years; a rate on the
 * gain before "gain tax rate" or under a "tax:" parent; a tax rate given in its parts then all in; an escalator offered
 * or modelled; a comment line telling an
 * earlier revision; and a scanned capital word with a one for its I. Every case states what it must read; a field it
 * does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'just enough asked for with no verb of selling': [
    ['We need just enough to get past ninety million dollars.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['$70M - just enough, no more.', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
    ['Just enough to get over the target of $85M, please.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    ['$95M, just enough - no more.', { target_amount: 95e6, economics: { objective: 'min_proceeds' } }],
    // Just enough of something else, or enough to cover a cost, names no objective.
    ['$80M. Keep just enough to cover operations.', { target_amount: 80e6 }],
    ['$80M. Leave just enough room to hit the growth plan.', { target_amount: 80e6 }],
  ],
  'the tightest or smallest package that still clears the ask': [
    ['$120M. Pick the tightest set that clears the target.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    ['$120M. We want the leanest package that still reaches the ask.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    [
      'Raise $120M; the program should be the smallest one that still gets past the goal.',
      { target_amount: 120e6, economics: { objective: 'min_proceeds' } },
    ],
    ['Run the tightest selection that clears $64M.', { target_amount: 64e6, economics: { objective: 'min_proceeds' } }],
    // The tightest of anything but the sale, or a smallest building, is no objective.
    ['$120M. The tightest covenant that clears review wins.', { target_amount: 120e6 }],
    ['$120M. The package includes the smallest store that clears inspection.', { target_amount: 120e6 }],
  ],
  'the cheapest SLB, cheapest in lease cost over the term, or low lease cost as what matters most': [
    ['Run the cheapest sale-leaseback that gets us $70M.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    ['$70M, whichever is cheapest in rent over the full term.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    ['$70M. Low rent cost over the life of the leases is the priority.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    ['$70M. Our focus is low lease cost over the whole term.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    ['$70M. Lower leasing costs over the term matter most.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    // A low cost told of as history names no priority.
    ['$70M. Low lease cost over the term helped us last year.', { target_amount: 70e6 }],
  ],
  'the best answer left to the solver, or its answer asked for alone': [
    ['$210M. Let the computer pick the best one.', { target_amount: 210e6, strategy: 'exact' }],
    ['$210M. Get the engine to come up with the optimum.', { target_amount: 210e6, strategy: 'exact' }],
    ['$210M, and the best possible solution, however long it takes.', { target_amount: 210e6, strategy: 'exact' }],
    ['$210M. Solver result, please.', { target_amount: 210e6, strategy: 'exact' }],
    // The best answer waived, or the solver's answer told of, asks for no search.
    ["$210M. We don't need the best possible answer, whatever it costs.", { target_amount: 210e6 }],
    ['$210M. The solver answer last year oversold.', { target_amount: 210e6 }],
  ],
  'exactly said of a setting, and a full optimisation turned down': [
    ['$90M. Leases at 20 years max? Actually, exactly 20.', { target_amount: 90e6, economics: { lease_term_years: 20 } }],
    ['$90M on a 12-year term - exactly twelve.', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    ['$90M, 3% bumps, held at exactly 3%.', { target_amount: 90e6, economics: { rent_escalator: 0.03 } }],
    ['$90M, taking the greedy rule instead of a complete optimisation.', { target_amount: 90e6, strategy: 'greedy' }],
    ['$90M via the heuristic, rather than the exact optimization.', { target_amount: 90e6, strategy: 'greedy' }],
    // "Exactly" before money or alone still asks for the exact search.
    ['$90M. Solve it exactly.', { target_amount: 90e6, strategy: 'exact' }],
  ],
  'the criticality ceiling said by what is kept back or by the pain of losing': [
    ['$100M. Hold on to every site with criticality over 0.7.', { target_amount: 100e6, max_criticality: 0.7 }],
    ['$100M. Retain anything whose criticality is above 0.45.', { target_amount: 100e6, max_criticality: 0.45 }],
    ['$100M. Keep all the buildings with leaseability under 0.4.', { target_amount: 100e6, min_leaseability: 0.4 }],
    ['$100M. Skip what would be costly to lose (nothing over 0.6).', { target_amount: 100e6, max_criticality: 0.6 }],
    ['$100M. No site where losing it would be devastating; cap it at 0.35.', { target_amount: 100e6, max_criticality: 0.35 }],
    ['$100M. Nothing more risky than 0.55 on criticality.', { target_amount: 100e6, max_criticality: 0.55 }],
    // Kept in the sale is no ceiling.
    ['$100M. Keep everything with criticality above 0.6 in the pool.', { target_amount: 100e6 }],
    [
      '$100M. Keep everything with criticality above 0.6 in the pool, and hold on to every site with leaseability under 0.4.',
      { target_amount: 100e6, min_leaseability: 0.4 },
    ],
  ],
  'a score named by a hyphenated coinage kept at a level': [
    ["$100M. Cap the if-we-lost-it-we're-stuck score at 0.45 or lower.", { target_amount: 100e6, max_criticality: 0.45 }],
    ['$100M. Keep the would-hurt-to-lose score at 0.6 or under.', { target_amount: 100e6, max_criticality: 0.6 }],
    [
      '$100M. Keep the pain-of-losing-it score at 0.5 or below and the easy-to-re-let score at 0.65 or above.',
      { target_amount: 100e6, max_criticality: 0.5, min_leaseability: 0.65 },
    ],
    // A coinage of neither losing nor letting is left alone.
    ['$100M. Keep the nice-to-have-around score at 0.5 or below.', { target_amount: 100e6 }],
    [
      '$100M. Keep the nice-to-have-around score at 0.5 or below and the hurt-to-lose-it score at 0.7 or below.',
      { target_amount: 100e6, max_criticality: 0.7 },
    ],
  ],
  'a score level corrected straight after it is given': [
    ['$100M. Nothing above 0.4 criticality... actually, 0.45 is fine.', { target_amount: 100e6, max_criticality: 0.45 }],
    ['$100M. Nothing under 0.7 on leaseability... actually, 0.65 is fine.', { target_amount: 100e6, min_leaseability: 0.65 }],
    ['$100M. Nothing below 0.5 on leaseability; sorry, 0.55 works.', { target_amount: 100e6, min_leaseability: 0.55 }],
  ],
  'leaseability kept out after "keep out", or shortened to "lease"': [
    ['$100M. Keep out sites nobody else would want, anything under 0.5 on leaseability.', { target_amount: 100e6, min_leaseability: 0.5 }],
    ['$100M. Keep out anything below 0.55 on leaseability.', { target_amount: 100e6, min_leaseability: 0.55 }],
    ['$100M, max crit 0.5, min lease 0.6', { target_amount: 100e6, max_criticality: 0.5, min_leaseability: 0.6 }],
    ['$100M. Lease min .65.', { target_amount: 100e6, min_leaseability: 0.65 }],
    // A minimum lease in years is a term, not leaseability.
    ['$100M. Min lease 12 years.', { target_amount: 100e6, economics: { lease_term_years: 12 } }],
    ['$100M. Min lease 12 years, min lease 0.6.', { target_amount: 100e6, min_leaseability: 0.6, economics: { lease_term_years: 12 } }],
  ],
  'spreadsheet cells with their label in brackets, quotes or column letters': [
    ['Cell D2 (Target): 88,000,000\nCell D3 (Min leaseability): 0.65', { target_amount: 88e6, min_leaseability: 0.65 }],
    ["Cell F4 ('target'): 88,000,000\nCell F5 ('tax'): 0.24", { target_amount: 88e6, economics: { tax_rate: 0.24 } }],
    ['A: Target | B: $88,000,000\nA: Max criticality | B: 0.5', { target_amount: 88e6, max_criticality: 0.5 }],
    ['Model!C2 = 88000000   (target)\nModel!C3 = 0.45   (crit ceiling)', { target_amount: 88e6, max_criticality: 0.45 }],
    ["B2: 'Target'   C2: $88M\nB3: 'Tax'   C3: 26%", { target_amount: 88e6, economics: { tax_rate: 0.26 } }],
    // A cell marked as reference only is no setting.
    [
      'Model!C2 = 88000000   (target)\nModel!C3 = 0.45   (crit ceiling)\nModel!C4 = 0.27   (tax - reference only, not used)',
      { target_amount: 88e6, max_criticality: 0.45 },
    ],
  ],
  'the lease term said in passing': [
    [
      'Ninety million dollars, escalator 2%, twenty years, IFRS 16.',
      { target_amount: 90e6, economics: { rent_escalator: 0.02, lease_term_years: 20, accounting_basis: 'ifrs16' } },
    ],
    [
      '$90M. Settings: 2.5% bumps, fourteen years, ASC 842.',
      { target_amount: 90e6, economics: { rent_escalator: 0.025, lease_term_years: 14, accounting_basis: 'us_gaap' } },
    ],
    [
      '$90M. The board resolved that the lease term should be set to 13 years.',
      { target_amount: 90e6, economics: { lease_term_years: 13 } },
    ],
    ['$90M. The leases we sign - make those eleven years.', { target_amount: 90e6, economics: { lease_term_years: 11 } }],
    // Years said with more words are no term, nor years on a line with no other setting.
    [
      '$90M, 2% bumps, fifteen years, and we have owned them for 20 years.',
      { target_amount: 90e6, economics: { rent_escalator: 0.02, lease_term_years: 15 } },
    ],
    ['$90M.\nStaff there: 15 years, on average.', { target_amount: 90e6 }],
  ],
  'a rate on the gain and an escalator offered or modelled': [
    ['$90M with a 24% gain tax rate.', { target_amount: 90e6, economics: { tax_rate: 0.24 } }],
    ['$90M and a 26% gains tax rate.', { target_amount: 90e6, economics: { tax_rate: 0.26 } }],
    ['program: Quill\nproceeds:\n  target: 90000000\ntax:\n  gain_rate: 0.23', { target_amount: 90e6, economics: { tax_rate: 0.23 } }],
    ['$90M. The escalator they are proposing is 2.25%.', { target_amount: 90e6, economics: { rent_escalator: 0.0225 } }],
    ['$90M.\nEscalator: inflation-capped at 3% - model as 2.5%', { target_amount: 90e6, economics: { rent_escalator: 0.025 } }],
  ],
  'a tax rate given in its parts, then all in': [
    ['$90M. Tax: 21% federal plus 4% state, so 25% combined.', { target_amount: 90e6, economics: { tax_rate: 0.25 } }],
    ['$90M. Tax is 21% federal, and with state call it twenty-six all in.', { target_amount: 90e6, economics: { tax_rate: 0.26 } }],
    ['$90M. Tax: 21% federal, plus state - model 24.5 blended.', { target_amount: 90e6, economics: { tax_rate: 0.245 } }],
    // A figure of another kind after the parts is no combined rate.
    ['$90M. Tax: 21% federal, use 3.5x leverage in total.', { target_amount: 90e6, max_net_leverage: 3.5, economics: { tax_rate: 0.21 } }],
  ],
  'a comment line telling an earlier revision, and a scanned capital word': [
    ['target=90000000\nlease.term=12\n# rev 1 had lease.term=20', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    ['target: 90000000\nterm_years: 12\n// previously term_years: 20', { target_amount: 90e6, economics: { lease_term_years: 12 } }],
    ['TARGET: $90M\nLEASE TERM: F1FTEEN (15) YEARS', { target_amount: 90e6, economics: { lease_term_years: 15 } }],
    [
      'TARGET: $90M\nMAX NET LEVERAGE: 3.1x\nLEASE TERM: S1XTEEN (16) YEARS',
      { target_amount: 90e6, max_net_leverage: 3.1, economics: { lease_term_years: 16 } },
    ],
  ],
};

describeFamilies('reads scores and economics families (43)', FAMILIES);
