import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * More families of wording for the covenants, the single-market cap, the new-rent cap, the score filters and the
 * mortgage filter. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a level modelled or managed "to" inside the covenant': [
    ['The FCCR covenant is 1.25x; model to 1.5x. Raise $60m.', { target_amount: 60e6, min_fixed_charge_coverage: 1.5 }],
    ['Net leverage covenant 4.5x, and we model to 4.0x. $90m.', { target_amount: 90e6, max_net_leverage: 4 }],
    ['Lease-adjusted leverage covenant of 5.0x, managed to 4.6x. Target $70m.', { target_amount: 70e6, max_lease_adjusted_leverage: 4.6 }],
    // A level past the covenant is no plan inside it: the covenant stays the limit.
    [
      'The net leverage covenant is 4.0x; model to 4.5x. The FCCR covenant is 1.5x; model to 1.75x. $80m.',
      { target_amount: 80e6, max_net_leverage: 4, min_fixed_charge_coverage: 1.75 },
    ],
  ],
  'a hold on oneself, an internal figure and a level named as such inside the covenant': [
    ['The leverage covenant is 3.5x; we hold ourselves to 3.1x. $50m.', { target_amount: 50e6, max_net_leverage: 3.1 }],
    [
      "The coverage covenant is 1.5x; we'll hold ourselves to 1.9 to be safe. $45m.",
      { target_amount: 45e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['FCCR floor is 1.5x and treasury uses an internal 1.8x. $40m.', { target_amount: 40e6, min_fixed_charge_coverage: 1.8 }],
    ['Net leverage covenant is 4.00:1.00 and we plan to a level of 3.60:1.00. $100m.', { target_amount: 100e6, max_net_leverage: 3.6 }],
  ],
  "a metric's label, a colon and the covenant's own word before the level": [
    ['Lease-adjusted leverage: covenant 5.0x. Raise $80m.', { target_amount: 80e6, max_lease_adjusted_leverage: 5 }],
    ['FCCR: covenant 1.4x, plan to 1.7x. $30m.', { target_amount: 30e6, min_fixed_charge_coverage: 1.7 }],
    ['Net leverage: the covenant 3.75x. $20m.', { target_amount: 20e6, max_net_leverage: 3.75 }],
    // A label with no level is nothing.
    ['Net leverage: covenant review next quarter. FCCR: covenant 1.6x. $30m.', { target_amount: 30e6, min_fixed_charge_coverage: 1.6 }],
  ],
  'a rent cap after another capped limit in the same clause, and "keep rent added to"': [
    [
      'Raise $70M, with market share capped at 30% and rent added capped at $5.5M.',
      { target_amount: 70e6, max_market_share: 0.3, max_rent_added: 5.5e6 },
    ],
    [
      'Raise $95M, with lease-adjusted leverage no greater than 4.0x and rent added no greater than $7M.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4, max_rent_added: 7e6 },
    ],
    ['Target $108M, and keep rent added to $8M.', { target_amount: 108e6, max_rent_added: 8e6 }],
    ['Hold rents added to $3M a year. $50M.', { target_amount: 50e6, max_rent_added: 3e6 }],
    // Rent added today is no cap.
    ['Rent added last year was $2M. Keep rent added to $5M. $40M.', { target_amount: 40e6, max_rent_added: 5e6 }],
  ],
  'a level of the accounts or of a past period, and the levels listed with it, are background': [
    ['LTM net leverage 3.1x; FCCR 3.9x. Raise $60m, keeping net leverage under 3.0x.', { target_amount: 60e6, max_net_leverage: 3 }],
    ['Treasury notes that LTM coverage is 3.8x and leverage 2.9x. $50m.', { target_amount: 50e6 }],
    ['Trailing net leverage stands at 2.8x and FCCR at 4.1x; raise $70m.', { target_amount: 70e6 }],
    ['Raise $90m. FCCR (TTM, reported) 3.6x.', { target_amount: 90e6 }],
    ["Last quarter's FCCR was about 3.9x. Raise $40m.", { target_amount: 40e6 }],
    ['Lease-adjusted leverage was 4.1x last year. $30m.', { target_amount: 30e6 }],
    ['Net leverage has been running at 2.7x. $45m.', { target_amount: 45e6 }],
    ['FCCR came in at 3.2x, just for context. $35m.', { target_amount: 35e6 }],
    // A limit named in the past is still the limit.
    [
      'LTM FCCR 4.0x; leverage 3.1x. The lease-adjusted leverage cap was 4.5x. $80m.',
      { target_amount: 80e6, max_lease_adjusted_leverage: 4.5 },
    ],
  ],
  'a limit asked about ("whether") or floated, that nobody committed or agreed to': [
    ['The lenders asked whether FCCR could be held at 2.2x; management did not commit. $90m.', { target_amount: 90e6 }],
    ['The board asked whether leverage should be capped at 3.5x; Treasury will come back on it. $60m.', { target_amount: 60e6 }],
    ['We were asked whether a 25% market cap is needed; not decided. $130m.', { target_amount: 130e6 }],
    ['We talked about capping new rent at $5M but nobody agreed. Raise $70m.', { target_amount: 70e6 }],
    ['Someone asked whether lease-adjusted leverage should stay under 4.5x; no one agreed. $50m.', { target_amount: 50e6 }],
    // A question answered yes is the limit.
    [
      'Lenders asked whether FCCR could be held at 2.0x; management agreed. They asked whether leverage should be capped at 3.5x; nobody agreed. $80m.',
      { target_amount: 80e6, min_fixed_charge_coverage: 2 },
    ],
  ],
  'a fraction right before a "market share" cap': [
    ['Target $61M, 0.4 market-share cap.', { target_amount: 61e6, max_market_share: 0.4 }],
    ['Raise $80m with a 0.35 market share limit.', { target_amount: 80e6, max_market_share: 0.35 }],
    ['Raise $50m; 0.25 metro-share ceiling.', { target_amount: 50e6, max_market_share: 0.25 }],
    // A fraction before another score's cap is not the share.
    ['$50m; 0.6 criticality cap; 0.3 market share cap.', { target_amount: 50e6, max_criticality: 0.6, max_market_share: 0.3 }],
  ],
  'a level spoken with hyphens around "point"': [
    ['Net leverage three-point-five max. $130m.', { target_amount: 130e6, max_net_leverage: 3.5 }],
    ['FCCR at least one-point-nine-five. Raise $40m.', { target_amount: 40e6, min_fixed_charge_coverage: 1.95 }],
    ['Lease-adjusted leverage no more than four-point-two. $60m.', { target_amount: 60e6, max_lease_adjusted_leverage: 4.2 }],
    // "point" with no digit after it is no decimal.
    ['Our three-point plan: raise $50m, net leverage under three-point-two.', { target_amount: 50e6, max_net_leverage: 3.2 }],
  ],
  'a limit discussed but not adopted, turned down before its figure': [
    ['The board considered but declined to set a 30% market cap. Raise $90m.', { target_amount: 90e6 }],
    ['The Committee discussed, but did not adopt, a 3.25x leverage limit. $120m.', { target_amount: 120e6 }],
    ["Lenders reviewed but didn't approve an FCCR floor of 1.8x. $40m.", { target_amount: 40e6 }],
    // The limit adopted after it stands.
    [
      'We debated but chose not to impose a 4x leverage cap; FCCR at least 1.6x. $70m.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.6 },
    ],
  ],
};

describeFamilies('reading limits: more families of wording', FAMILIES);
