import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-seventh round of wording families for the asset scores and the economics: a level above which what is rated
 * or scored is kept out, the score named after "on" ("Keep out anything rated above 0.6 on criticality", "scoring over
 * 0.3 on importance to operations", "on the can't-operate-without-it scale"), or kept "out of the sale" as more
 * critical than a level; a level said to be the ceiling on criticality ("0.6 is the ceiling on criticality"), and
 * "nothing critical" held to a level ("keep it to 0.5 or below"); a building a new occupier could take over or take on
 * without much fuss, with its level, and "so nothing below 0.65 on that score" after a building that can be re-let; the
 * leases, or their documents, said to run or be a number of years with a few words on who signs or drafts them; a term
 * someone floated and the one the writer goes with; the leases' rise joined to their term ("run 15 years and go up by
 * 2% a year") and in a terse note ("Leases up 1.8% a year"); leases with "no annual rent increases"; settings pasted
 * with a comment after them ("tax_rate: 0.21   # on the net gain"); rows of label and value split by a comma with no
 * colon ("Criticality max,0.6"); and a basis bracketed as last year's run with a remark after it. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a level above which what is rated or scored is kept out, the score named after "on"': [
    ['$54M. Keep out anything rated above 0.45 on criticality.', { target_amount: 54e6, max_criticality: 0.45 }],
    ['$54M. Leave out anything scoring over 0.25 on importance to operations.', { target_amount: 54e6, max_criticality: 0.25 }],
    [
      "$54M. We'd rather not sell anything scoring above 0.55 on the can't-run-without-it scale.",
      { target_amount: 54e6, max_criticality: 0.55 },
    ],
    ['$54M. Please keep anything rated more critical than 0.7 out of the sale.', { target_amount: 54e6, max_criticality: 0.7 }],
    // A building described with its rating is no limit.
    ['$54M. The Cicero Main Plant is rated above 0.8 on criticality.', { target_amount: 54e6 }],
  ],
  'a level said to be the ceiling on criticality, and "nothing critical" held to a level': [
    ["$83M. Nothing we'd struggle to operate without: 0.45 is the ceiling on criticality.", { target_amount: 83e6, max_criticality: 0.45 }],
    ['$83M. Nothing critical either, keep it to 0.35 or below.', { target_amount: 83e6, max_criticality: 0.35 }],
    // A ceiling of the past is history.
    ['$83M. Last year 0.8 was the ceiling on criticality.', { target_amount: 83e6 }],
  ],
  'a building a new occupier could take over or take on without much fuss, with its level': [
    [
      '$71M, only buildings a new occupier could take over without much fuss (0.7 or better).',
      { target_amount: 71e6, min_leaseability: 0.7 },
    ],
    ['$71M. Only sites another tenant could take on easily, 0.65 or higher.', { target_amount: 71e6, min_leaseability: 0.65 }],
    [
      '$71M. Buyers will want buildings they can re-let, so nothing below 0.55 on that score.',
      { target_amount: 71e6, min_leaseability: 0.55 },
    ],
    // A level that is no floor stays with the words' own level.
    ['$71M. Only buildings they can re-let, so 0.9 on criticality is fine.', { target_amount: 71e6, min_leaseability: 0.5 }],
  ],
  'the leases, or their documents, said to run or be a number of years': [
    ['$96M. Whatever leases we sign should run 13 years.', { target_amount: 96e6, economics: { lease_term_years: 13 } }],
    ['$96M. The leases themselves should be 21 years.', { target_amount: 96e6, economics: { lease_term_years: 21 } }],
    [
      '$96M. The lease agreements counsel has drafted run 14 years with a 1.6% yearly rent step.',
      { target_amount: 96e6, economics: { lease_term_years: 14, rent_escalator: 0.016 } },
    ],
    // Leases of the past are history.
    ['$96M. The leases we signed last year run 10 years.', { target_amount: 96e6 }],
  ],
  'a term someone floated, then the one the writer goes with': [
    [
      "$140M. The buyer floated a 10-year lease structure; we're going with 16 years.",
      { target_amount: 140e6, economics: { lease_term_years: 16 } },
    ],
    [
      "$140M. Our advisers proposed 12-year leases, but we'll go with 20 years.",
      { target_amount: 140e6, economics: { lease_term_years: 20 } },
    ],
  ],
  "the leases' rise joined to their term, in a terse note, and leases with no annual rent increases": [
    [
      '$59M. Whatever leases we sign should run 17 years and go up by 2.25% a year.',
      { target_amount: 59e6, economics: { lease_term_years: 17, rent_escalator: 0.0225 } },
    ],
    ['$59M. Leases up 2.4% a year.', { target_amount: 59e6, economics: { rent_escalator: 0.024 } }],
    ['$59M. The leases should be flat, no annual rent increases at all.', { target_amount: 59e6, economics: { rent_escalator: 0 } }],
    // The market's rents going up are no escalator.
    ['$59M. Market rents in Phoenix went up 4% a year.', { target_amount: 59e6 }],
  ],
  'settings pasted with a comment after them, and rows of label and value split by a comma': [
    [
      'target = 65000000\nlease_term = 19   # years\ntax_rate = 0.22',
      { target_amount: 65e6, economics: { lease_term_years: 19, tax_rate: 0.22 } },
    ],
    ['target_amount_usd: 73000000\ntax_rate: 0.26     # on the gain only', { target_amount: 73e6, economics: { tax_rate: 0.26 } }],
    ['Target,$66M\nCriticality max,0.4\nLeaseability min,0.6', { target_amount: 66e6, max_criticality: 0.4, min_leaseability: 0.6 }],
    // A sentence with a comma is no row.
    ['Hi all, we need $66M.\nKeep it simple, thanks.', { target_amount: 66e6 }],
  ],
  "a basis bracketed as last year's run, with a remark after it": [
    [
      "Size: $104M.\nBasis: US GAAP.\n(Last year's run used IFRS 16 - for reference only.)",
      { target_amount: 104e6, economics: { accounting_basis: 'us_gaap' } },
    ],
    ["Size: $104M.\n(Last year's model used US GAAP.)", { target_amount: 104e6 }],
  ],
};

describeFamilies('reading scores and economics: a twenty-seventh round of families', FAMILIES);
