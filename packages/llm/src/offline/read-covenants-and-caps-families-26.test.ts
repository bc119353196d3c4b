import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-sixth round of wording families for the covenants and the caps: lease-adjusted leverage named for the rating
 * agencies or by the rent it counts ("the rating-agency leverage", "the agency measure", "agency-style leverage", "the
 * rent-inclusive leverage"), with its formula in a bracket, a dashed aside or a clause whose eight of the capitalised
 * rent is never the level, and the treasury name with such an aside ("lease-adjusted leverage - the one with 8x rent in
 * it - 4.8 tops"); net leverage as debt held at a multiple of plain EBITDA or refused a rise ("cap debt at 3.2x
 * EBITDA", "don't let our total debt run above 3.25 times a year of earnings"); fixed-charge coverage as profit before
 * rent over the charges or earnings paying the charges' bill a number of times over, or its name with the charges in an aside; a multiple the writer asks to use with the covenant
 * disowned after it ("Use 3.2x, not the covenant"), and a level chosen in a chat line after another line's suggestion;
 * another party's deal levels told for comparison; a level answered in a chat whose lines carry a time after the
 * speaker ("Eli 4:03 PM: 1.9x"); and new rent capped after "the rent we're adding", in a label with
 * its cap after a comma, or as what the company can carry, and the caps' keys written with the bound after the name
 * ("rent_added_max=4M"). Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage named for the rating agencies or by the rent it counts ("the agency measure - debt plus leases at eight times rent - doesn\'t break 4.4")':
    [
      [
        '$80M. Put the ceiling on the rating-agency leverage - the one that adds eight times rent to our debt - at 4.6.',
        { target_amount: 80e6, max_lease_adjusted_leverage: 4.6 },
      ],
      [
        '$120M please. The agency measure - our debt plus leases counted at 8x rent, over EBITDAR - must not break 5.1.',
        { target_amount: 120e6, max_lease_adjusted_leverage: 5.1 },
      ],
      [
        '$95M. Keep the agency-style leverage, where rent times eight is added to net debt, under 4.35.',
        { target_amount: 95e6, max_lease_adjusted_leverage: 4.35 },
      ],
      [
        'Raise $60M. 4.4x max on the rent-inclusive leverage (debt + 8 x rent, over EBITDA + rent).',
        { target_amount: 60e6, max_lease_adjusted_leverage: 4.4 },
      ],
      [
        '$140M. The agency leverage with rent capitalised at 8x stays at or under 4.9.',
        { target_amount: 140e6, max_lease_adjusted_leverage: 4.9 },
      ],
      [
        '$140M. Agency leverage, counting rent at eight times, at 5.2x or less.',
        { target_amount: 140e6, max_lease_adjusted_leverage: 5.2 },
      ],
      [
        'Sam: rating agency leverage cap?\nJo: 4.8\nSam: and the raise?\nJo: $110M',
        { target_amount: 110e6, max_lease_adjusted_leverage: 4.8 },
      ],
      [
        'We need $70M, and the leverage ratio that includes capitalised leases (at eight times rent) not to exceed 5.3 times.',
        { target_amount: 70e6, max_lease_adjusted_leverage: 5.3 },
      ],
      // The eight capitalises the rent: named with no limit after it, nothing is read.
      ['$70M. The agency leverage (debt plus rent x 8, over EBITDAR) is what the analysts watch.', { target_amount: 70e6 }],
      // An agency's level for someone else is no limit on this program's leverage.
      ['$70M. The agency has a competitor on watch; we have no leverage limit this time.', { target_amount: 70e6 }],
    ],
  'lease-adjusted leverage with its formula in a dashed aside ("lease-adjusted leverage - the one with 8x rent in it - 4.8 tops")': [
    ['$50M. Lease-adjusted leverage - the one with 8x rent in it - 5.0 tops.', { target_amount: 50e6, max_lease_adjusted_leverage: 5 }],
    [
      '$85M. Lease-adjusted leverage - debt plus eight times rent over EBITDAR - no higher than 4.45.',
      { target_amount: 85e6, max_lease_adjusted_leverage: 4.45 },
    ],
    [
      'Consent requires a lease-adjusted leverage - net debt plus 8x rent, over EBITDAR - of not more than 4.15x. The ask is $105M.',
      { target_amount: 105e6, max_lease_adjusted_leverage: 4.15 },
    ],
    ['Raise $85M. Lease-adjusted leverage 4.7 tops.', { target_amount: 85e6, max_lease_adjusted_leverage: 4.7 }],
  ],
  'net leverage as debt held at a multiple of EBITDA or refused a rise ("cap debt at 3.2x EBITDA", "don\'t let our debt run above 3.25 times")':
    [
      ["$125M. Don't let our net debt run above 3.6 times a year of earnings.", { target_amount: 125e6, max_net_leverage: 3.6 }],
      ['$110M. Total borrowings must not climb above 2.9 times annual EBITDA afterwards.', { target_amount: 110e6, max_net_leverage: 2.9 }],
      ['Raise $100M with debt at no more than 3.1 times EBITDA.', { target_amount: 100e6, max_net_leverage: 3.1 }],
      ["We'd cap debt at 3.7x EBITDA. The target is $130M.", { target_amount: 130e6, max_net_leverage: 3.7 }],
      ['$130M, and debt kept at 3.3x EBITDA or lower.', { target_amount: 130e6, max_net_leverage: 3.3 }],
      // Debt at a multiple today, with no bound, is no limit; debt capped in money is no ratio.
      ['$130M. Debt is at 3.3x EBITDA today.', { target_amount: 130e6 }],
      ['$130M. We would cap debt at $400M.', { target_amount: 130e6 }],
    ],
  'fixed-charge coverage as profit before rent over the charges, or its name with the charges in an aside ("the fixed-charge cover - interest plus rent - at 1.8 times or better")':
    [
      [
        "$90M. The lender's rule: profit before rent has to be at least 2.1 times our interest plus rent.",
        { target_amount: 90e6, min_fixed_charge_coverage: 2.1 },
      ],
      [
        '$90M. Keep the fixed-charge cover - interest plus rent - at 1.65 times or better.',
        { target_amount: 90e6, min_fixed_charge_coverage: 1.65 },
      ],
      [
        '$90M. Our earnings must still pay the interest and rent bill at least 1.85 times over.',
        { target_amount: 90e6, min_fixed_charge_coverage: 1.85 },
      ],
      // Profit before rent as a level of today is no limit.
      ['$90M. Profit before rent was 2.6 times interest plus rent last year.', { target_amount: 90e6 }],
    ],
  'a multiple asked to be used with the covenant disowned, or chosen in a chat after a suggestion ("Use 3.2x, not the covenant")': [
    ['$100M. Net leverage covenant is 4.5x. Use 3.6x, not the covenant.', { target_amount: 100e6, max_net_leverage: 3.6 }],
    ['$100M. FCCR covenant 1.4x. Please use 1.85x, not the covenant.', { target_amount: 100e6, min_fixed_charge_coverage: 1.85 }],
    ['$100M. Net leverage covenant 4.25x; please use 3.75x for the run.', { target_amount: 100e6, max_net_leverage: 3.75 }],
    [
      '[10:02] Ana P: I would set net leverage at 3.8x\n[10:20] Raj M: board went with 3.4x in the end\n[10:21] Ana P: ok. still $150M?\n[10:21] Raj M: yes',
      { target_amount: 150e6, max_net_leverage: 3.4 },
    ],
    // Another party's level, disowned as not the covenant, is no limit.
    ["$100M. Acme's deal came in at 3.1x leverage; not our covenant.", { target_amount: 100e6 }],
    // A choice with no suggestion before it tells a past run: the limit stated stands.
    [
      'Ravi: net leverage max 3.5x\nAna: the board went with 3.25x for the last deal\nRavi: ok, $90M then',
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
  ],
  'another party\'s deal levels told for comparison ("another client of ours executed $210M at a 2.0x coverage test")': [
    [
      '$130M. Hold fixed charge coverage at no less than 1.6x. For comparison, another client of ours closed $200M at a 2.2x coverage test last spring.',
      { target_amount: 130e6, min_fixed_charge_coverage: 1.6 },
    ],
    [
      '$130M, net leverage under 3.5x. A competitor signed its leaseback at 3.0x net leverage in May.',
      { target_amount: 130e6, max_net_leverage: 3.5 },
    ],
  ],
  'a level asked in a chat whose lines carry a time after the speaker ("Noor 4:02 PM: FCCR floor for this one? / Eli 4:03 PM: 1.9x")': [
    [
      'Kai 9:12 AM: FCCR floor for this one?\nBea 9:13 AM: 1.65x\nKai 9:13 AM: and the raise?\nBea 9:14 AM: $115M',
      { target_amount: 115e6, min_fixed_charge_coverage: 1.65 },
    ],
    [
      'Kai 2:40 PM: the raise?\nBea 2:41 PM: $80M\nKai 2:41 PM: interest plus rent covered how many times?\nBea 2:42 PM: at least 2.05',
      { target_amount: 80e6, min_fixed_charge_coverage: 2.05 },
    ],
    [
      'Kai 9:12 AM: net leverage cap for this deal?\nBea 9:13 AM: 3.35x\nKai 9:13 AM: and the raise?\nBea 9:14 AM: $115M',
      { target_amount: 115e6, max_net_leverage: 3.35 },
    ],
    // A level answered to a question about something else is no covenant.
    ['Kai 9:12 AM: the raise for this one?\nBea 9:13 AM: $115M', { target_amount: 115e6 }],
  ],
  'new rent capped after "the rent we\'re adding", in a label with its cap after a comma, or as what the company can carry; keys with the bound after the name':
    [
      ["Let's say $145M. And the rent we're adding, cap that at $8M a year.", { target_amount: 145e6, max_rent_added: 8e6 }],
      ['$145M. The rent we take on, limit it to $6.5M a year.', { target_amount: 145e6, max_rent_added: 6.5e6 }],
      ['Target $145M. New annual rent, cap: $9.5M.', { target_amount: 145e6, max_rent_added: 9.5e6 }],
      [
        '| Item | Value |\n|---|---|\n| Target proceeds | $145,000,000 |\n| New annual rent, cap | $7.0M |',
        { target_amount: 145e6, max_rent_added: 7e6 },
      ],
      [
        'Finance confirmed we can carry an additional $5.5M a year of rent. We want $95M of proceeds.',
        { target_amount: 95e6, max_rent_added: 5.5e6 },
      ],
      ['target=64M rent_added_max=5M', { target_amount: 64e6, max_rent_added: 5e6 }],
      ['target_usd = 45_000_000\nmax_rent_added_usd = 2_500_000', { target_amount: 45e6, max_rent_added: 2.5e6 }],
      ['target_usd: 95000000\nmax_share_single_market: 0.35', { target_amount: 95e6, max_market_share: 0.35 }],
      // The rent paid today is no cap on the rent added.
      ["$95M. The rent we're paying today, about $20M a year, is fine.", { target_amount: 95e6 }],
    ],
};

describeFamilies('readBrief: covenants and caps named by users and in asides (twenty-sixth round)', FAMILIES);
