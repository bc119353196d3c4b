import { Registry, register as globalRegistry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { playbooks } from './__fixtures__/playbooks.js';
import { newSession, orchestratorFor, runTurns, startTurn } from './__fixtures__/turn-helpers.js';
import { ORCHESTRATION_METRIC_NAMES } from './orchestration-metrics.js';
import type { OrchestratorLogger } from './orchestrator-logger.js';
import { createTestLifecycleEvaluator } from './testing.js';

type Entry = { level: 'info' | 'warn' | 'debug'; object: Record<string, unknown>; message: string | undefined };

function recordingLogger(): OrchestratorLogger & { entries: Entry[] } {
  const entries: Entry[] = [];
  const record = (level: Entry['level']) => (object: object, message?: string) => {
    entries.push({ level, object: object as Record<string, unknown>, message });
  };
  return { entries, info: record('info'), warn: record('warn'), debug: record('debug') };
}

async function metricValues(
  registry: Registry,
  name: string,
): Promise<{ labels: Record<string, string | number>; value: number; metricName?: string }[]> {
  const metric = registry.getSingleMetric(name);
  if (metric === undefined) throw new Error(`no metric ${name}`);
  return (await metric.get()).values as { labels: Record<string, string | number>; value: number; metricName?: string }[];
}

const fullIntake = { fields: { portfolio_id: 'p', target_amount: 5, max_net_leverage: 3, min_fixed_charge_coverage: 1 } };

describe('metrics', () => {
  it('counts decisions by action, skipped steps, contributions by type, active instances and latency', async () => {
    const registry = new Registry();
    // Each turn reads the monotonic clock twice; 0.5 ms apart.
    let tick = 0;
    const orchestrator = orchestratorFor({}, playbooks, { metricsRegistry: registry, monotonicNow: () => (tick++ % 2) * 0.5 });
    runTurns(orchestrator, newSession(), [
      startTurn('program_intake', fullIntake),
      startTurn('what_if_analysis'),
      { signal: { type: 'cancel', scenario_id: 'what_if_analysis' } },
    ]);

    const decisions = await metricValues(registry, ORCHESTRATION_METRIC_NAMES.lifecycleDecisions);
    expect(Object.fromEntries(decisions.map((entry) => [entry.labels['action'], entry.value]))).toEqual({
      START: 2,
      CONTINUE: 2,
      CANCEL: 1,
    });
    expect((await metricValues(registry, ORCHESTRATION_METRIC_NAMES.stepsSkipped))[0]?.value).toBe(3);
    const contributions = await metricValues(registry, ORCHESTRATION_METRIC_NAMES.contributions);
    expect(Object.fromEntries(contributions.map((entry) => [entry.labels['type'], entry.value]))).toEqual({ CONFIRM: 3, ASK: 1 });
    expect((await metricValues(registry, ORCHESTRATION_METRIC_NAMES.activeScenarios))[0]?.value).toBe(1);
    const latency = await metricValues(registry, ORCHESTRATION_METRIC_NAMES.turnDuration);
    const count = latency.find((entry) => entry.metricName?.endsWith('_count'));
    const sum = latency.find((entry) => entry.metricName?.endsWith('_sum'));
    expect(count).toMatchObject({ labels: { path: 'sync' }, value: 3 });
    expect(sum?.value).toBeCloseTo(0.0015);
  });

  it('counts evaluator outcomes on the async path', async () => {
    const registry = new Registry();
    const evaluator = createTestLifecycleEvaluator(new Error('down'));
    const orchestrator = orchestratorFor({ use_llm: true }, playbooks, { metricsRegistry: registry, evaluator });
    await orchestrator.processTurnAsync(newSession(), { candidates: [{ scenario_id: 'explain_run', score: 0.5 }] });
    expect(await metricValues(registry, ORCHESTRATION_METRIC_NAMES.evaluations)).toEqual([
      expect.objectContaining({ labels: { status: 'failed' }, value: 1 }),
    ]);
  });

  it('never registers on the global registry, shares metrics between orchestrators and honours a prefix', async () => {
    const registry = new Registry();
    const first = orchestratorFor({}, playbooks, { metricsRegistry: registry });
    const second = orchestratorFor({}, playbooks, { metricsRegistry: registry });
    first.processTurn(newSession(), startTurn('explain_run'));
    second.processTurn(newSession(), startTurn('explain_run'));
    const starts = (await metricValues(registry, ORCHESTRATION_METRIC_NAMES.lifecycleDecisions)).find(
      (entry) => entry.labels['action'] === 'START',
    );
    expect(starts?.value).toBe(2);
    expect(globalRegistry.getSingleMetric(ORCHESTRATION_METRIC_NAMES.lifecycleDecisions)).toBeUndefined();
    const prefixed = new Registry();
    orchestratorFor({}, playbooks, { metricsRegistry: prefixed, metricsPrefix: 'app_' }).processTurn(newSession(), {});
    expect(prefixed.getSingleMetric(`app_${ORCHESTRATION_METRIC_NAMES.turnDuration}`)).toBeDefined();
  });
});

describe('structured logs', () => {
  it('logs one info entry per turn with the session id and decisions, never the message text', () => {
    const logger = recordingLogger();
    const orchestrator = orchestratorFor({}, playbooks, { logger });
    runTurns(orchestrator, newSession(), [
      startTurn('program_intake', { message: 'secret plan to raise money', ...fullIntake }),
      { message: 'also secret' },
    ]);
    const infos = logger.entries.filter((entry) => entry.level === 'info');
    expect(infos).toHaveLength(2);
    expect(infos[0]).toMatchObject({
      message: 'scenario turn processed',
      object: {
        session_id: 'session-1',
        session_version: 1,
        decisions: [{ scenario_id: 'program_intake', action: 'START', source: 'candidate', confidence: 1 }],
        transitions: [
          { scenario_id: 'program_intake', from: 'portfolio', to: 'confirm_run', skipped: ['portfolio', 'target', 'constraints'] },
        ],
        primary_scenario_id: 'program_intake',
        contributions: [{ scenario_id: 'program_intake', type: 'CONFIRM', deferred: false }],
      },
    });
    expect(JSON.stringify(infos)).not.toContain('secret');
    const debugs = logger.entries.filter((entry) => entry.level === 'debug');
    expect(debugs.map((entry) => entry.object['message'])).toEqual(['secret plan to raise money', 'also secret']);
  });
});
