import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKED_EXAMPLE_CORPORATE, makeAsset } from '../__fixtures__/builders.js';
import { resolveEconomicTerms } from './economic-terms.js';
import { leasebackRate } from './lease-cash-flows.js';
import { LeaseValuation } from './lease-valuation.js';

/** The growing annuity summed year by year, independently of the engine's closed form. */
function rentsValue(rent: number, growth: number, rate: number, years: number): number {
  let total = 0;
  for (let year = 1; year <= years; year += 1) total += (rent * (1 + growth) ** (year - 1)) / (1 + rate) ** year;
  return total;
}

const leaseInput = fc.record({
  rent: fc.integer({ min: 1, max: 50_000 }).map((value) => value / 10),
  capRate: fc.integer({ min: 30, max: 150 }).map((value) => value / 1000),
  growth: fc.integer({ min: 0, max: 60 }).map((value) => value / 1000),
  years: fc.integer({ min: 1, max: 50 }),
  costRate: fc.integer({ min: 0, max: 80 }).map((value) => value / 1000),
});

describe('LeaseValuation', () => {
  it('gives the direct formulas to 1e-9, whatever was valued before', () => {
    fc.assert(
      fc.property(fc.array(leaseInput, { minLength: 1, maxLength: 12 }), fc.integer({ min: 1, max: 120 }), (inputs, ratePermille) => {
        const rate = ratePermille / 1000;
        const assets = inputs.map((input, index) =>
          makeAsset(`X${index}`, {
            market_rent: input.rent,
            cap_rate: input.capRate,
            lease_term_years: input.years,
            rent_escalator: input.growth,
            transaction_cost_rate: input.costRate,
          }),
        );
        const terms = resolveEconomicTerms({ ...WORKED_EXAMPLE_CORPORATE, incremental_borrowing_rate: rate }, rate, undefined);
        const forward = new LeaseValuation(terms, rate);
        const backward = new LeaseValuation(terms, rate);
        const valueAll = (valuation: LeaseValuation, order: readonly number[]) =>
          order.map((index) => {
            const asset = assets[index] as (typeof assets)[number];
            const input = inputs[index] as (typeof inputs)[number];
            const gross = (input.rent / input.capRate) * (1 - input.costRate);
            return [
              valuation.leaseLiability(asset),
              valuation.residualValue(asset),
              valuation.npvCost(asset, gross),
              valuation.impliedCost(asset, input.costRate),
            ];
          });
        const order = inputs.map((_, index) => index);
        const reversed = [...order].reverse();
        const first = valueAll(forward, order);
        const second = valueAll(backward, reversed).reverse();
        // Memoised factors are pure functions of their keys: bit for bit the same in any order.
        expect(second).toEqual(first);
        inputs.forEach((input, index) => {
          const [liability, residual, npvCost, implied] = first[index] as number[];
          const gross = (input.rent / input.capRate) * (1 - input.costRate);
          const expectedResidual = (input.rent * (1 + input.growth) ** input.years) / input.capRate;
          const expectedLiability = rentsValue(input.rent, input.growth, rate, input.years);
          expect(Math.abs((liability as number) - expectedLiability)).toBeLessThan(1e-9 * Math.max(1, expectedLiability));
          expect(Math.abs((residual as number) - expectedResidual)).toBeLessThan(1e-9 * Math.max(1, expectedResidual));
          const expectedNpv = expectedLiability + expectedResidual / (1 + rate) ** input.years - gross;
          expect(Math.abs((npvCost as number) - expectedNpv)).toBeLessThan(1e-9 * Math.max(1, gross));
          const direct = leasebackRate(
            { rent: input.rent, escalator: input.growth, years: input.years },
            expectedResidual,
            gross,
            input.capRate,
          );
          expect(implied).not.toBeNull();
          expect(Math.abs((implied as number) - (direct as number))).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 150 },
    );
  });
});
