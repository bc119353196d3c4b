import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Families of wording for the covenants, the single-market cap, the new-rent cap, the score filters and the
 * mortgage filter. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'net leverage named by "net" before a capping noun or "at", and as one word in a model tab': [
    ['Lease-adjusted cap 4.5x, net cap 3.0x. $100m.', { target_amount: 100e6, max_lease_adjusted_leverage: 4.5, max_net_leverage: 3 }],
    ['Raise $60m. Net ceiling 3.4x, FCCR 1.8x min.', { target_amount: 60e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.8 }],
    ['Bank wants us at net at 3.1x or inside. $70m.', { target_amount: 70e6, max_net_leverage: 3.1 }],
    ['Model tab: NetLev<=3.6x | $50m', { target_amount: 50e6, max_net_leverage: 3.6 }],
    // A cap rate is no leverage.
    ['Raise $50m at a net cap rate of 6.5%.', { target_amount: 50e6 }],
  ],
  'lease-adjusted leverage counted in turns, or given "to" a level': [
    ['Lease-adjusted turns must stay under 4.4. Raise $40m.', { target_amount: 40e6, max_lease_adjusted_leverage: 4.4 }],
    ["Lease-adjusted turns can't exceed 4.0. $110m raise.", { target_amount: 110e6, max_lease_adjusted_leverage: 4 }],
    ['Lenders are fine with lease-adjusted to 4.9x. Target $45m.', { target_amount: 45e6, max_lease_adjusted_leverage: 4.9 }],
  ],
  'a cushion of a fraction of a turn written as one word, and a level run inside the covenant': [
    [
      "The bank group's headroom test is 3.75x net. We want a half-turn of cushion, so 3.25x. Need $145m.",
      { target_amount: 145e6, max_net_leverage: 3.25 },
    ],
    ['Covenant is 4.0x net; we want a quarter-turn of headroom. $80m.', { target_amount: 80e6, max_net_leverage: 3.75 }],
    ['FCCR covenant 1.25x. We will run 1.5x to be safe. $55m.', { target_amount: 55e6, min_fixed_charge_coverage: 1.5 }],
  ],
  'a level held after a hypothetical covenant taken back': [
    ["If we get the amendment we could go to 4x net - we haven't, so cap at 3.5x. $100m.", { target_amount: 100e6, max_net_leverage: 3.5 }],
    [
      "If the waiver comes through we could go to 4.5x net, but we haven't got it, so cap at 3.75x. $90m.",
      { target_amount: 90e6, max_net_leverage: 3.75 },
    ],
    ['What if we pushed to 4x net? Not happening. Hold at 3.4x. $75m.', { target_amount: 75e6, max_net_leverage: 3.4 }],
    // With no metric named before it, a level held is nobody's.
    ['Stay at 3.5x. Raise $40m.', { target_amount: 40e6 }],
  ],
  "a level of the accounts, then the lenders' demand": [
    ['LTM FCCR is 2.6x; lenders want ≥ 2.0x PF. Target $130m.', { target_amount: 130e6, min_fixed_charge_coverage: 2 }],
    ['Trailing FCCR of 2.4x; the banks want at least 1.9x. $65m.', { target_amount: 65e6, min_fixed_charge_coverage: 1.9 }],
    ['Current net leverage 3.1x. Target $50m.', { target_amount: 50e6 }],
    // A covenant named as today's is still the limit.
    ['The current FCCR covenant is 1.5x. Target $50m.', { target_amount: 50e6, min_fixed_charge_coverage: 1.5 }],
  ],
  'a limit asked about and left for later': [
    ["Target $95m. Should we cap rent at $7m? Let's discuss - don't apply it yet.", { target_amount: 95e6 }],
    ["Should we cap net leverage at 3x? Let's discuss - don't apply it yet. Raise $40m.", { target_amount: 40e6 }],
    ['Could we cap any one market at 30%? Hold off on that. Raise $40m.', { target_amount: 40e6 }],
  ],
  'a cap on new rent that may not be passed, or whose passing is refused': [
    [
      "CFO to lender: we are looking at ~$80m. Incremental rent can't blow past 6m a year or the FCCR math breaks.",
      { target_amount: 80e6, max_rent_added: 6e6 },
    ],
    ["New rent mustn't creep past $5m a year. Raise $60m.", { target_amount: 60e6, max_rent_added: 5e6 }],
    ["Incremental rent can't push past $4m. $40m.", { target_amount: 40e6, max_rent_added: 4e6 }],
    [
      'Run-rate rent today is ~$30m; adding more than $9m of rent is a non-starter. Raise $120m.',
      { target_amount: 120e6, max_rent_added: 9e6 },
    ],
    ['Taking on over $8m a year of rent would be a deal-breaker. Target $90m.', { target_amount: 90e6, max_rent_added: 8e6 }],
    // Rent paid today is no cap.
    ['We pay more than $9m of rent today. Raise $50m.', { target_amount: 50e6 }],
  ],
  'leaseability as nothing hard to let, and generic stuff': [
    ['No hard-to-lease sites. $70m.', { target_amount: 70e6, min_leaseability: 0.7 }],
    ["Avoid anything that's difficult to re-let. Raise $45m.", { target_amount: 45e6, min_leaseability: 0.7 }],
    [
      'Nothing critical to ops, nothing hard to re-let - only the generic stuff. Raise $120m.',
      { target_amount: 120e6, max_criticality: 0.7, min_leaseability: 0.7 },
    ],
    ['Generic product only. $45m.', { target_amount: 45e6, min_leaseability: 0.7 }],
    ['Sell from generic, non-core assets. Raise $30m.', { target_amount: 30e6, max_criticality: 0.5, min_leaseability: 0.7 }],
    // Leasable on its own is the weak level.
    ['Leasable stuff only. $40m.', { target_amount: 40e6, min_leaseability: 0.5 }],
  ],
  'non-critical with its level in brackets': [
    [
      "We'll only sell what's highly leasable and non-critical (say under 0.45). Target $100m.",
      { target_amount: 100e6, max_criticality: 0.45, min_leaseability: 0.7 },
    ],
    ['Non-critical buildings only (call it 0.55 max). $60m.', { target_amount: 60e6, max_criticality: 0.55 }],
    ['Non-essential sites (e.g. 0.4 or less). Raise $30m.', { target_amount: 30e6, max_criticality: 0.4 }],
  ],
  'encumbered buildings by any noun left alone, and a single mortgaged asset that is not all of them': [
    [
      'Keep it to Texas and leave encumbered boxes alone. Raise $80m.',
      { target_amount: 80e6, include_markets: ['Dallas', 'Houston'], exclude_mortgaged: true },
    ],
    ['Keep the mortgaged facilities out. $50m.', { target_amount: 50e6, exclude_mortgaged: true }],
    ['Leave encumbered sheds out. Raise $35m.', { target_amount: 35e6, exclude_mortgaged: true }],
    ['Raise $50m; not all mortgaged sites have to go.', { target_amount: 50e6 }],
  ],
  'a single-market cap as a fraction before its words, or alone in a terse list': [
    ['Exclude Phoenix. $90m. 0.25 market cap.', { target_amount: 90e6, exclude_markets: ['Phoenix'], max_market_share: 0.25 }],
    ['Raise $70m; 0.35 city cap.', { target_amount: 70e6, max_market_share: 0.35 }],
    [
      'Ask $190m; floor $160m; 30% cap; US GAAP.',
      { target_amount: 190e6, floor_amount: 160e6, max_market_share: 0.3, economics: { accounting_basis: 'us_gaap' } },
    ],
    ['- Target $90m\n- 40% cap\n- no mortgaged', { target_amount: 90e6, max_market_share: 0.4, exclude_mortgaged: true }],
    // Below 10% a cap is an escalator's or a cap rate, and a cap in a sentence of its own is nobody's.
    ['Escalator 2%, 5% cap; raise $60m.', { target_amount: 60e6, economics: { rent_escalator: 0.02 } }],
    ['We want a 30% cap. Raise $60m.', { target_amount: 60e6 }],
  ],
  'a figure with its name, corrected for a reason and restated': [
    [
      "Raise $150m. 25% single-market cap - wait, with two markets that's impossible, make it 60%.",
      { target_amount: 150e6, max_market_share: 0.6 },
    ],
    ["Raise $90m. 20% per-market limit - wait, too tight for four metros, let's say 35%.", { target_amount: 90e6, max_market_share: 0.35 }],
    ['Leverage 3.5x net cap - actually, after the call, make it 3.25x. $70m.', { target_amount: 70e6, max_net_leverage: 3.25 }],
  ],
  'a figure treated as a hard cap after the level that would be a problem': [
    [
      'Raise $60m. The agency says net leverage above 3.75x would be a problem, so treat 3.5x as a hard cap.',
      { target_amount: 60e6, max_net_leverage: 3.5 },
    ],
    [
      'Raise $60m. Lenders flagged FCCR under 1.5x as an issue, so treat 1.75x as the floor.',
      { target_amount: 60e6, min_fixed_charge_coverage: 1.75 },
    ],
  ],
  'net leverage as "net" before a comparison and a decimal with no unit': [
    [
      'Raise $70m. Lease-adjusted under 4.5 times, net under 3.4.',
      { target_amount: 70e6, max_lease_adjusted_leverage: 4.5, max_net_leverage: 3.4 },
    ],
    [
      'Raise $70m: lease-adjusted under five times, net at most three point two five.',
      { target_amount: 70e6, max_lease_adjusted_leverage: 5, max_net_leverage: 3.25 },
    ],
    // A percentage is no leverage.
    ['Raise $40m; fees net under 2.5 percent.', { target_amount: 40e6 }],
  ],
  'the metric taken up again by "ours"': [
    [
      "Apparently there's a thing called lease-adjusted leverage and ours can't go over five. $95m.",
      { target_amount: 95e6, max_lease_adjusted_leverage: 5 },
    ],
    ["Owner: there's a covenant on net leverage and ours can't go over four. $60m.", { target_amount: 60e6, max_net_leverage: 4 }],
  ],
  'criticality as importance to the business in plain words': [
    ['We need around $100 million. Nothing too important to operations.', { target_amount: 100e6, max_criticality: 0.7 }],
    ['Raise $40m. Nothing vital to the business.', { target_amount: 40e6, max_criticality: 0.7 }],
    ["Raise $40m. Importance to ops doesn't matter.", { target_amount: 40e6 }],
  ],
  'a limit looked at or weighed, then set aside': [
    ["Raise $50M. We'd looked at a 3.5x net leverage test last year but that's not relevant now.", { target_amount: 50e6 }],
    ["Raise $60m. We looked at a 40% market cap in the spring but that's no longer relevant.", { target_amount: 60e6 }],
    ['Target $150M. We considered excluding mortgaged assets but decided not to.', { target_amount: 150e6 }],
    ['Target $90m. We discussed excluding encumbered sites but decided against it.', { target_amount: 90e6 }],
    // Weighed and kept, the exclusion stands.
    ['Target $90m. We discussed it and we exclude mortgaged sites.', { target_amount: 90e6, exclude_mortgaged: true }],
  ],
  'a share compared with "above" before the market words': [
    ['We need $2.75e8, no market above 0.4 share.', { target_amount: 275e6, max_market_share: 0.4 }],
    ['Raise $60m; no market above 0.35 share.', { target_amount: 60e6, max_market_share: 0.35 }],
  ],
  'the topic of new rent, then "let\'s say" and its cap': [
    [
      "CFO voice memo: um, the number is sixty million, and, uh, the added rent, let's say no more than four and a half million a year.",
      { target_amount: 60e6, max_rent_added: 4.5e6 },
    ],
    ['Raise $50m; new rent, say at most $4m.', { target_amount: 50e6, max_rent_added: 4e6 }],
  ],
  'a proposal adopted before another is withdrawn': [
    [
      "Minutes: Ann proposed that new rent be capped at $7m; the motion carried. Ben's proposal to exclude Arizona was withdrawn. Raise $60m.",
      { target_amount: 60e6, max_rent_added: 7e6 },
    ],
    [
      "Minutes: Tom's proposal of a 3.5x net leverage cap was approved. Ann's idea of a 30% market cap was withdrawn. Raise $60m.",
      { target_amount: 60e6, max_net_leverage: 3.5 },
    ],
    // Withdrawn with nothing adopted before, the proposal is no limit.
    ['Minutes: Tom proposed a 3.5x net leverage cap; it was withdrawn. Raise $60m.', { target_amount: 60e6 }],
  ],
  'leaseability as a building another occupier takes on easily': [
    [
      'The goal is $310M. Whatever we sell has to be the kind of building someone else could easily move into.',
      { target_amount: 310e6, min_leaseability: 0.7 },
    ],
    ['Raise $110m. Whatever we sell, someone else should be able to lease it easy.', { target_amount: 110e6, min_leaseability: 0.7 }],
    ['Raise $50m; anything we sell, another tenant can take over quickly.', { target_amount: 50e6, min_leaseability: 0.7 }],
    ['Raise $50m. Someone else could move in one day, but not easily.', { target_amount: 50e6 }],
  ],
  'a metric asked about and answered with a comparison, after a speaker': [
    ['COO: Fine. FCCR?\nVP: Not below 1.9.\nCOO: Amount?\nVP: $175m.', { target_amount: 175e6, min_fixed_charge_coverage: 1.9 }],
    ['Notes:\nAnn: lease-adjusted?\nBen: under 4.6x.\nAnn: and $80m.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.6 }],
    ['Net leverage? At most 3.4x. Raise $50m.', { target_amount: 50e6, max_net_leverage: 3.4 }],
    // A level of today answers nothing.
    ['Net leverage? Above 3.4x today. Raise $50m.', { target_amount: 50e6 }],
  ],
  'the covenant named after a level of today': [
    ["We're at 3.1x net leverage today; the covenant ceiling is 3.6x. Raise $40m.", { target_amount: 40e6, max_net_leverage: 3.6 }],
    ['Coverage is 2.8x today and the covenant floor is 1.75x. Raise $40m.', { target_amount: 40e6, min_fixed_charge_coverage: 1.75 }],
  ],
  'a question that names the rent cap, answered with the amount alone': [
    ['pat: rent cap?\nrob: $9.5M a year\npat: and $130m?\nrob: yes', { target_amount: 130e6, max_rent_added: 9.5e6 }],
    ['Q: max new rent?\nA: $6m. Raise $70m.', { target_amount: 70e6, max_rent_added: 6e6 }],
  ],
};

describeFamilies('limits in loose wording', FAMILIES);
