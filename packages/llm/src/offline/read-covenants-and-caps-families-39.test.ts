import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-ninth round of wording families for the covenants and caps: chat lines stamped with a day or a date before
 * the time, with a dash after the stamp, or quoted from an earlier thread ("Wed 9:14 AM Bo: ...", "Ivy 11:02 — ...",
 * "> Cal 3:30 PM: ..."); a covenant ratio's name as a snake-case setting key ("net_debt_to_ebitda: 3.8"); a sheet's rows
 * of a label and a figure split by a tab or by a comma and a space ("Max net leverage, 3.6"); a rent-cap key ending in
 * "add" ("max_rent_add"); a row label whose limit word comes last after a comma ("New rent added, cap"); coverage
 * explained by its formula in brackets, the charges bracketed again inside ("coverage (EBITDAR / (interest + rent))");
 * net leverage said as what the company may owe against what it earns in a year; an emphatic "not a cent more than";
 * and a level used for a ratio in place of the covenant's ("Use 3.1x, not the covenant (3.9x), for net leverage").
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'chat lines stamped with a day, a dash or a quote mark': [
    [
      'Wed 9:14 AM Bo: what are we raising?\nWed 9:15 AM Al: $95M\nWed 9:16 AM Bo: net leverage cap?\nWed 9:16 AM Al: 3.4',
      { target_amount: 95e6, max_net_leverage: 3.4 },
    ],
    [
      'Ivy 11:02 \u2014 ask is $70M\nMo 11:03 \u2014 single-market cap?\nIvy 11:04 \u2014 30%',
      { target_amount: 70e6, max_market_share: 0.3 },
    ],
    [
      '> Cal 3:30 PM: what rent ceiling do we add?\n> Dee 3:31 PM: $5M\n> Cal 3:32 PM: and the ask is $85M?\n> Dee 3:32 PM: yes',
      { target_amount: 85e6, max_rent_added: 5e6 },
    ],
    [
      'Mar 12, 14:05 Ana: target $60M\nMar 12, 14:06 Raj: lease adj cap?\nMar 12, 14:07 Ana: 4.9',
      { target_amount: 60e6, max_lease_adjusted_leverage: 4.9 },
    ],
    // A line that only looks stamped is prose: a time and a dash inside a sentence reads as it stands.
    ['Meeting at 10:30 - we need $75M and no more than 3.5x net leverage.', { target_amount: 75e6, max_net_leverage: 3.5 }],
  ],
  "a covenant ratio's name as a snake-case setting key": [
    ['target: 90000000\nnet_debt_to_ebitda: 3.7', { target_amount: 90e6, max_net_leverage: 3.7 }],
    ['target: 90000000\nlease_adj_leverage = 4.8', { target_amount: 90e6, max_lease_adjusted_leverage: 4.8 }],
    ['target: 90000000\nfixed_charge_cover: 1.7', { target_amount: 90e6, min_fixed_charge_coverage: 1.7 }],
    // A key with no ratio's word in it is no covenant.
    ['target: 90000000\nhold_period: 3.7', { target_amount: 90e6 }],
  ],
  "a sheet's rows of a label and a figure": [
    [
      'From the model:\nTarget (USD m), 90\nMax net leverage, 3.3\nTax rate, 24%',
      { target_amount: 90e6, max_net_leverage: 3.3, economics: { tax_rate: 0.24 } },
    ],
    [
      'pasted:\nfield\tvalue\nnet_debt_to_ebitda\t3.6\nlease_adj_leverage\t4.7\ntarget_musd\t140',
      { target_amount: 140e6, max_net_leverage: 3.6, max_lease_adjusted_leverage: 4.7 },
    ],
    // A single such row under prose is a sentence with a comma, not a sheet.
    ['We need $90M. Net leverage, 3.3 today, is fine.', { target_amount: 90e6 }],
  ],
  'a rent-cap key ending in "add"': [
    ['target: 90000000\nmax_rent_add: 6500000', { target_amount: 90e6, max_rent_added: 6.5e6 }],
    // Rent in place is no cap.
    ['target: 90000000\ncurrent_rent: 6500000', { target_amount: 90e6 }],
  ],
  'a row label whose limit word comes after a comma': [
    ['| Item | Ask |\n|---|---|\n| Proceeds | $120m |\n| Extra rent (yearly), cap | $9m |', { target_amount: 120e6, max_rent_added: 9e6 }],
    ['Target: $120M\nNet leverage, max: 3.5x', { target_amount: 120e6, max_net_leverage: 3.5 }],
    // A comma in a sentence before "cap" is no label's.
    ['Target: $120M. Rent is fine, cap whatever you like at the end.', { target_amount: 120e6 }],
  ],
  'coverage explained by its formula in brackets': [
    [
      '$70M, with the coverage ratio (EBITDAR / (interest + rent)) at no less than 1.9x.',
      { target_amount: 70e6, min_fixed_charge_coverage: 1.9 },
    ],
    ['$70M. FCCR (EBITDAR over fixed charges) of at least 1.6x.', { target_amount: 70e6, min_fixed_charge_coverage: 1.6 }],
    // A level measured last year is no floor.
    ['$70M. The coverage ratio (EBITDAR / (interest + rent)) was 2.6x last year.', { target_amount: 70e6 }],
  ],
  'net leverage as what the company may owe against a year of earnings': [
    [
      '$100M. We should not owe more than 3.2 times what we earn in a year (EBITDA), after cash.',
      { target_amount: 100e6, max_net_leverage: 3.2 },
    ],
    ["$100M. The company must owe no more than 3x a year's earnings.", { target_amount: 100e6, max_net_leverage: 3 }],
    // What is owed today, and what is owed against earnings before rent, are no net leverage limit.
    ['$100M. We owe 3.1 times EBITDA today.', { target_amount: 100e6 }],
    ["$100M. We shouldn't owe more than 5 times what we earn (EBITDAR).", { target_amount: 100e6 }],
  ],
  'an emphatic "not a cent more than"': [
    ['$100M, and not a cent more than $7M of extra annual rent.', { target_amount: 100e6, max_rent_added: 7e6 }],
    ['$100M. Not one dollar over $4M of new rent a year.', { target_amount: 100e6, max_rent_added: 4e6 }],
    // Without an amount after it, the refusal asks to sell just enough; without the refusal, a cent is only money.
    ['We need $90M, and not a penny more than the sale needs.', { target_amount: 90e6, economics: { objective: 'min_proceeds' } }],
    ['$100M. Every cent counts.', { target_amount: 100e6 }],
  ],
  "a level used for a ratio in place of the covenant's": [
    ['$65M. Use 3.1x, not the covenant (3.9x), for net leverage.', { target_amount: 65e6, max_net_leverage: 3.1 }],
    [
      '$65M. Take 2.1x and not the 1.7x in the facility for fixed charge coverage.',
      { target_amount: 65e6, min_fixed_charge_coverage: 2.1 },
    ],
    // A level used for something other than the limit is none.
    ['$65M. Use 3.1x, not the covenant (3.9x), for net leverage comparisons with peers.', { target_amount: 65e6 }],
  ],
};

describeFamilies('Brief wording families, round 39: covenants and caps', FAMILIES);
