import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { solveByBranchAndBound } from './branch-and-bound.js';
import type { CombinatorialProblem } from './combinatorial-problem.js';
import { OuterAssignments, solveCombinatorial } from './combinatorial-search.js';

interface Drawn {
  readonly objective: number[];
  readonly coverage: number[];
  readonly rows: Array<{ coefficients: number[]; upper: number }>;
  readonly weights: number[];
  readonly lower: number;
  readonly objectiveIsCoverage: boolean;
  readonly tieByCoverage: boolean;
}

const drawn = (count: number): fc.Arbitrary<Drawn> =>
  fc.record({
    objective: fc.array(fc.integer({ min: -5, max: 40 }), { minLength: count, maxLength: count }),
    coverage: fc.array(fc.integer({ min: 1, max: 40 }), { minLength: count, maxLength: count }),
    rows: fc.array(
      fc.record({
        coefficients: fc.array(fc.integer({ min: -10, max: 10 }), { minLength: count, maxLength: count }),
        upper: fc.integer({ min: -5, max: 30 }),
      }),
      { maxLength: 3 },
    ),
    // Few distinct weights, so that ties on the objective and on the weight both occur.
    weights: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: count, maxLength: count }),
    lower: fc.integer({ min: 0, max: 200 }),
    objectiveIsCoverage: fc.boolean(),
    tieByCoverage: fc.boolean(),
  });

function problemOf(value: Drawn, tieOrder: number[]): CombinatorialProblem {
  const coverage = Float64Array.from(value.coverage);
  const objective = value.objectiveIsCoverage ? coverage : Float64Array.from(value.objective);
  return {
    count: value.coverage.length,
    objective,
    coverage: { coefficients: coverage, lower: value.lower },
    constraints: value.rows.map((row) => ({ coefficients: Float64Array.from(row.coefficients), upper: row.upper })),
    tieBand: 0.5,
    tieByCoverage: value.tieByCoverage && !value.objectiveIsCoverage,
    tieWeight: Float64Array.from(value.weights),
    tieOrder,
    lowerBound: null,
    gap: 0,
    incumbent: null,
    maxSteps: Number.MAX_SAFE_INTEGER,
  };
}

/**
 * Every subset, in the documented order: smallest objective, then (when asked)
 * smallest coverage, then smallest weight, then first item in tie order.
 */
function bruteForce(problem: CombinatorialProblem): { objective: number; selection: number[] } | null {
  let best: { objective: number; weight: number; selection: number[] } | null = null;
  const count = problem.count;
  const candidates: Array<{ objective: number; covered: number; weight: number; selection: number[] }> = [];
  for (let mask = 0; mask < 1 << count; mask += 1) {
    const selection = Array.from({ length: count }, (_, index) => (mask >> index) & 1);
    const dot = (values: Float64Array): number => selection.reduce((sum, chosen, index) => sum + chosen * (values[index] as number), 0);
    if (problem.coverage !== null && dot(problem.coverage.coefficients) < problem.coverage.lower) continue;
    if (problem.constraints.some((row) => dot(row.coefficients) > row.upper)) continue;
    candidates.push({
      objective: dot(problem.objective),
      covered: problem.coverage === null ? 0 : dot(problem.coverage.coefficients),
      weight: dot(problem.tieWeight),
      selection,
    });
  }
  if (candidates.length === 0) return null;
  const minimum = Math.min(...candidates.map((candidate) => candidate.objective));
  const ties = candidates.filter((candidate) => candidate.objective <= minimum + problem.tieBand);
  const leastCovered = Math.min(...ties.map((candidate) => candidate.covered));
  for (const candidate of ties) {
    if (problem.tieByCoverage === true && candidate.covered > leastCovered + problem.tieBand) continue;
    if (best === null || candidate.weight < best.weight) {
      best = candidate;
      continue;
    }
    if (candidate.weight > best.weight) continue;
    const first = problem.tieOrder.find((index) => candidate.selection[index] !== best?.selection[index]);
    if (first !== undefined && candidate.selection[first] === 1) best = candidate;
  }
  return best === null ? null : { objective: best.objective, selection: best.selection };
}

