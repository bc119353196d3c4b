// processTurn with 10 definitions of 20 steps and 5 active instances: p50 and p99 per turn.
// Prints absolute figures and ratios measured in this one run. Each configuration is measured in
// several rounds and the median round is reported, because the tail (p99) of a sub-millisecond
// call mostly measures the scheduler when other processes share the machine; the load average is
// printed so the figures can be read against it.
import { availableParallelism, loadavg } from 'node:os';
import { Registry } from 'prom-client';
import {
  createOrchestrator,
  createSession,
  loadScenarioDefinitions,
  type ScenarioInput,
  type ScenarioOrchestrator,
  type ScenarioStepInput,
  type Session,
  type TurnInput,
} from '../src/index.js';

const SCENARIOS = 10;
const STEPS = 20;
const WARMUP = 10_000;
const ITERATIONS = 20_000;
const ROUNDS = 5;

function definition(index: number): ScenarioInput {
  const id = `flow_${index}`;
  const steps: ScenarioStepInput[] = Array.from({ length: STEPS }, (_, step) => {
    const next = step + 1;
    const transitions =
      step === STEPS - 1
        ? []
        : step % 5 === 2 && next + 1 < STEPS
          ? [
              {
                to_step_id: `${id}_${next + 1}`,
                condition: {
                  all: [{ exists: `${id}_shortcut` }, { compare: { field: `${id}_score`, operator: 'gte' as const, value: 5 } }],
                },
              },
              { to_step_id: `${id}_${next}` },
            ]
          : [{ to_step_id: `${id}_${next}` }];
    return {
      id: `${id}_${step}`,
      name: `Step ${step}`,
      collects_fields: step % 3 === 0 ? [] : [`${id}_field_${step}`],
      can_skip: step !== 12,
      is_checkpoint: step === 15,
      performs_action: step === 16,
      is_required_action: step === 16,
      tool_ids: step === 16 ? [`tool_${index}`] : [],
      template_ids: step === STEPS - 1 ? [`done_${index}`] : [],
      transitions,
    };
  });
  return {
    id,
    name: `Flow ${index}`,
    version: 1,
    description: 'benchmark flow',
    triggers: { keywords: [`topic${index}`, `subject${index}`], intents: [`intent_${index}`] },
    entry_step_id: `${id}_0`,
    steps,
  };
}

const registry = loadScenarioDefinitions(Array.from({ length: SCENARIOS }, (_, index) => definition(index)));
const clock = () => new Date('2025-01-15T09:00:00.000Z');

/** A session with `active` instances, each moved a few steps in. */
function sessionWith(orchestrator: ScenarioOrchestrator, active: number): Session {
  let session = createSession('bench');
  for (let index = 0; index < active; index += 1) {
    const fields: Record<string, number> = {};
    for (let step = 1; step < 3 + index; step += 1) fields[`flow_${index}_field_${step}`] = step;
    session = orchestrator.processTurn(session, {
      candidates: [{ scenario_id: `flow_${index}`, score: 0.9 }],
      fields,
      now: `2025-01-15T09:0${index}:00.000Z`,
    }).session;
  }
  return session;
}

/** Eight varied turns: fields for different instances, candidates, a signal, a confirmation. */
function turnInputs(active: number): TurnInput[] {
  return Array.from({ length: 8 }, (_, turn) => {
    const target = turn % active;
    return {
      message: `message ${turn}`,
      fields: { [`flow_${target}_field_${4 + turn}`]: turn, [`flow_${target}_score`]: turn },
      candidates: [
        { scenario_id: `flow_${target}`, score: 0.8 },
        { scenario_id: `flow_${(turn + 7) % SCENARIOS}`, score: 0.3 },
      ],
      customer_data: { [`flow_${target}_field_1`]: 1 },
      signal: turn === 5 ? { type: 'pause' as const, scenario_id: `flow_${target}` } : { type: 'none' as const },
      confirmations: turn === 6 ? [{}] : [],
      now: `2025-01-15T10:0${turn}:00.000Z`,
    };
  });
}

interface Figures {
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

/** Median over rounds of each round's p50, p99 and mean (milliseconds), plus the range of p99. */
function measure(
  orchestrator: ScenarioOrchestrator,
  session: Session,
  inputs: readonly TurnInput[],
): Figures & { p99Low: number; p99High: number } {
  for (let iteration = 0; iteration < WARMUP; iteration += 1)
    orchestrator.processTurn(session, inputs[iteration % inputs.length] as TurnInput);
  const rounds = Array.from({ length: ROUNDS }, () => measureRound(orchestrator, session, inputs));
  const p99s = rounds.map((round) => round.p99);
  return {
    p50: median(rounds.map((round) => round.p50)),
    p99: median(p99s),
    mean: median(rounds.map((round) => round.mean)),
    p99Low: Math.min(...p99s),
    p99High: Math.max(...p99s),
  };
}

function measureRound(orchestrator: ScenarioOrchestrator, session: Session, inputs: readonly TurnInput[]): Figures {
  const samples = new Float64Array(ITERATIONS);
  for (let iteration = 0; iteration < ITERATIONS; iteration += 1) {
    const input = inputs[iteration % inputs.length] as TurnInput;
    const started = performance.now();
    orchestrator.processTurn(session, input);
    samples[iteration] = performance.now() - started;
  }
  samples.sort();
  const at = (quantile: number): number => samples[Math.min(samples.length - 1, Math.floor(quantile * samples.length))] as number;
  return { p50: at(0.5), p99: at(0.99), mean: samples.reduce((total, value) => total + value, 0) / samples.length };
}

const plain = createOrchestrator({ definitions: registry, clock });
const silentLogger = { info: () => undefined, warn: () => undefined, debug: () => undefined };
const observed = createOrchestrator({ definitions: registry, clock, metricsRegistry: new Registry(), logger: silentLogger });

const fiveActive = sessionWith(plain, 5);
const oneActive = sessionWith(plain, 1);
const activeCount = fiveActive.instances.filter((instance) => instance.status === 'active').length;
if (activeCount !== 5) throw new Error(`expected 5 active instances, got ${activeCount}`);

const main = measure(plain, fiveActive, turnInputs(5));
const withObservability = measure(observed, fiveActive, turnInputs(5));
const single = measure(plain, oneActive, turnInputs(1));

const format = (milliseconds: number): string => `${(milliseconds * 1000).toFixed(1)} µs`;
console.log(
  `processTurn, ${SCENARIOS} definitions x ${STEPS} steps, ${activeCount} active instances, ${ROUNDS} rounds of ${ITERATIONS} turns ` +
    `(Node ${process.version}, ${availableParallelism()} CPUs, load average ${loadavg()[0]?.toFixed(1)})`,
);
console.log(
  `  p50 ${format(main.p50)}   p99 ${format(main.p99)} (rounds ${format(main.p99Low)} .. ${format(main.p99High)})   mean ${format(main.mean)}`,
);
console.log(`  p99 / 1 ms goal:                          ${(main.p99 / 1).toFixed(3)}  (${main.p99 < 1 ? 'met' : 'NOT met'})`);
console.log(`  p50 with metrics + logger / without:      ${(withObservability.p50 / main.p50).toFixed(2)}`);
console.log(`  p50 with 5 active / with 1 active:        ${(main.p50 / single.p50).toFixed(2)}`);
console.log(`  p99 / p50:                                ${(main.p99 / main.p50).toFixed(2)}`);
