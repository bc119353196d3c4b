import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-fifth round of wording families for the economics and the settings pasted with them: the rent's yearly rise
 * held to a ceiling ("rent increases capped at 2% a year"), an escalator quoted by others and accepted by the writer at
 * a figure of their own; the least overshoot as the overshoot kept small, the set that goes over by the least or lands
 * closest above the target; the cheapest capital named by its discounting ("NPV-cheapest", "least expensive on a
 * discounted basis"); the least overshoot turned down beside the cheapest capital; a reply above the message it quotes,
 * whose settings win over the quoted ones; leases that need to or have to run a number of years, and the term answered
 * in a chat by a speaker with a role; and settings pasted from a spreadsheet as a header row over a row of values split
 * by tabs. Every case states what it must read; a field it does not name is read as absent. The economics are compared
 * as read (`economics`), so `strategy` appears only where the brief names one.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the rent\'s yearly rise held to a ceiling ("rent increases capped at 2% a year")': [
    [
      '$44M. Rent increases on the leased-back sites must be capped at 2% a year.',
      { target_amount: 44e6, economics: { rent_escalator: 0.02 } },
    ],
    ['$44M. Rental uplifts limited to 2.25% per annum, please.', { target_amount: 44e6, economics: { rent_escalator: 0.0225 } }],
    ['$44M. Lease escalations are to be no more than 1.75% annually.', { target_amount: 44e6, economics: { rent_escalator: 0.0175 } }],
    ['$44M. Rent bumps on the new leases no higher than 3% per year.', { target_amount: 44e6, economics: { rent_escalator: 0.03 } }],
    ['$44M. Lease increases should be modest, 2.5% each year.', { target_amount: 44e6, economics: { rent_escalator: 0.025 } }],
    // A share of something else is no escalator, and another figure's rise is not the rent's.
    ['$44M. Rent increases no more than 3% of revenue.', { target_amount: 44e6 }],
    ['$44M. Wage increases capped at 3% a year.', { target_amount: 44e6 }],
  ],
  'an escalator quoted by others and accepted at the writer\'s figure ("Investors quoted 3% bumps; we accepted 2.5%")': [
    ['$52M. The buyer floated 3% bumps; we accepted 2.5%.', { target_amount: 52e6, economics: { rent_escalator: 0.025 } }],
    ['$52M. Bidders pitched 3.5% escalators, we agreed to 2.75%.', { target_amount: 52e6, economics: { rent_escalator: 0.0275 } }],
    ['$52M. The fund wanted 3% uplifts; we have settled at 2%.', { target_amount: 52e6, economics: { rent_escalator: 0.02 } }],
    ['$52M. Buyers asked for 3% escalators; we settled on 2.25%.', { target_amount: 52e6, economics: { rent_escalator: 0.0225 } }],
    // With nothing countered, the escalator named is the one read.
    ['$52M. The buyer floated 3% bumps and we are fine with that.', { target_amount: 52e6, economics: { rent_escalator: 0.03 } }],
  ],
  'the overshoot kept small, or the set that goes over by the least ("keep any overshoot to a minimum")': [
    ['$73M. Keep any overshoot to a minimum.', { target_amount: 73e6, economics: { objective: 'min_proceeds' } }],
    ['$73M. Hold the excess over the target as small as possible.', { target_amount: 73e6, economics: { objective: 'min_proceeds' } }],
    [
      '$73M. Give me the mix that comes in over the target by the smallest margin.',
      { target_amount: 73e6, economics: { objective: 'min_proceeds' } },
    ],
    ['$73M. Pick whichever set lands nearest above $73M.', { target_amount: 73e6, economics: { objective: 'min_proceeds' } }],
    [
      '$73M. The board wants management to sell as little over that as it can.',
      { target_amount: 73e6, economics: { objective: 'min_proceeds' } },
    ],
    // An overshoot with a bound of its own is no objective.
    ['$73M. Keep the overshoot under 5%.', { target_amount: 73e6 }],
  ],
  'the cheapest capital by its discounting ("NPV-cheapest", "least expensive on a discounted basis")': [
    ['$81M. Go PV-cheapest.', { target_amount: 81e6, economics: { objective: 'min_npv_cost' } }],
    ['$81M. We want the option that is cheapest in discounted terms.', { target_amount: 81e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$81M. Whichever package works out least expensive on a discounted basis.',
      { target_amount: 81e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      "$81M. What the deal costs us over the fifteen years in today's money matters most; choose the mix that is lowest on that.",
      { target_amount: 81e6, economics: { objective: 'min_npv_cost' } },
    ],
    // A cheap building, or proceeds discounted in the model, is no objective.
    ['$81M. The cheapest building is in a soft market.', { target_amount: 81e6 }],
    ['$81M. Sale proceeds are discounted back to today in the model.', { target_amount: 81e6 }],
  ],
  'the least overshoot turned down beside the cheapest capital ("rather than the minimal overshoot")': [
    ['$90M. Lowest NPV cost, not the set nearest above the target.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    ['$90M. Cheapest capital rather than the minimal overshoot.', { target_amount: 90e6, economics: { objective: 'min_npv_cost' } }],
    [
      '$90M. Go with the cheapest in present-value terms instead of whichever comes in closest to the target.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      '$90M. Take the set costing least in present-value terms, rather than the smallest overshoot.',
      { target_amount: 90e6, economics: { objective: 'min_npv_cost' } },
    ],
    // The cheapest capital turned down leaves the least overshoot.
    ['$90M. Minimise the overshoot, rather than the cheapest capital.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
  ],
  'a reply above the message it quotes: the reply\'s settings win ("Switch it to US GAAP." over "> ... on IFRS 16")': [
    [
      'Run it with 12-year leases and 2.5% bumps, please.\n\n> Alex: $66M, 10-year leases, 2% bumps',
      { target_amount: 66e6, economics: { lease_term_years: 12, rent_escalator: 0.025 } },
    ],
    ['Switch it to US GAAP.\n\n> Mia wrote: $66M on IFRS 16', { target_amount: 66e6, economics: { accounting_basis: 'us_gaap' } }],
    [
      'Make it the cheapest capital in NPV terms.\n\n> Lee: $66M, smallest overshoot',
      { target_amount: 66e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['Tax at 24% now.\n\n> Ana: $66M, tax 21%', { target_amount: 66e6, economics: { tax_rate: 0.24 } }],
    // A reply that only approves leaves the quoted settings as they are.
    [
      'OK, go.\n\n> Ben: $66M with 20-year leases on IFRS 16',
      { target_amount: 66e6, economics: { lease_term_years: 20, accounting_basis: 'ifrs16' } },
    ],
  ],
  'leases that need to run a number of years, and a term answered by a speaker with a role ("Raj (treasury): 14 years")': [
    ['$58M. The leases need to be 18 years.', { target_amount: 58e6, economics: { lease_term_years: 18 } }],
    ['$58M. Leases have to run 12 years.', { target_amount: 58e6, economics: { lease_term_years: 12 } }],
    ['$58M. The leasebacks ought to be 20 yrs.', { target_amount: 58e6, economics: { lease_term_years: 20 } }],
    [
      'Kim: what lease term for the $58M run?\nRaj (treasury): 14 years\nKim: thanks',
      { target_amount: 58e6, economics: { lease_term_years: 14 } },
    ],
    ['Kim: lease tenor for the $58M deal?\nOmar (CFO): 16\nKim: noted', { target_amount: 58e6, economics: { lease_term_years: 16 } }],
    // A loan's term answered is no lease term.
    ["Kim: what's the term of the loan for the $58M?\nRaj (treasury): 5\nKim: ok", { target_amount: 58e6 }],
  ],
  'settings pasted from a spreadsheet: a header row over a row of values split by tabs': [
    ['Target\tLease term\tEscalator\n$61M\t15\t2%', { target_amount: 61e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } }],
    ['Target\tTax rate\tBasis\n$61M\t21%\tUS GAAP', { target_amount: 61e6, economics: { tax_rate: 0.21, accounting_basis: 'us_gaap' } }],
    [
      'Target\tTypes\tLease term\n$61M\toffice, retail\t20',
      { target_amount: 61e6, asset_types: ['office', 'retail'], economics: { lease_term_years: 20 } },
    ],
    ['Target\tEscalator\tLease term\n$61M\t2.5%\t12', { target_amount: 61e6, economics: { rent_escalator: 0.025, lease_term_years: 12 } }],
    // Words split by a tab, with no row of figures under them, are no table.
    ['We spoke about the target\tand the timing\nlast week, nothing more.', {}],
  ],
};

describeFamilies('readBrief: economics and pasted settings (twenty-fifth round)', FAMILIES);
