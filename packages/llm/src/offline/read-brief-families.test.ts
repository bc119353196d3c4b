import { allTypesBut, describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording, each with phrasings of its own: the registers of a treasury email, a board minute, a
 * term sheet and a terse note. Every case states what it must read; a field it does not name may be anything.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'floors as refusals, conditions and labels': [
    ['We are targeting $120M and the committee will not sign off on anything below $95M.', { target_amount: 120e6, floor_amount: 95e6 }],
    ['Go for $80M; we cannot accept less than $60M.', { target_amount: 80e6, floor_amount: 60e6 }],
    [
      'Aim for $55M. Below $45M the deal is not worth it... anything under $45M is a non-starter.',
      { target_amount: 55e6, floor_amount: 45e6 },
    ],
    ['Look for $210M; anything above $180M would be fine.', { target_amount: 210e6, floor_amount: 180e6 }],
    ['We could get by with $25M but would like $32M.', { target_amount: 32e6, floor_amount: 25e6 }],
    ['Walk-away number: $70M. Target: $90M.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['Minimum raise $40M, ideally $48M.', { target_amount: 48e6, floor_amount: 40e6 }],
    ['Bottom line is $150M; we want $175M.', { target_amount: 175e6, floor_amount: 150e6 }],
    ['Raise $65M at the lowest all-in cost.', { target_amount: 65e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'exclusions never read as their opposite': [
    ['Raise $90M; not selling anything in the state of Georgia.', { target_amount: 90e6, exclude_markets: ['Atlanta'] }],
    [
      "The committee resolved that no property of the Group's Dallas estate be offered. Size: $75M.",
      { target_amount: 75e6, exclude_markets: ['Dallas'] },
    ],
    ['Every metro but Houston is fine; target $60M.', { target_amount: 60e6, exclude_markets: ['Houston'] }],
    ['Any site except Chicago, $45M.', { target_amount: 45e6, exclude_markets: ['Chicago'] }],
    ['$52M, nothign from Arizona', { target_amount: 52e6, exclude_markets: ['Phoenix'] }],
    ['Target $30M and exlcude Columbus.', { target_amount: 30e6, exclude_markets: ['Columbus'] }],
  ],
  'decimal commas before a unit': [
    ['Raise $40M; net leverage at most 3,25x.', { target_amount: 40e6, max_net_leverage: 3.25 }],
    ['Raise $40M; coverage of fixed charges no lower than 2,1 times.', { target_amount: 40e6, min_fixed_charge_coverage: 2.1 }],
    ['Raise $1,250M with leverage under 4x.', { target_amount: 1250e6, max_net_leverage: 4 }],
  ],
  'limits and asks against background figures': [
    [
      'Net leverage stands at 3.1x today, and after the sale it must stay below 3.6x. Raise $70M.',
      { target_amount: 70e6, max_net_leverage: 3.6 },
    ],
    [
      'We must not exceed 4x leverage or fall below 1.7x fixed charge coverage; target $95M.',
      { target_amount: 95e6, max_net_leverage: 4, min_fixed_charge_coverage: 1.7 },
    ],
    ['Two years ago we did a $25M leaseback; this time we need $60M.', { target_amount: 60e6 }],
    ['Aim for $150M, but we could live with as low as 80% of it.', { target_amount: 150e6, floor_amount: 120e6 }],
    ['Raise $80M; a single metro may contribute at most 30 percent.', { target_amount: 80e6, max_market_share: 0.3 }],
    ['Raise $80M, net levrage under 3x.', { target_amount: 80e6, max_net_leverage: 3 }],
    ['ok so - 45 mm, warehouses only', { target_amount: 45e6, asset_types: ['warehouse'] }],
  ],
  'objectives named in new ways': [
    [
      'Give us the cheapest-in-present-value-terms combination for $70M.',
      { target_amount: 70e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Run the lowest-cost-funding option, $42M.', { target_amount: 42e6, economics: { objective: 'min_npv_cost' } }],
    ['We want $64M at lower cost on an NPV basis.', { target_amount: 64e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Objective = minimal proceeds; strategy exact; raise $30M.',
      { target_amount: 30e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    [
      'Use the usual min proceeds objective, exact solver, for $58M.',
      { target_amount: 58e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    ['Minimum proceeds: $40M. Target: $50M.', { target_amount: 50e6, floor_amount: 40e6 }],
  ],
  'terms, escalators and tax under labels and in new orders': [
    ['Raise $50M; leases 18 years.', { target_amount: 50e6, economics: { lease_term_years: 18 } }],
    ['Raise $50M; the initial term must be 14 years.', { target_amount: 50e6, economics: { lease_term_years: 14 } }],
    ['Raise $50M; rent escalation every year 1,75 percent.', { target_amount: 50e6, economics: { rent_escalator: 0.0175 } }],
    ['Raise $50M with 250bp annual bumps.', { target_amount: 50e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $50M; rent uplifts of 125 basis points per year.', { target_amount: 50e6, economics: { rent_escalator: 0.0125 } }],
    ['From tax: please model a 19 percent rate. Raise $50M.', { target_amount: 50e6, economics: { tax_rate: 0.19 } }],
    ['Raise $50M; the tax on any gain is to be assumed at 24%.', { target_amount: 50e6, economics: { tax_rate: 0.24 } }],
    ['Raise $50M; 23 percent tax.', { target_amount: 50e6, economics: { tax_rate: 0.23 } }],
    ['Raise $50M keeping leverage at three and three-quarter turns or less.', { target_amount: 50e6, max_net_leverage: 3.75 }],
  ],
  'assets, mortgages, criticality and rent caps in new wordings': [
    [
      'Asked whether the Schaumburg Office could be offered, the CFO said it will not be. Raise $35M.',
      { target_amount: 35e6, exclude_asset_ids: ['CHI-04'] },
    ],
    ['The company keeps its HQ; raise $90M.', { target_amount: 90e6, exclude_asset_ids: ['DAL-01'] }],
    ['Raise $70M; buildings charged with a mortgage are to stay with us.', { target_amount: 70e6, exclude_mortgaged: true }],
    ['Raise $70M; anything encumbered by a lien is excluded.', { target_amount: 70e6, exclude_mortgaged: true }],
    ['Raise $70M, nothing morgaged.', { target_amount: 70e6, exclude_mortgaged: true }],
    ['Raise $70M; business-critical sites must be kept back.', { target_amount: 70e6, max_criticality: 0.7 }],
    ['Raise $70M without selling anything essential.', { target_amount: 70e6, max_criticality: 0.7 }],
    ['Raise $70M from assets scored under 0.4 for criticality.', { target_amount: 70e6, max_criticality: 0.4 }],
    ['Raise $70M; added rent not over $6M a year.', { target_amount: 70e6, max_rent_added: 6e6 }],
    ['Raise $70M; incremental rent should be no larger than $4M per year.', { target_amount: 70e6, max_rent_added: 4e6 }],
    ['Raise $70M from GA / OH sites only.', { target_amount: 70e6, include_markets: ['Atlanta', 'Columbus'] }],
  ],
  'asks as labels and nouns': [
    ['Purchase price: $310 million. Lease term: 15 years.', { target_amount: 310e6, economics: { lease_term_years: 15 } }],
    ['Transaction size - $72.5M', { target_amount: 72.5e6 }],
    ['The business requires fresh liquidity of $88M.', { target_amount: 88e6 }],
    ['Gross proceeds sought: USD 140mm.', { target_amount: 140e6 }],
  ],
  'rent caps under any name': [
    ['Raise $70M; the leaseback rent bill must stay under $6M a year.', { target_amount: 70e6, max_rent_added: 6e6 }],
    ['Raise $70M. Annual rent from the new leases: capped at $5.5M.', { target_amount: 70e6, max_rent_added: 5.5e6 }],
    ['Raise $70M without taking on more than $4M of annual rent.', { target_amount: 70e6, max_rent_added: 4e6 }],
    ['Raise $70M; rental obligations we add should never top $7M per annum.', { target_amount: 70e6, max_rent_added: 7e6 }],
    ['Raise $70M. Max incremental lease payments: $6.2M/yr.', { target_amount: 70e6, max_rent_added: 6.2e6 }],
    ['Raise $70M with $5M of rent at most.', { target_amount: 70e6, max_rent_added: 5e6 }],
  ],
  'rent already paid is background, not a cap': [['Our current rent is $20M a year; raise $70M.', { target_amount: 70e6 }]],
  'the cheapest-capital objective': [
    ['Raise $90M by the most economical route.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $90M; minimise the present-value cost of the leasebacks.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $90M at least expensive funding.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['Objective: minimal total cost. Size: $90M.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['$90M, optimise for cost.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'lease terms as labels and abbreviations': [
    ['Raise $50M. Tenor: 18 years.', { target_amount: 50e6, economics: { lease_term_years: 18 } }],
    ['Raise $50M on 15yr leasebacks.', { target_amount: 50e6, economics: { lease_term_years: 15 } }],
    ['Raise $50M; the sites would be leased back for twelve years.', { target_amount: 50e6, economics: { lease_term_years: 12 } }],
    ['Raise $50M with leases lasting 20 years.', { target_amount: 50e6, economics: { lease_term_years: 20 } }],
    ['Raise $50M; the payback period of 5 years is a separate test.', { target_amount: 50e6 }],
  ],
  'escalators as labels, verbs and flat rent': [
    ['Raise $50M. Rent escalation - 2.5% p.a.', { target_amount: 50e6, economics: { rent_escalator: 0.025 } }],
    ['Raise $50M; rent that rises by 3% every year.', { target_amount: 50e6, economics: { rent_escalator: 0.03 } }],
    ['Raise $50M with annual uplifts of 1.75%.', { target_amount: 50e6, economics: { rent_escalator: 0.0175 } }],
    ['Raise $50M; rents held flat for the whole term.', { target_amount: 50e6, economics: { rent_escalator: 0 } }],
    ['Raise $50M. Bumps: none.', { target_amount: 50e6, economics: { rent_escalator: 0 } }],
    ['Raise $50M with 2.5% escalators rather than flat rents.', { target_amount: 50e6, economics: { rent_escalator: 0.025 } }],
  ],
  'tax rates a few words from the word tax': [
    ['Raise $50M; for tax purposes assume 24%.', { target_amount: 50e6, economics: { tax_rate: 0.24 } }],
    ['Raise $50M and model 21% on the gains.', { target_amount: 50e6, economics: { tax_rate: 0.21 } }],
  ],
  'leverage and coverage in every register': [
    ['Raise $60M; net lev must not drift past 3.8x.', { target_amount: 60e6, max_net_leverage: 3.8 }],
    ['Raise $60M; coverage should never dip beneath 1.7 times.', { target_amount: 60e6, min_fixed_charge_coverage: 1.7 }],
    ['Raise $60M while keeping FCCR from falling below 2x.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
    ['Raise $60M; leverage including leases stays under 5.3x.', { target_amount: 60e6, max_lease_adjusted_leverage: 5.3 }],
    ['Raise $60M. Lease-adj. leverage: 4.9x max.', { target_amount: 60e6, max_lease_adjusted_leverage: 4.9 }],
    ['Raise $60M; EBITDAR leverage no worse than 5x.', { target_amount: 60e6, max_lease_adjusted_leverage: 5 }],
    ['Raise $60M; the lenders watch net leverage, so hold it below 3.3x.', { target_amount: 60e6, max_net_leverage: 3.3 }],
    ['Raise $60M; the FCCR covenant (1.4x) must hold.', { target_amount: 60e6, min_fixed_charge_coverage: 1.4 }],
  ],
  'single-market caps in words and labels': [
    ['Raise $60M; no more than a fifth of the money from any individual city.', { target_amount: 60e6, max_market_share: 0.2 }],
    ['Raise $60M. Per-metro cap - 30%.', { target_amount: 60e6, max_market_share: 0.3 }],
    ['Raise $60M, with at most half of it sourced in one market.', { target_amount: 60e6, max_market_share: 0.5 }],
    [
      'Raise $60M; floor at 80% of the target; no single metro above 40%.',
      { target_amount: 60e6, floor_amount: 48e6, max_market_share: 0.4 },
    ],
  ],
  'criticality and leaseability with contractions and trailing bounds': [
    ['Raise $60M from sites that are not mission-critical.', { target_amount: 60e6, max_criticality: 0.7 }],
    ['Raise $60M; anything whose criticality exceeds 0.65 stays with us.', { target_amount: 60e6, max_criticality: 0.65 }],
    ['Raise $60M from buildings with leaseability of 0.6 and above.', { target_amount: 60e6, min_leaseability: 0.6 }],
    ['Raise $60M; criticality 0.5 and below.', { target_amount: 60e6, max_criticality: 0.5 }],
  ],
  'places ruled out by verbs, predicates and back-references': [
    ['Raise $60M but set aside the Edison Warehouse.', { target_amount: 60e6, exclude_asset_ids: ['NWK-02'] }],
    ['Raise $60M; we are not planning to divest anything in Georgia.', { target_amount: 60e6, exclude_markets: ['Atlanta'] }],
    ['Raise $60M. I would prefer not to sell in Chicago.', { target_amount: 60e6, exclude_markets: ['Chicago'] }],
    ['Raise $60M. Columbus is not in scope.', { target_amount: 60e6, exclude_markets: ['Columbus'] }],
    [
      'Raise $60M; the Joliet Distribution Center is leased to a key customer and must stay.',
      { target_amount: 60e6, exclude_asset_ids: ['CHI-01'] },
    ],
    [
      'Raise $60M. The McDonough Warehouse and the Marietta Parts Store are being refurbished, so leave them out.',
      { target_amount: 60e6, exclude_asset_ids: ['ATL-02', 'ATL-04'] },
    ],
    ['Raise $60M. Phoenix is a growth market; it stays with us.', { target_amount: 60e6, exclude_markets: ['Phoenix'] }],
    ['Raise $60M; labs are excluded and so are data centres.', { target_amount: 60e6, asset_types: allTypesBut('lab', 'data_center') }],
    ['Raise $60M. Exclusions: Newark, Houston.', { target_amount: 60e6, exclude_markets: ['Houston', 'Newark'] }],
    [
      'Raise $60M; offices & stores + plants are off the table.',
      { target_amount: 60e6, asset_types: allTypesBut('office', 'retail', 'manufacturing') },
    ],
    ['Raise $60M from anything in Dallas; Houston is in scope too.', { target_amount: 60e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'US state codes': [
    ['$60M, ex-TX.', { target_amount: 60e6, exclude_markets: ['Dallas', 'Houston'] }],
    ['$60M from GA and IL only.', { target_amount: 60e6, include_markets: ['Atlanta', 'Chicago'] }],
    ['$60M; nothing in NJ or OH.', { target_amount: 60e6, exclude_markets: ['Columbus', 'Newark'] }],
    // "OK" is a word here, not Oklahoma; "pa" is per annum, not Pennsylvania.
    [
      'Raise $60M in Chicago, 3% pa bumps, OK to use greedy.',
      { target_amount: 60e6, include_markets: ['Chicago'], strategy: 'greedy', economics: { rent_escalator: 0.03 } },
    ],
  ],
  'mortgages ruled out or asked away': [
    ['Raise $60M; properties carrying secured loans are not eligible.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $60M from debt-free buildings.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $60M; sites with no mortgage on them only.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Raise $60M. Mortgaged properties: out of scope.', { target_amount: 60e6, exclude_mortgaged: true }],
  ],
  'amounts in words and figures, ranges, "up to" and "roughly"': [
    [
      'Board resolution: authorise sale-leasebacks generating net proceeds of not less than $90 million and not more than $110 million.',
      { target_amount: 110e6, floor_amount: 90e6 },
    ],
    ["We're shooting for somewhere around a hundred and twenty-five million.", { target_amount: 125e6 }],
    ['Please raise $0.25bn, give or take.', { target_amount: 250e6 }],
    ['Target: USD 1.1 billion; minimum: USD 900 million.', { target_amount: 1100e6, floor_amount: 900e6 }],
    ['Looking at a 60 to 75 million dollar program.', { target_amount: 75e6, floor_amount: 60e6 }],
    ['$85-$95m raise from warehouses.', { target_amount: 95e6, floor_amount: 85e6, asset_types: ['warehouse'] }],
    ['Raise up to $140M, but no less than $120M.', { target_amount: 140e6, floor_amount: 120e6 }],
    ['Between ninety and one hundred million dollars, please.', { target_amount: 100e6, floor_amount: 90e6 }],
    ['Raise roughly $1.3 billion.', { target_amount: 1300e6 }],
    ['Raise a quarter billion.', { target_amount: 250e6 }],
    ['Raise $70M; the Board wants the exact optimum, not a heuristic.', { target_amount: 70e6, strategy: 'exact' }],
    ['Raise $70M; EBITDA is $400M and net debt $1.4bn.', { target_amount: 70e6 }],
    ['With $2.1bn of revenue and $350M EBITDA, we want to raise $150M.', { target_amount: 150e6 }],
  ],
  'multiples in words and covenants in every register': [
    [
      'Net leverage must stay at or below three times; coverage two and a quarter times or better.',
      { max_net_leverage: 3, min_fixed_charge_coverage: 2.25 },
    ],
    ['Raise $50M. Leverage: no more than three and a half turns.', { target_amount: 50e6, max_net_leverage: 3.5 }],
    [
      'Raise $50M while holding leverage under four turns and FCCR north of 1.75x.',
      { target_amount: 50e6, max_net_leverage: 4, min_fixed_charge_coverage: 1.75 },
    ],
    [
      'Raise $150M; leverage should end below 3.25x and FCCR at 2x or more.',
      { target_amount: 150e6, max_net_leverage: 3.25, min_fixed_charge_coverage: 2 },
    ],
    ['Raise $150M; keep net debt to EBITDA beneath 3.6 times.', { target_amount: 150e6, max_net_leverage: 3.6 }],
    ['Target $55M; debt/EBITDA headroom: max 3.9x.', { target_amount: 55e6, max_net_leverage: 3.9 }],
    ['Raise $55M; fixed-charge coverage no lower than one and three quarters.', { target_amount: 55e6, min_fixed_charge_coverage: 1.75 }],
    ['Raise $55M - net leverage <3.5x, FCCR >1.8x.', { target_amount: 55e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 1.8 }],
    [
      'Raise $40M with criticality capped at 0.6 and leaseability at least 0.5.',
      { target_amount: 40e6, max_criticality: 0.6, min_leaseability: 0.5 },
    ],
    [
      'Raise $40M, targeting a 2.0x FCCR floor and a 3.5x leverage ceiling.',
      { target_amount: 40e6, min_fixed_charge_coverage: 2, max_net_leverage: 3.5 },
    ],
    [
      'CFO: $300M. Treasurer: fine, but lease-adjusted leverage must not breach 5.5x.',
      { target_amount: 300e6, max_lease_adjusted_leverage: 5.5 },
    ],
    ['Raise $150M; any one metro capped at 30% of proceeds.', { target_amount: 150e6, max_market_share: 0.3 }],
  ],
  'negations, exceptions, states and metros': [
    [
      'Raise $75 million of capital, excluding Houston and Dallas, with no more than 35 percent from any metro.',
      { target_amount: 75e6, exclude_markets: ['Dallas', 'Houston'], max_market_share: 0.35 },
    ],
    ['Raise $30M. Offices and warehouses are fine, but no plants or labs.', { target_amount: 30e6, asset_types: ['warehouse', 'office'] }],
    [
      'Sell $45M of distribution centers in Ohio or Illinois.',
      { target_amount: 45e6, asset_types: ['distribution_center'], include_markets: ['Columbus', 'Chicago'] },
    ],
    ['Raise $45M anywhere except Arizona and New Jersey.', { target_amount: 45e6, exclude_markets: ['Phoenix', 'Newark'] }],
    ['Pls raise 35m; excl. Newark.', { target_amount: 35e6, exclude_markets: ['Newark'] }],
    ['Raise $80M w/o touching Phoenix.', { target_amount: 80e6, exclude_markets: ['Phoenix'] }],
    ['Raise $80M but keep out of California.', { target_amount: 80e6, exclude_markets: ['Inland Empire'] }],
    ['Raise $80M. Chicago and Columbus only.', { target_amount: 80e6, include_markets: ['Chicago', 'Columbus'] }],
    ['Raise $80M; Dallas-Fort Worth assets are excluded.', { target_amount: 80e6, exclude_markets: ['Dallas'] }],
    ['Raise $80M; keep clear of the DFW metroplex.', { target_amount: 80e6, exclude_markets: ['Dallas'] }],
    [
      'Raise $150M, leaving out everything in Texas and Georgia.',
      { target_amount: 150e6, exclude_markets: ['Dallas', 'Houston', 'Atlanta'] },
    ],
    ['Raise $150M and steer clear of encumbered real estate.', { target_amount: 150e6, exclude_mortgaged: true }],
    [
      'Raise about 40 million USD from logistics assets in the Inland Empire.',
      { target_amount: 40e6, asset_types: ['distribution_center'], include_markets: ['Inland Empire'] },
    ],
    [
      'Raise $40M; data centers are strategic and must stay.',
      { target_amount: 40e6, asset_types: ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail', 'lab'] },
    ],
    ['Raise $40M; sell the warehouses, keep the offices.', { target_amount: 40e6, asset_types: ['warehouse'] }],
  ],
  'assets by name': [
    [
      'Raise $45M; the Carrollton Data Center and the Pasadena Packaging Plant are not for sale.',
      { target_amount: 45e6, exclude_asset_ids: ['DAL-05', 'HOU-03'] },
    ],
    ['Raise $45M but leave the Plano and Naperville stores alone.', { target_amount: 45e6, exclude_asset_ids: ['DAL-04', 'CHI-05'] }],
    ['We need $200M from anything but our Chicago plant.', { target_amount: 200e6, exclude_asset_ids: ['CHI-03'] }],
    ['Raise $150M; our HQ is off the table.', { target_amount: 150e6, exclude_asset_ids: ['DAL-01'] }],
    ['Raise $150M; no headquarters buildings.', { target_amount: 150e6, exclude_asset_ids: ['DAL-01'] }],
  ],
  'mortgages, rent and economics in several clauses': [
    [
      "Proceeds of $130M; nothing that's mortgaged; flat rent on 20-year leases.",
      { target_amount: 130e6, exclude_mortgaged: true, economics: { rent_escalator: 0, lease_term_years: 20 } },
    ],
    [
      'Raise $60M, US GAAP, 25% tax, 3% bumps, 12-year terms.',
      { target_amount: 60e6, economics: { accounting_basis: 'us_gaap', tax_rate: 0.25, rent_escalator: 0.03, lease_term_years: 12 } },
    ],
    ['Raise $60M and keep the annual rent we add below five million dollars.', { target_amount: 60e6, max_rent_added: 5e6 }],
    ["Raise $60M; rent on the new leases shouldn't exceed $4 million annually.", { target_amount: 60e6, max_rent_added: 4e6 }],
    ['Raise $120M. Max rent uplift from the program: $8M per year.', { target_amount: 120e6, max_rent_added: 8e6 }],
    ['Raise $120M, leaseback rents capped at 9 million a year.', { target_amount: 120e6, max_rent_added: 9e6 }],
    ['Raise $120M with a tax rate of twenty-one percent.', { target_amount: 120e6, economics: { tax_rate: 0.21 } }],
    ['Raise $120M. Accounting: IFRS.', { target_amount: 120e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Raise $120M under ASC 842.', { target_amount: 120e6, economics: { accounting_basis: 'us_gaap' } }],
    ['Raise $150M; only unlevered assets.', { target_amount: 150e6, exclude_mortgaged: true }],
    ['Raise $150M; nothing that is pledged to lenders.', { target_amount: 150e6, exclude_mortgaged: true }],
    ['Raise $150M and steer clear of Newark.', { target_amount: 150e6, exclude_markets: ['Newark'] }],
    ['Raise $150M, with a 10-year minimum lease term.', { target_amount: 150e6, economics: { lease_term_years: 10 } }],
    [
      'Raise $150M. Leases: 15 years, 2% annual escalators, NNN.',
      { target_amount: 150e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } },
    ],
    ['Raise $150M; rents indexed at 2.5% a year.', { target_amount: 150e6, economics: { rent_escalator: 0.025 } }],
    ['We need $70M of proceeds at the lowest net present value cost.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'strategy and criticality wording': [
    ['Find us $95M, preferring the exact solver.', { target_amount: 95e6, strategy: 'exact' }],
    ['Raise $95M, greedy is fine.', { target_amount: 95e6, strategy: 'greedy' }],
    ['Raise $95M and get as close as you can to the target without going over.', { target_amount: 95e6, strategy: 'exact' }],
    ['Raise $80M; no asset with a criticality score above 0.7.', { target_amount: 80e6, max_criticality: 0.7 }],
    ['Raise $80M from non-essential sites.', { target_amount: 80e6, max_criticality: 0.7 }],
    ['Raise $80M; only assets that would re-let easily.', { target_amount: 80e6, min_leaseability: 0.7 }],
    ['Raise $40M; nothing critical to operations.', { target_amount: 40e6, max_criticality: 0.7 }],
  ],
  'minutes, emails and term sheets: one clause per field': [
    ['Resolved: management may execute sale-leasebacks up to an aggregate of $275 million.', { target_amount: 275e6 }],
    ["Per our call \u2014 we're solving for ~$140mm of proceeds.", { target_amount: 140e6 }],
    ["Headline number is $95M; don't go lower than $85M.", { target_amount: 95e6, floor_amount: 85e6 }],
    ['Ask is 1.5bn.', { target_amount: 1500e6 }],
    [
      'Can we do sixty-five million from the Phoenix and Columbus stores?',
      { target_amount: 65e6, asset_types: ['retail'], include_markets: ['Columbus', 'Phoenix'] },
    ],
    ['Raise at least $75M; more is better but cap it at $90M.', { target_amount: 90e6, floor_amount: 75e6 }],
    ['Sizing: $180M (floor $160M).', { target_amount: 180e6, floor_amount: 160e6 }],
    ['Raise $120M. Pro forma net leverage covenant: 3.75x.', { target_amount: 120e6, max_net_leverage: 3.75 }],
    ['Raise $120M with FCCR held at or above 1.6x post-close.', { target_amount: 120e6, min_fixed_charge_coverage: 1.6 }],
    ["Raise $120M; we'd like leverage to come in under 3.4x.", { target_amount: 120e6, max_net_leverage: 3.4 }],
    ['Raise $120M; rent-adjusted leverage capped at five and a half times.', { target_amount: 120e6, max_lease_adjusted_leverage: 5.5 }],
    ['Raise $120M; lease-adjusted net debt to EBITDAR under 5.0x.', { target_amount: 120e6, max_lease_adjusted_leverage: 5 }],
    ['Raise $120M; fixed charge cover must be 1.9x or higher.', { target_amount: 120e6, min_fixed_charge_coverage: 1.9 }],
    ['Raise $120M; diversify so that no metro exceeds 35% of the sale.', { target_amount: 120e6, max_market_share: 0.35 }],
    ['Raise $120M; cap concentration in any single MSA at 40%.', { target_amount: 120e6, max_market_share: 0.4 }],
    ['Raise $120M. Geographic concentration limit: 30%.', { target_amount: 120e6, max_market_share: 0.3 }],
    ['Raise $120M; incremental annual rent of no more than $9M.', { target_amount: 120e6, max_rent_added: 9e6 }],
    ["Raise $120M; the new leases can't add more than $8.5M in yearly rent.", { target_amount: 120e6, max_rent_added: 8.5e6 }],
    ['Raise $120M; rent budget for the leasebacks: $10M a year max.', { target_amount: 120e6, max_rent_added: 10e6 }],
    [
      'Raise $120M from anything but plants.',
      { target_amount: 120e6, asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center', 'lab'] },
    ],
    [
      'Raise $120M; manufacturing and R&D sites are not to be sold.',
      { target_amount: 120e6, asset_types: ['distribution_center', 'warehouse', 'office', 'retail', 'data_center'] },
    ],
    ['Raise $120M from industrial assets (warehouses, DCs).', { target_amount: 120e6, asset_types: ['distribution_center', 'warehouse'] }],
    [
      'Raise $120M; limit the sale to Atlanta, Dallas and Chicago.',
      { target_amount: 120e6, include_markets: ['Atlanta', 'Chicago', 'Dallas'] },
    ],
    ['Raise $120M; Ohio is off-limits, as is New Jersey.', { target_amount: 120e6, exclude_markets: ['Columbus', 'Newark'] }],
    ['Raise $120M outside of the Inland Empire.', { target_amount: 120e6, exclude_markets: ['Inland Empire'] }],
    ["Raise $120M; we're keeping everything in Illinois.", { target_amount: 120e6, exclude_markets: ['Chicago'] }],
    ['Raise $120M; keep Kearny and Cicero.', { target_amount: 120e6, exclude_asset_ids: ['NWK-03', 'CHI-03'] }],
    ['Raise $120M. Do not include DAL-02 or PHX-04.', { target_amount: 120e6, exclude_asset_ids: ['DAL-02', 'PHX-04'] }],
    ['Raise $120M; our Wilmer DC is critical and stays.', { target_amount: 120e6, exclude_asset_ids: ['DAL-02'] }],
    ['Raise $120M; anything with a mortgage on it is out.', { target_amount: 120e6, exclude_mortgaged: true }],
    ['Raise $120M; sell only assets we own free of debt.', { target_amount: 120e6, exclude_mortgaged: true }],
    ['Raise $120M; mortgaged sites should be left out.', { target_amount: 120e6, exclude_mortgaged: true }],
    [
      'Raise $120M over 15-year NNN leases with CPI-like 2% bumps.',
      { target_amount: 120e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } },
    ],
    ['Raise $120M; assume leases run twenty years.', { target_amount: 120e6, economics: { lease_term_years: 20 } }],
    ['Raise $120M; escalators of two percent annually.', { target_amount: 120e6, economics: { rent_escalator: 0.02 } }],
    ['Raise $120M; tax: 23%.', { target_amount: 120e6, economics: { tax_rate: 0.23 } }],
    ['Raise $120M; we pay 26% corporate tax.', { target_amount: 120e6, economics: { tax_rate: 0.26 } }],
    ['Raise $120M; we file under IFRS.', { target_amount: 120e6, economics: { accounting_basis: 'ifrs16' } }],
    ['Raise $120M; GAAP reporter.', { target_amount: 120e6, economics: { accounting_basis: 'us_gaap' } }],
    ['Raise $120M in the cheapest manner available.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $120M and keep the cost of funds as low as possible.', { target_amount: 120e6, economics: { objective: 'min_npv_cost' } }],
    ['Raise $120M; use the exact method.', { target_amount: 120e6, strategy: 'exact' }],
    ['Raise $120M; a quick greedy pass is enough.', { target_amount: 120e6, strategy: 'greedy' }],
    ['Raise $120M from low-criticality assets only (criticality under 0.4).', { target_amount: 120e6, max_criticality: 0.4 }],
    ['Raise $120M; assets must score at least 60% on leaseability.', { target_amount: 120e6, min_leaseability: 0.6 }],
    ['Raise $120M; skip anything core to operations.', { target_amount: 120e6, max_criticality: 0.7 }],
    ['Raise $120M; readily re-lettable buildings only.', { target_amount: 120e6, min_leaseability: 0.7 }],
    ['Target $120M. Interest coverage is 4x today.', { target_amount: 120e6 }],
    ['Our EBITDA is $600M; the program should bring in $120M.', { target_amount: 120e6 }],
  ],
  'rent caps with symbols, spoken figures and answers': [
    ['Ask $95M\nNew rent ≤ $7M/yr', { target_amount: 95e6, max_rent_added: 7e6 }],
    ['Rent add <= 3.5mn p.a.; raise 60mn.', { target_amount: 60e6, max_rent_added: 3.5e6 }],
    [
      'Note to file: the rent we take on cannot be more than four point two five million a year; we raise eighty million.',
      { target_amount: 80e6, max_rent_added: 4.25e6 },
    ],
    [
      'Q: What new rent can we carry? A: no more than $11M a year. Q: And the ask? A: $140M.',
      { target_amount: 140e6, max_rent_added: 11e6 },
    ],
  ],
  'covenants in spoken decimals': [
    ['Raise $75M; lenders allow four point two five turns of net leverage at most.', { target_amount: 75e6, max_net_leverage: 4.25 }],
    ['Raise $75M with net leverage under two point nine times.', { target_amount: 75e6, max_net_leverage: 2.9 }],
  ],
  'exclusions as headings, verdicts and lists after the place': [
    ['Scope\nRuled-out states - Illinois\nSize - $65M', { target_amount: 65e6, exclude_markets: ['Chicago'] }],
    ['Raise $65M. Houston no. Mortgaged sites no.', { target_amount: 65e6, exclude_markets: ['Houston'], exclude_mortgaged: true }],
    [
      'We hold on to every site we operate in Texas and Ohio; sell the rest for $65M.',
      { target_amount: 65e6, exclude_markets: ['Columbus', 'Dallas', 'Houston'] },
    ],
    [
      'Bidders must leave out the entirety of Illinois and every parts counter. Raise $65M.',
      { target_amount: 65e6, exclude_markets: ['Chicago'], asset_types: allTypesBut('retail') },
    ],
    ['Raise $65M; nothing at all in Jersey.', { target_amount: 65e6, exclude_markets: ['Newark'] }],
    [
      'Remove from scope: Fontana Warehouse (IE-02), Schaumburg Office (CHI-04). $65M.',
      { target_amount: 65e6, exclude_asset_ids: ['IE-02', 'CHI-04'] },
    ],
    [
      'Vendors shall exclude the following sites from their bids: Groveport Warehouse (COL-02), Edison Warehouse (NWK-02). Raise $65M.',
      { target_amount: 65e6, exclude_asset_ids: ['COL-02', 'NWK-02'] },
    ],
    ['Excluded: HOU-04, CHI-04 (both regional offices). Raise $65M.', { target_amount: 65e6, exclude_asset_ids: ['HOU-04', 'CHI-04'] }],
    [
      'Kindly take the Fontana Warehouse and IE-03 out of consideration; $65M.',
      { target_amount: 65e6, exclude_asset_ids: ['IE-02', 'IE-03'] },
    ],
    [
      'Not a single square foot of the Elk Grove Village Warehouse is for sale. $65M.',
      { target_amount: 65e6, exclude_asset_ids: ['CHI-02'] },
    ],
    ['The Groveport Warehouse is not part of the $65M programme.', { target_amount: 65e6, exclude_asset_ids: ['COL-02'] }],
  ],
  'floors as a share of the target, wherever the target is written': [
    ['Minimum at 80% of a $90M ask; no labs.', { target_amount: 90e6, floor_amount: 72e6, asset_types: allTypesBut('lab') }],
    ['Q: Lowest we accept? A: floor of 70% of the $120M total.', { target_amount: 120e6, floor_amount: 84e6 }],
    ['Target $60M, with a floor three-quarters of that.', { target_amount: 60e6, floor_amount: 45e6 }],
    ['We aim at USD 150m and set the floor equal to 60% of that figure.', { target_amount: 150e6, floor_amount: 90e6 }],
  ],
  'objectives named as comparatives, outcomes and labels': [
    ['Go for the less expensive structure on an NPV basis; $44M.', { target_amount: 44e6, economics: { objective: 'min_npv_cost' } }],
    ['$44M. Present-value cost objective.', { target_amount: 44e6, economics: { objective: 'min_npv_cost' } }],
    ['$44M with the cheapest NPV result.', { target_amount: 44e6, economics: { objective: 'min_npv_cost' } }],
    [
      'Use greedy with minimum proceeds as our objective; $44M.',
      { target_amount: 44e6, strategy: 'greedy', economics: { objective: 'min_proceeds' } },
    ],
  ],
  'terms, escalators and tax in answers and loose wording': [
    ['Q: Term? A: eighteen years. Size: $52M.', { target_amount: 52e6, economics: { lease_term_years: 18 } }],
    ['Raise $52M; the leases would roll over 12 years.', { target_amount: 52e6, economics: { lease_term_years: 12 } }],
    ['Raise $52M; uplifts we have agreed at one and a half percent a year.', { target_amount: 52e6, economics: { rent_escalator: 0.015 } }],
    ['Raise $52M and apply a 23.5% combined rate to the accounting gain.', { target_amount: 52e6, economics: { tax_rate: 0.235 } }],
    ['Quantum - $52M.', { target_amount: 52e6 }],
  ],
  'misspelt key words and places': [
    ['Raise 85 millon; nothing in Illinios or Tenessee.', { target_amount: 85e6, exclude_markets: ['Chicago'] }],
    ['Trget $85M from TX only, excluidng Huoston.', { target_amount: 85e6, include_markets: ['Dallas'], exclude_markets: ['Houston'] }],
    [
      'Raise $85M; criticallity at most 0.5 and no morgtage on anything we sell.',
      { target_amount: 85e6, max_criticality: 0.5, exclude_mortgaged: true },
    ],
    ['We could settle for $70M but want $85M.', { target_amount: 85e6, floor_amount: 70e6 }],
  ],
  'metrics qualified in brackets or named as a ratio over EBITDA': [
    ['Raise $85M; leaseability (per the broker) at least 0.55.', { target_amount: 85e6, min_leaseability: 0.55 }],
    ['Raise $85M; total debt over EBITDA no higher than 3.9x.', { target_amount: 85e6, max_net_leverage: 3.9 }],
    [
      'Raise $85M; lease-adjusted leverage (including 8x rent) must stay below 5x.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 5 },
    ],
  ],
  'exclusions in table rows, answers and continuations': [
    ['Item | Setting\nSize | $48M\nEncumbered assets | out', { target_amount: 48e6, exclude_mortgaged: true }],
    ['Raise $48M. Ohio out.', { target_amount: 48e6, exclude_markets: ['Columbus'] }],
    ['Raise $48M; the lab buildings, we will not sell them.', { target_amount: 48e6, asset_types: allTypesBut('lab') }],
    [
      'Leave out anything with a lien on it and the Groveport Warehouse; $48M.',
      { target_amount: 48e6, exclude_mortgaged: true, exclude_asset_ids: ['COL-02'] },
    ],
    ['No encumbered sites and Georgia sites only; $48M.', { target_amount: 48e6, exclude_mortgaged: true, include_markets: ['Atlanta'] }],
    [
      'Raise $48M with leaseability at least 0.5 and warehouses fine.',
      { target_amount: 48e6, min_leaseability: 0.5, asset_types: ['warehouse'] },
    ],
    ['Would you sell the Marietta store? A: Never. Raise $48M.', { target_amount: 48e6, exclude_asset_ids: ['ATL-04'] }],
    ["Asked if we would offer the Fontana Warehouse: we won't. Raise $48M.", { target_amount: 48e6, exclude_asset_ids: ['IE-02'] }],
  ],
  'single-market caps in words and over a list just named': [
    [
      'Raise $48M; Dallas and Atlanta only, and neither... no single one of them above 70%.',
      { target_amount: 48e6, include_markets: ['Dallas', 'Atlanta'], max_market_share: 0.7 },
    ],
    ['Raise $48M, no single metro more than forty percent of it.', { target_amount: 48e6, max_market_share: 0.4 }],
  ],
  'exclusions as label lists, verdicts after a colon and more verbs of keeping': [
    ['Markets excluded: Denver; Houston; Atlanta. Raise $50M.', { target_amount: 50e6, exclude_markets: ['Houston', 'Atlanta'] }],
    ['Raise $50M. Columbus: no. Newark: not for sale.', { target_amount: 50e6, exclude_markets: ['Columbus', 'Newark'] }],
    ['Raise $50M; do not place any Illinois sites in the sale.', { target_amount: 50e6, exclude_markets: ['Chicago'] }],
    ['Raise $50M and hold onto the Houston assets.', { target_amount: 50e6, exclude_markets: ['Houston'] }],
    ['Raise $50M; our Dallas buildings are remaining with us.', { target_amount: 50e6, exclude_markets: ['Dallas'] }],
    ['Sell $50M of property, just not in Phoenix.', { target_amount: 50e6, exclude_markets: ['Phoenix'] }],
    ['Raise $50M; drop the Fontana warehouse from the list.', { target_amount: 50e6, exclude_asset_ids: ['IE-02'] }],
    ['Raise $50M. No-go areas: Atlanta, Chicago.', { target_amount: 50e6, exclude_markets: ['Atlanta', 'Chicago'] }],
    ['Raise $50M; it is prohibited to sell anything with debt secured on it.', { target_amount: 50e6, exclude_mortgaged: true }],
  ],
  'coverage demanded by lenders, in words and with a trailing bound': [
    [
      'Raise $50M; the fixed charge cover, the banks require two point one or better.',
      { target_amount: 50e6, min_fixed_charge_coverage: 2.1 },
    ],
    ['Raise $50M; FCCR 1.6 or higher.', { target_amount: 50e6, min_fixed_charge_coverage: 1.6 }],
  ],
  'limits under a negated subject, and floors as a walk-away or a fallback': [
    ['Raise $60M; no site rated over 0.45 for criticality.', { target_amount: 60e6, max_criticality: 0.45 }],
    ['Raise $60M; nothing scoring below 0.6 on leaseability.', { target_amount: 60e6, min_leaseability: 0.6 }],
    ['$75M is the aim; the board would walk away below $62M.', { target_amount: 75e6, floor_amount: 62e6 }],
    ['Aim $75M; if pushed we could still take $64M.', { target_amount: 75e6, floor_amount: 64e6 }],
  ],
  'refusals with a decision, a circumstance or a noun of sale': [
    ['Raise $55M. On no account sell in Ohio.', { target_amount: 55e6, exclude_markets: ['Columbus'] }],
    ['Raise $55M; under no circumstances should we sell the Baytown warehouse.', { target_amount: 55e6, exclude_asset_ids: ['HOU-02'] }],
    ['Raise $55M; management chose not to offer the Tempe Office.', { target_amount: 55e6, exclude_asset_ids: ['PHX-03'] }],
    ['Raise $55M; no disposal of the Marietta store.', { target_amount: 55e6, exclude_asset_ids: ['ATL-04'] }],
    ['Raise $55M; sites pledged to the banks remain with us.', { target_amount: 55e6, exclude_mortgaged: true }],
    ['Raise $55M; rents step 1.5% each year.', { target_amount: 55e6, economics: { rent_escalator: 0.015 } }],
    ['Raise $55M at the least cost in NPV terms.', { target_amount: 55e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'questions and their answers': [
    [
      'Q: Which sites stay out of scope? A: Yes, two: the Plano Parts Counter and Ohio. Raise $40M.',
      { target_amount: 40e6, exclude_asset_ids: ['DAL-04'], exclude_markets: ['Columbus'] },
    ],
    ['Are labs off the table? A: No. Raise $40M from labs.', { target_amount: 40e6, asset_types: ['lab'] }],
  ],
  'permissions refused, then everything else allowed': [
    [
      'Selling offices and retail is not permitted; everything else is fine. Raise $40M.',
      { target_amount: 40e6, asset_types: allTypesBut('office', 'retail') },
    ],
    ['Manufacturing plants are out of bounds, the rest is ok. $40M', { target_amount: 40e6, asset_types: allTypesBut('manufacturing') }],
    ['A disposal of labs is not allowed. All other types are approved. $50M', { target_amount: 50e6, asset_types: allTypesBut('lab') }],
    ['Data centers are prohibited under the facility; target $20M.', { target_amount: 20e6, asset_types: allTypesBut('data_center') }],
  ],
  'the minimum-proceeds objective as what is run, and objectives by their API names': [
    [
      'Please run minimum proceeds on the exact strategy for $85M.',
      { target_amount: 85e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    ['Go with min-proceeds; ask is $62M.', { target_amount: 62e6, economics: { objective: 'min_proceeds' } }],
    ['objective: min_proceeds | target: $48M', { target_amount: 48e6, economics: { objective: 'min_proceeds' } }],
    ['Target $70M. objective=min_npv_cost.', { target_amount: 70e6, economics: { objective: 'min_npv_cost' } }],
    ['Target $100M; run it with minimum proceeds of $75M.', { target_amount: 100e6, floor_amount: 75e6 }],
    ['Target $100M, using minimum proceeds $82M.', { target_amount: 100e6, floor_amount: 82e6 }],
  ],
  'single-market caps as a fraction after a label, and over either market': [
    ['Raise $60M. Largest single-city weighting: 0.35', { target_amount: 60e6, max_market_share: 0.35 }],
    ['Per-market concentration = .4; ask $75M.', { target_amount: 75e6, max_market_share: 0.4 }],
    [
      'Texas and Ohio only, and not over 55% out of either metro; $90M.',
      { target_amount: 90e6, max_market_share: 0.55, include_markets: ['Columbus', 'Dallas', 'Houston'] },
    ],
  ],
  'floors refused under no circumstances, and ranges with "between" misspelt': [
    ['Target $90M; at no point should proceeds dip below $70M.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['Aim for $120M, and on no account less than $100M.', { target_amount: 120e6, floor_amount: 100e6 }],
    ['Raise bewteen $40M and $50M.', { target_amount: 50e6, floor_amount: 40e6 }],
    ['Somewhere betwene 60 and 80 million.', { target_amount: 80e6, floor_amount: 60e6 }],
  ],
  'covenants "not to" move, a bare lease-adjusted bound, and refusals to sell above a score': [
    ['Resolved: a programme of $70M, net leverage not to rise above 3.25x.', { target_amount: 70e6, max_net_leverage: 3.25 }],
    ['Raise $50M with coverage not to drop under 1.8x.', { target_amount: 50e6, min_fixed_charge_coverage: 1.8 }],
    ['$65M; lease adjusted at most 5.1x.', { target_amount: 65e6, max_lease_adjusted_leverage: 5.1 }],
    [
      'Leverage is not to exceed 4x; lease adjusted <= 5x; $30M',
      { target_amount: 30e6, max_net_leverage: 4, max_lease_adjusted_leverage: 5 },
    ],
    ['We will not sell any building whose criticality is over 0.65; $45M.', { target_amount: 45e6, max_criticality: 0.65 }],
  ],
  'asks planned or budgeted, and numbers in words restated in brackets': [
    ['Plan on $85M, with the rent stepping up 2.5% annually.', { target_amount: 85e6, economics: { rent_escalator: 0.025 } }],
    ['Budget for $140M; our rent today is $30M a year.', { target_amount: 140e6 }],
    [
      'The Purchaser shall take leases of fifteen (15) years. Consideration: $75M.',
      { target_amount: 75e6, economics: { lease_term_years: 15 } },
    ],
    ['Raise $60M with net leverage no more than four (4) times.', { target_amount: 60e6, max_net_leverage: 4 }],
  ],
  'rent caps as a rise by more than a figure': [
    ['Raise $50M; lease payments must not increase by more than $4M annually.', { target_amount: 50e6, max_rent_added: 4e6 }],
    ['$80M please, without the rent load rising by over $6M a year.', { target_amount: 80e6, max_rent_added: 6e6 }],
  ],
  'table rows whose next row starts with a bound word': [
    [
      'Field | Setting\nAsk | $95M\nMax leverage | 3.75x\nMin coverage | 1.6x',
      { target_amount: 95e6, max_net_leverage: 3.75, min_fixed_charge_coverage: 1.6 },
    ],
    [
      'Coverage floor: 2.1x\nMax lease-adjusted leverage: 5x\nRaise: $55M',
      { target_amount: 55e6, min_fixed_charge_coverage: 2.1, max_lease_adjusted_leverage: 5 },
    ],
  ],
  'a metric named again in an apposition': [
    ['Leverage, the net one, must stay under 3.5x; raise $40M.', { target_amount: 40e6, max_net_leverage: 3.5 }],
    [
      'Raise $45M. The coverage ratio, the one on fixed charges, must be at least 1.8x.',
      { target_amount: 45e6, min_fixed_charge_coverage: 1.8 },
    ],
  ],
  'critical sites in an answer of yes to what is ruled out': [
    [
      'Anything excluded? CFO: yes - all the business-critical sites and Ohio. Raise $40M',
      { target_amount: 40e6, max_criticality: 0.7, exclude_markets: ['Columbus'] },
    ],
    ['Anything excluded? No. Raise $40M.', { target_amount: 40e6 }],
  ],
  'single-market caps as a fraction after "at", over "either of" a pair, and minimum proceeds optimised for': [
    ['Cap the share of any single market at .3, $50M', { target_amount: 50e6, max_market_share: 0.3 }],
    ['No more than 45% from either of the two metros; $50M', { target_amount: 50e6, max_market_share: 0.45 }],
    ['Criticality capped at 0.6 for any single market, $40M', { target_amount: 40e6, max_criticality: 0.6 }],
    ['Optimise for minimum proceeds, target $70M', { target_amount: 70e6, economics: { objective: 'min_proceeds' } }],
  ],
  'criticality spoken without a leading zero, and asked about in a question': [
    ['Note from the call: sixty million, keep criticality under point seven', { target_amount: 60e6, max_criticality: 0.7 }],
    ['Could we reach $35M without touching anything with criticality above 0.45?', { target_amount: 35e6, max_criticality: 0.45 }],
    [
      'How far can we get if we leave out the Ohio sites and anything with a criticality above 0.65?',
      { max_criticality: 0.65, exclude_markets: ['Columbus'] },
    ],
  ],
  'single-market caps with a hyphenated name or a comparison sign after a label': [
    ['Raise $60M under a market-share limit of 0.35.', { target_amount: 60e6, max_market_share: 0.35 }],
    ['Goal: $90M. Market concentration: <= 25%.', { target_amount: 90e6, max_market_share: 0.25 }],
    ['Goal: $90M. Market-exposure: \u2264 20%.', { target_amount: 90e6, max_market_share: 0.2 }],
  ],
  'lease-adjusted leverage named by its adjective alone': [
    [
      '$75M; maximum lease-adjusted 4.75x; FCCR at least 1.5x',
      { target_amount: 75e6, max_lease_adjusted_leverage: 4.75, min_fixed_charge_coverage: 1.5 },
    ],
    ['Raise $75M, lease-adj under 5x', { target_amount: 75e6, max_lease_adjusted_leverage: 5 }],
  ],
  'a limit given to "it" after the metric is named': [
    [
      'Suppose we sell only the warehouses: where does rent-adjusted leverage land? Keep it under 4.8x. $60M.',
      { target_amount: 60e6, max_lease_adjusted_leverage: 4.8, asset_types: ['warehouse'] },
    ],
    [
      'Q: Which ratio binds? A: Fixed charge cover. It must not fall below 1.9x. Q: Size? A: $45M',
      { target_amount: 45e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['Net leverage is the worry; hold it at 3.25x. Target $30M.', { target_amount: 30e6, max_net_leverage: 3.25 }],
  ],
  'assets ruled out in a plain answer, and asset names in British spelling': [
    [
      "Q: What is excluded? A: The Baytown cold storage warehouse, plus any site that's encumbered. Q: Size? A: $40M",
      { target_amount: 40e6, exclude_asset_ids: ['HOU-02'], exclude_mortgaged: true },
    ],
    [
      'Q: Anything off limits?\nA: The Tempe office, and all mortgaged properties.\nQ: Size?\nA: $40M',
      { target_amount: 40e6, exclude_asset_ids: ['PHX-03'], exclude_mortgaged: true },
    ],
    ['Q: Anything off limits?\nA: No.\nQ: Size?\nA: $40M', { target_amount: 40e6 }],
    [
      'Raise $90M, but not the Carrollton data centre or the Kearny legacy plant.',
      { target_amount: 90e6, exclude_asset_ids: ['DAL-05', 'NWK-03'] },
    ],
  ],
  'objective as a verb, thresholds, rising leases and circa against a figure': [
    ['$45M; minimize the proceeds.', { target_amount: 45e6, economics: { objective: 'min_proceeds' } }],
    ['Re-lettability threshold of 0.55; raise $30M.', { target_amount: 30e6, min_leaseability: 0.55 }],
    ['Criticality threshold 0.65; raise $30M.', { target_amount: 30e6, max_criticality: 0.65 }],
    [
      'Raise $20M on 10-year leases rising by 2.5% a year.',
      { target_amount: 20e6, economics: { lease_term_years: 10, rent_escalator: 0.025 } },
    ],
    ['Looking for c.$55m from the warehouses.', { target_amount: 55e6, asset_types: ['warehouse'] }],
  ],
  'one comparison vocabulary for every bound, with short metric names': [
    ['Raise $35M; crit ≤ 0.45.', { target_amount: 35e6, max_criticality: 0.45 }],
    ['Target $60M with crit. under 0.4 and lettability 0.75+.', { target_amount: 60e6, max_criticality: 0.4, min_leaseability: 0.75 }],
    ['Raise $70M; FCCR 2.0x+.', { target_amount: 70e6, min_fixed_charge_coverage: 2 }],
    [
      'Raise $60M while keeping FCCR at or above 1.75x and leverage at/below 3.6x.',
      { target_amount: 60e6, min_fixed_charge_coverage: 1.75, max_net_leverage: 3.6 },
    ],
    ['Raise $70M; fixed charge cover at/above 1.9x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.9 }],
    [
      'Raise $45M; coverage limit 1.7x; leverage limit 3.9x.',
      { target_amount: 45e6, min_fixed_charge_coverage: 1.7, max_net_leverage: 3.9 },
    ],
    [
      'Criticality limit of 0.45 and leaseability requirement 0.6; raise $30M.',
      { target_amount: 30e6, max_criticality: 0.45, min_leaseability: 0.6 },
    ],
    ['Raise $44M but nothing whose criticality surpasses 0.7.', { target_amount: 44e6, max_criticality: 0.7 }],
    ['Raise $44M without taking coverage under 1.6x.', { target_amount: 44e6, min_fixed_charge_coverage: 1.6 }],
    ['Raise $44M, but never let fixed charge coverage dip below 1.9x.', { target_amount: 44e6, min_fixed_charge_coverage: 1.9 }],
    ['Raise $44M; single-market limit 0.25.', { target_amount: 44e6, max_market_share: 0.25 }],
    ['Raise $44M; per-market max 0.35.', { target_amount: 44e6, max_market_share: 0.35 }],
    // A level stated, not limited; a movement allowed, not refused; "critical" is not the short "crit".
    ['Raise $45M. Criticality today exceeds 0.6 on most sites.', { target_amount: 45e6 }],
    ['Raise $44M; pushing FCCR below 1.6x is fine.', { target_amount: 44e6 }],
    ['Raise $40M; no critical sites.', { target_amount: 40e6, max_criticality: 0.7 }],
  ],
  'limits on labelled lines, each line bound on its own': [
    [
      'Raise $50M.\nMin FCCR: 1.9x\nMax leverage: 3.5x\nMin leaseability: 0.6\nMax criticality: 0.5',
      { target_amount: 50e6, min_fixed_charge_coverage: 1.9, max_net_leverage: 3.5, min_leaseability: 0.6, max_criticality: 0.5 },
    ],
    ['Proceeds sought: $75M\nMin lettability: 0.7\nMax new rent: $9M', { target_amount: 75e6, min_leaseability: 0.7, max_rent_added: 9e6 }],
    // A fraction after a criticality cap is no market share, while the share beside it is.
    ['Raise $44M; criticality cap 0.4; per-market cap 30%.', { target_amount: 44e6, max_criticality: 0.4, max_market_share: 0.3 }],
  ],
  'mortgaged assets ruled out by any verb of exclusion': [
    ['Strip out the encumbered sites; $50M.', { target_amount: 50e6, exclude_mortgaged: true }],
    ['Rule out anything with a lien, raise $50M.', { target_amount: 50e6, exclude_mortgaged: true }],
    ['Set aside any site still carrying a mortgage. Raise $50M.', { target_amount: 50e6, exclude_mortgaged: true }],
    ['Raise $60M; skip anything that currently has a mortgage on it.', { target_amount: 60e6, exclude_mortgaged: true }],
    ['Unencumbered only, $50M.', { target_amount: 50e6, exclude_mortgaged: true }],
    [
      'Q: Anything you would not sell?\nA: The Tempe office and anything that still has a lien.\nQ: Size?\nA: $35M',
      { target_amount: 35e6, exclude_asset_ids: ['PHX-03'], exclude_mortgaged: true },
    ],
    // A mortgage mentioned, and "drop" before a level: nothing ruled out.
    ['Mortgage debt gets repaid from the proceeds; raise $60M.', { target_amount: 60e6 }],
    ['Raise $60M and never let FCCR drop below 2x once the mortgage is repaid.', { target_amount: 60e6, min_fixed_charge_coverage: 2 }],
  ],
  'a place after "or" in a negated question is ruled out, never asked for': [
    [
      'Could we get to $40M without selling offices or touching Texas?',
      { target_amount: 40e6, asset_types: allTypesBut('office'), exclude_markets: ['Dallas', 'Houston'] },
    ],
    ['Is $40M possible without touching Ohio or using Georgia?', { target_amount: 40e6, exclude_markets: ['Columbus', 'Atlanta'] }],
    ['Could we raise $40M by selling Ohio or Texas?', { target_amount: 40e6, include_markets: ['Columbus', 'Dallas', 'Houston'] }],
  ],
  'rent as it is, never a cap on new rent': [
    ['Our lease payments rose by $5M last year. Raise $45M.', { target_amount: 45e6 }],
    ['Rent has gone up by more than $3M a year so far; target $45M.', { target_amount: 45e6 }],
    ['Raise $50M; currently we would cap new rent at $4M.', { target_amount: 50e6, max_rent_added: 4e6 }],
  ],
  'refusals written without an apostrophe': [
    ['Target 80m, we cant accept less than 60m.', { target_amount: 80e6, floor_amount: 60e6 }],
    ['Raise 90m; the board wont go under 70m.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['Raise 90m, dont sell anything in Ohio.', { target_amount: 90e6, exclude_markets: ['Columbus'] }],
  ],
  'the minimum-proceeds objective with an adverb before "for"': [
    ['Raise $30M, solve strictly for min proceeds.', { target_amount: 30e6, economics: { objective: 'min_proceeds' } }],
    [
      'Raise $30M and optimise purely for minimum proceeds.',
      { target_amount: 30e6, strategy: 'exact', economics: { objective: 'min_proceeds' } },
    ],
    // "minimum proceeds of $32M" is a floor, whatever comes before it.
    ['Raise $40M; optimise exactly for minimum proceeds of $32M.', { target_amount: 40e6, floor_amount: 32e6, strategy: 'exact' }],
  ],
  'a score compared after "scored" or "rated", bound to the score named nearby': [
    [
      'The site team graded each building for criticality last quarter. Divest nothing rated over 0.35. Raise $28M.',
      { target_amount: 28e6, max_criticality: 0.35 },
    ],
    ['Criticality is on file for every site; only sell ones scored under 0.5. $60M.', { target_amount: 60e6, max_criticality: 0.5 }],
    [
      'Brokers looked at leaseability across the estate. Leave out anything scored below 0.45. Target $33M.',
      { target_amount: 33e6, min_leaseability: 0.45 },
    ],
    // No score is named nearby: a level with nothing to bound is left unread.
    ['We scored the whole estate. Sell nothing rated above 0.4. Target $33M.', { target_amount: 33e6 }],
    // A level that bounds criticality from below is no cap on it.
    ['Criticality scores are in. Only sell sites rated above 0.6. Target $33M.', { target_amount: 33e6 }],
  ],
  'a refusal to see a level': [
    ['Target $64M; we do not want to see leverage over 3.9x after this.', { target_amount: 64e6, max_net_leverage: 3.9 }],
    ['Raise $64M. The CFO never wants to see coverage below 1.45x.', { target_amount: 64e6, min_fixed_charge_coverage: 1.45 }],
    ["Raise $64M, and I'd rather not see a criticality above 0.65 in the pool.", { target_amount: 64e6, max_criticality: 0.65 }],
  ],
  'table rows with dot leaders, runs of spaces and (max)/(min) labels': [
    [
      'Limits agreed with the lenders:\n  Leverage (max) ........... 3.85x\n  Coverage (min)    1.6x\n  Leaseability (min) . 0.5\nProceeds: $210M.',
      { target_amount: 210e6, max_net_leverage: 3.85, min_fixed_charge_coverage: 1.6, min_leaseability: 0.5 },
    ],
    ['Lease-adjusted leverage (maximum)....5.2x\nRaise .......... $75M', { target_amount: 75e6, max_lease_adjusted_leverage: 5.2 }],
    // An ellipsis in prose is no dot leader.
    ['We need $75M... leverage is fine as it is.', { target_amount: 75e6 }],
  ],
  'self-corrections, where the later figure replaces the earlier': [
    ['Cap criticality at 0.6, no wait, make that 0.65. Raise $38M.', { target_amount: 38e6, max_criticality: 0.65 }],
    ['Raise $70M - actually $72M.', { target_amount: 72e6 }],
    ['Keep leverage under 4.1x (correction: 3.95x). Raise $40M.', { target_amount: 40e6, max_net_leverage: 3.95 }],
    ['Min coverage 1.4x, scratch that, 1.55x; target $41M.', { target_amount: 41e6, min_fixed_charge_coverage: 1.55 }],
    ['Target $55M, sorry, I mean $58M, with leverage below 3.7x.', { target_amount: 58e6, max_net_leverage: 3.7 }],
    // A correction word before a figure of another kind takes nothing back.
    ['Raise $46M. Actually, 3.6x leverage is the cap.', { target_amount: 46e6, max_net_leverage: 3.6 }],
    ['Raise $46M; actually, keep leverage under 3.6x.', { target_amount: 46e6, max_net_leverage: 3.6 }],
  ],
  'mortgages refused or answered out': [
    ['We cannot take encumbered buildings into this deal. Raise $31M.', { target_amount: 31e6, exclude_mortgaged: true }],
    ["Don't want mortgaged real estate in the package; $31M.", { target_amount: 31e6, exclude_mortgaged: true }],
    ['Encumbered properties? Keep those out. $31M.', { target_amount: 31e6, exclude_mortgaged: true }],
    ['Liens? Exclude them. Target $31M.', { target_amount: 31e6, exclude_mortgaged: true }],
    // An answer that lets them in rules nothing out.
    ['Mortgaged sites? No problem for us. Target $31M.', { target_amount: 31e6 }],
  ],
  '"no worse than" after a label': [
    ['Raise $66M. Leverage: no worse than 3.3x.', { target_amount: 66e6, max_net_leverage: 3.3 }],
    ['Raise $66M. Fixed charge cover: not worse than 1.9x.', { target_amount: 66e6, min_fixed_charge_coverage: 1.9 }],
  ],
  'a share given right after the market words': [
    ['Raise $77M. Max share per metro 0.35.', { target_amount: 77e6, max_market_share: 0.35 }],
    ['Raise $77M; cap each market 0.3.', { target_amount: 77e6, max_market_share: 0.3 }],
    // A fraction of another score, or a minimum, is no single-market cap.
    ['Raise $77M; leaseability per market 0.5 minimum.', { target_amount: 77e6, min_leaseability: 0.5 }],
  ],
  'a rent cap in words with a fraction': [
    ['Raise $48M; do not let new rent exceed two and a half million a year.', { target_amount: 48e6, max_rent_added: 2.5e6 }],
    ['Raise four and a half million dollars.', { target_amount: 4.5e6 }],
    ['Raise one hundred and twenty million dollars.', { target_amount: 120e6 }],
  ],
  'one more item ruled out like the ones before it': [
    ['Plants are out of scope; so are labs. Raise $52M.', { target_amount: 52e6, asset_types: allTypesBut('manufacturing', 'lab') }],
    ['Dallas is off-limits. Same for Houston. $52M.', { target_amount: 52e6, exclude_markets: ['Dallas', 'Houston'] }],
    // With nothing ruled out before, "so is" rules nothing out.
    ['Offices are welcome, so is retail. Raise $52M.', { target_amount: 52e6, asset_types: ['office', 'retail'] }],
  ],
  'an exclusion carried over a comma to "and anything in"': [
    [
      'Leave out anything with a lien, and anything in Chicago or Dallas. $44M.',
      { target_amount: 44e6, exclude_mortgaged: true, exclude_markets: ['Chicago', 'Dallas'] },
    ],
    // Without "any", the words after the comma are a sentence of their own.
    [
      'No encumbered sites, and Chicago is where we would start. Target $44M.',
      { target_amount: 44e6, exclude_mortgaged: true, include_markets: ['Chicago'] },
    ],
  ],
  'a hypothetical amount yields to the decided one': [
    ['Advisers say $120M might be possible if the lenders agreed; the committee settled on $95M.', { target_amount: 95e6 }],
    ['In theory we could reach $80M. The ask is $64M.', { target_amount: 64e6 }],
    // A wish is an ask, and a single hypothetical amount is still the target.
    ['We would like $38M.', { target_amount: 38e6 }],
    ['We could probably do $38M.', { target_amount: 38e6 }],
  ],
  'an exclusion carried past the target to "and anything in"': [
    [
      'We need $75M, but rule out anything mission-critical and anything in Ohio.',
      { target_amount: 75e6, max_criticality: 0.7, exclude_markets: ['Columbus'] },
    ],
    [
      'Target $42M; skip every site with a lien and anything in Georgia.',
      { target_amount: 42e6, exclude_mortgaged: true, exclude_markets: ['Atlanta'] },
    ],
    // A figure after the negation ends the exclusion: what follows "and" is read on its own.
    [
      'Raise $60M with no less than 2x coverage and from warehouses.',
      { target_amount: 60e6, min_fixed_charge_coverage: 2, asset_types: ['warehouse'] },
    ],
  ],
  'levels as the object of an exclusion, several joined by "and"': [
    ['$30M. Exclude anything whose criticality is over 0.65.', { target_amount: 30e6, max_criticality: 0.65 }],
    [
      'Leave out criticality above 0.75 and leaseability under 0.4. Target $52M.',
      { target_amount: 52e6, max_criticality: 0.75, min_leaseability: 0.4 },
    ],
    [
      'Skip sites with leaseability below 0.5, and anything with criticality over 0.9. $18M.',
      { target_amount: 18e6, max_criticality: 0.9, min_leaseability: 0.5 },
    ],
    [
      'Anything ruled out? Assets with criticality above 0.6 and anything with a lien. $26M.',
      { target_amount: 26e6, max_criticality: 0.6, exclude_mortgaged: true },
    ],
    // A level that is not excluded is no limit of this kind.
    ['$30M. Leaseability below 0.5 is acceptable.', { target_amount: 30e6 }],
  ],
  '"non-<feature>" assets': [
    ['Target $33M.\nOnly non-encumbered properties.', { target_amount: 33e6, exclude_mortgaged: true }],
    ['$47M from non-levered sites only.', { target_amount: 47e6, exclude_mortgaged: true }],
  ],
  'slash fractions of proceeds': [
    ['$80M, and at most 1/3 of the proceeds may come from a single metro.', { target_amount: 80e6, max_market_share: 1 / 3 }],
    ['Cap: 2/5 of the raise from any one market. $64M.', { target_amount: 64e6, max_market_share: 0.4 }],
    // A fraction of a set of sites is no cap on a market's share.
    ['$80M, selling 3/4 of the Dallas sites.', { target_amount: 80e6, include_markets: ['Dallas'] }],
  ],
  'a limit noun, or "net" alone, beside a multiple': [
    [
      '$110M. Lease-adj limit 5.1x, net leverage ceiling 3.6x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 5.1, max_net_leverage: 3.6 },
    ],
    ['$70M; keep us below 3.2x net.', { target_amount: 70e6, max_net_leverage: 3.2 }],
    // "net of" qualifies the figure before it; it names no metric.
    ['$70M; keep leverage under 4x net of cash.', { target_amount: 70e6, max_net_leverage: 4 }],
  ],
  'the minimum-proceeds objective in plain words': [
    ['Goal: raise only what we need. $58M.', { target_amount: 58e6, economics: { objective: 'min_proceeds' } }],
    ['Our objective is to divest no more than necessary; $36M.', { target_amount: 36e6, economics: { objective: 'min_proceeds' } }],
    // Without the label, a cap on the amount is no objective.
    ['Sell no more than $50M.', { target_amount: 50e6 }],
  ],
  'a list set apart by commas before its verdict': [
    ['Houston, Chicago, Columbus: no, no, no. Raise $60M.', { target_amount: 60e6, exclude_markets: ['Chicago', 'Columbus', 'Houston'] }],
    ['Atlanta, Newark and Houston are out of scope. $60M.', { target_amount: 60e6, exclude_markets: ['Atlanta', 'Houston', 'Newark'] }],
    // A clause that asks for a place is no part of the list the next clause rules out.
    [
      "We'd sell in Atlanta, Houston is off limits. $60M.",
      { target_amount: 60e6, include_markets: ['Atlanta'], exclude_markets: ['Houston'] },
    ],
  ],
  'a verdict after a contracted "is" or "are"': [
    ["Chicago's off the table this round. $40M", { target_amount: 40e6, exclude_markets: ['Chicago'] }],
    ["Plants're off limits; $20M", { target_amount: 20e6, asset_types: allTypesBut('manufacturing') }],
    // A contracted "is" before anything but a verdict rules nothing out.
    ["Chicago's the first market we'd sell in; $40M", { target_amount: 40e6, include_markets: ['Chicago'] }],
  ],
  'a refusal to have a place': [
    ["We'd rather not have Ohio in the mix. $25M", { target_amount: 25e6, exclude_markets: ['Columbus'] }],
    ['We do not want anything from Georgia. $25M', { target_amount: 25e6, exclude_markets: ['Atlanta'] }],
  ],
  'a sentence of its own after an exclusion and a comma': [
    [
      'Leave out Atlanta, and Chicago is our first choice. $35M',
      { target_amount: 35e6, exclude_markets: ['Atlanta'], include_markets: ['Chicago'] },
    ],
    // Without a verb of its own, the item after "and" is one more exclusion.
    ['Leave out Atlanta and Chicago. $35M', { target_amount: 35e6, exclude_markets: ['Atlanta', 'Chicago'] }],
  ],
  'a region ruled out, its places named in a bracket': [
    ['The Mountain West is out of scope (meaning Phoenix). $40M', { target_amount: 40e6, exclude_markets: ['Phoenix'] }],
    [
      'The West Coast (Inland Empire and Phoenix) is off limits. $40M',
      { target_amount: 40e6, exclude_markets: ['Inland Empire', 'Phoenix'] },
    ],
    // A bracket after words that rule nothing out asks for its places.
    [
      'Offices are fine (Dallas and Houston). $40M',
      { target_amount: 40e6, asset_types: ['office'], include_markets: ['Dallas', 'Houston'] },
    ],
  ],
  'assets named by their places and one plural type': [
    ['Exclude the Fontana and Edison warehouses. $30M', { target_amount: 30e6, exclude_asset_ids: ['IE-02', 'NWK-02'] }],
    ['Hold back the Atlanta and Chicago offices. $30M', { target_amount: 30e6, exclude_asset_ids: ['ATL-03', 'CHI-04'] }],
    // A place with its own article is a place of its own.
    ['Exclude Dallas and the Houston offices. $30M', { target_amount: 30e6, exclude_markets: ['Dallas'], exclude_asset_ids: ['HOU-04'] }],
  ],
  'a type or a name restated by asset ids in brackets': [
    ['The plant (NWK-03) is not for sale. $20M', { target_amount: 20e6, exclude_asset_ids: ['NWK-03'] }],
  ],
  'assets kept as ours, and "never" before an object': [
    ['The Tempe office and the Mesa store stay on our books. $20M', { target_amount: 20e6, exclude_asset_ids: ['PHX-03', 'PHX-04'] }],
    ['$25M, and never the Schaumburg office.', { target_amount: 25e6, exclude_asset_ids: ['CHI-04'] }],
    // "Ours" as a subject, and "never" before a verb, rule nothing out.
    ['Ours is a $20M program focused on Dallas.', { target_amount: 20e6, include_markets: ['Dallas'] }],
    ['Dallas is ours to sell; $30M', { target_amount: 30e6, include_markets: ['Dallas'] }],
    ['Dallas has never been a problem. $4M', { target_amount: 4e6, include_markets: ['Dallas'] }],
  ],
  'mortgages in shorthand, as a label\'s order, refused, or after "so are"': [
    ['tgt 50mm, ex-encumbered, ex-Houston', { target_amount: 50e6, exclude_mortgaged: true, exclude_markets: ['Houston'] }],
    ['Encumbered sites - omit. $30M', { target_amount: 30e6, exclude_mortgaged: true }],
    ["Please don't bring us assets with liens on them. $30M", { target_amount: 30e6, exclude_mortgaged: true }],
    [
      'Chicago is off limits, and so are encumbered properties. $30M',
      { target_amount: 30e6, exclude_mortgaged: true, exclude_markets: ['Chicago'] },
    ],
    [
      'Anything with a lien is off the table; so is retail. $30M',
      { target_amount: 30e6, exclude_mortgaged: true, asset_types: allTypesBut('retail') },
    ],
    // After words that let things in, "so are" lets mortgaged assets in; an aside in brackets rules nothing out.
    ['Offices are welcome, and so are mortgaged assets. $5M', { target_amount: 5e6, asset_types: ['office'] }],
    ['Exclude the Cicero plant (it carries a mortgage, but that is not why). $30M', { target_amount: 30e6, exclude_asset_ids: ['CHI-03'] }],
  ],
  'a `key: value` block of bare figures': [
    [
      'lease_term_years = 12\nrent_escalator = .025\ntax = 0.21\ntarget_amount = 55000000',
      { target_amount: 55e6, economics: { lease_term_years: 12, rent_escalator: 0.025, tax_rate: 0.21 } },
    ],
    // A period that is not the lease's, and a large number named as something else, are no term and no target.
    ['Payback period: 5. Raise $30M', { target_amount: 30e6 }],
    ['Raise $40M; EBITDA is 95000000.', { target_amount: 40e6 }],
  ],
  'a lease term "to" its years, in its form, and "escalating" after the leases': [
    ['Proceeds 45000000 with leases to twelve years.', { target_amount: 45e6, economics: { lease_term_years: 12 } }],
    [
      'Leases run 12 years, escalating at 1.75% annually. $30M',
      { target_amount: 30e6, economics: { lease_term_years: 12, rent_escalator: 0.0175 } },
    ],
    ['Our standard lease form is fifteen years. $30M', { target_amount: 30e6, economics: { lease_term_years: 15 } }],
    // Something else escalating is no rent escalator.
    ['Costs are escalating 3% a year; raise $30M', { target_amount: 30e6 }],
  ],
  'a metric named after its multiple, and a share after its noun': [
    ['Keep it below 5x lease-adjusted and 3.5x net. $40M', { target_amount: 40e6, max_lease_adjusted_leverage: 5, max_net_leverage: 3.5 }],
    ['Stay at or below 4.6x on a rent-adjusted basis; $40M', { target_amount: 40e6, max_lease_adjusted_leverage: 4.6 }],
    ['Max single-metro exposure 0.35; $40M', { target_amount: 40e6, max_market_share: 0.35 }],
    // A share of something else is no single-market cap.
    ['Tax share 0.3, one market. $30M', { target_amount: 30e6 }],
  ],
  'a refusal to have a level': [
    ["We can't have leverage above 4x. $40M", { target_amount: 40e6, max_net_leverage: 4 }],
    ["We'd rather not have coverage below 1.6x. $25M", { target_amount: 25e6, min_fixed_charge_coverage: 1.6 }],
    // Without the refusal, a level above is no cap.
    ['We can have leverage above 4x. $40M', { target_amount: 40e6 }],
  ],
  'rent kept from growing past a figure': [
    ["Don't let the lease payments grow by over $8M a year. $40M", { target_amount: 40e6, max_rent_added: 8e6 }],
    // Growth that happened is no cap.
    ['Our rent bill grew by more than $5M last year; raise $40M.', { target_amount: 40e6 }],
  ],
  'a score word restated by its figure after "meaning"': [
    ['Only high-leaseability sites, meaning 0.6 or better. $20M', { target_amount: 20e6, min_leaseability: 0.6 }],
    ['Low-criticality assets, meaning under 0.3, are all we sell. $20M', { target_amount: 20e6, max_criticality: 0.3 }],
  ],
  'the greedy rule refused, and optimality asked for': [
    ["Raise $30M; don't use the greedy heuristic.", { target_amount: 30e6, strategy: 'exact' }],
    ['Raise $30M and solve to optimality.', { target_amount: 30e6, strategy: 'exact' }],
    // The rule named without refusing it asks for it.
    ['Raise $30M, greedy is fine.', { target_amount: 30e6, strategy: 'greedy' }],
  ],
  'tax rates and escalators written as fractions': [
    ['Raise $45M, tax rate 0.24, 12-year leases.', { target_amount: 45e6, economics: { tax_rate: 0.24, lease_term_years: 12 } }],
    [
      'Assume 0.3 for the tax rate and 0.015 as our escalator. $45M',
      { target_amount: 45e6, economics: { tax_rate: 0.3, rent_escalator: 0.015 } },
    ],
    [
      'amount $45M; escalation 0.0175; tax .22; term 11',
      { target_amount: 45e6, economics: { rent_escalator: 0.0175, tax_rate: 0.22, lease_term_years: 11 } },
    ],
    [
      'Annual escalator should be 2.25%; tax rate should be 0.19. $45M',
      { target_amount: 45e6, economics: { rent_escalator: 0.0225, tax_rate: 0.19 } },
    ],
    ['Tax rate? 27%. Basis? us_gaap. $45M', { target_amount: 45e6, economics: { tax_rate: 0.27, accounting_basis: 'us_gaap' } }],
    // A corrected rate wins, and a multiple or a share is never a fraction of tax.
    ['Tax at 20%, though really our effective rate is 23%. $45M', { target_amount: 45e6, economics: { tax_rate: 0.23 } }],
    ['$45M; tax is not our concern; leaseability 0.6 or better.', { target_amount: 45e6, min_leaseability: 0.6 }],
  ],
  'figures discussed, then replaced or disowned': [
    ['At first we discussed $90M; in the end we agreed on $75M.', { target_amount: 75e6 }],
    ['The banks proposed $400M, but the board settled on $320M with $280M as the floor.', { target_amount: 320e6, floor_amount: 280e6 }],
    ['We thought about capping net leverage at 3x, but no - go with 3.25x. Raise $50M.', { target_amount: 50e6, max_net_leverage: 3.25 }],
    ['Raise $60M. Coverage: not 1.5x, 1.3x.', { target_amount: 60e6, min_fixed_charge_coverage: 1.3 }],
    ['Raise $60M. Um, on second thought, set the target at $55M.', { target_amount: 55e6 }],
    ['Raise $60M. A 4x net leverage cap was mooted, but nothing has been decided.', { target_amount: 60e6 }],
    ['Raise $60M. If lenders insist we would cap net leverage at 3x; we are not doing that yet.', { target_amount: 60e6 }],
    // A figure up for discussion with no replacement stands, and a fallback after "but" is a floor, not a replacement.
    ['Maybe $70M; leverage under 3.5x.', { target_amount: 70e6, max_net_leverage: 3.5 }],
    ['We discussed $80M, but $65M would be acceptable.', { target_amount: 80e6, floor_amount: 65e6 }],
  ],
  'floors as what would be enough or the least one would take': [
    ['Our hope is $140M, though $115M would suffice.', { target_amount: 140e6, floor_amount: 115e6 }],
    ['Preferred: $66M. Acceptable: $58M.', { target_amount: 66e6, floor_amount: 58e6 }],
    ['Aim at $90M; the least the board would accept is $72M.', { target_amount: 90e6, floor_amount: 72e6 }],
    // Alone, an amount said to be enough is the ask.
    ['Eighteen million would do.', { target_amount: 18e6 }],
  ],
  'the proof of the best answer asked for or waived': [
    ['Raise $30M; we need the provably optimal selection.', { target_amount: 30e6, strategy: 'exact' }],
    ['Raise $30M, rather than a heuristic result.', { target_amount: 30e6, strategy: 'exact' }],
    ['Raise $30M with the greedy rule; no need to find the optimum.', { target_amount: 30e6, strategy: 'greedy' }],
    ['Usually greedy, but this time prove the best answer. $30M', { target_amount: 30e6, strategy: 'exact' }],
    ['Pick the least expensive on a present-value basis; $30M.', { target_amount: 30e6, economics: { objective: 'min_npv_cost' } }],
    // "Proven" of something else asks for nothing.
    ['Raise $30M from proven assets.', { target_amount: 30e6 }],
  ],
  'exclusions given as answers to questions': [
    ['Cities to steer clear of? A: Dallas and Newark. $40M', { target_amount: 40e6, exclude_markets: ['Dallas', 'Newark'] }],
    [
      'Do we plan to sell the Fontana warehouse? No. The Mesa Parts Store? Again no. $40M',
      { target_amount: 40e6, exclude_asset_ids: ['IE-02', 'PHX-04'] },
    ],
    // A question answered yes rules nothing out.
    ['Do we want to sell the Fontana warehouse? Yes. $40M', { target_amount: 40e6 }],
  ],
  'critical sites refused, alone or at the end of an exclusion list': [
    [
      'Skip Columbus, Newark and anything business-critical. $35M',
      { target_amount: 35e6, exclude_markets: ['Columbus', 'Newark'], max_criticality: 0.7 },
    ],
    ["We don't want anything really mission-critical going. $35M", { target_amount: 35e6, max_criticality: 0.7 }],
    ["I'm not prepared to sell anything critical to our operations. $35M", { target_amount: 35e6, max_criticality: 0.7 }],
    // Critical named without a refusal caps nothing.
    ['Raise $35M; timing is critical, so do not delay.', { target_amount: 35e6 }],
  ],
  'single-market caps in short forms': [
    ['$45M; max 40% per mkt.', { target_amount: 45e6, max_market_share: 0.4 }],
    ['Share from a single market 0.3 at most; $45M.', { target_amount: 45e6, max_market_share: 0.3 }],
    [
      'Only Dallas and Houston, at most 60% from either one and no mortgaged sites. $45M',
      { target_amount: 45e6, include_markets: ['Dallas', 'Houston'], max_market_share: 0.6, exclude_mortgaged: true },
    ],
    ['$45M. Lease-adjusted up to 5x.', { target_amount: 45e6, max_lease_adjusted_leverage: 5 }],
    // A share of something else is no single-market cap.
    ['$45M; either one of the CFOs may sign; 60% of staff agree.', { target_amount: 45e6 }],
  ],
  'a verdict on a whole list after "all" or "both"': [
    [
      'The Fontana warehouse and the Mesa Parts Store are both excluded. $40M',
      { target_amount: 40e6, exclude_asset_ids: ['IE-02', 'PHX-04'] },
    ],
    ['Houston, Dallas and Newark are all off limits. $40M', { target_amount: 40e6, exclude_markets: ['Dallas', 'Houston', 'Newark'] }],
    // "All" before an ask rules nothing out.
    ['Houston and Dallas are all we want to sell in. $40M', { target_amount: 40e6, include_markets: ['Dallas', 'Houston'] }],
  ],
  'bounds named by their spec fields in a key list': [
    [
      'amount: $40M\nmax_lease_adjusted_leverage: 4.8x\nmin_leaseability = 0.55',
      { target_amount: 40e6, max_lease_adjusted_leverage: 4.8, min_leaseability: 0.55 },
    ],
    [
      '$40M; maximum_criticality = 0.6; min_fixed_charge_coverage = 1.3x',
      { target_amount: 40e6, max_criticality: 0.6, min_fixed_charge_coverage: 1.3 },
    ],
    // Another key with an underscore is no bound.
    ['$40M; run_id = 3', { target_amount: 40e6 }],
  ],
  'tax rates "taxed at", "for tax", before "tax rate" and in a table cell': [
    ['Sale gains get taxed at twenty-two percent. $40M', { target_amount: 40e6, economics: { tax_rate: 0.22 } }],
    ['$40M; plan on 23 percent for taxes.', { target_amount: 40e6, economics: { tax_rate: 0.23 } }],
    ['$40M; take 0.26 for tax.', { target_amount: 40e6, economics: { tax_rate: 0.26 } }],
    ['We model a 0.27 tax rate on $40M.', { target_amount: 40e6, economics: { tax_rate: 0.27 } }],
    ['| Item | Setting |\n|---|---|\n| Proceeds | $40M |\n| Tax rate | 0.2 |', { target_amount: 40e6, economics: { tax_rate: 0.2 } }],
    // A share "for tax advisers" is no tax rate.
    ['$40M; 2 percent escalators; set aside 5 percent for tax advisers.', { target_amount: 40e6, economics: { rent_escalator: 0.02 } }],
  ],
  'encumbered assets ruled out in a table row, a label or an answer on its own line': [
    [
      '| Setting | Choice |\n|---|---|\n| Proceeds | $40M |\n| Encumbered sites | excluded |',
      { target_amount: 40e6, exclude_mortgaged: true },
    ],
    ['Proceeds: $40M\nMortgaged properties: skip', { target_amount: 40e6, exclude_mortgaged: true }],
    ['Q: Any liens?\nA: Keep those out.\nQ: Size?\nA: $40M', { target_amount: 40e6, exclude_mortgaged: true }],
    // A label that lets them in, or a question answered with a yes, rules nothing out.
    ['Proceeds: $40M\nMortgaged properties: fine to include', { target_amount: 40e6 }],
    ['Q: Mortgaged sites?\nA: They can stay in.\nQ: Size?\nA: $40M', { target_amount: 40e6 }],
  ],
  'the ask and the floor on one label line': [
    ['Ask / floor: $90M / $70M', { target_amount: 90e6, floor_amount: 70e6 }],
    ['| Key | Value |\n|---|---|\n| Goal / walk-away | 55 million / $45M |', { target_amount: 55e6, floor_amount: 45e6 }],
    ['Target and minimum: seventy million dollars ideally, $63M acceptable', { target_amount: 70e6, floor_amount: 63e6 }],
    // A second amount larger than the first is no floor of this label: the other readers sort the two.
    ['Target / floor: $90M / $120M', { target_amount: 120e6, floor_amount: 90e6 }],
  ],
  'a figure corrected after dollars, separators or words, and "let\'s say"': [
    ['We want 70 million dollars. Correction: 65mm, per the treasurer.', { target_amount: 65e6 }],
    ['Raise USD 90,000,000 - correction, USD 95,000,000.', { target_amount: 95e6 }],
    ['Proceeds of $45M... actually no, let us say forty million dollars.', { target_amount: 40e6 }],
    ["Leverage under 4x - actually, let's make it 3.75x. $40M", { target_amount: 40e6, max_net_leverage: 3.75 }],
    // A correction followed by a figure of another kind takes nothing back.
    ['Raise 70 million dollars. Correction: 3x leverage cap.', { target_amount: 70e6, max_net_leverage: 3 }],
  ],
  'a lease-adjusted leverage name with an aside in brackets': [
    ['$40M; hold rent-adjusted (leases capitalised) leverage under 5.5x.', { target_amount: 40e6, max_lease_adjusted_leverage: 5.5 }],
    [
      '$40M. Lease-adjusted (EBITDAR-based) net leverage at most 6 times; net leverage at most 3.5x.',
      { target_amount: 40e6, max_lease_adjusted_leverage: 6, max_net_leverage: 3.5 },
    ],
    // An aside after another name leaves it what it was.
    ['$40M; leverage (net) under 4x.', { target_amount: 40e6, max_net_leverage: 4 }],
  ],
  'types ruled out by an "excluded types" label, and data-centre words with a hyphen': [
    ['$40M\nExcluded property types: offices and shops', { target_amount: 40e6, asset_types: allTypesBut('office', 'retail') }],
    [
      '| Field | Value |\n|---|---|\n| Amount | $40M |\n| Excluded types | labs |',
      { target_amount: 40e6, asset_types: allTypesBut('lab') },
    ],
    ['$40M; sell only the data-centre estate and the plants.', { target_amount: 40e6, asset_types: ['data_center', 'manufacturing'] }],
    // A label of the types asked for keeps them in.
    ['$40M\nAsset types: data-center buildings only', { target_amount: 40e6, asset_types: ['data_center'] }],
  ],
  'a reporting basis named as undecided': [
    ['$40M. Whether the group switches to US GAAP remains undecided.', { target_amount: 40e6 }],
    ['$40M; adopting IFRS 16 is still to be decided.', { target_amount: 40e6 }],
    // A basis stated, with something else undecided, is read.
    ['$40M; IFRS 16 basis. The lease term is undecided.', { target_amount: 40e6, economics: { accounting_basis: 'ifrs16' } }],
  ],
  'a limit asked about and answered with the level alone': [
    ['Q: Amount?\nA: $40M\nQ: Leverage cap?\nA: 3.9x', { target_amount: 40e6, max_net_leverage: 3.9 }],
    ['Q: Amount?\nA: $40M\nQ: Criticality ceiling?\nA: Yes - 0.6.', { target_amount: 40e6, max_criticality: 0.6 }],
    ['Q: Amount?\nA: $40M\nQ: FCCR?\nA: 1.6 times.', { target_amount: 40e6, min_fixed_charge_coverage: 1.6 }],
    // Where a metric stands today is no limit on it.
    ['Q: Amount?\nA: $40M\nQ: Where is leverage today?\nA: About 3.1x.', { target_amount: 40e6 }],
  ],
  'a figure refused in brackets after the one kept': [
    ['Raise $70M (not $90M, which the board rejected).', { target_amount: 70e6 }],
    ['Leverage at most 3.5x (not 4x as in the draft); $40M', { target_amount: 40e6, max_net_leverage: 3.5 }],
    // Brackets that refuse no figure leave the figures in them.
    ['$40M (not before June, with 3 sites at most); leverage under 4x', { target_amount: 40e6, max_net_leverage: 4 }],
  ],
  'escalators in basis points after rising rents or a question, and fractions before the noun': [
    ['$40M; rents rise 175 bps a year.', { target_amount: 40e6, economics: { rent_escalator: 0.0175 } }],
    ['Q: Amount?\nA: $40M\nQ: Annual escalation?\nA: 225 bps.', { target_amount: 40e6, economics: { rent_escalator: 0.0225 } }],
    ['$40M; model 0.015 yearly bumps.', { target_amount: 40e6, economics: { rent_escalator: 0.015 } }],
    ['$40M; rents climb 0.03 per year.', { target_amount: 40e6, economics: { rent_escalator: 0.03 } }],
    // A fraction before another noun is no escalator.
    ['$40M; criticality 0.5 max; 2% annual bumps.', { target_amount: 40e6, max_criticality: 0.5, economics: { rent_escalator: 0.02 } }],
  ],
  'the least proceeds as an answer, and "over the target"': [
    ['Q: Amount?\nA: $40M\nQ: Objective?\nA: Minimum proceeds.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M; minimize the proceeds over our target.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    // Another minimum as the answer is another objective.
    ['Q: Amount?\nA: $40M\nQ: Objective?\nA: Minimum NPV cost.', { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
  ],
  'the objective named with whose cost it is, or against the target': [
    ["$40M; minimising the programme's all-in cost is the aim.", { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
    ['$40M - min. proceeds above the ask, please.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M; minimise the proceeds beyond our target.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    // A figure after "proceeds above" is a bound, not the objective.
    ['$40M; minimise proceeds above $45M.', { target_amount: 40e6 }],
  ],
  'a level standing alone beside its metric': [
    ['$40M.\n- Criticality 0.45\n- Leverage 3.8', { target_amount: 40e6, max_criticality: 0.45, max_net_leverage: 3.8 }],
    ['$40M; FCCR 1.7. Leaseability 0.35.', { target_amount: 40e6, min_fixed_charge_coverage: 1.7, min_leaseability: 0.35 }],
    // Mid-sentence, a level beside its metric describes an asset.
    ['$40M; that site scores criticality 0.9 on our grid.', { target_amount: 40e6 }],
  ],
  'rent growth after the leases': [
    [
      '$40M on 12-year leases with 2.75% annual growth.',
      { target_amount: 40e6, economics: { lease_term_years: 12, rent_escalator: 0.0275 } },
    ],
    // Growth of something else is no escalator.
    ['$40M; assume 3% EBITDA growth.', { target_amount: 40e6 }],
  ],
  'a range "from" one figure "up to" another': [
    ['Proceeds anywhere from $35M up to $45M would work.', { target_amount: 45e6, floor_amount: 35e6 }],
    ['Raise between 35 and up to 45 million dollars.', { target_amount: 45e6, floor_amount: 35e6 }],
  ],
  'the objective as the cheapest measure, as little over the target, or beside the exact strategy': [
    ['Target $40M; the least expensive present-value cost, please.', { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
    ['$40M; sell as little over the ask as we can.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M (min. proceeds), greedy is fine.', { target_amount: 40e6, strategy: 'greedy', economics: { objective: 'min_proceeds' } }],
    ['$40M. Optimal solver - minimum proceeds.', { target_amount: 40e6, strategy: 'exact', economics: { objective: 'min_proceeds' } }],
    // "Minimum proceeds" with a figure is a floor.
    ['$40M. Minimum proceeds: $30M.', { target_amount: 40e6, floor_amount: 30e6 }],
  ],
  'a basis or an exclusion mused about, not decided': [
    ['$40M. We may eventually move to IFRS 16 later.', { target_amount: 40e6 }],
    ['The board is mulling over US GAAP reporting; $40M for now.', { target_amount: 40e6 }],
    ['$40M. Management may consider dropping Phoenix at some point.', { target_amount: 40e6 }],
    // Decided, they are read.
    ['$40M on IFRS 16; drop Phoenix.', { target_amount: 40e6, exclude_markets: ['Phoenix'], economics: { accounting_basis: 'ifrs16' } }],
  ],
  'one more exclusion after "neither is", and all but what follows "isn\'t" or "non-"': [
    [
      '$40M. Chicago is not for sale, and neither is anything mortgaged.',
      { target_amount: 40e6, exclude_markets: ['Chicago'], exclude_mortgaged: true },
    ],
    ['$40M from anything that is not a warehouse.', { target_amount: 40e6, asset_types: allTypesBut('warehouse') }],
    ['$40M of non-lab assets.', { target_amount: 40e6, asset_types: allTypesBut('lab') }],
    // An office holder's office is no asset type.
    ["$40M, as agreed with the treasurer's office.", { target_amount: 40e6 }],
  ],
  'a leaseability level in brackets after the word': [
    ['$40M from re-lettable (0.65+) sites.', { target_amount: 40e6, min_leaseability: 0.65 }],
    ['$40M; leasable assets only (60% or better).', { target_amount: 40e6, min_leaseability: 0.6 }],
  ],
  'the overshoot kept small': [
    ['$40M, going over the ask by as little as we can.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M with as little surplus as possible.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M; minimise the excess over target.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['Minimise proceeds over a $40M target.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
  ],
  'encumbered assets as the last item of an exclusion list, or carrying debt': [
    [
      '$40M; leave out the Fontana warehouse and anything mortgaged.',
      { target_amount: 40e6, exclude_asset_ids: ['IE-02'], exclude_mortgaged: true },
    ],
    [
      '$40M; exclude Newark, Phoenix, plus any site with a lien.',
      { target_amount: 40e6, exclude_markets: ['Newark', 'Phoenix'], exclude_mortgaged: true },
    ],
    ['$40M, skipping any property that carries debt.', { target_amount: 40e6, exclude_mortgaged: true }],
  ],
  'places kept out, left out, staying, or put off': [
    ['$40M, and keep the programme out of Newark.', { target_amount: 40e6, exclude_markets: ['Newark'] }],
    ['The proposal leaves out Chicago; $40M.', { target_amount: 40e6, exclude_markets: ['Chicago'] }],
    ['$40M. The Tolleson Distribution Center stays.', { target_amount: 40e6, exclude_asset_ids: ['PHX-01'] }],
    ['$40M. We might add Phoenix eventually.', { target_amount: 40e6 }],
    ['$40M. Could we possibly sell the plants? Another day.', { target_amount: 40e6 }],
    // A count of what is owned asks for nothing; a type asked for still is.
    ['The group owns twelve warehouses. Raise $40M from offices.', { target_amount: 40e6, asset_types: ['office'] }],
  ],
  'the target named with its figure, terse exclusions, thoughts for later, background counts': [
    ['$40M; minimise proceeds beyond the $40M target.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M with minimum proceeds overshoot.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M; encumbered excluded; tax 21%.', { target_amount: 40e6, exclude_mortgaged: true, economics: { tax_rate: 0.21 } }],
    ['$40M. The board could consider excluding encumbered sites next year.', { target_amount: 40e6 }],
    ['$40M. We opened nine new warehouses last year.', { target_amount: 40e6 }],
    ['$40M from assets at least 70% re-leasable.', { target_amount: 40e6, min_leaseability: 0.7 }],
    ['$40M; the new rent must not climb north of $3M a year.', { target_amount: 40e6, max_rent_added: 3e6 }],
    ['$40M, with the present-value cost of the leases minimized.', { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
    ['$40M; minimising the NPV of the rent payments matters most.', { target_amount: 40e6, economics: { objective: 'min_npv_cost' } }],
    ['$40M; minimize the over-shoot.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['The ask is $40M. We would like to minimise proceeds above that.', { target_amount: 40e6, economics: { objective: 'min_proceeds' } }],
    ['$40M; skip any building with a bank on it.', { target_amount: 40e6, exclude_mortgaged: true }],
    ['$40M. We might later drop Newark, undecided.', { target_amount: 40e6 }],
  ],
  'the cheapest capital as "as cheap as possible"': [
    [
      'Make the program as inexpensive as we can, measured in present value; $30M.',
      { target_amount: 30e6, economics: { objective: 'min_npv_cost' } },
    ],
    // "As much as possible" says nothing of cost.
    ['We want as much as possible; $30M', { target_amount: 30e6 }],
  ],
};

describeFamilies('readBrief: families of wording', FAMILIES);
