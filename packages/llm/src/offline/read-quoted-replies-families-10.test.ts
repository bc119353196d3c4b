import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * Briefs written as a thread: lines opening with "> " quote an earlier message and the lines below answer them. A
 * reply may replace a quoted figure, approve the quoted line as written, or settle a quoted exclusion question.
 * Every case states what it must read; a field it does not name is read as absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a reply that replaces the quoted figure of the same field ("> Market cap 50%?" / "Lower it to 40%.")': [
    ['> Single-market cap 45%?\nBring it down to 35%. Raise $90M.', { target_amount: 90e6, max_market_share: 0.35 }],
    ['> max criticality 0.8\nTighten to 0.65.\n> Raise $75M\nFine.', { target_amount: 75e6, max_criticality: 0.65 }],
    ['> new rent no more than $9M\nToo loose. Make it $7M. Target $130M.', { target_amount: 130e6, max_rent_added: 7e6 }],
    ['> Proceeds $140M\nCut to $120M - the buyer pool is thin.', { target_amount: 120e6 }],
    ['> Gain tax 21%\nUse 25%, the blended rate. $60M.', { target_amount: 60e6, economics: { tax_rate: 0.25 } }],
    [
      '> Lease-adjusted leverage 5.5x\nThe agent will only accept 5.0x. Raise $110M.',
      { target_amount: 110e6, max_lease_adjusted_leverage: 5 },
    ],
    // A new figure for another field replaces nothing quoted.
    [
      '> market cap 30%\nUse 2% escalators. Raise $80M.',
      { target_amount: 80e6, max_market_share: 0.3, economics: { rent_escalator: 0.02 } },
    ],
  ],
  'a new figure stated as the one that holds ("4.0x is the number", "Buyer now wants 20. Use 20 years.")': [
    ['> 4.25x net leverage\nCredit came back: 4.0x is the number. Raise $95M.', { target_amount: 95e6, max_net_leverage: 4 }],
    ['> lease term 15 years\nThe buyer now wants 20. Use 20 years. $70M.', { target_amount: 70e6, economics: { lease_term_years: 20 } }],
    ['> lease term 10?\n15 years.\n> Raise $50M?\nYes.', { target_amount: 50e6, economics: { lease_term_years: 15 } }],
    ['> target $150M / floor $120M\nTarget $135M, floor $120M.', { target_amount: 135e6, floor_amount: 120e6 }],
    // A figure of another field of the same kind replaces nothing quoted.
    [
      '> net leverage 3.5x max\nAnd FCCR at least 2.0x, please. Raise $80M.',
      { target_amount: 80e6, max_net_leverage: 3.5, min_fixed_charge_coverage: 2 },
    ],
  ],
  'a quoted amount approved as written ("> $120M" / "OK.")': [
    ['> $95M\nOK.\n> FCCR 1.8x\nAgreed.', { target_amount: 95e6, min_fixed_charge_coverage: 1.8 }],
    ['> $140M from warehouses only\nFine.', { target_amount: 140e6, asset_types: ['warehouse'] }],
    ['> leaseability at least 0.55\nStays.\n> $70M\nConfirmed.', { target_amount: 70e6, min_leaseability: 0.55 }],
    // A single line is no thread: "> $120M" there is "more than $120M".
    ['> $120M', { target_amount: 120e6, floor_amount: 120e6 }],
  ],
  'a quoted exclusion question widened or narrowed by the reply ("Yes, and the X", "Just Y. Keep Z.")': [
    [
      '> Exclude the Dallas HQ?\nYes, plus the Carrollton data center. $75M.',
      { target_amount: 75e6, exclude_asset_ids: ['DAL-01', 'DAL-05'] },
    ],
    ['> Should we drop Phoenix?\nYes. And Chicago. Raise $65M.', { target_amount: 65e6, exclude_markets: ['Chicago', 'Phoenix'] }],
    ['> Leave out Dallas, Phoenix or Chicago?\nOnly Phoenix. Raise $85M.', { target_amount: 85e6, exclude_markets: ['Phoenix'] }],
    ['> Exclude Chicago and Dallas?\nDallas only. Keep Chicago.\nRaise $60M.', { target_amount: 60e6, exclude_markets: ['Dallas'] }],
    // A reply that only happens to open with "just" keeps the list.
    [
      '> Exclude Chicago and Dallas?\nJust checking the numbers first. Raise $60M.',
      { target_amount: 60e6, exclude_markets: ['Chicago', 'Dallas'] },
    ],
  ],
};

describeFamilies('reading replies to quoted lines', FAMILIES);
