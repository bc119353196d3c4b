import type { RunRecord } from '@leaseback/domain';
import { expect } from 'vitest';
import type { TurnResponse } from '../session-schemas.js';
import type { CorpusRunsExpectation, CorpusTurn } from './conversation-corpus.js';

/** Checks one turn of a corpus conversation against what it must show; `where` names it in failures. */
export function checkCorpusTurn(turn: TurnResponse, step: CorpusTurn, where: string): void {
  const expected = step.expect;
  const context = `${where}\nreply: ${turn.reply}`;
  expect(turn.tool_results.map((tool) => `${tool.tool_id}:${tool.status}`), context).toEqual(expected.tools ?? []);
  if (expected.confirmation !== undefined) expect(turn.confirmation, context).toBe(expected.confirmation);
  const decisions = turn.lifecycle_decisions.map((decision) => `${decision.scenario_id}:${decision.action}`);
  for (const decision of expected.decisions ?? []) expect(decisions, context).toContain(decision);
  for (const decision of expected.noDecisions ?? []) expect(decisions, context).not.toContain(decision);
  const shown = turn.plan.contributions.filter((entry) => !entry.deferred).map((entry) => `${entry.scenario_id}:${entry.contribution_type}`);
  for (const entry of expected.plan ?? []) expect(shown, context).toContain(entry);
  if (expected.signal !== undefined) expect(turn.signal, context).toEqual(expected.signal);
  for (const text of expected.reply ?? []) expect(turn.reply, context).toContain(text);
  for (const text of expected.notReply ?? []) expect(turn.reply, context).not.toContain(text);
  for (const [name, value] of Object.entries(expected.known ?? {})) expect(turn.known_fields[name], `${context}\nfield ${name}`).toEqual(value);
  for (const name of expected.unknown ?? []) expect(turn.known_fields, context).not.toHaveProperty(name);
  if (expected.notUsed === true) expect(turn.not_used.length, context).toBeGreaterThan(0);
  // Every reply says what it understood or what it could not use.
  expect(turn.understood.length + turn.not_used.length + (turn.reply.includes('waiting for a yes') || turn.reply.includes('Which one') ? 1 : 0), context).toBeGreaterThan(0);
}

/** Checks the runs a conversation stored (every run of its tool results). */
export function checkCorpusRuns(runs: readonly RunRecord[], expected: CorpusRunsExpectation, assetMarkets: ReadonlyMap<string, string>, where: string): void {
  expect(runs, where).toHaveLength(expected.count);
  for (const run of runs) {
    for (const text of expected.briefContains ?? []) expect(run.program_description, where).toContain(text);
    for (const text of expected.briefLacks ?? []) expect(run.program_description, where).not.toContain(text);
    for (const id of run.response?.outcome.selected_asset_ids ?? []) {
      expect(expected.excludedMarkets ?? [], `${where}: run ${run.run_id} sold ${id}`).not.toContain(assetMarkets.get(id));
    }
  }
  const labels = runs.map((run) => run.scenario_label);
  for (const label of expected.labels ?? []) expect(labels, where).toContain(label);
}
