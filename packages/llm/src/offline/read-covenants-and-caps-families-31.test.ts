import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-first round of wording families for the covenants and caps: a single-market share in words restated as
 * the decimal to enter ("a quarter of the money, so enter 0.25"); net leverage as debt allowed up to a multiple of
 * earnings ("we can live with debt up to 3x earnings"); lease-adjusted leverage named for "the agencies'" with no
 * "rating" before it; lease-adjusted leverage restated in an aside between commas before its level ("the
 * lease-adjusted leverage, the debt plus 8x rent over EBITDAR one, at 5 or under", "the agency measure,
 * lease-adjusted, 4.9x max"); spreadsheet cells pasted with their references but no colons ("A3 FCCR min    B3
 * 1.6x"); a limit taken back as it is typed ("... actually, never mind that"); a rent cap asked in a chat and
 * answered lines below, after a clarification or with the amount called new rent; and a covenant asked in a chat, a
 * level put forward as a second question, and the answer that confirms or replaces it. Every case states what it
 * must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a single-market share in words restated as the decimal to enter ("a quarter of the money, so enter 0.25")': [
    ['$75M. No one metro should provide more than a quarter of the money, so enter 0.25.', { target_amount: 75e6, max_market_share: 0.25 }],
    ['$75M. Any single market at most a third of it - put in 0.33.', { target_amount: 75e6, max_market_share: 0.33 }],
    ['$75M. No single city above two-fifths (0.4).', { target_amount: 75e6, max_market_share: 0.4 }],
    // A decimal that is no rounding of the share is some other figure: the share in words stands.
    ['$75M. No single market above a third of it, so use 0.5 as the floor.', { target_amount: 75e6, max_market_share: 1 / 3 }],
  ],
  'net leverage as debt allowed up to a multiple of earnings ("we can live with debt up to 3x earnings")': [
    ['$62M. We can live with debt up to 3x earnings.', { target_amount: 62e6, max_net_leverage: 3 }],
    ["$62M. We'd tolerate debt of up to 3.75 times annual EBITDA.", { target_amount: 62e6, max_net_leverage: 3.75 }],
    ['$62M. Total debt as high as 4.1x our EBITDA is acceptable.', { target_amount: 62e6, max_net_leverage: 4.1 }],
    // Debt in money is no ratio, and earnings before rent are the lease-adjusted ratio's.
    ['$62M. We can live with debt up to $40M more.', { target_amount: 62e6 }],
    ['$62M. Debt up to 5x earnings before rent is fine.', { target_amount: 62e6 }],
  ],
  'lease-adjusted leverage named for "the agencies\'" with no "rating" before it': [
    ["$58M. The agencies' leverage measure must stay under 5.2.", { target_amount: 58e6, max_lease_adjusted_leverage: 5.2 }],
    ["$58M. Watch the agencies' ratio, and hold it at 4.6x or lower.", { target_amount: 58e6, max_lease_adjusted_leverage: 4.6 }],
    // A level the measure stands at is no limit.
    ["$58M. The agencies' leverage measure is 4.4x today.", { target_amount: 58e6 }],
  ],
  'lease-adjusted leverage restated in an aside between commas before its level': [
    [
      '$83M. Keep the lease-adjusted leverage, the debt plus 8x rent over EBITDAR one, at 5 or under.',
      { target_amount: 83e6, max_lease_adjusted_leverage: 5 },
    ],
    [
      "$83M. The rent-adjusted ratio, that's debt plus eight times rent over EBITDAR, below five point one.",
      { target_amount: 83e6, max_lease_adjusted_leverage: 5.1 },
    ],
    ['$83M. The agency measure, lease-adjusted, 4.9x max.', { target_amount: 83e6, max_lease_adjusted_leverage: 4.9 }],
    [
      '$83M. And the agency leverage, lease-adjusted, four and a half times max.',
      { target_amount: 83e6, max_lease_adjusted_leverage: 4.5 },
    ],
    // The aside holds no level of its own, and the level after it today is no limit.
    ['$83M. The lease-adjusted leverage, the debt plus 8x rent over EBITDAR one, is 4.4x today.', { target_amount: 83e6 }],
  ],
  'spreadsheet cells pasted with their references but no colons ("A3 FCCR min    B3 1.6x")': [
    ['A1 Target      B1 $145M\nA2 FCCR min    B2 1.6x', { target_amount: 145e6, min_fixed_charge_coverage: 1.6 }],
    ['A1 Target\tB1 $145M\nA2 Max net leverage\tB2 3.4x', { target_amount: 145e6, max_net_leverage: 3.4 }],
    ['C4 Target         D4 $145M\nC5 Lease-adj max  D5 5.1x', { target_amount: 145e6, max_lease_adjusted_leverage: 5.1 }],
    // References on different rows are no label and value, so the level is not read as a limit.
    ['A1 Target      B1 $145M\nA2 FCCR today    B3 1.6x', { target_amount: 145e6 }],
  ],
  'a limit taken back as it is typed ("... actually, never mind that")': [
    [
      "$64M from Texas. No one market above 40%... actually, since it's all one state, never mind that.",
      { target_amount: 64e6, include_markets: ['Dallas', 'Houston'] },
    ],
    ['$64M. Net leverage under 3.25x - scratch that.', { target_amount: 64e6 }],
    [
      '$64M. FCCR at least 1.9x... hmm, forget it. Lease-adjusted leverage under 5x.',
      { target_amount: 64e6, max_lease_adjusted_leverage: 5 },
    ],
    // A correction that gives the new level is a revision, not a limit taken back.
    ['$64M. No single market above 30%... actually, forget that, make it 45%.', { target_amount: 64e6, max_market_share: 0.45 }],
  ],
  'a rent cap asked in a chat and answered lines below': [
    ['Ana: $88M ask\nBo: new rent cap?\nBo: (across all the leasebacks)\nAna: $5M/yr', { target_amount: 88e6, max_rent_added: 5e6 }],
    ['Ana: $88M ask\nBo: rent ceiling\nAna: 4.5M new rent per year', { target_amount: 88e6, max_rent_added: 4.5e6 }],
    [
      'Ana: $88M ask\nBo: rent cap? Finance floated 3M\nAna: 3M is too low - we settled on 6M of added rent a year',
      { target_amount: 88e6, max_rent_added: 6e6 },
    ],
    // Rent asked about that is no cap, and an answer with another figure between it and the question, are no caps.
    ['Ana: $88M ask\nBo: what was the rent last year\nAna: 4M', { target_amount: 88e6 }],
    [
      'Ana: $88M ask\nBo: rent ceiling\nCy: term 15 years\nAna: 4M new rent a year',
      { target_amount: 88e6, economics: { lease_term_years: 15 } },
    ],
  ],
  'a covenant asked in a chat, a level put forward, and the answer that confirms or replaces it': [
    ['Lu: $70M\nMo: lease-adj leverage?\nMo: still 5.1?\nLu: yes 5.1x', { target_amount: 70e6, max_lease_adjusted_leverage: 5.1 }],
    ['Lu: $70M\nMo: FCCR floor?\nMo: same 1.6x?\nLu: yep, still', { target_amount: 70e6, min_fixed_charge_coverage: 1.6 }],
    ['Lu: $70M\nMo: net leverage cap?\nMo: still 3.5?\nLu: no, 3.25x', { target_amount: 70e6, max_net_leverage: 3.25 }],
    // A level put forward and never confirmed is no limit.
    ['Lu: $70M\nMo: FCCR floor?\nMo: same 1.6x?\nLu: not decided yet', { target_amount: 70e6 }],
  ],
};

describeFamilies('reads the covenants and caps in their thirty-first round of wording families', FAMILIES);
