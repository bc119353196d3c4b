/**
 * Example request bodies for the OpenAPI document: a small but complete
 * portfolio (two assets) and the briefs a caller would send. The route table
 * names an example per operation; a test checks each one is accepted by the
 * operation's own input schema.
 */

/** A two-asset portfolio in the shape every planning endpoint takes (money in USD, rates as fractions). */
export const EXAMPLE_ASSETS = [
  {
    asset_id: 'DC-ATL-01',
    name: 'Atlanta distribution center',
    asset_type: 'distribution_center',
    market: 'Atlanta',
    market_rent: 9_000_000,
    cap_rate: 0.065,
    book_value: 80_000_000,
    criticality: 0.2,
    leaseability: 0.9,
  },
  {
    asset_id: 'WH-DAL-02',
    name: 'Dallas warehouse',
    asset_type: 'warehouse',
    market: 'Dallas',
    market_rent: 6_500_000,
    cap_rate: 0.07,
    book_value: 55_000_000,
    criticality: 0.3,
    leaseability: 0.85,
  },
] as const;

/** The company's figures before the program (USD, per year where a flow). */
export const EXAMPLE_CORPORATE_STATE = {
  ebitda: 420_000_000,
  net_debt: 1_260_000_000,
  interest_expense: 75_000_000,
  rent_expense: 30_000_000,
  debt_paydown_share: 1,
  transaction_cost_rate: 0.02,
  lease_adjustment_multiple: 8,
} as const;

const BRIEF =
  'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x. Nothing mission-critical.';

/** Example bodies by the OpenAPI input component they illustrate. */
export const REQUEST_EXAMPLES = {
  ProgramRequest: { program_description: BRIEF, assets: EXAMPLE_ASSETS, corporate_state: EXAMPLE_CORPORATE_STATE, fund_id: 'fund-a' },
  ScenarioSetRequest: {
    brief: 'Compare a base case with a risk-off and an aggressive variant.',
    base_request: { program_description: BRIEF, assets: EXAMPLE_ASSETS, corporate_state: EXAMPLE_CORPORATE_STATE },
    num_scenarios: 3,
    fund_id: 'fund-a',
  },
  CreateSessionRequest: { assets: EXAMPLE_ASSETS, corporate_state: EXAMPLE_CORPORATE_STATE, company: 'Northwind', fund_id: 'fund-a' },
  TurnRequest: { message: BRIEF, expected_version: 1 },
} as const;

/** The input components that have an example. */
export type ExampleName = keyof typeof REQUEST_EXAMPLES;
