import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-ninth round of wording families for the covenants and caps: the debt named first and its limit after it as a
 * multiple of earnings, neither ratio named, with the rent counted in as an aside ("our debt, with rent counted at
 * eight times, under 5.2 times earnings before rent", "that total shouldn't top 4.8 times earnings before rent") or
 * not ("what we owe should be no more than 3.3 years of earnings", "without our debt going above 3.5 times earnings",
 * "debt should be no worse than 3.0 times earnings"), a direction being a limit only when the sentence refuses it; a
 * multiple of years of earnings said first and then called the most the writer would owe; a figure offered after a
 * cushion is asked for ("please keep some cushion; let's say 3.75"); a decimal's point that ends no sentence for a
 * bare lease term ("3.6 years' worth of earnings"); and the most more rent the company can live with after the rent
 * it pays today is named ("We can live with up to another $12M on top of that"). Every case states what it must read;
 * a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the debt, with the rent counted in, then its limit as a multiple of earnings before rent': [
    [
      'Raise $95M. Our debt, with the rent counted at eight times, must stay below 4.9 times earnings before rent.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      'Raise $95M, and keep total debt, rent included at eight times, under 5.1 times our earnings before rent.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      'Raise $95M. Once the rent is treated as debt at eight times and added to what we owe, the sum should never pass 4.4 times earnings before rent.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.4 },
    ],
    [
      'Raise $95M. With the rent counted as debt at eight times, our debt cannot top five times earnings before rent.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 5 },
    ],
    // A direction with no refusal, and a past level, limit nothing.
    ['Raise $95M. With the rent counted at eight times, our debt went past 4.9 times earnings before rent.', { target_amount: 95e6 }],
    // Debt against earnings before rent with no rent counted in it names no ratio.
    ['Raise $95M. Our debt must stay below 4.9 times earnings before rent.', { target_amount: 95e6 }],
    ['Raise $95M. Last year our debt, rent counted at eight times, was under 4.2 times earnings before rent.', { target_amount: 95e6 }],
  ],
  'what is owed, then its limit in years of earnings': [
    ['We want $75M. What we owe must not run past 3.2 years of earnings.', { target_amount: 75e6, max_net_leverage: 3.2 }],
    ['We want $75M, and our debt should stay under three and a half years of earnings.', { target_amount: 75e6, max_net_leverage: 3.5 }],
    ['We want $75M without our borrowings rising above 2.8 years\u2019 worth of earnings.', { target_amount: 75e6, max_net_leverage: 2.8 }],
    [
      'We want $75M. I would not want us owing more than roughly three and a quarter years of our earnings.',
      { target_amount: 75e6, max_net_leverage: 3.25 },
    ],
    // What is owed today in years of earnings, and a competitor's debt, limit nothing.
    ['We want $75M. Today we owe about three years of earnings.', { target_amount: 75e6 }],
    ['We want $75M. A competitor kept its debt under 2.5 years of earnings.', { target_amount: 75e6 }],
  ],
  'the debt, then its limit as a multiple of a year\u2019s earnings, a direction refused': [
    ['After closing, our debt should be no worse than 3.2 times earnings. Raise $60M.', { target_amount: 60e6, max_net_leverage: 3.2 }],
    ['Show me what $60M looks like without our debt going above 3.4 times earnings.', { target_amount: 60e6, max_net_leverage: 3.4 }],
    [
      'Raise $60M. What the group owes, less its cash, should stay at or under 3.6 times annual earnings.',
      { target_amount: 60e6, max_net_leverage: 3.6 },
    ],
    ['Raise $60M. The indenture bars us from owing more than 4.0 times our yearly earnings.', { target_amount: 60e6, max_net_leverage: 4 }],
    // A direction the sentence does not refuse is where the debt went, not a limit.
    ['Raise $60M. In the downturn our debt climbed above 4.1 times earnings.', { target_amount: 60e6 }],
  ],
  'a multiple of earnings said first, then called the most the writer would owe': [
    ['Three years of earnings: that is the most we should owe. Raise $85M.', { target_amount: 85e6, max_net_leverage: 3 }],
    ['Raise $85M. 3.4 years of our earnings is the most I would be comfortable owing.', { target_amount: 85e6, max_net_leverage: 3.4 }],
    [
      'Raise $85M. Two and a half years of earnings - that\u2019s the most we\u2019d be happy owing.',
      { target_amount: 85e6, max_net_leverage: 2.5 },
    ],
    ['Raise $85M. Four times annual earnings, that is the most we can owe.', { target_amount: 85e6, max_net_leverage: 4 }],
    // The most someone else owes limits nothing of ours.
    ['Raise $85M. Three years of earnings is about what we owe.', { target_amount: 85e6 }],
  ],
  'a figure offered after a cushion is asked for, inside a limit on what is owed': [
    [
      'The credit agreement bars us from owing more than 4.5 times our yearly earnings. Please keep some cushion; let\u2019s say 4.0. Raise $70M.',
      { target_amount: 70e6, max_net_leverage: 4 },
    ],
    [
      'Raise $70M. Our debt must not go past 4.25 times earnings. Keep a margin, let\u2019s say 3.8x.',
      { target_amount: 70e6, max_net_leverage: 3.8 },
    ],
    ['Raise $70M. Net leverage covenant is 4.0x; we want room, so let\u2019s say 3.6x.', { target_amount: 70e6, max_net_leverage: 3.6 }],
    // "Let's say" before an amount is no level.
    ['Let\u2019s say $70M. Net leverage must stay under 3.9x.', { target_amount: 70e6, max_net_leverage: 3.9 }],
  ],
  'the most more rent the company can live with, after the rent it pays is named': [
    [
      'Rent today runs $25M a year. We can live with up to another $8M on top of that. Raise $110M.',
      { target_amount: 110e6, max_rent_added: 8e6 },
    ],
    ['We pay $18M in rent. We could tolerate up to $5M more. Raise $110M.', { target_amount: 110e6, max_rent_added: 5e6 }],
    [
      'Our rent is $40M a year; we would accept no more than an extra $6M on top. Raise $110M.',
      { target_amount: 110e6, max_rent_added: 6e6 },
    ],
    ['The rent bill is $22M. We\u2019ll absorb at most another $4M more. Raise $110M.', { target_amount: 110e6, max_rent_added: 4e6 }],
    // More proceeds accepted is no rent cap.
    ['Rent is $20M a year. Raise $110M; we would accept up to $10M more in proceeds.', { target_amount: 110e6 }],
  ],
};

describeFamilies('Brief wording families, round 49: covenants and caps', FAMILIES);
