/**
 * Planner benchmark.
 * 1. runProgram with the offline client on 1,000 generated assets: median ms.
 * 2. A 5-scenario set against a test double that waits 300 ms per call, as a
 *    ratio of wall time to one run with the same double (goal: <= 1.5x).
 * Both measured in this one process, so the ratio is robust to a noisy machine.
 */
import { performance } from 'node:perf_hooks';
import { parseInput, ProgramRequestSchema, type AssetInput, type ScenarioDefinition, type SelectorSpec } from '@leaseback/domain';
import { createOfflineLlmClient } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { runProgram, runScenarioSet } from '../src/index.js';

function generateAssets(count: number, seed = 42): AssetInput[] {
  let state = seed;
  const random = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  const markets = ['Dallas', 'Houston', 'Atlanta', 'Chicago', 'Phoenix', 'Newark', 'Columbus', 'Inland Empire'];
  const types = ['distribution_center', 'warehouse', 'manufacturing', 'office', 'retail'] as const;
  return Array.from({ length: count }, (_, index) => ({
    asset_id: `asset-${String(index).padStart(5, '0')}`,
    name: `Site ${index}`,
    asset_type: types[Math.floor(random() * types.length)] ?? 'warehouse',
    market: markets[Math.floor(random() * markets.length)] ?? 'Dallas',
    market_rent: 200_000 + random() * 4_000_000,
    cap_rate: 0.05 + random() * 0.04,
    book_value: 1_000_000 + random() * 30_000_000,
    criticality: random(),
    leaseability: random(),
    mortgage_balance: random() < 0.2 ? random() * 10_000_000 : 0,
  }));
}

const median = (values: number[]) => {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

const request = parseInput(ProgramRequestSchema, {
  assets: generateAssets(1000),
  corporate_state: { ebitda: 2_000_000_000, net_debt: 6_000_000_000, interest_expense: 360_000_000, rent_expense: 100_000_000 },
  program_description:
    'Raise $900M from warehouses and DCs outside Chicago, net leverage below 3.5x, FCCR of at least 2x, nothing mission-critical',
});

const llm = createOfflineLlmClient();
const timings: number[] = [];
for (let round = 0; round < 15; round += 1) {
  const start = performance.now();
  const result = await runProgram(request, { llm });
  timings.push(performance.now() - start);
  if (result.status !== 'completed') throw new Error(`run failed: ${JSON.stringify(result.error)}`);
}
console.log(`runProgram, offline client, 1,000 assets: median ${median(timings).toFixed(1)} ms over ${timings.length} runs`);

const spec: SelectorSpec = {
  program_type: 'slb',
  target_amount: 900_000_000,
  hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 2 },
  asset_filters: {},
  strategy: 'greedy',
};
const definitions: ScenarioDefinition[] = [
  { label: 'Base', kind: 'base', rationale: 'as asked', target_amount: 900_000_000 },
  { label: 'Risk-off', kind: 'risk_off', rationale: 'smaller', target_amount: 700_000_000 },
  { label: 'Aggressive', kind: 'aggressive', rationale: 'larger', target_amount: 1_100_000_000 },
  { label: 'Geo focus', kind: 'geo_focus', rationale: 'no Chicago', target_amount: 900_000_000, exclude_markets: ['Chicago'] },
  { label: 'Leasable only', kind: 'custom', rationale: 'generic boxes', target_amount: 900_000_000, min_leaseability: 0.6 },
];
const slowDouble = () =>
  createTestLlmClient({
    delayMs: 300,
    generateScenarioDefinitions: definitions,
    generateSelectorSpec: spec,
    reviseSelectorSpec: (current: SelectorSpec) => current,
    generateExplanationSummary: 'summary',
  });

let start = performance.now();
await runProgram({ ...request, floor_override: spec.target_amount }, { llm: slowDouble() });
const single = performance.now() - start;
start = performance.now();
const set = await runScenarioSet('Raise $900M', request, { llm: slowDouble(), numScenarios: 5 });
const whole = performance.now() - start;
console.log(
  `5-scenario set, 300 ms per LLM call: one run ${single.toFixed(0)} ms, set ${whole.toFixed(0)} ms, ratio ${(whole / single).toFixed(2)}x ` +
    `(goal <= 1.5x; includes the definitions call) — runs: ${set.runs.map((run) => run.status).join(', ')}`,
);
