import type { LifecycleProposal } from './lifecycle-evaluator.js';
import { planContributions } from './plan-contributions.js';
import { isOpenInstance, type ScenarioInstance, type Session, type SessionHistoryEntry } from './session.js';
import type { TurnResult } from './turn-result.js';
import { collectContributions } from './turn-contributions.js';
import { applyTurnInputs } from './turn-inputs.js';
import { decideLifecycle } from './turn-lifecycle.js';
import { buildSelectionContext, openWorkingInstances, selectCandidates } from './turn-selection.js';
import { toInstance, warnOf, type EngineSettings, type ResolvedTurnInput, type TurnState } from './turn-state.js';
import { walkTransitions } from './turn-transitions.js';

export { buildSelectionContext, fieldLookup, selectCandidates } from './turn-selection.js';
export type { EngineSettings, ResolvedTurnInput } from './turn-state.js';

/** The engine's answer: the turn result (without the evaluation record) and what became of each proposal. */
export interface TurnComputation {
  readonly result: Omit<TurnResult, 'evaluation'>;
  readonly accepted: LifecycleProposal[];
  readonly rejected: { proposal: LifecycleProposal; reason: string }[];
}

/**
 * One deterministic turn over an immutable session, phase by phase, each in its
 * own file: selection (P6.1, `turn-selection.ts`), lifecycle (P6.2,
 * `turn-lifecycle.ts`), the inputs aimed at instances (`turn-inputs.ts`),
 * transitions (P6.3, `turn-transitions.ts`) and contributions (P6.4,
 * `turn-contributions.ts`). `proposals` are an evaluator's validated
 * proposals, applied under the same invariants.
 */
export function computeTurn(
  settings: EngineSettings,
  session: Session,
  input: ResolvedTurnInput,
  proposals: readonly LifecycleProposal[] = [],
): TurnComputation {
  const { registry, config } = settings;
  const now = input.now;
  const { working, byInstance } = openWorkingInstances(registry, session);
  const previousPrimary = session.history.at(-1)?.primary_scenario_id ?? null;
  const state: TurnState = {
    settings,
    session,
    input,
    now,
    working,
    byInstance,
    previousPrimary,
    sessionVariables: Object.keys(input.fields).length > 0 ? { ...session.variables, ...input.fields } : session.variables,
    warnings: [],
    decisions: [],
    intents: new Map(),
    starts: new Map(),
    proposalOutcomes: new Map(),
    completeProposals: new Map(),
    deferredCandidates: [],
    transitionDecisions: [],
  };

  // P6.1 selection context
  const candidates = selectCandidates(input.candidates, registry, warnOf(state));
  const selectionContext = buildSelectionContext(session, input, candidates, previousPrimary);
  // P6.2 lifecycle, then what the input aims at instances, P6.3 transitions, P6.4 contributions
  decideLifecycle(state, candidates, proposals);
  applyTurnInputs(state);
  walkTransitions(state);
  const { contributionEntries, resumeHints } = collectContributions(state);
  const { decisions, transitionDecisions, proposalOutcomes, deferredCandidates, warnings, sessionVariables } = state;

  // ---- New session -------------------------------------------------------------------------
  const instances: ScenarioInstance[] = [];
  for (const instance of session.instances) {
    const entry = isOpenInstance(instance) ? working.find((candidate) => candidate.original === instance) : undefined;
    instances.push(entry === undefined ? instance : toInstance(entry));
  }
  for (const entry of working) if (entry.original === null) instances.push(toInstance(entry));
  const activeScenarioIds = instances.filter((instance) => instance.status === 'active').map((instance) => instance.scenario_id);
  const plan = planContributions(contributionEntries, activeScenarioIds, resumeHints, config.max_questions_per_turn);

  const historyEntry: SessionHistoryEntry = {
    turn: session.version + 1,
    at: now,
    decisions: decisions.map((decision) => ({
      ...(decision.instance_id === undefined ? {} : { instance_id: decision.instance_id }),
      scenario_id: decision.scenario_id,
      action: decision.action,
    })),
    transitions: transitionDecisions
      .filter((transition) => transition.moved)
      .map((transition) => ({
        scenario_id: transition.scenario_id,
        from_step_id: transition.source_step_id,
        to_step_id: transition.target_step_id,
        skipped_step_ids: transition.skipped_steps,
      })),
    primary_scenario_id: plan.primary_scenario_id,
  };
  const history = [...session.history, historyEntry];
  if (history.length > settings.historyLimit) history.splice(0, history.length - settings.historyLimit);

  const accepted: LifecycleProposal[] = [];
  const rejected: { proposal: LifecycleProposal; reason: string }[] = [];
  for (const proposal of proposals) {
    const outcome = proposalOutcomes.get(proposal);
    if (outcome === null) accepted.push(proposal);
    else rejected.push({ proposal, reason: outcome ?? 'not applied' });
  }

  return {
    result: {
      enabled: true,
      session: { id: session.id, version: session.version + 1, instances, variables: sessionVariables, history },
      selection_context: selectionContext,
      lifecycle_decisions: decisions,
      transition_decisions: transitionDecisions,
      plan,
      deferred_candidates: deferredCandidates,
      warnings,
    },
    accepted,
    rejected,
  };
}