describe('solveCombinatorial and solveByBranchAndBound against brute force', () => {
  it('find the same set: minimum objective, then (when asked) coverage, then weight, then tie order, or proves none exists', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 11 })
          .chain((count) => fc.tuple(drawn(count), fc.shuffledSubarray([...Array(count).keys()], { minLength: count }))),
        ([value, tieOrder]) => {
          const problem = problemOf(value, tieOrder);
          const expected = bruteForce(problem);
          for (const result of [solveCombinatorial(problem), solveByBranchAndBound(problem)]) {
            if (expected === null) {
              expect(result.status).toBe('infeasible');
              continue;
            }
            expect(result.status).toBe('optimal');
            expect(result.exhaustive).toBe(true);
            expect(result.objective).toBe(expected.objective);
            expect(Array.from(result.selection ?? [])).toEqual(expected.selection);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('with outer items beyond the two halves, matches the same search over the items in another order', () => {
    // 39 items (3 outer): the split into outer items and halves differs with the order, the answer must not.
    const count = 39;
    const values = Array.from({ length: count }, (_, index) => 1 + ((index * 7919) % 97) / 7 + Math.sqrt(index + 2) * 1e-3);
    const rowValues = Array.from({ length: count }, (_, index) => (index % 3) - 1);
    const solve = (order: number[]) => {
      const coverage = Float64Array.from(order, (index) => values[index] as number);
      const result = solveCombinatorial({
        count,
        objective: coverage,
        coverage: { coefficients: coverage, lower: 123.4567 },
        constraints: [{ coefficients: Float64Array.from(order, (index) => rowValues[index] as number), upper: 2 }],
        tieBand: 1e-9,
        tieWeight: new Float64Array(count),
        tieOrder: [...Array(count).keys()],
        lowerBound: null,
        gap: 0,
        incumbent: null,
        maxSteps: Number.MAX_SAFE_INTEGER,
      });
      return { status: result.status, objective: result.objective, exhaustive: result.exhaustive };
    };
    const forward = solve([...Array(count).keys()]);
    const reversed = solve([...Array(count).keys()].reverse());
    expect(forward.status).toBe('optimal');
    expect(forward.exhaustive).toBe(true);
    expect(forward.objective).toBeGreaterThanOrEqual(123.4567);
    expect(reversed.objective).toBeCloseTo(forward.objective as number, 9);
  }, 60_000);

  it('reports a step limit as limited, with the best set found so far', () => {
    const count = 30;
    const coverage = Float64Array.from({ length: count }, (_, index) => 1 + index * 0.37);
    const result = solveCombinatorial({
      count,
      objective: coverage,
      coverage: { coefficients: coverage, lower: 77.7 },
      constraints: [],
      tieBand: 0,
      tieWeight: new Float64Array(count),
      tieOrder: [...Array(count).keys()],
      lowerBound: null,
      gap: 0,
      incumbent: null,
      maxSteps: 50,
    });
    expect(result.status).toBe('limited');
    expect(result.exhaustive).toBe(false);
  });

  it('reports a node limit of the branch and bound as limited, with the best set found so far', () => {
    const count = 30;
    const coverage = Float64Array.from({ length: count }, (_, index) => 1 + index * 0.37);
    const objective = Float64Array.from({ length: count }, (_, index) => 1 + ((index * 7) % 11) / 10);
    const problem: CombinatorialProblem = {
      count,
      objective,
      coverage: { coefficients: coverage, lower: 77.7 },
      constraints: [],
      tieBand: 0,
      tieWeight: new Float64Array(count),
      tieOrder: [...Array(count).keys()],
      lowerBound: null,
      gap: 0,
      incumbent: null,
      maxSteps: 40,
    };
    const limited = solveByBranchAndBound(problem);
    expect(limited.status).toBe('limited');
    expect(limited.exhaustive).toBe(false);
    // The first dive reaches a leaf: the greedy set by cost per unit of coverage, valid but not proven.
    expect(limited.selection).not.toBeNull();
    const full = solveByBranchAndBound({ ...problem, maxSteps: Number.MAX_SAFE_INTEGER });
    expect(full.status).toBe('optimal');
    expect(full.objective as number).toBeLessThanOrEqual(limited.objective as number);
  });
});

describe('OuterAssignments', () => {
  it('gives every subset exactly once, in ascending sum, and falls back to a table for unordered or negative values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 20 }), { maxLength: 10 }), fc.boolean(), (drawnValues, sortFirst) => {
        const values = Float64Array.from(sortFirst ? [...drawnValues].sort((left, right) => left - right) : drawnValues);
        const assignments = new OuterAssignments(values);
        const masks: number[] = [];
        while (assignments.hasMore()) masks.push(assignments.next());
        expect(assignments.next()).toBe(-1);
        expect([...masks].sort((left, right) => left - right)).toEqual([...Array(1 << values.length).keys()]);
        const sumOf = (mask: number): number => values.reduce((total, value, index) => total + ((mask >> index) & 1) * value, 0);
        // One expectation for the whole order: an expectation per pair made this property the slowest test here.
        const sums = masks.map(sumOf);
        expect(sums.findIndex((sum, index) => index > 0 && sum < (sums[index - 1] as number))).toBe(-1);
      }),
      { numRuns: 300 },
    );
  });
});
