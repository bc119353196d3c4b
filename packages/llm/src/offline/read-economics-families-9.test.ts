import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A ninth round of wording families for the economics and the objective, as operations notes and board papers write
 * them: the smallest sale named with the figure it must reach, the set that oversells least, the objective written as a
 * label of the selection, and the cheapest capital as what costs least over the leases. Every case states all a brief
 * should read: a field it does not name must stay unread.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the smallest sale named with the figure it reaches ("smallest possible sale that hits $45M", "smallest program to reach $70M")': [
    ['The smallest possible sale that reaches $55M, please.', { target_amount: 55e6, economics: { objective: 'min_proceeds' } }],
    ['Sell the smallest package that gets us $90M.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['Smallest programme to hit $80M.', { target_amount: 80e6, economics: { objective: 'min_proceeds' } }],
    ['Smallest possible set clearing $120M.', { target_amount: 120e6, economics: { objective: 'min_proceeds' } }],
    ['Reach $150m with the smallest possible sale.', { target_amount: 150e6, economics: { objective: 'min_proceeds' } }],
    // The smallest sale told of as a fact of the past is no objective.
    ['Raise $90M. Our smallest sale last year was $20M.', { target_amount: 90e6 }],
    ['Raise $90M; the smallest sale to reach a buyer closed in a week.', { target_amount: 90e6 }],
  ],
  'the set that oversells or overshoots least ("the optimal set that overshoots it least", "fewest dollars over the line")': [
    ['Target $110m; choose the set that overshoots it least.', { target_amount: 110e6, economics: { objective: 'min_proceeds' } }],
    ['Run $85m again, the selection that oversells least.', { target_amount: 85e6, economics: { objective: 'min_proceeds' } }],
    ['$240m. Fewest dollars over the mark, please.', { target_amount: 240e6, economics: { objective: 'min_proceeds' } }],
    // Overselling told of as last year's outcome is no objective.
    ['Raise $85m; last time we oversold by $9m.', { target_amount: 85e6 }],
  ],
  'the minimum-proceeds objective as a label of the selection ("a min-proceeds optimal programme")': [
    ['The Board asked for a minimum-proceeds optimal set of $105m.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    [
      'Please run a min-proceeds exact solve for $70m.',
      { target_amount: 70e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    // Minimum proceeds with a figure are a floor.
    ['Target $120m, minimum proceeds $100m.', { target_amount: 120e6, floor_amount: 100e6 }],
  ],
  'the cheapest capital as what costs least over the leases ("the option that costs us least over the whole lease")': [
    [
      'Target $95M. Pick whatever costs us least over the life of the leases.',
      { target_amount: 95e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$140M, the set costing least in present-value terms.', { target_amount: 140e6, economics: { objective: 'min_npv_cost' } }],
    ['Go with the least-expensive-funding option, $60M.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Lowest total cost over the lease term, rather than the least proceeds. $85M.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    // What costs least to run is no objective.
    ['Raise $85M; keep the sites that cost us least to run.', { target_amount: 85e6 }],
  ],
  'escalator and term set by resolution ("RESOLVED that the rent escalator be 1.5%, the lease term be 25 years")': [
    [
      'RESOLVED that the lease term be twenty years and the rent escalator be 2.5%; and that the Target Proceeds be $80m.',
      { target_amount: 80e6, economics: { lease_term_years: 20, rent_escalator: 0.025 } },
    ],
    [
      'RESOLVED that the initial lease term applicable to each leaseback be 12 years, and the annual escalator be 3 per cent.',
      { economics: { lease_term_years: 12, rent_escalator: 0.03 } },
    ],
    [
      'It was resolved that the escalator for all leases be 1.75% per annum and that the Target Proceeds be $60m.',
      { target_amount: 60e6, economics: { rent_escalator: 0.0175 } },
    ],
    // Another rate resolved is no escalator.
    ['RESOLVED that the tax rate be 21% and the Target Proceeds be $90m.', { target_amount: 90e6, economics: { tax_rate: 0.21 } }],
  ],
  'an escalator written in words with a half ("an annual rent escalator of two and one-half per cent")': [
    [
      'Target $70m; leases carry a rent escalator of one and one-half per cent.',
      { target_amount: 70e6, economics: { rent_escalator: 0.015 } },
    ],
    ['Raise $50m with an annual escalator of three and a half percent.', { target_amount: 50e6, economics: { rent_escalator: 0.035 } }],
    // A half of anything else is no escalator.
    ['Raise $50m; two and a half percent of the sites are vacant.', { target_amount: 50e6 }],
  ],
  'a question on the escalator or the term answered by its figure ("Q: Escalator assumption? / A: 3% per annum")': [
    ['Q: Rent escalator?\nA: 2.5% a year. The ask is $120m.', { target_amount: 120e6, economics: { rent_escalator: 0.025 } }],
    [
      'Q (Ms Ortiz): What escalation have we assumed?\nA: 2% per annum. Target $90m.',
      { target_amount: 90e6, economics: { rent_escalator: 0.02 } },
    ],
    ['Q: What lease term is assumed?\nA: Twelve years. The ask is $60m.', { target_amount: 60e6, economics: { lease_term_years: 12 } }],
    [
      'Q (Mr Lee): What lease length are we marketing?\nA: 20 years. Target $140m.',
      { target_amount: 140e6, economics: { lease_term_years: 20 } },
    ],
    // An answer without the figure reads nothing.
    ['Q: What lease term is assumed?\nA: Not decided yet. The ask is $115m.', { target_amount: 115e6 }],
    ['Q: Escalator?\nA: Ask treasury. Target $60m.', { target_amount: 60e6 }],
  ],
  'the rent told to rise at a rate ("Rent to escalate at 2% a year")': [
    ['Target $95m. Rents to rise by 3% annually.', { target_amount: 95e6, economics: { rent_escalator: 0.03 } }],
    ['Raise $40m; rent will increase at 2.5% a year.', { target_amount: 40e6, economics: { rent_escalator: 0.025 } }],
    ['Ask is $75m. Rent to step up at 1.5% per annum.', { target_amount: 75e6, economics: { rent_escalator: 0.015 } }],
    // The rent cap is no rise.
    ['Target $95m. Rent added to be at most $8m a year.', { target_amount: 95e6, max_rent_added: 8e6 }],
  ],
  'a basis in brackets as an earlier period\'s ("on IFRS 16 this year (last year was US GAAP)")': [
    [
      'Target $120M. This round is on US GAAP (last year was IFRS 16).',
      { target_amount: 120e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    [
      'Report under US GAAP (the prior program used IFRS 16). Raise $80M.',
      { target_amount: 80e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    ['Target $60M. IFRS 16 please (previously US GAAP).', { target_amount: 60e6, economics: { accounting_basis: 'ifrs16' } }],
    // A past period named in brackets with no basis leaves the basis asked for.
    ["Target $60M. US GAAP (last year's deal closed in May).", { target_amount: 60e6, economics: { accounting_basis: 'us_gaap' } }],
  ],
  'escalators that investors "price in", taken up ("investors price in 2.25% rent bumps ... Use those")': [
    [
      'Buyers price in 3% annual escalators these days; use that. Raise $70M.',
      { target_amount: 70e6, economics: { rent_escalator: 0.03 } },
    ],
    ['The funds price in 2% rent bumps. Go with it, target $55M.', { target_amount: 55e6, economics: { rent_escalator: 0.02 } }],
    // A price that rises is no escalator.
    ['Raise $70M; a 4% price increase hit our customers last year.', { target_amount: 70e6 }],
    ['Raise $70M; prices rose 3% a year.', { target_amount: 70e6 }],
  ],
};

describeFamilies(
  'The smallest sale that reaches the figure, the set that oversells least, what costs least over the leases, and economics resolved or answered',
  FAMILIES,
);
