import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A twenty-seventh round of wording families for the covenants and the caps: net leverage as debt, or what the company
 * owes net of cash, refused a rise past a multiple of a year's earnings ("net debt shouldn't go beyond 3.6 times
 * operating earnings (EBITDA)", "what we owe net of cash shouldn't be more than 3.3 times what we earn in a year before
 * interest, tax and depreciation", "caps borrowings at 3.5 times a year's EBITDA"); lease-adjusted leverage as the
 * leverage that treats rent as debt, with the eight of its formula in a bracket, or as the credit agencies' measure
 * with the leases counted; and the rent added capped as what the company or its budget can take ("our operating budget
 * can only take $6 million more rent each year", "the company can stand at most $8M a year more in rent"); and a
 * covenant level answered in a chat after a question that ends "after the deal" or "we're holding", or on lines that
 * carry a bracketed time before the speaker. Every case
 * states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'net leverage as debt or what is owed net of cash refused a rise past a multiple of a year\'s earnings ("net debt shouldn\'t go beyond 3.6 times operating earnings")':
    [
      ["$140M. Net debt shouldn't go beyond 3.1 times operating earnings (EBITDA).", { target_amount: 140e6, max_net_leverage: 3.1 }],
      [
        "$95M. After the sale, what we owe net of cash shouldn't be more than 2.9 times what we earn in a year before interest, tax and depreciation.",
        { target_amount: 95e6, max_net_leverage: 2.9 },
      ],
      ["$70M. The credit agreement caps borrowings at 3.25 times a year's EBITDA.", { target_amount: 70e6, max_net_leverage: 3.25 }],
      // A level today is no limit.
      ["$70M. What we owe, net of cash, is about 2.8 times a year's EBITDA today.", { target_amount: 70e6 }],
    ],
  'lease-adjusted leverage as the leverage that treats rent as debt, or the credit agencies\' measure with the leases counted ("the leverage figure that treats rent as debt (8x rent) must stay below 4.95")':
    [
      [
        '$60M. The leverage number that treats our rent as debt (8x rent) should stay under 4.6.',
        { target_amount: 60e6, max_lease_adjusted_leverage: 4.6 },
      ],
      [
        '$115M. The leverage ratio which counts the leases as debt (eight times rent) must not exceed 5.05.',
        { target_amount: 115e6, max_lease_adjusted_leverage: 5.05 },
      ],
      [
        '$88M. The credit agency leverage measure, with the leases counted, has to stay under 4.75.',
        { target_amount: 88e6, max_lease_adjusted_leverage: 4.75 },
      ],
      // The eight capitalises the rent: named with no limit after it, nothing is read.
      ['$60M. The leverage figure that treats rent as debt (8x rent) is what the lenders watch.', { target_amount: 60e6 }],
    ],
  'a covenant level answered in a chat after a question that ends "after the deal" or "we\'re holding", or whose lines carry a bracketed time ("[Mon 11:03] Joy: 4.85x")':
    [
      [
        'Kim 9:14 AM: net leverage after the sale?\nLee 9:15 AM: 3.4x\nKim 9:15 AM: size?\nLee 9:16 AM: $60M',
        { target_amount: 60e6, max_net_leverage: 3.4 },
      ],
      [
        '[Tue 09:40] Dana: lease-adjusted leverage cap?\n[Tue 09:41] Omar: 5.15x\n[Tue 09:41] Dana: amount\n[Tue 09:42] Omar: $118M',
        { target_amount: 118e6, max_lease_adjusted_leverage: 5.15 },
      ],
      [
        "Sue 3:02 PM: what's the FCCR floor we're keeping?\nAl 3:03 PM: 1.55x\nSue 3:04 PM: and the raise is $75M",
        { target_amount: 75e6, min_fixed_charge_coverage: 1.55 },
      ],
    ],
  'new rent capped as what the company or its budget can take ("our operating budget can only take $6 million more rent each year")': [
    ['$75M. Our budget can only take $4.5 million more rent each year.', { target_amount: 75e6, max_rent_added: 4.5e6 }],
    ['$130M. The business can bear at most $7M a year more in rent.', { target_amount: 130e6, max_rent_added: 7e6 }],
    [
      '$130M for the Grand Prairie Warehouse and others. We could absorb up to $3M extra rent a year.',
      { target_amount: 130e6, max_rent_added: 3e6 },
    ],
    // More of something else than rent is no cap on the rent added.
    ['$75M. Our budget can only take $4.5 million more capex each year.', { target_amount: 75e6 }],
  ],
};

describeFamilies('readBrief: covenants described in plain words and rent the budget can take (twenty-seventh round)', FAMILIES);
