import { parseInput, ProgramRequestSchema, type ProgramRequest, type SelectorSpec } from '@leaseback/domain';

/** A small portfolio where every figure is easy to check by hand. Cash per asset = rent / cap x 0.98. */
export const smallRequest: ProgramRequest = parseInput(ProgramRequestSchema, {
  program_description: 'Raise $100 from the boxes, leverage under 3.5x, coverage above 1.5x',
  corporate_state: { ebitda: 100, net_debt: 300, interest_expense: 18, rent_expense: 5, cost_of_debt: 0.06 },
  assets: [
    // cash 58.8 each
    {
      asset_id: 'A',
      name: 'Box A',
      asset_type: 'warehouse',
      market: 'Dallas',
      market_rent: 4.2,
      cap_rate: 0.07,
      book_value: 30,
      criticality: 0.2,
      leaseability: 0.9,
    },
    {
      asset_id: 'B',
      name: 'Box B',
      asset_type: 'warehouse',
      market: 'Atlanta',
      market_rent: 4.2,
      cap_rate: 0.07,
      book_value: 30,
      criticality: 0.3,
      leaseability: 0.8,
    },
    {
      asset_id: 'C',
      name: 'Plant C',
      asset_type: 'manufacturing',
      market: 'Atlanta',
      market_rent: 4.2,
      cap_rate: 0.07,
      book_value: 30,
      criticality: 0.8,
      leaseability: 0.4,
    },
  ],
});

/** A spec that two boxes meet (117.6 >= 100). */
export const feasibleSpec: SelectorSpec = {
  program_type: 'slb',
  target_amount: 100,
  hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 1.5 },
  asset_filters: { max_criticality: 0.5 },
  strategy: 'greedy',
};

/** 150 is out of reach of the two boxes (117.6); the plant is filtered out. */
export const infeasibleSpec: SelectorSpec = { ...feasibleSpec, target_amount: 150 };
