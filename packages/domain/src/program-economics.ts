import { z } from 'zod';
import { finiteNumber, leaseTermYears, rentEscalator, taxRate } from './primitives.js';
import type { InputProblem } from './validation.js';

/**
 * How the company reports leases: `us_gaap` (ASC 842 operating lease: the new
 * rent is an operating cost, the lease stays out of net debt) or `ifrs16` (every
 * lease is debt: the lease liability joins net debt, EBITDA keeps the rent).
 */
export const AccountingBasisSchema = z.enum(['us_gaap', 'ifrs16']);
/** An accounting basis. */
export type AccountingBasis = z.infer<typeof AccountingBasisSchema>;

/** Every accounting basis, in a stable order. */
export const ACCOUNTING_BASES: readonly AccountingBasis[] = AccountingBasisSchema.options;

/**
 * What the exact strategy minimises among sets that meet the target and every
 * covenant: `min_proceeds` (sell no more than needed) or `min_npv_cost` (the
 * cheapest capital, in today's money against borrowing at the cost of debt).
 */
export const SelectionObjectiveSchema = z.enum(['min_proceeds', 'min_npv_cost']);
/** A selection objective. */
export type SelectionObjective = z.infer<typeof SelectionObjectiveSchema>;

/**
 * Terms of the program stated by the brief, a what-if scenario or the caller.
 * Each applies to every asset of the program and wins over the asset's own value
 * and the corporate default (a brief saying "15-year leases" speaks for every
 * sale). Absent fields leave the portfolio's figures as they are.
 */
export const ProgramTermsSchema = z.strictObject({
  /** Lease term of every leaseback in the program, whole years 1..50. */
  lease_term_years: leaseTermYears()
    .describe('Lease term of every leaseback in the program, whole years 1..50.')
    .meta({ examples: [20] })
    .optional(),
  /** Annual rent escalator of every leaseback in the program, 0 <= g < 0.25. */
  rent_escalator: rentEscalator()
    .describe('Annual rent escalator of every leaseback in the program, 0 <= g < 0.25.')
    .meta({ examples: [0.025] })
    .optional(),
  /** Reporting basis the covenants are tested on. */
  accounting_basis: AccountingBasisSchema.describe('Reporting basis the covenants are tested on.')
    .meta({ examples: ['ifrs16'] })
    .optional(),
  /** Tax rate on a net gain on sale, 0..1. */
  tax_rate: taxRate()
    .describe('Tax rate on a net gain on sale, 0..1.')
    .meta({ examples: [0.21] })
    .optional(),
});
/** Validated program terms. */
export type ProgramTerms = z.output<typeof ProgramTermsSchema>;

/** One selected asset's economics, in the order of selection. Money in the input's units, rates as decimals. */
export const AssetEconomicsSchema = z.strictObject({
  asset_id: z.string().describe('The asset sold'),
  /** Cash the company keeps from this sale: gross proceeds less the mortgage repaid (money); absent on runs stored before it was recorded. */
  cash_proceeds: finiteNumber()
    .optional()
    .describe(
      'Cash the company keeps from this sale: gross proceeds less the mortgage repaid (money); absent on runs stored before it was recorded.',
    ),
  /** Present value of the lease payments at the incremental borrowing rate (money). */
  lease_liability: finiteNumber().describe('Present value of the lease payments at the incremental borrowing rate (money).'),
  /** What the buyer holds at lease end: the next year's rent capitalised at the cap rate (money). */
  residual_value: finiteNumber().describe("What the buyer holds at lease end: the next year's rent capitalised at the cap rate (money)."),
  /** Pre-tax cost of the funding (IRR of gross proceeds against rents and residual), decimal; null when it does not exist. */
  implied_cost: finiteNumber()
    .nullable()
    .describe('Pre-tax cost of the funding (IRR of gross proceeds against rents and residual), decimal; null when it does not exist.'),
  /** Extra cost in today's money against keeping the asset and borrowing at the cost of debt (money; negative = cheaper). */
  npv_cost: finiteNumber().describe(
    "Extra cost in today's money against keeping the asset and borrowing at the cost of debt (money; negative = cheaper).",
  ),
  /** Gross proceeds less book value (money; negative = a loss). */
  gain_on_sale: finiteNumber().describe('Gross proceeds less book value (money; negative = a loss).'),
});
/** One asset's economics. */
export type AssetEconomics = z.output<typeof AssetEconomicsSchema>;

