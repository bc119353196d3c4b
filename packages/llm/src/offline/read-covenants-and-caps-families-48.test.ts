import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A forty-eighth round of wording families for the covenants and caps: lease-adjusted leverage told by its formula in
 * plain words ("what we owe plus our rent obligations, over earnings before rent", "add our rent to our debt and
 * compare the total with our earnings before rent") and held in the next sentence ("We need that at", "Keep that
 * below", "On that measure we must not go above"); the company held after a semicolon ("; we need to stay at or
 * under 4.0x"); whose measure the ratio is, between commas ("the lease-adjusted leverage, their measure,"); a
 * pronoun for a number word ("the one that counts leases") that is no level; a level that may be reached and not
 * passed ("can go to 5.0 but no further", "we can go as high as 3.5x"); debt less cash as "what we owe after
 * subtracting our cash"; a level the writer needs "it" at; a level in "times" given to "it" or "that" with its direction
 * after it; a hold to a named minimum after a cushion is asked for;
 * a chat question on a ratio's level answered with a bound after a comma or another instruction; a rent cap asked in
 * a chat or quoted thread and answered with a hold or with what the company can add; the rent as a sentence's concern
 * and the program not let to add more a year; a quoted rent cap refused and raised on the reply; and a share of the
 * portfolio described as it stands today, which caps nothing. Every case states what it must read; a field it does
 * not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'lease-adjusted leverage told by its formula in plain words, held in the next sentence': [
    [
      'Raise $125M. Our lenders look at debt plus leases over EBITDAR. We need that at no more than 4.6x.',
      { target_amount: 125e6, max_lease_adjusted_leverage: 4.6 },
    ],
    [
      'Raise $125M. Take what we owe plus the value of our lease obligations, divided by earnings before rent. Keep that below 4.9.',
      { target_amount: 125e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      'Raise $125M. The bond investors add our rent to our debt and compare the total with earnings before rent. On that measure we must not go above 5.1 times.',
      { target_amount: 125e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      'Raise $125M. What the company owes plus its rent commitments counted as debt, over our earnings before rent, can go up to 4.8 times but not higher.',
      { target_amount: 125e6, max_lease_adjusted_leverage: 4.8 },
    ],
    // The formula with today's level and no limit after it limits nothing.
    ['Raise $125M. Debt plus leases over EBITDAR was 4.2x at year end.', { target_amount: 125e6 }],
  ],
  'the company held after a semicolon or a stop, the ratio named just before': [
    [
      'Raise $90M. The agencies watch lease-adjusted leverage; we need to stay at or under 4.4x.',
      { target_amount: 90e6, max_lease_adjusted_leverage: 4.4 },
    ],
    ['Raise $90M. Net leverage is what the banks test - we must stay below 3.3.', { target_amount: 90e6, max_net_leverage: 3.3 }],
    ['Raise $90M. FCCR is the lenders\u2019 focus; we want to stay above 1.7x.', { target_amount: 90e6, min_fixed_charge_coverage: 1.7 }],
    // What "we" stay in after the ratio is no level of it.
    [
      'Raise $90M. Lease-adjusted leverage was 4.4x last year; we need to stay in Texas.',
      { target_amount: 90e6, include_markets: ['Dallas', 'Houston'] },
    ],
  ],
  'whose measure the ratio is, between commas, before its level': [
    [
      'Raise $110M. Keep the lease-adjusted leverage, their measure, under 4.6x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 4.6 },
    ],
    [
      'Raise $110M. Hold lease-adjusted leverage, the agencies\u2019 yardstick, at 5x or less.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 5 },
    ],
    [
      'Raise $110M. Lease-adjusted leverage, the one the agencies use, no higher than 4.7x.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 4.7 },
    ],
    // Today's level after the aside limits nothing.
    ['Raise $110M. The lease-adjusted leverage, their measure, is 4.1x today.', { target_amount: 110e6 }],
  ],
  '"the one" after a comma is a pronoun, never a level': [
    [
      'Raise $100M. The rating-agency leverage measure, the one that counts leases as debt, must stay at or under 4.5 times.',
      { target_amount: 100e6, max_lease_adjusted_leverage: 4.5 },
    ],
    [
      "We'd like the agency leverage measure, the one that counts leases as debt, to stay at or under 4.2 times after we do this. Raise $100M.",
      { target_amount: 100e6, max_lease_adjusted_leverage: 4.2 },
    ],
    ['Raise $100M. Net leverage, the one the bank tests, at or below 3.4x.', { target_amount: 100e6, max_net_leverage: 3.4 }],
    // With no level after it, the pronoun alone is read as nothing.
    ['Raise $100M. The rating-agency leverage measure, the one that counts leases as debt, matters to us.', { target_amount: 100e6 }],
  ],
  'a level that may be reached and not passed': [
    ['Raise $80M. The lease-adjusted leverage can go to 5.2 but no further.', { target_amount: 80e6, max_lease_adjusted_leverage: 5.2 }],
    ['Raise $80M. Net leverage can go to 3.8x but not higher.', { target_amount: 80e6, max_net_leverage: 3.8 }],
    ['Raise $80M. Our net debt to earnings today is 2.7x; we can go as high as 3.4x.', { target_amount: 80e6, max_net_leverage: 3.4 }],
    ['Raise $80M. FCCR is 2.4x today; we can go as low as 1.8x.', { target_amount: 80e6, min_fixed_charge_coverage: 1.8 }],
    // How high the ratio went in the past is no limit.
    ['Raise $80M. Net leverage is 2.9x today; last year it went as high as 3.6x.', { target_amount: 80e6 }],
  ],
  'debt less cash as what we owe after subtracting the cash, against a multiple of earnings': [
    [
      "Raise $150M. What we owe after subtracting our cash shouldn't exceed three times our annual EBITDA.",
      { target_amount: 150e6, max_net_leverage: 3 },
    ],
    [
      'Raise $150M. Our debt once we take off the cash must stay under 3.2 times a year\u2019s EBITDA.',
      { target_amount: 150e6, max_net_leverage: 3.2 },
    ],
    [
      'Raise $150M. What the company owes, after deducting cash, can be at most 3.6 times earnings.',
      { target_amount: 150e6, max_net_leverage: 3.6 },
    ],
    // The same measure in the past is no limit.
    ['Raise $150M. What we owe after subtracting our cash was 2.9 times EBITDA last year.', { target_amount: 150e6 }],
  ],
  'a level the writer needs the ratio at, or a hold to a named minimum after a cushion': [
    [
      "RE: covenants\n\n> what's our FCCR today?\n2.7x. For the leaseback I need it to stay at 2.1x minimum. Ask is $95M.",
      { target_amount: 95e6, min_fixed_charge_coverage: 2.1 },
    ],
    [
      'Ask $95M. Lease-adjusted leverage matters to the agencies and we want it under 4.8x.',
      { target_amount: 95e6, max_lease_adjusted_leverage: 4.8 },
    ],
    [
      'The revolver says fixed charge coverage must be at least 1.4 times. We want a buffer on top of that, so hold us to a minimum of 1.8 after the deal. Ask $95M.',
      { target_amount: 95e6, min_fixed_charge_coverage: 1.8 },
    ],
    [
      'The covenant caps net leverage at 4.0x. We want headroom, so hold us to a maximum of 3.6x. Ask $95M.',
      { target_amount: 95e6, max_net_leverage: 3.6 },
    ],
    // A level expected, with no bound, is no limit.
    ['Ask $95M. Lease-adjusted leverage is on our minds; we expect it around 4.4x next year.', { target_amount: 95e6 }],
  ],
  'a level in "times" given to "it" or "that", its direction after it': [
    [
      'Raise $75M. Lenders judge us on how many times our earnings cover our rent plus interest. We want that at 1.9 times or more.',
      { target_amount: 75e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['Raise $75M. FCCR is watched closely; keep it at 2 times or more.', { target_amount: 75e6, min_fixed_charge_coverage: 2 }],
    ['Raise $75M. Net leverage matters; keep it at 3.5 times or less.', { target_amount: 75e6, max_net_leverage: 3.5 }],
    // A direction the ratio's limit cannot have is no limit.
    ['Raise $75M. Net leverage matters; keep it at 3.5 times or more.', { target_amount: 75e6 }],
  ],
  'a chat question on a ratio answered with a bound after a comma, or with another instruction after it': [
    [
      "[09:10] Ana: what's the most we can keep net debt/EBITDA at?\n[09:11] Ben: three and a quarter turns, max\n[09:12] Ana: ask?\n[09:12] Ben: $85M",
      { target_amount: 85e6, max_net_leverage: 3.25 },
    ],
    [
      "> what's the ceiling on net debt/EBITDA?\n3.6x, and keep FCCR at 1.7x or above. We're after $85M.",
      { target_amount: 85e6, max_net_leverage: 3.6, min_fixed_charge_coverage: 1.7 },
    ],
    [
      'Ana: FCCR floor?\nBen: 1.9x, and net leverage under 3.4x. Target $85M.',
      { target_amount: 85e6, min_fixed_charge_coverage: 1.9, max_net_leverage: 3.4 },
    ],
    // Today's level answered is no limit.
    ['Ana: net leverage today?\nBen: 3.1x, and it has been rising. Target $85M.', { target_amount: 85e6 }],
  ],
  'a rent cap asked in a chat or a quoted thread, answered with a hold or with what the company can add': [
    [
      '[11:02] mia: how much rent can we add\n[11:03] jo: cap it at 6.5m a year\n[11:03] mia: proceeds?\n[11:04] jo: $80m',
      { target_amount: 80e6, max_rent_added: 6.5e6 },
    ],
    ["> what's the rent headroom?\nWe can add up to $9.5M a year. Target is $120M.", { target_amount: 120e6, max_rent_added: 9.5e6 }],
    [
      '[09:01] kim: headroom for new rent?\n[09:02] lee: keep it under $6M a year\n[09:03] kim: target?\n[09:03] lee: $70M',
      { target_amount: 70e6, max_rent_added: 6e6 },
    ],
    // An answer that only guesses, or tells the rent paid today, caps nothing.
    ['[09:01] kim: rent headroom?\n[09:02] lee: not sure, maybe $6M a year. Target $70M.', { target_amount: 70e6 }],
    ['[09:01] kim: how much rent can we add?\n[09:02] lee: we pay $20M a year today. Target $70M.', { target_amount: 70e6 }],
  ],
  'the rent as the sentence\u2019s concern, the program not let to add more a year': [
    [
      "Raise $130M. I'm uneasy about the rent, so don't let the program add more than $7M a year.",
      { target_amount: 130e6, max_rent_added: 7e6 },
    ],
    ['Raise $130M. Rent is my worry: never let the leasebacks add over $5.5M annually.', { target_amount: 130e6, max_rent_added: 5.5e6 }],
    [
      'Raise $130M. The rent matters to the board, so please do not allow the deal to add more than $9M per year.',
      { target_amount: 130e6, max_rent_added: 9e6 },
    ],
    // Rent in place, or another worry, is no such concern.
    ["Raise $130M. Our current rent is high, so don't let the program add more than $8M a year.", { target_amount: 130e6 }],
    ["Raise $130M. Taxes worry me, so don't let the program add more than $8M a year.", { target_amount: 130e6 }],
  ],
  'a quoted rent cap asked whether it still stands, refused and raised on the reply': [
    [
      'Email chain\n> Is the $10M rent cap still right?\nNo - raise it to $13M. Target proceeds still $150M.',
      { target_amount: 150e6, max_rent_added: 13e6 },
    ],
    ['> Is the $8M new rent cap OK?\nNo, make it $6M. Target $90M.', { target_amount: 90e6, max_rent_added: 6e6 }],
    ['> Is the 3.5x leverage cap still OK?\nNo, make it 3.25x. Target $90M.', { target_amount: 90e6, max_net_leverage: 3.25 }],
    // A quoted ask refused stays refused, and the reply's figure is the ask.
    ['> Can we do $300M?\nNo - too rich. Target $250M.', { target_amount: 250e6 }],
  ],
  'a share of the portfolio described as it stands today caps nothing': [
    ['Roughly 35% of the portfolio sits in one market today. We need $140M.', { target_amount: 140e6 }],
    ['We need $140M. About 45% of our assets are in one metro right now.', { target_amount: 140e6 }],
    // A cap beside today's share, or said today, is still a cap.
    ['We need $140M. Today no more than 30% may come from any one market.', { target_amount: 140e6, max_market_share: 0.3 }],
    [
      'We need $140M. One market is 40% of the portfolio today, so cap any single market at 35%.',
      { target_amount: 140e6, max_market_share: 0.35 },
    ],
  ],
};

describeFamilies('Brief wording families, round 48: covenants and caps', FAMILIES);
