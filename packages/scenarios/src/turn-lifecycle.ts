import type { CompiledScenario } from './compiled-scenario.js';
import { isKnownValue } from './json-value.js';
import type { LifecycleProposal } from './lifecycle-evaluator.js';
import { compiledScenario, compareText } from './scenario-registry.js';
import type { ScoredCandidate } from './score-candidates.js';
import type { Session } from './session.js';
import {
  SOURCE_RANK,
  decideOf,
  instanceIdAt,
  listInstanceIds,
  mostRecentlyPaused,
  openInstancesOf,
  primaryOf,
  warnOf,
  type Intent,
  type ResolvedTurnInput,
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
  const { registry } = state.settings;
  const { intents, starts, proposalOutcomes, completeProposals } = state;
  // ---- P6.2 lifecycle intents: signals, then candidates, then evaluator proposals ------------
  decideSignal(state);

  for (const candidate of candidates) {
    const { config } = state.settings;
    const id = candidate.scenario_id;
    if (candidate.score < config.min_start_score || starts.has(id)) continue;
    const open = openInstancesOf(state, id);
    if (open.some((entry) => intents.has(entry.instanceId))) continue;
    const why = `matched with score ${candidate.score}${candidate.matched.length > 0 ? ` (${candidate.matched.join(', ')})` : ''}`;
    const startIntent = {
      kind: 'start' as const,
      source: 'candidate' as const,
      named: false,
      score: candidate.score,
      version: candidate.scenario_version ?? (registry.latest(id)?.version as number),
      confidence: candidate.score,
    };
    if (candidate.new_instance === true && open.length > 0) {
      starts.set(id, { ...startIntent, reasoning: `${why}; a new instance beside the ${open.length} open one(s), as asked` });
      continue;
    }
    if (open.some((entry) => entry.status === 'active')) continue;
    const paused = mostRecentlyPaused(open);
    if (paused !== undefined) {
      intents.set(paused.instanceId, {
        kind: 'resume',
        source: 'candidate',
        named: false,
        score: candidate.score,
        confidence: candidate.score,
        reasoning: `${why}; resuming the paused instance ${paused.instanceId} instead of starting a second one`,
      });
    } else {
      starts.set(id, { ...startIntent, reasoning: `${why}, at least the start score ${config.min_start_score}` });
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
    const open = openInstancesOf(state, id);
    if (open.length > 1) {
      reject(`"${id}" has ${open.length} open instances (${listInstanceIds(open)}); a proposal cannot say which one`);
      continue;
    }
    const existing = open[0];
    const current = existing === undefined ? starts.get(id) : intents.get(existing.instanceId);
    if (current?.named === true) {
      reject('the user named this scenario in a signal, which takes precedence');
      continue;
    }
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
        else if (existing !== undefined) intents.set(existing.instanceId, { ...fromEvaluator, kind: 'resume' });
        else starts.set(id, { ...fromEvaluator, kind: 'start', version: registry.latest(id)?.version as number });
        break;
      case 'DO_NOT_START':
        if (existing?.status === 'active') reject(`"${id}" is already active`);
        else if (existing !== undefined && current?.kind === 'resume') intents.delete(existing.instanceId);
        else if (existing === undefined) starts.delete(id);
        break;
      case 'CONTINUE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else intents.set(existing.instanceId, { ...fromEvaluator, kind: 'continue' });
        break;
      case 'PAUSE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else intents.set(existing.instanceId, { ...fromEvaluator, kind: 'pause', pauseReason: 'evaluator' });
        break;
      case 'CANCEL':
        if (existing === undefined) reject(`"${id}" is neither active nor paused`);
        else intents.set(existing.instanceId, { ...fromEvaluator, kind: 'cancel' });
        break;
      case 'COMPLETE':
        if (existing?.status !== 'active') reject(`"${id}" is not active`);
        else completeProposals.set(existing.instanceId, proposal);
        break;
    }
    if (!proposalOutcomes.has(proposal) && proposal.action !== 'COMPLETE') proposalOutcomes.set(proposal, null);
  }
  applyIntents(state);
}

/**
 * The signal's intent. A signal naming an instance reaches it; one naming a
 * scenario reaches its open instance, and when several could be meant does
 * nothing and warns `ambiguous_signal_target` (the caller asks which one);
 * one naming nothing aims at the primary (pause, cancel, exit) or the most
 * recently paused (resume).
 */
