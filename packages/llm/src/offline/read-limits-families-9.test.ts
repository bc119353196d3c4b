import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A ninth round of wording families for the covenants, the market-share cap, the new-rent cap and the score
 * filters. Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'the most new rent the company can take on ("the most rent we can add is $12M/yr")': [
    [
      'Raise $150M, though the most rent we can add is $11M/yr. Leave out Dallas.',
      { target_amount: 150e6, max_rent_added: 11e6, exclude_markets: ['Dallas'] },
    ],
    ['Raise $90M. The most new rent the company could absorb is $7M a year.', { target_amount: 90e6, max_rent_added: 7e6 }],
    ["Target $120M; the most additional rent we'd accept is $9.5M per annum.", { target_amount: 120e6, max_rent_added: 9.5e6 }],
    ['Raise $100M. The most extra rent we are able to carry is $6M.', { target_amount: 100e6, max_rent_added: 6e6 }],
    // Rent in place, or a question left open, is no cap.
    ['Raise $90M. The most rent we pay today is $4M a year.', { target_amount: 90e6 }],
    ['Raise $90M. The most rent we can add would be a question for treasury.', { target_amount: 90e6 }],
  ],
  'a score read out digit by digit ("criticality ceiling zero point six five")': [
    [
      'Criticality cap zero point seven five. Target one hundred and twenty million dollars.',
      { target_amount: 120e6, max_criticality: 0.75 },
    ],
    [
      'Raise $80M, criticality max point seven, leaseability at least zero point five five.',
      { target_amount: 80e6, max_criticality: 0.7, min_leaseability: 0.55 },
    ],
    ['Criticality no higher than nought point six. $90M.', { target_amount: 90e6, max_criticality: 0.6 }],
    ['Leaseability floor zero point six. Raise $70M.', { target_amount: 70e6, min_leaseability: 0.6 }],
    // A whole number in words is no score.
    ['Criticality ceiling: three. Target $120M.', { target_amount: 120e6 }],
  ],
  'a level refused by a wish that it were not done ("I\'d rather we didn\'t touch anything scoring above 0.4 on criticality")': [
    ["I'd sooner we didn't sell anything scored above 0.45 on criticality. $65m.", { target_amount: 65e6, max_criticality: 0.45 }],
    ["We'd prefer you didn't sell anything rated above 0.55 on criticality. Raise $60M.", { target_amount: 60e6, max_criticality: 0.55 }],
    ["I'd rather we didnt touch anything scoring below 0.6 on leaseability. Raise $60M.", { target_amount: 60e6, min_leaseability: 0.6 }],
    // What was not done before is no wish.
    ["Last round we didn't sell anything scoring above 0.4 on criticality. Raise $60M.", { target_amount: 60e6 }],
  ],
  'a multiple in words, then "net" ("three and a half times net is the hard line")': [
    ['Leverage: the bank said four and a half times net is the hard line. Raise $130M.', { target_amount: 130e6, max_net_leverage: 4.5 }],
    ['Treasury: four times net is the ceiling. Raise $120M.', { target_amount: 120e6, max_net_leverage: 4 }],
    ['Raise $90M; keep it under three point two five times net.', { target_amount: 90e6, max_net_leverage: 3.25 }],
    // Net proceeds are no leverage.
    ['Raise $90M. Three times net proceeds would be nice.', { target_amount: 90e6 }],
  ],
  'what one market may supply passing a share of the target ("no single market should provide more than one third of the Target Proceeds")':
    [
      [
        'It was agreed that no single market should supply more than one third of the Target Proceeds of $140m.',
        { target_amount: 140e6, max_market_share: 1 / 3 },
      ],
      ['Raise $120M. No single city may supply more than a quarter of the target.', { target_amount: 120e6, max_market_share: 0.25 }],
      [
        'Raise $120M; no one market should contribute more than two fifths of the target proceeds.',
        { target_amount: 120e6, max_market_share: 0.4 },
      ],
      // A share of the target that is the floor is no market cap.
      ['Raise $120M. No single market dominates; the floor is two thirds of the target.', { target_amount: 120e6, floor_amount: 80e6 }],
    ],
  'leaseability below a level ruled out ("(leaseability below 0.7 is out)")': [
    [
      'Site leads agreed: nothing over 0.5 criticality, nothing hard to re-let (leaseability under 0.65 is out). $55M.',
      { target_amount: 55e6, max_criticality: 0.5, min_leaseability: 0.65 },
    ],
    ['Raise $50M. Leaseability under 0.6 is excluded.', { target_amount: 50e6, min_leaseability: 0.6 }],
    ['Raise $50M. Anything with leaseability below 0.6 is off the table.', { target_amount: 50e6, min_leaseability: 0.6 }],
    ['Raise $50M. Sites with leaseability under 60% are excluded.', { target_amount: 50e6, min_leaseability: 0.6 }],
    // A low level that is only a worry rules nothing out.
    ['Raise $50M. Leaseability below 0.7 is our main worry.', { target_amount: 50e6 }],
  ],
  'leverage named with its basis after it ("leverage on a lease-adjusted basis maximum is 4.35")': [
    ['Raise $135M. Leverage on a lease-adjusted basis maximum is 4.35.', { target_amount: 135e6, max_lease_adjusted_leverage: 4.35 }],
    ['Raise $90M. Leverage on a lease-adjusted basis no higher than 4.6x.', { target_amount: 90e6, max_lease_adjusted_leverage: 4.6 }],
    ['Raise $90M. Leverage in rent-adjusted terms must stay under 5x.', { target_amount: 90e6, max_lease_adjusted_leverage: 5 }],
    // The basis only reported, with no level of its own.
    [
      'Raise $90M. Net leverage under 3.5x; we report leverage on a lease-adjusted basis too.',
      { target_amount: 90e6, max_net_leverage: 3.5 },
    ],
  ],
};

describeFamilies('offline brief reader, limits wording (9)', FAMILIES);
