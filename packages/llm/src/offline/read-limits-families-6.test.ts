import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A sixth round of wording families for the covenants, the market-share cap and the new-rent cap: figures weighed and
 * left undecided, a draft's figure corrected, and a figure corrected on a line of its own. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a figure considered and found needless or left undecided ("considered ... but concluded it was unnecessary")': [
    [
      'We considered capping market share at 30% but concluded it was unnecessary for a deal this size. The ask is $45M.',
      { target_amount: 45e6 },
    ],
    [
      'We had considered capping net leverage at 3.75x but have not reached a decision; leave it out for now. The ask is $200M.',
      { target_amount: 200e6 },
    ],
    ['Treasury considered a 3.5x leverage cap and decided it was not needed. Raise $80M.', { target_amount: 80e6 }],
    ['A 25% market cap was considered; no decision has been taken yet. Target $60M.', { target_amount: 60e6 }],
    // A cap decided needed, or one adopted, stays read.
    [
      'We considered capping market share at 30% and concluded it was sensible. Raise $45M.',
      { target_amount: 45e6, max_market_share: 0.3 },
    ],
    [
      'Raise $44M. Keep new rent to $3M or less; the Tempe office is being sold, so leave it out.',
      { target_amount: 44e6, max_rent_added: 3e6, exclude_asset_ids: ['PHX-03'] },
    ],
  ],
  'a figure discussed but not agreed, with dashes ("discussed \u2014 but did not agree \u2014 a cap on new rent of $10M")': [
    [
      'The amount is $130M. We discussed \u2014 but did not agree \u2014 a cap on new rent of about $10M; Treasury will return to it later.',
      { target_amount: 130e6 },
    ],
    ['Raise $90M. The committee considered -- but declined to set -- a 35% market cap.', { target_amount: 90e6 }],
    ['Raise $70M. We debated, but did not agree on, a 3.25x leverage ceiling.', { target_amount: 70e6 }],
    // Agreed, it is the limit.
    ['Raise $70M. We discussed and agreed a 3.25x leverage ceiling.', { target_amount: 70e6, max_net_leverage: 3.25 }],
  ],
  'a figure asked about and waved off ("what if we went to 4x leverage? just asking")': [
    ['what if we went to 4x leverage? just asking. plan $120M for now', { target_amount: 120e6 }],
    ['Raise $90M. Could we cap any one market at 30%? Just wondering.', { target_amount: 90e6 }],
    // A limit stated outright is kept.
    ['Raise $90M, net leverage no more than 3.5x. Just asking that you keep it tidy.', { target_amount: 90e6, max_net_leverage: 3.5 }],
  ],
  'a draft\'s figure corrected ("the draft brief stated a 30% market cap; since corrected to 40%")': [
    [
      'The draft brief stated a 30% market cap; Treasury has since corrected this to 40%. Raise $130M, no more than 40% from any one market.',
      { target_amount: 130e6, max_market_share: 0.4 },
    ],
    ['The draft said a 3.25x leverage cap; it is now 3.5x. Net leverage under 3.5x. $95M.', { target_amount: 95e6, max_net_leverage: 3.5 }],
    // A figure the brief itself states is read.
    ['Raise $80M with no more than 35% from any one market.', { target_amount: 80e6, max_market_share: 0.35 }],
  ],
  "a covenant in an agreement's words, far from its level, and the level planned inside it": [
    [
      'Section 7.11(a) reads: "The Borrower shall not permit the Consolidated Net Leverage Ratio as of the last day of any Test Period to exceed 4.00 to 1.00." Treasury proposes to plan to 3.60x. Raise $175M.',
      { target_amount: 175e6, max_net_leverage: 3.6 },
    ],
    [
      'The Company shall not permit the Net Leverage Ratio at any fiscal quarter end to exceed 4.25 to 1.00. Raise $90M.',
      { target_amount: 90e6, max_net_leverage: 4.25 },
    ],
    [
      'Policy TP-09: "No real estate transaction shall result in a Lease-Adjusted Leverage Ratio above 5.5x." The working group has chosen to plan to 5.0x. $190M.',
      { target_amount: 190e6, max_lease_adjusted_leverage: 5 },
    ],
    ['No disposal may cause the Total Net Leverage Ratio in excess of 3.75x. Raise $80M.', { target_amount: 80e6, max_net_leverage: 3.75 }],
    [
      'The revolver defines net leverage with a 4.25x ceiling; management has elected to plan with half a turn of headroom (3.75x). Target $150M.',
      { target_amount: 150e6, max_net_leverage: 3.75 },
    ],
    [
      '"The maximum lease-adjusted leverage the agencies will tolerate at our rating is about 5.5x; we propose to run the program at 5.2x." Target $160M.',
      { target_amount: 160e6, max_lease_adjusted_leverage: 5.2 },
    ],
    [
      'Fixed Charge Coverage (Section 7.11(b)): not less than 1.50:1.00; plan to 1.75x. Target: $185M.',
      { target_amount: 185e6, min_fixed_charge_coverage: 1.75 },
    ],
    ['Fixed Charge Coverage Ratio (Clause 21.2(a)): at least 1.4x. Raise $60M.', { target_amount: 60e6, min_fixed_charge_coverage: 1.4 }],
    // A level reached today, or a figure in another unit, is no covenant.
    ['Net leverage with a 3.0x reading today is comfortable. Raise $70M.', { target_amount: 70e6 }],
    ['The Borrower shall not permit the Net Leverage Ratio to exceed the level in Schedule 2. Raise $70M.', { target_amount: 70e6 }],
  ],
  'levels given as background after the fact, and a lease-adjusted level of today': [
    [
      'FY24 fixed-charge coverage was 3.4x and net leverage 3.0x; those are background only. Raise $60m to $80m.',
      { target_amount: 80e6, floor_amount: 60e6 },
    ],
    ['Net leverage sits at 2.9x, lease-adjusted 4.1x \u2014 these are for context only. Raise $50M.', { target_amount: 50e6 }],
    ["Background: the group's current lease-adjusted leverage is about 3.5x. Raise $70M.", { target_amount: 70e6 }],
    ['Our lease-adjusted leverage today is roughly 4.2x. Raise $85M.', { target_amount: 85e6 }],
    // A limit stated in its own sentence after the background stays read.
    [
      'Net leverage was 3.0x last year; that is background only. Keep net leverage under 3.5x. Raise $60M.',
      { target_amount: 60e6, max_net_leverage: 3.5 },
    ],
  ],
  'a figure corrected on a line of its own ("no more than $8M added rent" / "actually make that $10M")': [
    ['raise $115M\nno more than $8M added rent\nactually make that $10M', { target_amount: 115e6, max_rent_added: 10e6 }],
    [
      '$240M\nno more than 30% per market\nactually 40%\nnew rent \u2264 $18M',
      { target_amount: 240e6, max_market_share: 0.4, max_rent_added: 18e6 },
    ],
    ['need $90M\nmax 25% per market\nno wait, make it 35%', { target_amount: 90e6, max_market_share: 0.35 }],
    ['target $60M\nnew rent capped at $5M\ncorrection: $6M', { target_amount: 60e6, max_rent_added: 6e6 }],
    // A figure of another kind on the next line corrects nothing.
    [
      'raise $100M\nno more than 30% per market\nactually net leverage under 3.5x',
      { target_amount: 100e6, max_market_share: 0.3, max_net_leverage: 3.5 },
    ],
  ],
};

describeFamilies('reading limits: considered, drafted and corrected figures', FAMILIES);