function decideSignal(state: TurnState): void {
  const { input, working, byInstance, intents } = state;
  const warn = warnOf(state);
  const signal = input.signal;
  if (signal.type === 'none') return;
  const verb = signal.type === 'pause' ? 'pause' : signal.type === 'cancel' ? 'cancel' : signal.type === 'exit' ? 'exit' : 'resume';
  const fits = (entry: WorkingInstance): boolean =>
    signal.type === 'resume' ? entry.status === 'paused' : signal.type === 'pause' ? entry.status === 'active' : true;
  const namedId = signal.instance_id ?? signal.scenario_id;
  const named = namedId !== undefined;
  let target: WorkingInstance | undefined;
  let pool: WorkingInstance[];
  if (signal.instance_id !== undefined) {
    const entry = byInstance.get(signal.instance_id);
    pool = entry === undefined || (signal.scenario_id !== undefined && entry.id !== signal.scenario_id) ? [] : [entry];
    target = pool[0];
  } else if (signal.scenario_id !== undefined) {
    pool = openInstancesOf(state, signal.scenario_id);
    const fitting = pool.filter(fits);
    if (fitting.length > 1) {
      warn(
        'ambiguous_signal_target',
        `"${signal.scenario_id}" has ${fitting.length} instances the ${verb} could mean (${listInstanceIds(fitting)}); name one by instance_id`,
        signal.scenario_id,
      );
      return;
    }
    target = fitting[0] ?? pool[0];
  } else {
    pool = working.filter((entry) => (signal.type === 'resume' ? entry.status === 'paused' : entry.status === 'active'));
    target = signal.type === 'resume' ? mostRecentlyPaused(pool) : primaryOf(state, pool);
  }
  if (target === undefined) {
    if (!named) warn('no_signal_target', signal.type === 'resume' ? 'no paused scenario to resume' : `no active scenario to ${verb}`);
    else if (signal.type === 'resume')
      warn('signal_target_not_found', `no paused instance of "${namedId}" to resume`, signal.scenario_id ?? null);
    else warn('signal_target_not_found', `no active or paused instance of "${namedId}" to ${verb}`, signal.scenario_id ?? null);
    return;
  }
  if (signal.type === 'pause' && target.status === 'paused') {
    warn('signal_target_not_applicable', `"${target.id}" is already paused`, target.id);
    return;
  }
  if (signal.type === 'resume' && target.status !== 'paused') {
    warn('signal_target_not_applicable', `"${target.id}" is not paused`, target.id);
    return;
  }
  const unnamedConfidence = pool.length <= 1 ? 0.9 : 0.6;
  if (signal.type === 'resume') {
    intents.set(target.instanceId, {
      kind: 'resume',
      source: 'signal',
      named,
      confidence: named ? 1 : unnamedConfidence,
      reasoning: named
        ? `the user asked to resume "${namedId}"`
        : `the user asked to resume without naming a scenario; "${target.id}" was paused most recently`,
    });
    return;
  }
  intents.set(target.instanceId, {
    kind: signal.type === 'pause' ? 'pause' : 'cancel',
    source: 'signal',
    named,
    pauseReason: 'user_requested',
    confidence: named ? 1 : unnamedConfidence,
    reasoning: named
      ? `the user asked to ${verb} "${namedId}"`
      : `the user asked to ${verb} without naming a scenario; "${target.id}" is the primary scenario`,
  });
}

/** Applies the intents: pauses and cancellations, then starts and resumes within the limit of simultaneous scenarios. */
function applyIntents(state: TurnState): void {
  const { registry, config } = state.settings;
  const { session, input, now, working, byInstance, intents, starts, proposalOutcomes, deferredCandidates } = state;
  const warn = warnOf(state);
  const decide = decideOf(state);
  const activeInstances = (): WorkingInstance[] => working.filter((entry) => entry.status === 'active');
  // ---- Apply pauses and cancellations ------------------------------------------------------
  for (const entry of working) {
    const intent = intents.get(entry.instanceId);
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
  const queue: { key: string; scenarioId: string; entry: WorkingInstance | null; intent: Intent }[] = [
    ...[...intents.entries()]
      .filter(([, intent]) => intent.kind === 'resume')
      .map(([key, intent]) => {
        const entry = byInstance.get(key) as WorkingInstance;
        return { key, scenarioId: entry.id, entry, intent };
      }),
    ...[...starts.entries()].map(([scenarioId, intent]) => ({ key: scenarioId, scenarioId, entry: null, intent })),
  ].sort(
    (left, right) =>
      SOURCE_RANK[left.intent.source] - SOURCE_RANK[right.intent.source] ||
      right.intent.confidence - left.intent.confidence ||
      compareText(left.key, right.key),
  );
  for (const { scenarioId: id, entry: resumed, intent } of queue) {
    if (activeCount >= maxActive) {
      const reason = config.enable_multi_scenario ? 'max_simultaneous_reached' : 'multi_scenario_disabled';
      if (intent.source === 'signal') warn('resume_blocked_by_limit', `cannot resume "${id}": ${maxActive} scenario(s) already active`, id);
      else deferredCandidates.push({ scenario_id: id, score: intent.score ?? intent.confidence, reason });
      if (intent.proposal !== undefined) proposalOutcomes.set(intent.proposal, `${maxActive} scenario(s) already active (${reason})`);
      continue;
    }
    activeCount += 1;
    if (resumed !== null) {
      const entry = resumed;
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
        fieldsToRestate: fieldsToRestateAtStart(compiled, session, input, id),
        changed: true,
        startedThisTurn: true,
        resumedThisTurn: false,
        engaged: true,
        completedThisTurn: false,
        walk: null,
      };
      working.push(entry);
      byInstance.set(entry.instanceId, entry);
      decide(entry, 'START', {
        reasoning: intent.reasoning,
        confidence: intent.confidence,
        source: intent.source,
        entry_step_id: entry.stepId,
      });
    }
  }
}

/**
 * The fields a new instance must have restated (`field_reuse`): under
 * `ask_again`, when the session already held an instance of the scenario, the
 * covered fields (all the scenario's fields by default) known in the session,
 * except `carry_fields` and the fields this very turn states.
 */
export function fieldsToRestateAtStart(
  compiled: CompiledScenario,
  session: Session,
  input: ResolvedTurnInput,
  scenarioId: string,
): string[] {
  const reuse = compiled.scenario.field_reuse;
  if (reuse.policy === 'reuse' || !session.instances.some((instance) => instance.scenario_id === scenarioId)) return [];
  const covered = reuse.fields.length > 0 ? reuse.fields : compiled.fields;
  const statedNow = new Set([...Object.keys(input.fields), ...Object.keys(input.scenario_fields[scenarioId] ?? {})]);
  return covered.filter(
    (field) =>
      !reuse.carry_fields.includes(field) &&
      !statedNow.has(field) &&
      Object.hasOwn(session.variables, field) &&
      isKnownValue(session.variables[field]),
  );
}
