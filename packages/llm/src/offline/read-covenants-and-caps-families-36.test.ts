import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-sixth round of wording families for the covenants and caps: a covenant level told only to compare, from a
 * peer or competitor standing at it ("our closest competitor runs at 4.1x"), a peer group's statistic ("peer median
 * FCCR is 2.9x") or a line labelled as a comparison ("Peer comps (not constraints): ..."), which bounds nothing while
 * the writer's own limit beside it still reads; net leverage as what the company owes (net of cash) held to a multiple
 * in words of a year's EBITDA ("no more than three and a half times a year's EBITDA"); net leverage said as debt
 * divided by a year's EBITDA, with an aside of when between the two and the limit after ("should not end up above
 * 3.5"); a lease-adjusted name with a longer explaining bracket before its limit; a covenant limit changed "from" one level
 * "to" another, the new level standing; fixed-charge coverage named by its charges ("rent-plus-interest coverage") or
 * explained in a bracket before its level; the single-market cap of "no individual market"; a cap on added rent said of
 * what is sold ("nothing that adds over $8M a year in rent"); and a remark in the next sentence that disowns its own
 * figure, not the cap before it. Every case states what it must
 * read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  "a peer's, competitor's or comparison line's level, told only to compare": [
    [
      '$90M. Lease-adjusted leverage must not exceed 5.2x. For context, our closest competitor runs at 4.3x on that measure.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 5.2 },
    ],
    ['$90M. FCCR of at least 1.9x. The main rival sits at 2.6x coverage.', { target_amount: 90e6, min_fixed_charge_coverage: 1.9 }],
    [
      '$90M. Fixed charge coverage no lower than 2.1x. Peer median coverage is 2.8x.',
      { target_amount: 90e6, min_fixed_charge_coverage: 2.1 },
    ],
    [
      '$90M. Net leverage under 3.3x; the industry average net leverage was 2.7x last year.',
      { target_amount: 90e6, max_net_leverage: 3.3 },
    ],
    [
      '$90M. Sector median lease-adjusted leverage: 4.2x. Ours has to stay under 4.9x lease-adjusted.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      '$90M.\nLimits:\n- Lease-adjusted leverage not above 5.3x\nPeer comps (not constraints): Northgate Stores closed at 4.4x lease-adjusted.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 5.3 },
    ],
    [
      '$90M.\nBenchmarks (for reference): Alder Retail 2.4x FCCR, Birch Foods 2.7x FCCR.\nOur FCCR at least 1.8x.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.8 },
    ],
    // The writer's own instruction in the sentence keeps its level; a level with no comparator is read as before.
    ['$90M. We need FCCR of at least 2.3x, in line with the peer median.', { target_amount: 90e6, min_fixed_charge_coverage: 2.3 }],
    ['$90M. Net leverage no more than 3.4x.', { target_amount: 90e6, max_net_leverage: 3.4 }],
    ['$90M. Our closest competitor runs at 4.3x leverage.', { target_amount: 90e6 }],
  ],
  "what the company owes held to a multiple in words of a year's EBITDA": [
    [
      "$90M. What we owe net of cash should be no more than three and a half times a year's EBITDA.",
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
    ['$90M. Our net debt must stay below three times annual EBITDA once the sale closes.', { target_amount: 90e6, max_net_leverage: 3 }],
    ['$90M. Net borrowings should be no higher than two and a half times yearly EBITDA.', { target_amount: 90e6, max_net_leverage: 2.5 }],
    // Debt bounded in money, or a multiple of earnings before rent, is no net leverage.
    ['$90M. What we owe should be no more than forty million dollars.', { target_amount: 90e6 }],
    ["$90M. What we owe is about three times a year's EBITDA today.", { target_amount: 90e6 }],
  ],
  "net debt divided by a year's EBITDA, with its limit after": [
    [
      "$90M. Our net debt after the sale, divided by a year's EBITDA, should not end up above 3.4.",
      { target_amount: 90e6, max_net_leverage: 3.4 },
    ],
    ['$90M. Net debt once we close, divided by annual EBITDA, must stay under 3.1.', { target_amount: 90e6, max_net_leverage: 3.1 }],
    ["$90M. The company's net debt divided by a year's EBITDA must not go above 3.6x.", { target_amount: 90e6, max_net_leverage: 3.6 }],
    ['$90M. Total debt, measured against annual EBITDA, should remain at or below 3.3.', { target_amount: 90e6, max_net_leverage: 3.3 }],
    // A level today has no limit's words; a division by earnings before rent is the lease-adjusted ratio's business.
    ['$90M. Net debt divided by EBITDA is 3.1 today.', { target_amount: 90e6 }],
    ['$90M. Net debt divided by annual EBITDA came to 2.9 last year.', { target_amount: 90e6 }],
  ],
  'a lease-adjusted name with a longer explaining bracket before its limit': [
    [
      '$90M. Keep the lease-adjusted number (that is, debt plus eight times rent, over earnings before rent) under 5.15.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 5.15 },
    ],
    [
      '$90M. Lease-adjusted leverage (the way the agencies count it, with rent capitalised at eight times) no higher than 4.95x.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 4.95 },
    ],
    // A bracket with a level today and no limit after it bounds nothing.
    ['$90M. The lease-adjusted number (debt plus eight times rent, over earnings before rent) is 4.4x today.', { target_amount: 90e6 }],
  ],
  'a covenant limit changed from one level to another': [
    ['Rerun at $90M, but tighten the net leverage limit from 3.9x to 3.6x.', { target_amount: 90e6, max_net_leverage: 3.6 }],
    ['$90M. Please loosen the FCCR test from 2.0x to 1.8x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.8 }],
    ['$90M. The lease-adjusted cap moves from 5.0x to 4.75x for this run.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.75 }],
    ['$90M. Take the coverage floor from 1.5x up to 1.9x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.9 }],
    // A change to something that is no covenant moves no covenant limit.
    ['$90M. Move the closing from 3 to 5 weeks out.', { target_amount: 90e6 }],
  ],
  'fixed-charge coverage named by the charges it covers, or explained in a bracket': [
    ['$90M. Rent-plus-interest coverage of at least 1.85x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.85 }],
    ['$90M. Interest and rent cover (EBITDAR over both) no lower than 2.05x.', { target_amount: 90e6, min_fixed_charge_coverage: 2.05 }],
    [
      '$90M. Coverage (earnings before rent over rent plus interest) at least 1.65x.',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.65 },
    ],
    // Interest coverage, bracket and all, is another ratio.
    ['$90M. Interest coverage (EBITDA over interest) at least 4x.', { target_amount: 90e6 }],
  ],
  'the single-market cap said of no individual market': [
    ['$90M. No individual market should represent more than 35% of the proceeds.', { target_amount: 90e6, max_market_share: 0.35 }],
    ['$90M. No individual metro may supply more than 40% of the total.', { target_amount: 90e6, max_market_share: 0.4 }],
  ],
  'a cap on added rent said of what is sold, the rent after the amount': [
    ['$90M. And please nothing that adds over 6 million a year in rent.', { target_amount: 90e6, max_rent_added: 6e6 }],
    ['$90M. No sale that would add more than $4.5M of annual rent.', { target_amount: 90e6, max_rent_added: 4.5e6 }],
    ['$90M. No buildings adding above $3M a year in new rent.', { target_amount: 90e6, max_rent_added: 3e6 }],
    // Something else added, or rent added with no refusal, caps nothing.
    ['$90M. Nothing that adds over $8M in value is off the table.', { target_amount: 90e6 }],
  ],
  "a remark that disowns the next sentence's own figure, not the cap before it": [
    [
      "$90M. The extra yearly rent from the new leases should stay at or below $7 million. Last year's call asked about our 2.9x leverage; not relevant here.",
      { target_amount: 90e6, max_rent_added: 7e6 },
    ],
    // With no figure of its own, the next sentence still takes the earlier one back.
    ["$90M. We'd looked at a 3.5x leverage test. That's not relevant now.", { target_amount: 90e6 }],
  ],
};

describeFamilies('Brief wording families, round 36: covenants and caps', FAMILIES);
