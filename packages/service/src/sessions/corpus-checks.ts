import type { RunRecord } from '@leaseback/domain';
import type { CorpusRunsExpectation, CorpusTurn } from './conversation-corpus.js';
import type { TurnResponse } from './session-schemas.js';

/**
 * What one turn of a corpus conversation shows that it must not (an empty list
 * when the turn holds): every runner (HTTP, terminal) checks turns with it.
 */
export function corpusTurnProblems(turn: TurnResponse, step: CorpusTurn): string[] {
  const expected = step.expect;
  const problems: string[] = [];
  const text = (value: unknown): string => JSON.stringify(value);
  const tools = turn.tool_results.map((tool) => `${tool.tool_id}:${tool.status}`);
  if (text(tools) !== text(expected.tools ?? [])) problems.push(`tools ${text(tools)}, expected ${text(expected.tools ?? [])}`);
  if (expected.confirmation !== undefined && turn.confirmation !== expected.confirmation)
    problems.push(`confirmation ${text(turn.confirmation)}, expected ${text(expected.confirmation)}`);
  const decisions = turn.lifecycle_decisions.map((decision) => `${decision.scenario_id}:${decision.action}`);
  for (const decision of expected.decisions ?? [])
    if (!decisions.includes(decision)) problems.push(`no decision ${decision} in ${text(decisions)}`);
  for (const decision of expected.noDecisions ?? []) if (decisions.includes(decision)) problems.push(`unexpected decision ${decision}`);
  const shown = turn.plan.contributions
    .filter((entry) => !entry.deferred)
    .map((entry) => `${entry.scenario_id}:${entry.contribution_type}`);
  for (const entry of expected.plan ?? []) if (!shown.includes(entry)) problems.push(`plan ${text(shown)} lacks ${entry}`);
  if (expected.signal !== undefined && text(turn.signal) !== text(expected.signal))
    problems.push(`signal ${text(turn.signal)}, expected ${text(expected.signal)}`);
  for (const fragment of expected.reply ?? []) if (!turn.reply.includes(fragment)) problems.push(`reply lacks ${text(fragment)}`);
  for (const fragment of expected.notReply ?? []) if (turn.reply.includes(fragment)) problems.push(`reply contains ${text(fragment)}`);
  for (const [name, value] of Object.entries(expected.known ?? {})) {
    if (text(turn.known_fields[name]) !== text(value))
      problems.push(`known ${name} ${text(turn.known_fields[name])}, expected ${text(value)}`);
  }
  for (const name of expected.unknown ?? []) if (Object.hasOwn(turn.known_fields, name)) problems.push(`${name} should not be known`);
  if (expected.notUsed === true && turn.not_used.length === 0) problems.push('the reply should say what it could not use');
  // Every reply says what it understood, what it could not use, or why nothing happened.
  const saysSomething = turn.understood.length + turn.not_used.length > 0 || /waiting for a yes|Which one/.test(turn.reply);
  if (!saysSomething) problems.push('the reply says neither what it understood nor what it could not use');
  return problems.map((problem) => `"${step.say}": ${problem} (reply: ${text(turn.reply)})`);
}

/** What the runs a conversation stored show that they must not (every run of its tool results). */
export function corpusRunsProblems(
  runs: readonly RunRecord[],
  expected: CorpusRunsExpectation,
  assetMarkets: ReadonlyMap<string, string>,
): string[] {
  const problems: string[] = [];
  if (runs.length !== expected.count) problems.push(`${runs.length} runs stored, expected ${expected.count}`);
  for (const run of runs) {
    for (const fragment of expected.briefContains ?? [])
      if (!run.program_description.includes(fragment))
        problems.push(`run ${run.run_id} brief lacks "${fragment}": ${run.program_description}`);
    for (const fragment of expected.briefLacks ?? [])
      if (run.program_description.includes(fragment)) problems.push(`run ${run.run_id} brief contains "${fragment}"`);
    for (const id of run.response?.outcome.selected_asset_ids ?? []) {
      const market = assetMarkets.get(id);
      if (market !== undefined && (expected.excludedMarkets ?? []).includes(market))
        problems.push(`run ${run.run_id} sold ${id} in excluded ${market}`);
    }
  }
  const labels = runs.map((run) => run.scenario_label);
  for (const label of expected.labels ?? [])
    if (!labels.includes(label)) problems.push(`no run labelled "${label}" in ${JSON.stringify(labels)}`);
  return problems;
}
