import { z } from 'zod';
import { finiteNumber, leaseTermYears, nonEmptyString, rentEscalator, unitInterval } from './primitives.js';

/** The kinds of real estate a company may sell and lease back. */
export const AssetTypeSchema = z.enum([
  'distribution_center',
  'warehouse',
  'manufacturing',
  'office',
  'retail',
  'data_center',
  'lab',
  'other',
]);
/** One of the asset types in `AssetTypeSchema`. */
export type AssetType = z.infer<typeof AssetTypeSchema>;

/** Every asset type, in a stable order. */
export const ASSET_TYPES: readonly AssetType[] = AssetTypeSchema.options;

/**
 * A property the company owns and occupies. Money in USD, annual figures LTM,
 * ratios as plain decimals. Unknown fields are rejected so that a misspelt
 * optional field (`mortgage_balence`) is never silently ignored.
 */
export const AssetSchema = z.strictObject({
  asset_id: nonEmptyString().describe('Unique id of the asset within the portfolio, e.g. "DC-001"'),
  name: nonEmptyString().describe('Display name of the site, e.g. "Columbus distribution center"'),
  asset_type: AssetTypeSchema.describe(
    'Kind of real estate (distribution_center, warehouse, manufacturing, office, retail, data_center, lab, other)',
  ),
  market: nonEmptyString().describe('Market (metro area) the site is in, e.g. "Columbus, OH"'),
  /** Annual triple-net rent after the leaseback (the buyer's NOI). */
  market_rent: finiteNumber()
    .gt(0, 'must be > 0')
    .describe("Annual triple-net rent after the leaseback, USD a year (the buyer's NOI), > 0"),
  /** The buyer's capitalization rate. */
  cap_rate: finiteNumber()
    .gt(0, 'must be > 0 and < 1')
    .lt(1, 'must be > 0 and < 1')
    .describe("The buyer's capitalization rate, decimal 0 < r < 1 (0.065 = 6.5 %); price = market_rent / cap_rate"),
  book_value: finiteNumber()
    .min(0, 'must be >= 0')
    .describe('Carrying value on the balance sheet, USD, >= 0 (gain on sale = price - book value)'),
  /** 0..1, how essential to operations (1 = cannot operate without it). */
  criticality: unitInterval().describe('How essential to operations, 0..1 (1 = the company cannot operate without it)'),
  /** 0..1, how easily an investor could re-let it (1 = generic box). */
  leaseability: unitInterval().describe('How easily an investor could re-let it, 0..1 (1 = generic box)'),
  /** Debt secured on the asset, repaid at sale. */
  mortgage_balance: finiteNumber()
    .min(0, 'must be >= 0')
    .describe('Debt secured on the asset and repaid at sale, USD, >= 0; default 0')
    .default(0),
  /** Per-asset override of the corporate default cost of selling. */
  transaction_cost_rate: finiteNumber()
    .min(0, 'must be >= 0 and < 1')
    .lt(1, 'must be >= 0 and < 1')
    .describe('Cost of selling this asset as a share of its price, decimal 0 <= c < 1; default: the corporate transaction_cost_rate')
    .meta({ examples: [0.025] })
    .optional(),
  /** Initial term of the leaseback in whole years (1..50); default: the corporate `default_lease_term_years`. */
  lease_term_years: leaseTermYears()
    .describe('Initial leaseback term, whole years 1..50; default: corporate default_lease_term_years (15)')
    .optional(),
  /** Annual rent growth of the leaseback, 0 <= g < 0.25; default: the corporate `default_rent_escalator`. */
  rent_escalator: rentEscalator()
    .describe('Annual rent growth as a decimal, 0 <= g < 0.25 (0.02 = 2 % a year); default: corporate default_rent_escalator (0.02)')
    .optional(),
});
/** A validated asset (defaults applied). */
export type Asset = z.output<typeof AssetSchema>;
/** An asset as a caller may write it (optional fields may be left out). */
export type AssetInput = z.input<typeof AssetSchema>;

/**
 * A non-empty list of assets whose `asset_id`s are unique. Duplicates are
 * reported at the later occurrence, naming the first.
 */
export const AssetListSchema = z
  .array(AssetSchema)
  .min(1, 'must contain at least one asset')
  .superRefine((assets, context) => {
    const firstIndexById = new Map<string, number>();
    assets.forEach((asset, index) => {
      const first = firstIndexById.get(asset.asset_id);
      if (first === undefined) firstIndexById.set(asset.asset_id, index);
      else
        context.addIssue({
          code: 'custom',
          path: [index, 'asset_id'],
          message: `duplicate asset_id "${asset.asset_id}" (first used at [${first}])`,
        });
    });
  });
