import type { LifecycleProposal } from './lifecycle-evaluator.js';
import { compiledScenario, compareText } from './scenario-registry.js';
import type { ScoredCandidate } from './score-candidates.js';
import {
  SOURCE_RANK,
  decideOf,
  instanceIdAt,
  mostRecentlyPaused,
  primaryOf,
  warnOf,
  type TurnState,
  type WorkingInstance,
} from './turn-state.js';

/**
 * P6.2 lifecycle: the intents of the turn (signals first, then candidates above
 * the start score, then the evaluator's proposals, each validated), then
 * pauses and cancellations, then starts and resumes within the limit of
 * simultaneous scenarios (the rest deferred).
 */
export function decideLifecycle(state: TurnState, candidates: readonly ScoredCandidate[], proposals: readonly LifecycleProposal[]): void {
  const { registry, config } = state.settings;
  const { session, input, now, working, byScenario, intents, proposalOutcomes, completeProposals, deferredCandidates } = state;
  const warn = warnOf(state);
  const decide = decideOf(state);
  const activeInstances = (): WorkingInstance[] => working.filter((entry) => entry.status === 'active');
  // ---- P6.2 lifecycle intents: signals, then candidates, then evaluator proposals ------------
  const signal = input.signal;
  if (signal.type === 'pause' || signal.type === 'cancel' || signal.type === 'exit') {
    const named = signal.scenario_id !== undefined;
    const pool = activeInstances();
    const target = named ? byScenario.get(signal.scenario_id as string) : primaryOf(state, pool);
    const verb = signal.type === 'pause' ? 'pause' : signal.type === 'cancel' ? 'cancel' : 'exit';
    if (target === undefined) {
      if (named)
        warn('signal_target_not_found', `no active or paused instance of "${signal.scenario_id}" to ${verb}`, signal.scenario_id ?? null);
      else warn('no_signal_target', `no active scenario to ${verb}`);
    } else if (signal.type === 'pause' && target.status === 'paused') {
      warn('signal_target_not_applicable', `"${target.id}" is already paused`, target.id);
    } else {
      intents.set(target.id, {
        kind: signal.type === 'pause' ? 'pause' : 'cancel',
        source: 'signal',
        named,
        pauseReason: 'user_requested',
        confidence: named ? 1 : pool.length <= 1 ? 0.9 : 0.6,
        reasoning: named
          ? `the user asked to ${verb} "${target.id}"`
          : `the user asked to ${verb} without naming a scenario; "${target.id}" is the primary scenario`,
      });
    }
  } else if (signal.type === 'resume') {
    const named = signal.scenario_id !== undefined;
    const paused = working.filter((entry) => entry.status === 'paused');
    const target = named ? byScenario.get(signal.scenario_id as string) : mostRecentlyPaused(paused);
    if (target === undefined) {
      if (named) warn('signal_target_not_found', `no paused instance of "${signal.scenario_id}" to resume`, signal.scenario_id ?? null);
      else warn('no_signal_target', 'no paused scenario to resume');
    } else if (target.status !== 'paused') {
      warn('signal_target_not_applicable', `"${target.id}" is not paused`, target.id);
    } else {
      intents.set(target.id, {
        kind: 'resume',
        source: 'signal',
        named,
        confidence: named ? 1 : paused.length <= 1 ? 0.9 : 0.6,
        reasoning: named
          ? `the user asked to resume "${target.id}"`
          : `the user asked to resume without naming a scenario; "${target.id}" was paused most recently`,
      });
    }
  }

  for (const candidate of candidates) {
    if (candidate.score < config.min_start_score || intents.has(candidate.scenario_id)) continue;
    const existing = byScenario.get(candidate.scenario_id);
    if (existing?.status === 'active') continue;
    const why = `matched with score ${candidate.score}${candidate.matched.length > 0 ? ` (${candidate.matched.join(', ')})` : ''}`;
    if (existing?.status === 'paused') {
      intents.set(candidate.scenario_id, {
        kind: 'resume',
        source: 'candidate',
        named: false,
        score: candidate.score,
        confidence: candidate.score,
        reasoning: `${why}; resuming the paused instance instead of starting a second one`,
      });
    } else {
      intents.set(candidate.scenario_id, {
        kind: 'start',
        source: 'candidate',
        named: false,
        score: candidate.score,
        version: candidate.scenario_version ?? (registry.latest(candidate.scenario_id)?.version as number),
        confidence: candidate.score,
        reasoning: `${why}, at least the start score ${config.min_start_score}`,
      });
    }
  }

  const proposedScenarios = new Set<string>();
  for (const proposal of proposals) {
    const reject = (reason: string): void => {
      proposalOutcomes.set(proposal, reason);
    };
    const id = proposal.scenario_id;
    if (proposedScenarios.has(id)) {
      reject('another proposal already covers this scenario');
      continue;
    }
    proposedScenarios.add(id);
    if (!registry.has(id)) {
      reject(`no scenario "${id}" is registered`);
      continue;
    }
    const current = intents.get(id);
    if (current?.named === true) {
      reject('the user named this scenario in a signal, which takes precedence');
      continue;
    }
    const existing = byScenario.get(id);
    const fromEvaluator = {
      source: 'evaluator' as const,
      named: false,
      confidence: proposal.confidence,
      reasoning: proposal.reasoning,
      proposal,
    };
    switch (proposal.action) {
      case 'START':
        if (existing?.status === 'active') reject(`"${id}" is already active`);
        else if (existing !== undefined) intents.set(id, { ...fromEvaluator, kind: 'resume' });
        else intents.set(id, { ...fromEvaluator, kind: 'start', version: registry.latest(id)?.version as number });
        break;
      case 'DO_NOT_START':
        if (existing?.status === 'active') reject(`"${id}" is already active`);
        else if (current !== undefined && (current.kind === 'start' || current.kind === 'resume')) intents.delete(id);
        break;
      case 'CONTINUE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else intents.set(id, { ...fromEvaluator, kind: 'continue' });
        break;
      case 'PAUSE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else intents.set(id, { ...fromEvaluator, kind: 'pause', pauseReason: 'evaluator' });
        break;
      case 'CANCEL':
        if (existing === undefined) reject(`"${id}" is neither active nor paused`);
        else intents.set(id, { ...fromEvaluator, kind: 'cancel' });
        break;
      case 'COMPLETE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else completeProposals.set(id, proposal);
        break;
    }
    if (!proposalOutcomes.has(proposal) && proposal.action !== 'COMPLETE') proposalOutcomes.set(proposal, null);
  }

  // ---- Apply pauses and cancellations ------------------------------------------------------
  for (const entry of working) {
    const intent = intents.get(entry.id);
    if (intent === undefined) continue;
    if (intent.kind === 'pause' && entry.status === 'active') {
      decide(entry, 'PAUSE', {
        reasoning: intent.reasoning,
        confidence: intent.confidence,
        source: intent.source,
        pause_reason: intent.pauseReason ?? 'user_requested',
      });
      entry.status = 'paused';
      entry.pausedAt = now;
      entry.pauseReason = intent.pauseReason ?? 'user_requested';
      entry.changed = true;
    } else if (intent.kind === 'cancel') {
      decide(entry, 'CANCEL', { reasoning: intent.reasoning, confidence: intent.confidence, source: intent.source });
      entry.status = 'cancelled';
      entry.endedAt = now;
      entry.pausedAt = undefined;
      entry.pauseReason = undefined;
      entry.changed = true;
    }
  }

  // ---- Starts and resumes, within the limit --------------------------------------------------
  const maxActive = config.enable_multi_scenario ? config.max_simultaneous_scenarios : 1;
  let activeCount = activeInstances().length;
  const queue = [...intents.entries()]
    .filter(([, intent]) => intent.kind === 'start' || intent.kind === 'resume')
    .sort(
      ([leftId, left], [rightId, right]) =>
        SOURCE_RANK[left.source] - SOURCE_RANK[right.source] || right.confidence - left.confidence || compareText(leftId, rightId),
    );
  for (const [id, intent] of queue) {
    if (activeCount >= maxActive) {
      const reason = config.enable_multi_scenario ? 'max_simultaneous_reached' : 'multi_scenario_disabled';
      if (intent.source === 'signal') warn('resume_blocked_by_limit', `cannot resume "${id}": ${maxActive} scenario(s) already active`, id);
      else deferredCandidates.push({ scenario_id: id, score: intent.score ?? intent.confidence, reason });
      if (intent.proposal !== undefined) proposalOutcomes.set(intent.proposal, `${maxActive} scenario(s) already active (${reason})`);
      continue;
    }
    activeCount += 1;
    if (intent.kind === 'resume') {
      const entry = byScenario.get(id) as WorkingInstance;
      entry.status = 'active';
      entry.pausedAt = undefined;
      entry.pauseReason = undefined;
      // A resumed instance gets a fresh loop window; otherwise the visits that paused it would pause it again at once.
      entry.visited = { [entry.stepId]: 1 };
      entry.resumedThisTurn = true;
      entry.engaged = true;
      entry.changed = true;
      decide(entry, 'CONTINUE', { reasoning: intent.reasoning, confidence: intent.confidence, source: intent.source, resumed: true });
    } else {
      const compiled = compiledScenario(registry, id, intent.version as number);
      const entry: WorkingInstance = {
        // New instances go after every stored one, in the order they start.
        instanceId: instanceIdAt(id, session.instances.length + working.filter((other) => other.original === null).length),
        original: null,
        compiled,
        id,
        status: 'active',
        stepId: compiled.scenario.entry_step_id,
        visited: {},
        variables: {},
        stepState: undefined,
        startedAt: now,
        lastActiveAt: now,
        pausedAt: undefined,
        pauseReason: undefined,
        endedAt: undefined,
        changed: true,
        startedThisTurn: true,
        resumedThisTurn: false,
        engaged: true,
        completedThisTurn: false,
        walk: null,
      };
      working.push(entry);
      byScenario.set(id, entry);
      decide(entry, 'START', {
        reasoning: intent.reasoning,
        confidence: intent.confidence,
        source: intent.source,
        entry_step_id: entry.stepId,
      });
    }
  }
}
