import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-ninth round of wording families for the covenants and the caps: lease-adjusted leverage spelled out as its
 * formula with its limit given to "it" or "that" after it ("debt plus eight times rent against earnings before rent;
 * it must remain at or below 4.9"); fixed-charge coverage as the charges in either order covered, needing cover, or
 * their sum covered by earnings; net leverage the lenders will not tolerate above a level, or measured pro forma between
 * commas; a level that replaces an old one ("that's history; the new covenant is 3.5x", "the amended facility sets it
 * at 3.5x", "internal policy is tighter and that's what we run to: 1.65x minimum"); a level in minutes marked not
 * adopted; the rent added capped as what it must not come to, or refused as the condition of the ask ("not if it means
 * adding more than $19M of rent a year"), or capped by name with its amount after a comma ("a cap on new rent, $12M a
 * year max"); the single-market share capped in a relative clause after its name; and a chat answer from a speaker with a role in brackets. Every case states
 * what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage spelled out as its formula, its limit given to a pronoun after it ("debt plus 8x rent over EBITDAR; keep that under 5.1")':
    [
      [
        '$90M. Our bank takes debt plus 8x rent over EBITDAR; keep that under 4.85.',
        { target_amount: 90e6, max_lease_adjusted_leverage: 4.85 },
      ],
      [
        '$120M. The agency adds eight times annual rent to our debt and divides by EBITDAR; that ratio must not exceed 5.05x.',
        { target_amount: 120e6, max_lease_adjusted_leverage: 5.05 },
      ],
      [
        '$75M. The test compares debt plus eight times rent to earnings before rent, and it has to stay at 4.6 or below.',
        { target_amount: 75e6, max_lease_adjusted_leverage: 4.6 },
      ],
      [
        '$64M. The covenant is debt plus eight times rent against earnings before rent; it should remain at or under 5.2.',
        { target_amount: 64e6, max_lease_adjusted_leverage: 5.2 },
      ],
      // A level today is no limit, and the eight of the formula is never the level.
      ['$64M. The agencies take debt plus eight times rent over EBITDAR; it is about 4.1 today.', { target_amount: 64e6 }],
    ],
  'fixed-charge coverage as the charges in either order covered, needing cover, or their sum covered ("rent and interest covered at least 1.9 times by earnings")':
    [
      ['$58M. Rent and interest must be covered at least 1.7 times by earnings.', { target_amount: 58e6, min_fixed_charge_coverage: 1.7 }],
      ['$58M. Fixed charges need covering at least 1.85 times.', { target_amount: 58e6, min_fixed_charge_coverage: 1.85 }],
      [
        '$58M. Earnings before rent have to cover the total of interest and rent at least 1.55 times.',
        { target_amount: 58e6, min_fixed_charge_coverage: 1.55 },
      ],
      // Interest alone is interest coverage, a different ratio.
      ['$58M. Interest must be covered at least 4 times by earnings.', { target_amount: 58e6 }],
    ],
  'net leverage the lenders will not tolerate above a level, or measured pro forma between commas ("net leverage, pro forma, shall not exceed 3.4 to 1.0")':
    [
      ['$80M. Our banks will not tolerate net leverage above 3.6x.', { target_amount: 80e6, max_net_leverage: 3.6 }],
      ["$80M. The group can't stomach leverage over 3.3x after the deal.", { target_amount: 80e6, max_net_leverage: 3.3 }],
      ['$80M. Net leverage, on a pro forma basis, must not exceed 3.7x.', { target_amount: 80e6, max_net_leverage: 3.7 }],
      ['$80M. Leverage, after the sale, has to stay under 3.15x.', { target_amount: 80e6, max_net_leverage: 3.15 }],
      // A level the company stands at is no limit.
      ['$80M. Net leverage, pro forma, is 3.1x today.', { target_amount: 80e6 }],
    ],
  'a level that replaces an old one ("that\'s history; the new covenant is 3.5x", "the amended facility sets it at 3.5x", "that\'s what we run to: 1.65x")':
    [
      [
        "$66M. The bank used to allow 4.25x net leverage, but that's gone; the revised covenant is 3.75x.",
        { target_amount: 66e6, max_net_leverage: 3.75 },
      ],
      [
        '$66M. Net leverage was capped at 4.0x under the old loan; the refinanced loan sets it at 3.6x.',
        { target_amount: 66e6, max_net_leverage: 3.6 },
      ],
      [
        "$66M. The bank's coverage floor is 1.3x; our treasury policy is stricter and that is what we manage to: 1.7x minimum.",
        { target_amount: 66e6, min_fixed_charge_coverage: 1.7 },
      ],
    ],
  'a level in minutes marked not adopted ("Discussed but not adopted: tightening FCCR to 2.0x")': [
    [
      'Minutes\n- Agreed: raise $95M.\n- Not adopted: lowering net leverage to 3.0x.\n- Agreed: FCCR at least 1.5x.',
      { target_amount: 95e6, min_fixed_charge_coverage: 1.5 },
    ],
    ['Minutes: target $95M approved. Rejected: a 2.25x coverage floor (too tight).', { target_amount: 95e6 }],
    // An item approved carries its limit.
    ['Minutes: target $95M approved. Approved: a 1.6x coverage floor.', { target_amount: 95e6, min_fixed_charge_coverage: 1.6 }],
  ],
  'the rent added capped as what it must not come to, or refused as the condition of the ask ("not if it means adding more than $19M of rent a year")':
    [
      [
        "$110M. The additional rent we'd be paying each year shouldn't come to more than $7 million.",
        { target_amount: 110e6, max_rent_added: 7e6 },
      ],
      ["$110M. The new rent mustn't amount to more than $4.5M a year.", { target_amount: 110e6, max_rent_added: 4.5e6 }],
      ['We want $110M, but not if that means taking on more than $8M of rent a year.', { target_amount: 110e6, max_rent_added: 8e6 }],
      // Rent paid today is no cap.
      ['$110M. The rent we pay today comes to $7 million a year.', { target_amount: 110e6 }],
    ],
  'a cap on the new rent named, its amount after a comma or a dash ("also add a cap on new rent, $12M a year max")': [
    ['$130M. Please also put a limit on the added rent, $9M a year at most.', { target_amount: 130e6, max_rent_added: 9e6 }],
    ['$130M. And a ceiling for the extra rent - $6.5M per year.', { target_amount: 130e6, max_rent_added: 6.5e6 }],
    // A cap on something else is no rent cap.
    ['$130M. And a cap on the new leases, 15 years.', { target_amount: 130e6, economics: { lease_term_years: 15 } }],
  ],
  'the single-market share named, then capped in a relative clause ("the share of proceeds from any one market, which we\'ve agreed to cap at 35%")':
    [
      [
        '$150M. Two numbers matter: the share of the money from any single metro, which the committee has decided to limit to 30%, and nothing else.',
        { target_amount: 150e6, max_market_share: 0.3 },
      ],
      [
        "$150M. The share from any one market, which we'll hold to 40%, is the last constraint.",
        { target_amount: 150e6, max_market_share: 0.4 },
      ],
      // A share reported, not capped, is no limit.
      ['$150M. The share from any one market, which we have agreed to report, was 35% last time.', { target_amount: 150e6 }],
    ],
  'a chat answer from a speaker with a role in brackets ("Luis (CFO): 5.75x")': [
    [
      'Ann (Treasury): amount?\nRaj (CFO): $140M\nAnn (Treasury): lease-adjusted cap?\nRaj (CFO): 5.4x',
      { target_amount: 140e6, max_lease_adjusted_leverage: 5.4 },
    ],
    [
      'Ann (Treasury): FCCR floor?\nRaj (CFO): 1.65x\nAnn (Treasury): and the size?\nRaj (CFO): $90M',
      { target_amount: 90e6, min_fixed_charge_coverage: 1.65 },
    ],
  ],
};

describeFamilies('covenants and caps, round twenty-nine', FAMILIES);
