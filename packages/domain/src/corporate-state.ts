import { z } from 'zod';
import { finiteNumber } from './primitives.js';

/**
 * The company's financial position before the program (last twelve months).
 * `cost_of_debt` is optional: when absent the engine uses
 * `interest_expense / net_debt` when net debt is positive, else 0.
 */
export const CorporateStateSchema = z.strictObject({
  ebitda: finiteNumber().gt(0, 'must be > 0'),
  /** Debt minus cash; may be negative. */
  net_debt: finiteNumber(),
  interest_expense: finiteNumber().min(0, 'must be >= 0'),
  /** Annual rent already paid on leased sites (R0). */
  rent_expense: finiteNumber().min(0, 'must be >= 0'),
  /** Rate saved on debt repaid. */
  cost_of_debt: finiteNumber().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').optional(),
  /** Share `u` of cash proceeds used to repay debt. */
  debt_paydown_share: finiteNumber().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').default(1),
  /** Default cost of selling an asset, as a share of its price. */
  transaction_cost_rate: finiteNumber().min(0, 'must be >= 0 and < 1').lt(1, 'must be >= 0 and < 1').default(0.02),
  /** `k` in lease-adjusted leverage (rent capitalised at k times). */
  lease_adjustment_multiple: finiteNumber().min(0, 'must be >= 0').default(8),
});
/** A validated corporate state (defaults applied). */
export type CorporateState = z.output<typeof CorporateStateSchema>;
/** A corporate state as a caller may write it. */
export type CorporateStateInput = z.input<typeof CorporateStateSchema>;
