import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-eighth round of wording families for the scores and the economics: the leases themselves said to rise by a
 * percentage or by basis points a year, with a modal between ("the leases should go up by 3% annually"); a note's years
 * and rise ("15y leases @ 2.25%", "- 10y, 2%"); an escalator quoted, then the one modelled after "but"; the present
 * value of the rent kept as small as possible, as little present-value cost as possible, a hyphenated lowest-PV-of-rent
 * and a setting's value naming it; the closest possible above the target; the best answer asked for the ask's figure or
 * set against a guess, and "exactly why" as emphasis; mission-critical sites staying off the list or "nothing else"
 * critical, and what "isn't core to the business" as non-core; no building sold having a score past a level; a
 * leaseability level given on "the score for that" or "with a score of", a building that re-lets easily, and one said
 * not to be easy to let again; terms that "are" a count of years and a pasted row's lease years; and a thread's tax
 * question offering two figures, answered by one. Every case states what it must read; a field it does not name is read
 * as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the leases said to rise by a percentage or basis points a year, with a modal between': [
    ['$140M. The leases should rise 2.75% a year.', { target_amount: 140e6, economics: { rent_escalator: 0.0275 } }],
    ['Raise $140M, and the leases will go up by 2% annually.', { target_amount: 140e6, economics: { rent_escalator: 0.02 } }],
    [
      'We want $140M with the leases stepping up by 125 basis points each year.',
      { target_amount: 140e6, economics: { rent_escalator: 0.0125 } },
    ],
    ['$140M; our leases need to increase 1.5 percent per year.', { target_amount: 140e6, economics: { rent_escalator: 0.015 } }],
    // Leverage rising, or a figure that is no yearly rise of the leases, is no escalator.
    ['$140M. Lease-adjusted leverage should not go above 4.5x.', { target_amount: 140e6, max_lease_adjusted_leverage: 4.5 }],
    ['$140M. Our leases should go up for renewal in 2030.', { target_amount: 140e6 }],
  ],
  "a note's years and rise: leases at an at sign, or a bare pair on its own line": [
    ['ana: $90M\nana: 20y leases @ 2.5%', { target_amount: 90e6, economics: { lease_term_years: 20, rent_escalator: 0.025 } }],
    ['notes\n- $90M\n- 12y, 1.75%', { target_amount: 90e6, economics: { lease_term_years: 12, rent_escalator: 0.0175 } }],
    ['$90M\n* 15 yrs; 3%', { target_amount: 90e6, economics: { lease_term_years: 15, rent_escalator: 0.03 } }],
    // A pair inside a sentence, or a percentage too large for a rise, is left alone.
    [
      '$90M over 15 years, 2% of it from Dallas.',
      { target_amount: 90e6, include_markets: ['Dallas'], economics: { lease_term_years: 15 } },
    ],
    ['notes\n- $90M\n- 10y, 7%', { target_amount: 90e6 }],
  ],
  'an escalator quoted, then the one modelled after "but"': [
    ['$120M. Buyers want 3% bumps, but we are using 2.25%.', { target_amount: 120e6, economics: { rent_escalator: 0.0225 } }],
    [
      "kai: what escalator should we assume\nlea: 2.75%, but we're modelling 2.5%\nkai: $120M then",
      { target_amount: 120e6, economics: { rent_escalator: 0.025 } },
    ],
    ["$120M. Buyers ask for 3% bumps, but I'm assuming 2% for this run.", { target_amount: 120e6, economics: { rent_escalator: 0.02 } }],
    ["$120M. A 2.5% escalator is quoted, but we'll use 2%.", { target_amount: 120e6, economics: { rent_escalator: 0.02 } }],
    // With no escalator named, the figure after "but" is another's.
    [
      '$120M. Tax is 25% federal and state, but we are using 40% as the share cap.',
      { target_amount: 120e6, economics: { tax_rate: 0.25 } },
    ],
  ],
  'the present value of the rent kept small, as little present-value cost as possible, and its hyphenated or keyed forms': [
    [
      '$85M. Keep the present value of the rent we pay as low as possible.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    [
      'Please hold our lease payments to a minimum in present-value terms. $85M.',
      { target_amount: 85e6, economics: { objective: 'min_npv_cost' } },
    ],
    ['$85M at as little PV cost as we can.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['A smallest-PV-of-lease-payments answer for $85M.', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    ['target: 85m\nobjective: cheapest_npv_lease_cost', { target_amount: 85e6, economics: { objective: 'min_npv_cost' } }],
    // Rent kept low with no present value named, or a present value told of, asks for no objective.
    ['$85M. Keep the rent as low as possible.', { target_amount: 85e6 }],
    ['$85M. The present value of the rent was as small as possible last time.', { target_amount: 85e6 }],
  ],
  'the closest possible above the target': [
    ['$105M, closest possible above target.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    ['Target $105M. Nearest above the ask, please.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    ['We need $105M: the closest match over the target.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    ['$105M. Tightest possible over target.', { target_amount: 105e6, economics: { objective: 'min_proceeds' } }],
    // The closest of something else above another thing is no objective.
    ['$105M. The closest bid above ours came from a pension fund.', { target_amount: 105e6 }],
  ],
  'the best answer asked for the figure or set against a guess, and "exactly why" as emphasis': [
    ['Find us the best possible solution for $175M.', { target_amount: 175e6, strategy: 'exact' }],
    ["I'd like the very best result for $175M.", { target_amount: 175e6, strategy: 'exact' }],
    ['$175M. We want the best answer, not an estimate.', { target_amount: 175e6, strategy: 'exact' }],
    // Waived or promised, the best answer asks for no search; "exactly" as emphasis asks for nothing.
    ["$175M. We don't need the very best answer for $175M.", { target_amount: 175e6 }],
    ["$175M. We'll send our best answer on Friday.", { target_amount: 175e6 }],
    ["$175M. That's exactly why Newark stays out.", { target_amount: 175e6, exclude_markets: ['Newark'] }],
    ['$175M. This is exactly because of the audit.', { target_amount: 175e6 }],
  ],
  'mission-critical sites off the list, "nothing else" critical, and what is not core to the business': [
    ['$65M. Mission-critical sites stay off the list.', { target_amount: 65e6, max_criticality: 0.7 }],
    [
      'Keep Chicago out. Nothing else that is critical should go. $65M.',
      { target_amount: 65e6, exclude_markets: ['Chicago'], max_criticality: 0.7 },
    ],
    ['Only sell what is not core to the business; $65M.', { target_amount: 65e6, max_criticality: 0.5 }],
    ["$65M from sites that aren't core to operations.", { target_amount: 65e6, max_criticality: 0.5 }],
    // Statements about what is core ask for nothing.
    ['$65M. Those sites are core to the business.', { target_amount: 65e6 }],
  ],
  'no building sold having a score past a level': [
    ['$150M. No site we sell may have a criticality above 0.75.', { target_amount: 150e6, max_criticality: 0.75 }],
    ['$150M. No asset has a leaseability below 0.55.', { target_amount: 150e6, min_leaseability: 0.55 }],
    [
      '$150M; no property you pick should have a criticality over 0.6 or a leaseability under 0.5.',
      { target_amount: 150e6, max_criticality: 0.6, min_leaseability: 0.5 },
    ],
    [
      '$150M. No building carries a criticality above 0.9 and a leaseability below 0.4.',
      { target_amount: 150e6, max_criticality: 0.9, min_leaseability: 0.4 },
    ],
    // A score named with no level is no limit.
    ['$150M. No site we sell has a leaseability score yet.', { target_amount: 150e6 }],
  ],
  'a leaseability level on "the score for that" or "with a score of", re-letting easily, and letting said not to be easy': [
    [
      '$70M from sites another tenant could take over, and the score for that must be 0.6 or better.',
      { target_amount: 70e6, min_leaseability: 0.6 },
    ],
    ['$70M. Everything sold should be re-lettable with a rating of at least 0.7.', { target_amount: 70e6, min_leaseability: 0.7 }],
    ['$70M, only buildings that re-let quickly.', { target_amount: 70e6, min_leaseability: 0.7 }],
    ['$70M from properties that lease up easily.', { target_amount: 70e6, min_leaseability: 0.7 }],
    // Letting said not to be easy, or a score told of, asks for no level.
    ["$70M. Last year's buildings weren't very easy to lease to another tenant.", { target_amount: 70e6 }],
    ['$70M. The Dublin lab came with a score of 0.4 in the appraisal.', { target_amount: 70e6 }],
  ],
  "terms that are a count of years, and a pasted row's lease years": [
    ['$125M; the terms are 18 years.', { target_amount: 125e6, economics: { lease_term_years: 18 } }],
    ['$125M. Lease terms are twelve years.', { target_amount: 125e6, economics: { lease_term_years: 12 } }],
    ['field,value\ntarget,125000000\nlease_years,16', { target_amount: 125e6, economics: { lease_term_years: 16 } }],
    ['field,value\ntarget,125000000\nleaseback_yrs,22', { target_amount: 125e6, economics: { lease_term_years: 22 } }],
    // Terms of something else that are no count of years are left alone.
    ['$125M. Payment terms are 30 days.', { target_amount: 125e6 }],
  ],
  "a thread's tax question offering two figures, answered by one": [
    ['ivy: $95M\nivy: tax 21% or 26%?\nraj: 26', { target_amount: 95e6, economics: { tax_rate: 0.26 } }],
    ['ivy: tax rate 24? or 27?\nraj: 27, that is the blended rate\nivy: ok, $95M', { target_amount: 95e6, economics: { tax_rate: 0.27 } }],
    ['ivy: $95M. tax 21, 25?\nraj: yes 25.', { target_amount: 95e6, economics: { tax_rate: 0.25 } }],
    ['ivy: $95M; tax 22% or 25%?\nraj: 21%.', { target_amount: 95e6, economics: { tax_rate: 0.21 } }],
    // A question with two figures that are no tax rate answers nothing on tax.
    ['ivy: $95M; escalator 2% or 3%?\nraj: 2', { target_amount: 95e6, economics: { rent_escalator: 0.02 } }],
  ],
};

describeFamilies('reads scores and economics families (48)', FAMILIES);
