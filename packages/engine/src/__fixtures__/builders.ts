import type { Asset, CorporateState, SelectorSpec } from '@leaseback/domain';

/** The corporate state of the worked example in docs/domain.md. */
export const WORKED_EXAMPLE_CORPORATE: CorporateState = {
  ebitda: 100,
  net_debt: 300,
  interest_expense: 18,
  rent_expense: 5,
  cost_of_debt: 0.06,
  debt_paydown_share: 1,
  transaction_cost_rate: 0.02,
  lease_adjustment_multiple: 8,
};

/**
 * An asset with sensible defaults. With the default cap rate 0.07 and the
 * example's 2 % selling cost, cash = market_rent / 0.07 x 0.98 = 14 x rent,
 * which keeps hand calculations short.
 */
export function makeAsset(assetId: string, overrides: Partial<Asset> = {}): Asset {
  return {
    asset_id: assetId,
    name: `Site ${assetId}`,
    asset_type: 'warehouse',
    market: 'Dallas',
    market_rent: 1,
    cap_rate: 0.07,
    book_value: 10,
    criticality: 0.5,
    leaseability: 0.5,
    mortgage_balance: 0,
    ...overrides,
  };
}

/** A spec with loose covenants unless overridden. */
export function makeSpec(overrides: Partial<SelectorSpec> = {}): SelectorSpec {
  return {
    program_type: 'slb',
    target_amount: 50,
    hard_constraints: { max_net_leverage: 10, min_fixed_charge_coverage: 0.1 },
    asset_filters: {},
    strategy: 'greedy',
    ...overrides,
  };
}

/** Every number anywhere in a JSON-like value. */
export function collectNumbers(value: unknown, found: number[] = []): number[] {
  if (typeof value === 'number') found.push(value);
  else if (Array.isArray(value)) for (const item of value) collectNumbers(item, found);
  else if (value !== null && typeof value === 'object') for (const item of Object.values(value)) collectNumbers(item, found);
  return found;
}
