import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-seventh round of wording families for the covenants and caps: fixed-charge coverage said as its formula,
 * alone or explaining a name between commas, before its level ("EBITDAR over interest plus rent, no lower than 1.9x",
 * "coverage, EBITDAR / (interest + rent), at or above 3.25x", "coverage of fixed charges (interest + rent) by
 * EBITDAR"); net leverage as its initials before a comparison ("NL no higher than 3.75x"), as net debt "not to exceed"
 * a multiple of EBITDA, and named with a bracket of the basis it is measured on; a level disowned after it is given,
 * in its own sentence ("... is not our benchmark", "...; for reference only"), while the limit beside it still reads;
 * caps on new rent with the amount inside the cap's words ("a $20M ceiling on added rent", "cap the new leasebacks'
 * rent at $13M", "new rent headroom = $6M", "Rent cap (new, annual) | $10m"), new rent measured "on top of today's",
 * and a new-rent label carrying its unit in millions with the figure bare ("Max new rent (USDm p.a.): 8.8"); and the
 * single-market share written "share/mkt". Every case states what it must read; a field it does not name is read as
 * absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'fixed-charge coverage said as its formula, alone or explaining a name between commas': [
    ['$90M. EBITDAR over rent plus interest, not below 2.1x.', { target_amount: 90e6, min_fixed_charge_coverage: 2.1 }],
    [
      '$90M. Our coverage, EBITDAR / (rent + interest), has to stay at or above 1.85x.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.85 },
    ],
    [
      '$90M. Fixed charge coverage, EBITDAR divided by fixed charges, should not drop under 2.4x.',
      { target_amount: 90e6, min_fixed_charge_coverage: 2.4 },
    ],
    [
      '$90M. Coverage of the fixed charges (rent and interest) by EBITDAR no lower than 1.65x.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.65 },
    ],
    // Earnings over interest alone is interest coverage, and a level with no bound is no limit.
    ['$90M. EBITDA over interest, no lower than 3.5x.', { target_amount: 90e6 }],
    ['$90M. EBITDAR over interest plus rent was 2.7x last year.', { target_amount: 90e6 }],
  ],
  'net leverage as its initials before a comparison, or as net debt not to exceed a multiple': [
    ['$90M. NL no more than 3.4x, FCCR at least 1.8x.', { target_amount: 90e6, max_net_leverage: 3.4, min_fixed_charge_coverage: 1.8 }],
    ['$90M. NL not above 3.1x after closing.', { target_amount: 90e6, max_net_leverage: 3.1 }],
    ['$90M. Our net debt is not to exceed 3.3 times EBITDA once the sale closes.', { target_amount: 90e6, max_net_leverage: 3.3 }],
    // Debt bounded in money is no ratio.
    ['$90M. Net debt not to exceed $400 million.', { target_amount: 90e6 }],
  ],
  'net leverage named with a bracket of its basis': [
    ['$90M. Net leverage (pro forma basis) under 3.45x.', { target_amount: 90e6, max_net_leverage: 3.45 }],
    ['$90M. Leverage (post-close) no higher than 3.2x.', { target_amount: 90e6, max_net_leverage: 3.2 }],
    // A bracket that counts the leases names the lease-adjusted ratio.
    ['$90M. Leverage (incl. leases) no higher than 5.2x.', { target_amount: 90e6, max_lease_adjusted_leverage: 5.2 }],
  ],
  'a level disowned after it is given, in its own sentence': [
    [
      '$90M. FCCR no lower than 1.7x. The 2019 refinancing at 2.5x coverage is not our benchmark.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.7 },
    ],
    [
      '$90M. Lease-adjusted leverage under 5.1x. The previous sale at 4.2x lease-adjusted was not a guide for this one.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      '$90M. Fixed charge coverage at least 1.9x. The annual report showed an FCCR of 3.6x; for reference only.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.9 },
    ],
    // A limit said to be in line with a benchmark is still the writer's own.
    ['$90M. Net leverage under 3.3x, in line with our benchmark.', { target_amount: 90e6, max_net_leverage: 3.3 }],
  ],
  "caps on new rent with the amount inside the cap's words": [
    ['$90M, with a $7M ceiling on added rent.', { target_amount: 90e6, max_rent_added: 7e6 }],
    ['$90M. Add an $11M cap on the new annual rent.', { target_amount: 90e6, max_rent_added: 11e6 }],
    ["$90M. Please cap the new leases' rent at $6.5M a year.", { target_amount: 90e6, max_rent_added: 6.5e6 }],
    ['$90M. Limit the added rent to $9M.', { target_amount: 90e6, max_rent_added: 9e6 }],
    ['$90M. New rent headroom = $5.5M/yr.', { target_amount: 90e6, max_rent_added: 5.5e6 }],
    ['Target | $90m\nRent cap (incremental) | $8m', { target_amount: 90e6, max_rent_added: 8e6 }],
    ["$90M. Extra rent on top of today's: $4 million a year, tops.", { target_amount: 90e6, max_rent_added: 4e6 }],
    // Rent in place, and an amount capping something other than rent, cap nothing.
    ['$90M. We pay a $30M rent bill today.', { target_amount: 90e6 }],
    ['$90M, with a $40M ceiling on any one building.', { target_amount: 90e6 }],
  ],
  'a new-rent label carrying its unit in millions, the figure bare': [
    ['Target: $90M\nMax new rent (USDm p.a.): 6.2', { target_amount: 90e6, max_rent_added: 6.2e6 }],
    ['Target: $90M\nIncremental rent cap ($M): 12', { target_amount: 90e6, max_rent_added: 12e6 }],
    // Rent in place labelled in millions is no cap.
    ['Target: $90M\nExisting rent (USDm): 30', { target_amount: 90e6 }],
  ],
  'the single-market share written "share/mkt"': [
    ['Target: $90M\nMax share/mkt: 0.35', { target_amount: 90e6, max_market_share: 0.35 }],
    ['Target: $90M\nMax share/metro: 40%', { target_amount: 90e6, max_market_share: 0.4 }],
  ],
};

describeFamilies('Brief wording families, round 37: covenants and caps', FAMILIES);
