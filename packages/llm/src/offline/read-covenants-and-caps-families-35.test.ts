import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-fifth round of wording families for the covenants and caps: lease-adjusted leverage spelled out as its
 * formula with the rent said in full ("eight times our yearly rent", "eight times what we pay in rent each year",
 * "eight years of rent") and its limit said of the formula itself, given to a pronoun in the next sentence, or after a
 * dashed aside of the steps; net leverage over EBITDA said in words ("yearly earnings before interest, tax and
 * depreciation", "what the company earns in a year before interest, tax and depreciation") or held "afterwards" at
 * most a multiple; fixed-charge coverage as earnings before rent that covered or are still paying the charges a number
 * of times (in words too), and as the question "how many times over" with its floor given to "it"; a working, board or
 * tested level inside a covenant; an agreement's "at any time" after its negation and its long defining bracket; and a
 * limit's noun said to be "now" at a revised level; and the cap on added rent as a pass refused ("mustn't pass"). Every case states what it must read; a field it does not name is
 * read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage spelled out with the rent said in full': [
    [
      '$85M. Debt plus eight times our annual rent, divided by EBITDAR. Hold that below 4.85.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.85 },
    ],
    [
      '$85M. Total debt plus 8x what we pay in rent every year, over earnings before rent - we want it at 5.1 or less.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      '$85M. Net debt plus eight times the yearly rent bill, measured against EBITDAR, cannot exceed 4.55.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.55 },
    ],
    [
      '$85M. Debt plus eight times the annual rent over earnings before rent should be 4.95 or lower.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.95 },
    ],
    [
      "$85M. The agencies' figure adds eight years' rent to our debt and divides by EBITDAR; the board wants it to end no higher than 5.05.",
      { target_amount: 85e6, max_lease_adjusted_leverage: 5.05 },
    ],
    [
      '$85M. The ratio that treats eight years of rent as debt - summed with borrowings and divided by earnings before rent - must finish under 4.65.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.65 },
    ],
    // The formula with no limit after it, or a level today, bounds nothing.
    ['$85M. Debt plus eight times our annual rent, over EBITDAR, is 4.2 today.', { target_amount: 85e6 }],
    ['$85M. The agencies add eight years of rent to debt and divide by earnings before rent.', { target_amount: 85e6 }],
  ],
  'net leverage over EBITDA said in words, or held afterwards': [
    [
      '$85M. Net borrowings must remain under 3.45 times annual earnings before interest, taxes, depreciation and amortisation.',
      { target_amount: 85e6, max_net_leverage: 3.45 },
    ],
    [
      '$85M. Our debt, net of cash, should stay below 3.15 times a year of earnings before interest, tax and depreciation.',
      { target_amount: 85e6, max_net_leverage: 3.15 },
    ],
    [
      '$85M. Net debt cannot exceed 2.85 times what the company earns in a year before interest, tax and depreciation.',
      { target_amount: 85e6, max_net_leverage: 2.85 },
    ],
    ['$85M. Net borrowings afterwards is at most 3.1 times EBITDA.', { target_amount: 85e6, max_net_leverage: 3.1 }],
    // Earnings before rent are the lease-adjusted ratio's, and a level measured is no limit.
    ['$85M. Net debt was 3.4 times earnings before interest, tax and depreciation last year.', { target_amount: 85e6 }],
    ['$85M. Net debt is 3.05 times EBITDA today.', { target_amount: 85e6 }],
  ],
  'fixed-charge coverage as earnings that covered or still pay the charges, or asked how many times over': [
    [
      "$85M. We'd sleep better if EBITDAR covered our rent and interest payments at least one and a half times.",
      { target_amount: 85e6, min_fixed_charge_coverage: 1.5 },
    ],
    [
      '$85M. Earnings before rent still paying rent plus interest 2.15 times over once the sale closes.',
      { target_amount: 85e6, min_fixed_charge_coverage: 2.15 },
    ],
    [
      '$85M. Our earnings covering interest and rent no less than two and a quarter times is the condition.',
      { target_amount: 85e6, min_fixed_charge_coverage: 2.25 },
    ],
    [
      '$85M. How many times over our EBITDAR can pay interest and rent together - it should not drop below 1.95.',
      { target_amount: 85e6, min_fixed_charge_coverage: 1.95 },
    ],
    // Covered in the past with no floor's words, or how many times asked with no floor, is a level measured.
    ['$85M. Earnings covered interest and rent 2.3 times last year.', { target_amount: 85e6 }],
    ['$85M. How many times over do our earnings pay interest and rent?', { target_amount: 85e6 }],
  ],
  'a working, board or tested level inside a covenant': [
    [
      '$85M. Net leverage may not exceed 4.0x under the notes. We test at 3.6x ourselves; use that.',
      { target_amount: 85e6, max_net_leverage: 3.6 },
    ],
    ['$85M. The FCCR covenant is 1.25x; our board floor is 1.9x.', { target_amount: 85e6, min_fixed_charge_coverage: 1.9 }],
    ['$85M. Leverage covenant 4.25x. Working limit is 3.7x.', { target_amount: 85e6, max_net_leverage: 3.7 }],
    // A covenant alone is the limit.
    ['$85M. Net leverage may not exceed 4.0x under the notes.', { target_amount: 85e6, max_net_leverage: 4 }],
  ],
  "an agreement's wording: a negation at any time, and a long defining bracket": [
    ['$85M. The Total Net Leverage Ratio shall not at any time exceed 3.60 to 1.00.', { target_amount: 85e6, max_net_leverage: 3.6 }],
    [
      '$85M. The Fixed Charge Coverage Ratio must not at any point be less than 1.45:1.00.',
      { target_amount: 85e6, min_fixed_charge_coverage: 1.45 },
    ],
    [
      '$85M. The Leverage Ratio (Consolidated Funded Indebtedness net of Unrestricted Cash to Consolidated EBITDA) shall not exceed 3.40:1.00.',
      { target_amount: 85e6, max_net_leverage: 3.4 },
    ],
    // A bracket with figures in it stays short; a ratio only described, with no limit, bounds nothing.
    [
      '$85M. The Leverage Ratio (Consolidated Funded Indebtedness to Consolidated EBITDA) is defined in Section 1.01.',
      { target_amount: 85e6 },
    ],
  ],
  "a limit's noun said to be now at a revised level": [
    ['$85M. Update: the FCCR minimum is now 1.7x.', { target_amount: 85e6, min_fixed_charge_coverage: 1.7 }],
    ['$85M. Net leverage cap now 3.4x (it was 3.6x).', { target_amount: 85e6, max_net_leverage: 3.4 }],
    ['$85M. Revised: fixed charge coverage floor is now 1.8x.', { target_amount: 85e6, min_fixed_charge_coverage: 1.8 }],
    // A level with no limit's noun said to be now is the level today.
    ['$85M. Net leverage is now 3.2x.', { target_amount: 85e6 }],
    ['$85M. FCCR now 2.6x after the refinancing.', { target_amount: 85e6 }],
  ],
  'the cap on added rent as a pass refused': [
    ["$85M. The added rent mustn't pass $9.5M a year.", { target_amount: 85e6, max_rent_added: 9.5e6 }],
    ['$85M. New rent should never pass $7M.', { target_amount: 85e6, max_rent_added: 7e6 }],
    ["$85M. The extra rent from the leasebacks can't pass $12.25M annually.", { target_amount: 85e6, max_rent_added: 12.25e6 }],
    // Rent passed on, or a rent bill that passed a figure, caps nothing.
    ['$85M. The rent we pass on to subtenants is $3M.', { target_amount: 85e6 }],
    ['$85M. Our rent bill passed $12M last year.', { target_amount: 85e6 }],
  ],
};

describeFamilies('Brief wording families, round 35: covenants and caps', FAMILIES);
