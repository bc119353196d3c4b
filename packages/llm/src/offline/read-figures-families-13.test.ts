import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirteenth round of wording families, for the figures of a brief: the ask among figures only mentioned, the
 * floor worth doing, covenant levels set by reference or named after their figure, a cushion of room, a market cap as
 * a fraction, a rent bill's increase capped, a former tax rate, a parent's reporting basis and formats described as
 * non-core. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the least amount still worth doing, as the floor ("The minimum that\'s worth doing is $100m", "$175m the minimum worth presenting")': [
    ['Raise $140M. The least that is worth doing would be $110M.', { target_amount: 140e6, floor_amount: 110e6 }],
    ['Target $90M, with $70M the smallest amount worth pursuing.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['We need $60M; the minimum worth the effort is $45M.', { target_amount: 60e6, floor_amount: 45e6 }],
    // A deal said to be worth doing names no floor.
    ['Raise $90M; it is worth doing before the year end.', { target_amount: 90e6 }],
  ],
  'a minimum present-value cost, which is no floor ("$85m at minimum PV cost")': [
    ['Raise $60M at minimum PV cost.', { target_amount: 60e6, economics: { objective: 'min_npv_cost' } }],
    // "At minimum" alone still makes the amount the floor.
    ['Raise $150M, $120M at minimum.', { target_amount: 150e6, floor_amount: 120e6 }],
  ],
  'a limit named by the agreement it is written in ("The FCCR floor in the new credit agreement is 2.25x")': [
    ['Raise $80M. The net leverage cap under our amended revolver is 3.25x.', { target_amount: 80e6, max_net_leverage: 3.25 }],
    ['Raise $80M. The FCCR minimum in the existing term loan is 1.75x.', { target_amount: 80e6, min_fixed_charge_coverage: 1.75 }],
    ['Raise $80M. The lease-adjusted covenant of the new facility is 4.6x.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.6 }],
  ],
  'the initials "NL" before a comparison ("NL under 3.5")': [
    ['Raise $70M, NL below 3.25', { target_amount: 70e6, max_net_leverage: 3.25 }],
    ['raise 55m, NL at most 3.0x', { target_amount: 55e6, max_net_leverage: 3 }],
    // Initials with no level after the comparison are no limit.
    ['Raise $70M; the NL team is under pressure.', { target_amount: 70e6 }],
  ],
  'a figure used as a named limit of a metric named after it ("Use 2.0x as the minimum fixed-charge coverage")': [
    ['Take 3.25x as the cap on net leverage. Raise $90M.', { target_amount: 90e6, max_net_leverage: 3.25 }],
    ['Raise $90M and assume 1.9x as the minimum FCCR.', { target_amount: 90e6, min_fixed_charge_coverage: 1.9 }],
    ['Raise $90M, using 4.4x as the maximum lease-adjusted leverage.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.4 }],
  ],
  'a level given to the metric as "it" with a verb of setting ("Lease-adjusted leverage is the binding metric ..., so set it at 3.9x")': [
    ['Net leverage is what the lenders watch, so set it at 3.4x. Raise $100M.', { target_amount: 100e6, max_net_leverage: 3.4 }],
    ['FCCR is the test the bank cares about; fix it at 2.1x. Raise $100M.', { target_amount: 100e6, min_fixed_charge_coverage: 2.1 }],
    // "Set it up" sets no level.
    ['Set it up for $100M, please.', { target_amount: 100e6 }],
  ],
  'a limit set "there", at a level past which something goes wrong ("a lease-adjusted figure above 4.25x would put the rating on watch, so cap it there")':
    [
      [
        'Raise $100M. Fixed charge coverage below 1.6x would breach the revolver, so floor it there.',
        { target_amount: 100e6, min_fixed_charge_coverage: 1.6 },
      ],
      [
        'Raise $100M. Net leverage over 3.75x would cost us the rating, so hold it at that level.',
        { target_amount: 100e6, max_net_leverage: 3.75 },
      ],
      // With no level past which things go wrong, nothing is capped there.
      ['Raise $100M. Net leverage sits at 3.2x today and the lenders are happy to keep it there.', { target_amount: 100e6 }],
    ],
  'a cushion written as room ("the threshold is 4.5x and we want 0.2x of room")': [
    ['Raise $100M. The net leverage covenant is 4.0x and we want 0.5x of room.', { target_amount: 100e6, max_net_leverage: 3.5 }],
    [
      'Raise $100M. Lease-adjusted leverage: 4.4x maximum; the agency trigger is 4.75x and we want 0.35x of slack.',
      { target_amount: 100e6, max_lease_adjusted_leverage: 4.4 },
    ],
  ],
  'an amount labelled the ask after figures only mentioned ("Target SLB proceeds: $150m", "The ask for this scenario is $320m")': [
    ['A $400M notes maturity looms in 2026. Target: $175M.', { target_amount: 175e6 }],
    ['The 2019 sale of our Reno depot fetched $30M. For this case, target $95M.', { target_amount: 95e6 }],
    ['The advisers floated $900M, which we consider far too aggressive. The ask for this run is $300M.', { target_amount: 300e6 }],
    ["The bank proposed $500M, which the board thinks is too high. Let's try $250M.", { target_amount: 250e6 }],
  ],
  'an amount only mentioned: a peer\'s deal, another case\'s ask, a suggestion set aside, a bond ("One of our peers just did a $350m SLB")':
    [
      ['A competitor closed a $500M leaseback last month; we want $200M.', { target_amount: 200e6 }],
      ['Upside case: the base case is $200M and this one goes to $260M.', { target_amount: 260e6 }],
      ['We carry a $600M bond due 2028. Raise $110M.', { target_amount: 110e6 }],
      ['Somebody pencilled in a $2bn number, but that was the whole estate. Raise $400M.', { target_amount: 400e6 }],
      // A suggestion with no other figure is the ask.
      ['The consultant suggested $120M and we agree.', { target_amount: 120e6 }],
    ],
  'an imperative "run" opening the ask ("Run $250m on IFRS 16 with new rent limited to $19m")': [
    ['Run $140M with new rent capped at $10M.', { target_amount: 140e6, max_rent_added: 10e6 }],
    // "Run-rate" is no instruction.
    ['Run-rate rent is $30M today. Raise $90M.', { target_amount: 90e6 }],
  ],
  'a bracket about another figure, dated by its own past words ("Target is $250m (the $275m in last week\'s deck predates ...)")': [
    ["Target is $210M (the $240M in last month's draft came before the capex cut).", { target_amount: 210e6 }],
    ["Raise $130M (our $150M from last quarter's plan is gone). Exclude Phoenix.", { target_amount: 130e6, exclude_markets: ['Phoenix'] }],
  ],
  'a market cap as a fraction after a capping word, and "no one of the three" ("Market concentration max 1/3")': [
    ['Raise $90M, market share cap 1/4.', { target_amount: 90e6, max_market_share: 0.25 }],
    ['Raise $90M. Single-market exposure under 2/5.', { target_amount: 90e6, max_market_share: 0.4 }],
    [
      '$120M from Dallas and Houston only, no one of the two supplying more than 60%.',
      { target_amount: 120e6, include_markets: ['Dallas', 'Houston'], max_market_share: 0.6 },
    ],
  ],
  'the rent bill refused a larger increase ("Don\'t increase our annual rent bill by more than $6 million")': [
    ['Raise $60M but do not increase the rent roll by more than $4M.', { target_amount: 60e6, max_rent_added: 4e6 }],
    ['Raise $60M and grow our total lease payments by at most $3.5M.', { target_amount: 60e6, max_rent_added: 3.5e6 }],
  ],
  'a former rate the new one is up or down from ("a 27% tax rate ..., up from the 21% federal rate we used in the March deck")': [
    ['Raise $90M. Use a 23% tax rate, down from the 25% we used last quarter.', { target_amount: 90e6, economics: { tax_rate: 0.23 } }],
    ["Raise $90M. Tax rate 26%, up from the 24% in last year's model.", { target_amount: 90e6, economics: { tax_rate: 0.26 } }],
  ],
  'a parent\'s own view in another basis ("the parent gets its IFRS 16 view through its own process")': [
    ['Run $90M on IFRS 16; the parent does its own US GAAP numbers.', { target_amount: 90e6, economics: { accounting_basis: 'ifrs16' } }],
    // The parent's basis alone is the one to use.
    ['Our parent reports under US GAAP. Raise $90M.', { target_amount: 90e6, economics: { accounting_basis: 'us_gaap' } }],
  ],
  'formats described as non-core in a sentence about them ("These are the two formats the strategy team considers non-core")': [
    ['Raise $75M. Those were the sites the board called non-core.', { target_amount: 75e6 }],
    // Non-core assets asked for are still a criticality cap.
    ['Sell only non-core assets: $75M.', { target_amount: 75e6, max_criticality: 0.5 }],
  ],
  're-let as a word that qualifies a building\'s prospects, which asks for no level ("poor re-let prospects")': [
    ['Raise $85M. The team flagged weak re-let potential in the older stock.', { target_amount: 85e6 }],
    ["Raise $85M; the re-let risk is the buyer's problem.", { target_amount: 85e6 }],
    // Re-lettable assets asked for are still a leaseability floor.
    ['Raise $85M from re-lettable assets only.', { target_amount: 85e6, min_leaseability: 0.5 }],
  ],
};

describeFamilies('offline brief reader, figures (13)', FAMILIES);
