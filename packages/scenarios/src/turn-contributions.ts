import { buildContribution } from './plan-contributions.js';
import { compareText } from './scenario-registry.js';
import type { ResumeHint, ScenarioContribution } from './turn-result.js';
import { stepOf, type TurnState } from './turn-state.js';

/**
 * P6.4 contributions: what each active (or just completed) instance
 * contributes, and the paused ones offered back, most recently paused first.
 */
export function collectContributions(state: TurnState): {
  contributionEntries: { contribution: ScenarioContribution; lastActiveAt: string }[];
  resumeHints: ResumeHint[];
} {
  const { working } = state;
  // ---- P6.4 contribution plan --------------------------------------------------------------
  const contributionEntries: { contribution: ScenarioContribution; lastActiveAt: string }[] = [];
  for (const entry of working) {
    if ((entry.status !== 'active' && !entry.completedThisTurn) || entry.walk === null) continue;
    contributionEntries.push({
      contribution: buildContribution({
        instanceId: entry.instanceId,
        compiled: entry.compiled,
        stepId: entry.stepId,
        stepState: entry.stepState,
        walk: entry.walk,
        engaged: entry.engaged,
        completedThisTurn: entry.completedThisTurn,
        lastActiveAt: entry.lastActiveAt,
      }),
      lastActiveAt: entry.lastActiveAt,
    });
  }
  const resumeHints: ResumeHint[] = working
    .filter((entry) => entry.status === 'paused')
    .sort((left, right) => compareText(right.pausedAt ?? '', left.pausedAt ?? '') || compareText(left.instanceId, right.instanceId))
    .map((entry) => {
      const step = stepOf(entry);
      return {
        instance_id: entry.instanceId,
        scenario_id: entry.id,
        scenario_name: entry.compiled.scenario.name,
        scenario_version: entry.compiled.scenario.version,
        current_step_id: step.id,
        current_step_name: step.name,
        paused_at: entry.pausedAt as string,
        pause_reason: entry.pauseReason ?? null,
      };
    });
  return { contributionEntries, resumeHints };
}
