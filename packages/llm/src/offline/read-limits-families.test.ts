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
};

describeFamilies('limits in loose wording', FAMILIES);
