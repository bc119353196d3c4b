import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * An eighteenth round of wording families for figures: a figure answered on the next line of a chat or under a
 * quoted question, a reply that moves a quoted or asked figure, a figure set aside before the one asked for (someone
 * else's proposal, an earlier run, a rival's deal, an earlier run's basis), a figure corrected in the next sentence,
 * and amounts and floors in shorthand. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a figure answered by the next speaker or under a quoted question ("Lee: floor?" then "Amir: $75M")': [
    ['Ops chat:\nSam: size?\nJo: $95M\nSam: minimum?\nJo: $70M', { target_amount: 95e6, floor_amount: 70e6 }],
    ['Dee: raise $60M\nDee: and the floor?\nRon: $45M.', { target_amount: 60e6, floor_amount: 45e6 }],
    ['Notes:\n> What is the lease-adjusted cap?\n4.75x. Raise $80M.', { target_amount: 80e6, max_lease_adjusted_leverage: 4.75 }],
    ['Mo: per-city cap?\nVi: 30% max\nMo: amount?\nVi: $70M', { target_amount: 70e6, max_market_share: 0.3 }],
    ['Raise $90M and hold lease-adjusted at 4.5x or lower.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.5 }],
    // A question about something else answered with an amount is no floor.
    ['Sam: target?\nJo: $95M', { target_amount: 95e6 }],
    // A market cap asked about and answered on the same line is left as before.
    ['Any metro cap? 35% max. $115M.', { target_amount: 115e6 }],
  ],
  'a reply that moves a figure it answers ("> Proposed: $200M, floor $150M" then "Keep the 200. Floor to 170.")': [
    ['> Draft: $150M, floor $110M\nTreasurer: Keep the 150. Floor to 125.', { target_amount: 150e6, floor_amount: 125e6 }],
    ['Kai: $80M with floor 60?\nLin: floor 65.\nKai: fine', { target_amount: 80e6, floor_amount: 65e6 }],
    // An answer naming another figure than the one asked moves nothing.
    ['Ana: amount 90?\nBo: 90, floor 70.', { target_amount: 90e6, floor_amount: 70e6 }],
    ['Target $120M. Floor to 100.', { target_amount: 120e6, floor_amount: 100e6 }],
    // A question answered by its own writer is no reply.
    ['Kai: $80M with floor 60?\nKai: floor 65 would also work.', { target_amount: 80e6, floor_amount: 60e6 }],
  ],
  'a figure set aside before the one asked for ("$500M is what the consultants floated; I\'d rather see $350M")': [
    ['$300M is what the bankers pitched; we would rather do $240M.', { target_amount: 240e6 }],
    ['The March run used $150M; for this run use $135M.', { target_amount: 135e6 }],
    ["A rival's $600M transaction came up as colour. Our ask: $110M.", { target_amount: 110e6 }],
    ['Raise $70M under IFRS 16. (The GAAP run was yesterday.)', { target_amount: 70e6, economics: { accounting_basis: 'ifrs16' } }],
    // A floor and the ask preferred are two settings, not one replacing the other.
    ['$90M floor; I would rather see $110M.', { target_amount: 110e6, floor_amount: 90e6 }],
    // A preference for another kind of figure replaces nothing.
    ['Raise $200M; for this one use 15-year leases.', { target_amount: 200e6, economics: { lease_term_years: 15 } }],
  ],
  'a figure corrected in the next sentence ("a 21% tax rate on gains. Actually make it 25%")': [
    ['Raise $85M at a 24% tax rate. Actually make it 26%, per the tax memo.', { target_amount: 85e6, economics: { tax_rate: 0.26 } }],
    ['Raise $85M, net leverage 3.5x. Actually, 3.25x.', { target_amount: 85e6, max_net_leverage: 3.25 }],
    // A correction of another kind of figure leaves the first alone.
    ['Raise $85M at a 24% tax rate. Actually make it $90M.', { target_amount: 90e6, economics: { tax_rate: 0.24 } }],
  ],
  'amounts and floors in shorthand ("$100M floor $80M", "$115M for the capex catch-up", "$150M · 20-yr")': [
    ['$140M floor $120M, no Phoenix', { target_amount: 140e6, floor_amount: 120e6, exclude_markets: ['Phoenix'] }],
    ['$60M minimum $50M.', { target_amount: 60e6, floor_amount: 50e6 }],
    ['$95M for the systems catch-up. Keep new rent under $7M a year.', { target_amount: 95e6, max_rent_added: 7e6 }],
    ['Need $90M from Dallas and Houston? no, too exposed. Just Atlanta.', { target_amount: 90e6, include_markets: ['Atlanta'] }],
    ['Memo: $120M · 15-yr · 2% bumps', { target_amount: 120e6, economics: { lease_term_years: 15, rent_escalator: 0.02 } }],
    // An amount refused as too much is still refused, with the scope asked with it.
    ['Need $300M from Dallas? no, too much. Raise $200M.', { target_amount: 200e6 }],
    // A floor word alone after the amount still makes it the floor.
    ['$80M floor, $100M target.', { target_amount: 100e6, floor_amount: 80e6 }],
  ],
};

describeFamilies('reads figures set aside, corrected, or answered in threads', FAMILIES);
