import { describeFamilies, type FamilyCase } from '../__fixtures__/example-brief-reading.js';

/**
 * A thirty-second round of wording families for the covenants and caps: a single-market share written as a share of
 * the target or the ask after the market words ("Concentration: no market > 30% of target", "Concentration cap: 50%
 * of the ask"), with its market after a comma ("no more than a third... say 35%, from any one city") or as a pasted
 * setting ("market_cap: 0.35"); lease-adjusted leverage described by what it counts or who uses it ("the leverage
 * they compute by treating rent as if it were debt", "the agencies' leverage figure, the one that adds in our rent");
 * a dot leader before a comparison ("Lease-adj. leverage ... <= 5.5x"); fixed-charge coverage as earnings that must
 * still pay interest and rent a number of times; net leverage as debt held to a multiple of earnings ("keep total
 * debt to 3.4 times earnings or less", "Debt ceiling: 3.7 times EBITDA", "never more than"), with the division sign
 * and a spelt-out column key; a limit asked as a question and answered with the figure alone; and a rent cap said as
 * what the sale may add to the rent paid. Every case states what it must read; a field it does not name is read as
 * absent.
 */
const FAMILIES: Readonly<Record<string, readonly FamilyCase[]>> = {
  'a single-market share of the target or the ask, capped after the market words': [
    ['$85M. Geographic concentration limit: 35% of target.', { target_amount: 85e6, max_market_share: 0.35 }],
    ['$85M. Concentration - no metro > 40% of the target.', { target_amount: 85e6, max_market_share: 0.4 }],
    ['$85M. Concentration ceiling 45% of our ask.', { target_amount: 85e6, max_market_share: 0.45 }],
    ['Scope notes\nMax per metro: 50% of target\nAsk: $85M', { target_amount: 85e6, max_market_share: 0.5 }],
    ['$85M.\nSingle-city share <= 25% of target.', { target_amount: 85e6, max_market_share: 0.25 }],
    [
      'Q: Any market concentration limit? A: no city above 30% of the ask. Q: Size? A: $85M.',
      { target_amount: 85e6, max_market_share: 0.3 },
    ],
    // A share of the target with no market words is a floor's, and a concentration that "is" a share is a level.
    ['$85M, and we would take 80% of target if we must.', { target_amount: 85e6 }],
    ['$85M. Market concentration is 45% of target today.', { target_amount: 85e6 }],
  ],
  'a single-market share with its market after a comma, or as a pasted setting': [
    ['$92M. No more than a quarter... call it 25%, from any one metro.', { target_amount: 92e6, max_market_share: 0.25 }],
    ['$92M. At most 40%, from a single market.', { target_amount: 92e6, max_market_share: 0.4 }],
    ['target: 92M\nmetro_cap: 0.3', { target_amount: 92e6, max_market_share: 0.3 }],
    ['target: 92M\nmarket_share_max = 45%', { target_amount: 92e6, max_market_share: 0.45 }],
    ['$92M. No market to supply more than a third of proceeds, so enter 0.33.', { target_amount: 92e6, max_market_share: 0.33 }],
    // A figure with no market after the comma caps nothing of a market's.
    ['$92M. No more than 40%, from what I hear, is taxed.', { target_amount: 92e6 }],
  ],
  'lease-adjusted leverage described by what it counts or who uses it': [
    [
      '$76M. The leverage figure the agencies watch, the one that counts our rent as debt, must stay under 4.9x.',
      { target_amount: 76e6, max_lease_adjusted_leverage: 4.9 },
    ],
    [
      '$76M. The leverage the lenders calculate by treating our leases as if they were debt can go no higher than 5.1 times.',
      { target_amount: 76e6, max_lease_adjusted_leverage: 5.1 },
    ],
    [
      "$76M. The agencies' leverage number, the one that folds in our rent, at or below 4.4.",
      { target_amount: 76e6, max_lease_adjusted_leverage: 4.4 },
    ],
    [
      "$76M. The rating agencies' view of our leverage, with the leases counted as debt, max 5x.",
      { target_amount: 76e6, max_lease_adjusted_leverage: 5 },
    ],
    ['$76M. Our leases-in leverage ratio: 4.7 at most.', { target_amount: 76e6, max_lease_adjusted_leverage: 4.7 }],
    [
      '$76M. The debt-plus-rent leverage figure the bank uses has to stay at 4.3 or less.',
      { target_amount: 76e6, max_lease_adjusted_leverage: 4.3 },
    ],
    [
      '$76M. The leverage number that includes our lease obligations must not pass 4.8x.',
      { target_amount: 76e6, max_lease_adjusted_leverage: 4.8 },
    ],
    [
      '$76M. The bank will size our debt with the leases counted in - that number has to stay under 5.2.',
      { target_amount: 76e6, max_lease_adjusted_leverage: 5.2 },
    ],
    // Plain leverage with the rent said to rise is net leverage, and a described level today is no limit.
    [
      '$76M. Leverage under 3.5x, with rent escalating 2% a year.',
      { target_amount: 76e6, max_net_leverage: 3.5, economics: { rent_escalator: 0.02 } },
    ],
    ['$76M. The leverage number that counts our leases as debt is 4.1x today.', { target_amount: 76e6 }],
  ],
  'a dot leader before a comparison': [
    ['Ask ........ $130,000,000\nLease-adj. leverage (agency) ... <= 5.3x', { target_amount: 130e6, max_lease_adjusted_leverage: 5.3 }],
    ['Ask ........ $130,000,000\nNet leverage ... < 3.6x', { target_amount: 130e6, max_net_leverage: 3.6 }],
    ['Ask ........ $130,000,000\nFCCR ... >= 1.7x', { target_amount: 130e6, min_fixed_charge_coverage: 1.7 }],
  ],
  'fixed-charge coverage as earnings that must still pay interest and rent a number of times': [
    [
      '$68M. Our earnings must still cover our rent and interest bills at least twice over.',
      { target_amount: 68e6, min_fixed_charge_coverage: 2 },
    ],
    ['$68M. Earnings need to pay for interest and rent 1.7 times over.', { target_amount: 68e6, min_fixed_charge_coverage: 1.7 }],
    ['$68M. EBITDA should still pay for interest plus rent at least 1.85x.', { target_amount: 68e6, min_fixed_charge_coverage: 1.85 }],
    [
      '$68M. We need our earnings to cover fixed charges (interest and rent) at least 1.5 times.',
      { target_amount: 68e6, min_fixed_charge_coverage: 1.5 },
    ],
    [
      '$68M, keeping our earnings at 1.9 times or more of what we pay in rent and interest.',
      { target_amount: 68e6, min_fixed_charge_coverage: 1.9 },
    ],
    // Earnings measured last year, or held at a multiple with no floor's words, set no limit.
    ['$68M. Our earnings covered interest and rent 2.3 times over last year.', { target_amount: 68e6 }],
    ['$68M. We are keeping our earnings at 1.9 times what we pay in rent and interest.', { target_amount: 68e6 }],
  ],
  'net leverage as debt held to a multiple of earnings': [
    ['$104M. Keep our debt to 3.6 times earnings or less.', { target_amount: 104e6, max_net_leverage: 3.6 }],
    ['$104M. Hold total debt at no more than 3.2 times earnings.', { target_amount: 104e6, max_net_leverage: 3.2 }],
    ['Amount: $104M\nDebt cap: 3.9x EBITDA', { target_amount: 104e6, max_net_leverage: 3.9 }],
    ['$104M. Debt never more than four times a year of earnings.', { target_amount: 104e6, max_net_leverage: 4 }],
    ['$104M. Net debt \u00f7 EBITDA at most 3.3x.', { target_amount: 104e6, max_net_leverage: 3.3 }],
    ['target_m,max_nd_ebitda\n104,3.45', { target_amount: 104e6, max_net_leverage: 3.45 }],
    // Debt in money, and debt kept at a multiple with no bound after it, are no limit.
    ['$104M. Keep our debt to $40M or less.', { target_amount: 104e6 }],
    ['$104M. We keep debt at 3 times earnings.', { target_amount: 104e6 }],
  ],
  'a limit asked as a question and answered with the figure alone': [
    ['Treasury checklist\nAsk? $58M.\nNet leverage limit? 3.4x.', { target_amount: 58e6, max_net_leverage: 3.4 }],
    ['Treasury checklist\nAsk? $58M.\nMinimum FCCR? 1.6x', { target_amount: 58e6, min_fixed_charge_coverage: 1.6 }],
    ['Treasury checklist\nAsk? $58M.\nlal_max 5.1x', { target_amount: 58e6, max_lease_adjusted_leverage: 5.1 }],
  ],
  'a rent cap said as what the sale may add to the rent paid': [
    ['$71M. The rent we sign up for cannot add more than $3.8M a year to our costs.', { target_amount: 71e6, max_rent_added: 3.8e6 }],
    ['$71M. Whatever we sell must not add more than $5M a year to our rent bill.', { target_amount: 71e6, max_rent_added: 5e6 }],
    ["$71M. We'll take on at most $4M more in rent each year.", { target_amount: 71e6, max_rent_added: 4e6 }],
    ['Q&A\nQ1 Size? - $71M.\nQ2 Rent we can take on? - $6.5M a year max.', { target_amount: 71e6, max_rent_added: 6.5e6 }],
    ['{"target_usd": 71000000, "new_rent_max_usd": 4500000}', { target_amount: 71e6, max_rent_added: 4.5e6 }],
    // What a sale adds that is not rent, and more paid in fees, are no rent cap.
    ['$71M. Whatever we sell should not add more than $2M a year to our costs.', { target_amount: 71e6 }],
    ["$71M. We'll pay up to $1M more in advisory fees.", { target_amount: 71e6 }],
  ],
};

describeFamilies('covenants and caps, round 32', FAMILIES);