/**
 * What the program's capital costs and what it does to reported leverage
 * (`docs/domain.md`, "Program economics and accounting views"). Money in the
 * input's units, rates and ratios as decimals, `null` where a figure does not
 * exist (the IRR of an empty selection, rent coverage with no rent).
 */
export const ProgramEconomicsSchema = z.strictObject({
  /** The basis the covenants were checked on. */
  accounting_basis: AccountingBasisSchema.describe('The basis the covenants were checked on.'),
  /** R: the annual rent the program adds (first-year rents, money). */
  annual_rent_added: finiteNumber().describe('R: the annual rent the program adds (first-year rents, money).'),
  /** EBITDAR / (R0 + R) after the program (ratio); null when there is no rent. */
  rent_coverage_after: finiteNumber().nullable().describe('EBITDAR / (R0 + R) after the program (ratio); null when there is no rent.'),
  /** Sum of the selected assets' lease liabilities (money). */
  lease_liability_added: finiteNumber().describe("Sum of the selected assets' lease liabilities (money)."),
  /** IRR of the program's summed cash flows (decimal); null for an empty selection. */
  implied_cost_of_capital: finiteNumber()
    .nullable()
    .describe("IRR of the program's summed cash flows (decimal); null for an empty selection."),
  /** Sum of the selected assets' NPV costs (money). */
  npv_cost: finiteNumber().describe("Sum of the selected assets' NPV costs (money)."),
  /** Net gain on sale: gross proceeds less book values (money). */
  gain_on_sale: finiteNumber().describe('Net gain on sale: gross proceeds less book values (money).'),
  /** tax_rate x max(0, gain_on_sale) (money). */
  tax_on_gain: finiteNumber().describe('tax_rate x max(0, gain_on_sale) (money).'),
  /** Cash proceeds less the tax on the gain (money). */
  after_tax_proceeds: finiteNumber().describe('Cash proceeds less the tax on the gain (money).'),
  /** The resolved cost of debt, for comparison with the implied cost (decimal). */
  cost_of_debt: finiteNumber().describe('The resolved cost of debt, for comparison with the implied cost (decimal).'),
  /** Net leverage after the program under the basis not in force (ratio); null when that basis's EBITDA' <= 0. */
  net_leverage_after_other_basis: finiteNumber()
    .nullable()
    .describe("Net leverage after the program under the basis not in force (ratio); null when that basis's EBITDA' <= 0."),
  /** One entry per selected asset, in selection order. */
  assets: z.array(AssetEconomicsSchema).describe('One entry per selected asset, in selection order.'),
});
/** A program's economics. */
export type ProgramEconomics = z.output<typeof ProgramEconomicsSchema>;

/**
 * The one rule tying the objective to the strategy: `min_npv_cost` needs the
 * exact strategy (the greedy walk has no objective to minimise). Returns the
 * problem naming the `objective` field under `root`, or null.
 */
export function findObjectiveProblem(
  objective: SelectionObjective | null | undefined,
  strategy: string | null | undefined,
  root = 'spec',
): InputProblem | null {
  if (objective === null || objective === undefined || objective === 'min_proceeds') return null;
  if (strategy === 'exact') return null;
  return {
    path: root === '' ? 'objective' : `${root}.objective`,
    message: `"${objective}" needs the exact strategy (strategy is "${strategy ?? 'greedy'}")`,
  };
}
