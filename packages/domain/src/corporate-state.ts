import { z } from 'zod';
import { AccountingBasisSchema } from './program-economics.js';
import { finiteNumber, leaseTermYears, rentEscalator, taxRate } from './primitives.js';

/**
 * The company's financial position before the program (last twelve months).
 * `cost_of_debt` is optional: when absent the engine uses
 * `interest_expense / net_debt` when net debt is positive, else 0.
 */
export const CorporateStateSchema = z.strictObject({
  ebitda: finiteNumber().gt(0, 'must be > 0').describe('EBITDA of the last twelve months, USD, > 0'),
  /** Debt minus cash; may be negative. */
  net_debt: finiteNumber().describe('Debt minus cash, USD; may be negative (net cash)'),
  interest_expense: finiteNumber().min(0, 'must be >= 0').describe('Interest paid over the last twelve months, USD a year, >= 0'),
  /** Annual rent already paid on leased sites (R0). */
  rent_expense: finiteNumber()
    .min(0, 'must be >= 0')
    .describe('Rent already paid on leased sites, USD a year, >= 0 (before any leaseback)'),
  /** Rate saved on debt repaid. */
  cost_of_debt: finiteNumber()
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .describe('Rate saved on debt repaid, decimal 0..1; default: interest_expense / net_debt when net debt is positive, else 0')
    .meta({ examples: [0.06] })
    .optional(),
  /** Share `u` of cash proceeds used to repay debt. */
  debt_paydown_share: finiteNumber()
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .describe('Share of cash proceeds used to repay debt, decimal 0..1; default 1 (all of it)')
    .default(1),
  /** Default cost of selling an asset, as a share of its price. */
  transaction_cost_rate: finiteNumber()
    .min(0, 'must be >= 0 and < 1')
    .lt(1, 'must be >= 0 and < 1')
    .describe('Default cost of selling an asset as a share of its price, decimal 0 <= c < 1; default 0.02')
    .default(0.02),
  /** `k` in lease-adjusted leverage (rent capitalised at k times). */
  lease_adjustment_multiple: finiteNumber()
    .min(0, 'must be >= 0')
    .describe('k in lease-adjusted leverage: rent is capitalised at k times, a multiple >= 0; default 8')
    .default(8),
  /** Lease term of an asset that states none, whole years 1..50; the engine uses 15 when absent. */
  default_lease_term_years: leaseTermYears()
    .describe('Lease term in whole years (1..50) for an asset that states none; default 15')
    .optional(),
  /** Rent escalator of an asset that states none, 0 <= g < 0.25; the engine uses 0.02 when absent. */
  default_rent_escalator: rentEscalator()
    .describe('Annual rent escalator as a decimal (0 <= g < 0.25) for an asset that states none; default 0.02')
    .optional(),
  /** Rate that discounts lease payments (IFRS 16 / ASC 842 IBR), 0..1; the engine uses the resolved cost of debt when absent. */
  incremental_borrowing_rate: finiteNumber()
    .min(0, 'must be between 0 and 1')
    .max(1, 'must be between 0 and 1')
    .describe('Rate discounting lease payments (IBR), decimal 0..1; default: the resolved cost_of_debt')
    .meta({ examples: [0.065] })
    .optional(),
  /** Rate on a net gain on sale, 0..1; the engine uses 0 when absent. */
  tax_rate: taxRate().describe('Tax rate on a net gain on sale, decimal 0..1; default 0').optional(),
  /** `us_gaap` (new rent is an operating cost) or `ifrs16` (new leases are debt); the engine uses `us_gaap` when absent. */
  accounting_basis: AccountingBasisSchema.describe(
    'us_gaap: new rent is an operating cost; ifrs16: new leases are debt (net debt gains the lease liability, EBITDA keeps the rent); default us_gaap',
  )
    .meta({ examples: ['us_gaap'] })
    .optional(),
});
/** A validated corporate state (defaults applied). */
export type CorporateState = z.output<typeof CorporateStateSchema>;
/** A corporate state as a caller may write it. */
export type CorporateStateInput = z.input<typeof CorporateStateSchema>;
