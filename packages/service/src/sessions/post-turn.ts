import { parseInput, type JsonValue } from '@leaseback/domain';
import type {
  ActionResult,
  LifecycleDecision,
  Session,
  StepTransitionDecision,
  TurnInput,
  TurnResult,
  TurnWarning,
} from '@leaseback/scenarios';
import { VersionConflictError } from '@leaseback/store';
import type { CallContext } from '../leaseback-service.js';
import { parseRecordId } from '../list-query.js';
import { composeReply } from './compose-reply.js';
import { extractTurnFields } from './extract-turn-fields.js';
import { renderInforms } from './render-informs.js';
import { sessionBrief } from './session-brief.js';
import { SESSION_HISTORY_LIMIT, type LoadedSession, type SessionContext } from './session-context.js';
import { PROGRAM_FIELDS } from './session-fields.js';
import {
  TurnRequestSchema,
  type PendingAction,
  type SessionTurnRecord,
  type StoredSessionState,
  type ToolResult,
  type TurnRequest,
  type TurnResponse,
} from './session-schemas.js';
import { runSessionTool } from './session-tools.js';
import { SESSION_TOOL_IDS, SLB_PLAYBOOK_IDS, fieldsInForce, type SessionToolId } from './slb-playbooks.js';
import { describeField } from './describe-fields.js';
import { sayBack, understandMessage } from './understand-message.js';

/** Attempts to record a tool's result when another process wrote the session meanwhile. */
const ACTION_RESULT_ATTEMPTS = 3;

/**
 * `postTurn`: processes one user message, serialized per session in this
 * process and idempotent under an idempotency key.
 *
 * One turn: load the session (a session of another fund is not found); with
 * `expected_version`, refuse a different stored version (`version_conflict`)
 * before any work; read the message with the client's `extractFields` (the
 * program's fields at every step, the fields the open and candidate scenarios
 * want, `lifecycle_signal` and `confirmation`); decide what it means
 * (`understandMessage`: an explicit yes to the checkpoint presented, what-ifs
 * as custom scenarios, fields that update the program in force, aimed
 * signals); process the turn; when a confirmed tool step asks for
 * `run_program` or `run_scenario_set`, claim it in the store (a conditional
 * write), run it from the brief of the fields in force, and report the result
 * to the orchestrator so the scenario moves on; render the templates and the
 * reply; write the session if its version is still the one read.
 */
export async function postTurn(context: SessionContext, id: string, input: unknown, call: CallContext = {}): Promise<TurnResponse> {
  const sessionId = parseRecordId(id, 'id');
  const request = parseInput(TurnRequestSchema, input ?? {}, { root: 'request' });
  return context.idempotent('post_turn', { session_id: sessionId, ...request }, call, 200, () =>
    context.serializer.run(sessionId, () => runTurn(context, sessionId, request, call)),
  );
}

async function runTurn(context: SessionContext, sessionId: string, request: TurnRequest, call: CallContext): Promise<TurnResponse> {
  const { store, llm, services, logger, now, orchestrator } = context;
  const startedAt = now();
  const at = startedAt.toISOString();
  const loaded = await context.load(sessionId, call.scope, at);
  if (request.expected_version !== undefined && request.expected_version !== loaded.stored.version) {
    throw new VersionConflictError(`session "${sessionId}"`, request.expected_version, loaded.stored.version);
  }
  const { stored, state, session } = loaded;
  const message = request.message;

  const candidates = orchestrator.scoreCandidates(message);
  const extraction = await extractTurnFields(llm, message, {
    wanted: orchestrator.wantedFields(
      session,
      candidates.map((candidate) => candidate.scenario_id),
    ),
    knownFields: fieldsInForce(session),
    markets: [...new Set(state.portfolio.assets.map((asset) => asset.market))],
    askedField: state.asked?.field ?? null,
    ...(call.signal === undefined ? {} : { signal: call.signal }),
  });
  const meaning = understandMessage({
    message,
    extraction,
    candidates,
    session,
    state,
    orchestrator,
    minStartScore: context.config.min_start_score,
  });
  const whatIfs = meaning.whatIf === null ? state.what_ifs : [...state.what_ifs, meaning.whatIf].slice(-4);
  const turnInput: TurnInput = {
    message,
    fields: meaning.fields,
    candidates: meaning.candidates,
    signal: meaning.signal ?? 'none',
    confirmations: meaning.confirmations,
    now: at,
  };
  const first = await context.process(session, turnInput, call.signal);
  const briefOf = (result: TurnResult, previous: string | null): string | null =>
    previous !== null ||
    result.session.instances.some(
      (instance) => instance.scenario_id === SLB_PLAYBOOK_IDS.programIntake || instance.scenario_id === SLB_PLAYBOOK_IDS.whatIfAnalysis,
    )
      ? sessionBrief(fieldsInForce(result.session))
      : null;
  const brief = briefOf(first, state.brief);
  const said = sayBack(
    meaning,
    message,
    first.lifecycle_decisions
      .filter((decision) => decision.action === 'START')
      .map((decision) => context.scenarioName(decision.scenario_id)),
  );

  const live = state.pending_actions.filter((pending) => startedAt.getTime() - Date.parse(pending.started_at) < context.staleAfterMs);
  const checkpointConfirmed = first.transition_decisions.some(
    (transition) =>
      transition.moved &&
      orchestrator.registry
        .get(transition.scenario_id, transition.scenario_version)
        ?.steps.find((step) => step.id === transition.source_step_id)?.is_checkpoint === true,
  );
  const toRun: PendingAction[] = [];
  const inProgress: ToolResult[] = [];
  for (const contribution of first.plan.contributions) {
    if (contribution.contribution_type !== 'ACTION_HINT') continue;
    const toolId = contribution.suggested_tools.find(isSessionTool);
    if (toolId === undefined) continue;
    const claimedElsewhere = live.some(
      (pending) => pending.scenario_id === contribution.scenario_id && pending.step_id === contribution.current_step_id,
    );
    if (claimedElsewhere) {
      inProgress.push(inProgressResult(contribution.scenario_id, contribution.current_step_id, toolId));
      continue;
    }
    // A step that failed runs again only on a new explicit yes (one that did not go to a checkpoint).
    const retry = contribution.last_action_status === 'failed' && meaning.confirmation === true && !checkpointConfirmed;
    if (contribution.last_action_status === null || retry) {
      toRun.push({ scenario_id: contribution.scenario_id, step_id: contribution.current_step_id, tool_id: toolId, started_at: at });
    }
  }

  const finish = async (
    base: LoadedSession,
    result: TurnResult,
    extra: {
      decisions: LifecycleDecision[];
      transitions: StepTransitionDecision[];
      warnings: TurnWarning[];
      toolResults: ToolResult[];
      ours: PendingAction[];
    },
  ): Promise<TurnResponse> => {
    const finalSession = result.session;
    const fieldsFor = context.fieldsFor(finalSession);
    const informs = await renderInforms(result.plan, fieldsFor, services, call, base.stored.fund_id);
    const decisions = [...extra.decisions, ...result.lifecycle_decisions];
    const toolResults = [...extra.toolResults, ...inProgress];
    // A scenario set that ran used the what-ifs waiting for it; the next set starts without them.
    const setRan = toolResults.some((tool) => tool.tool_id === SESSION_TOOL_IDS.runScenarioSet && tool.status === 'succeeded');
    const pendingWhatIfs = setRan ? [] : whatIfs;
    const composed = composeReply({
      decisions,
      plan: result.plan,
      toolResults,
      informs,
      understood: said.understood,
      notUsed: said.notUsed,
      notes: [...meaning.notes, ...signalNotes(first.warnings), ...freshStartNotes(first, session)],
      confirmation: meaning.confirmation,
      fieldsFor,
      scenarioName: context.scenarioName,
      shown: base.state.shown,
      whatIfs: pendingWhatIfs,
      assetCount: base.state.portfolio.assets.length,
    });
    const version = base.stored.version + 1;
    const record: SessionTurnRecord = {
      turn: (base.state.turns.at(-1)?.turn ?? 0) + 1,
      version,
      at,
      message,
      reply: composed.reply,
      primary_scenario_id: result.plan.primary_scenario_id,
      decisions: decisions.map((decision) => ({ scenario_id: decision.scenario_id, action: decision.action })),
      tool_results: toolResults,
    };
    const shown = { ...base.state.shown };
    for (const presented of composed.presented)
      shown[presented.scenario_id] = shownFields(
        fieldsFor(presented.scenario_id),
        pendingWhatIfs.map((change) => change.label),
      );
    const nextState: StoredSessionState = {
      ...base.state,
      orchestrator: finalSession,
      brief: briefOf(result, base.state.brief ?? brief),
      asked: composed.asked,
      presented: composed.presented,
      shown,
      what_ifs: pendingWhatIfs,
      pending_actions: base.state.pending_actions.filter(
        (pending) => !extra.ours.some((mine) => mine.scenario_id === pending.scenario_id && mine.step_id === pending.step_id),
      ),
      turns: [...base.state.turns, record].slice(-SESSION_HISTORY_LIMIT),
    };
    const saved = await store.updateSession(sessionId, base.stored.version, nextState, now());
    logger.info(
      {
        use_case: 'post_turn',
        session_id: sessionId,
        version: saved.version,
        turn: record.turn,
        primary_scenario_id: record.primary_scenario_id,
        decisions: record.decisions.map((decision) => `${decision.scenario_id}:${decision.action}`),
        tools: toolResults.map((tool) => `${tool.tool_id}:${tool.status}`),
        duration_ms: now().getTime() - startedAt.getTime(),
      },
      'session turn processed',
    );
    logger.debug({ use_case: 'post_turn', session_id: sessionId, message, fields: Object.keys(extraction.fields) }, 'session turn message');
    return {
      session_id: sessionId,
      version: saved.version,
      turn: record.turn,
      reply: composed.reply,
      extracted_fields: extraction.fields,
      ignored_fields: extraction.ignored,
      signal: { type: meaning.signal?.type ?? 'none', scenario_id: meaning.signal?.scenario_id ?? null },
      confirmation: meaning.confirmation,
      lifecycle_decisions: decisions,
      transition_decisions: [...extra.transitions, ...result.transition_decisions],
      plan: result.plan,
      tool_results: toolResults,
      informs,
      warnings: [...extra.warnings, ...result.warnings],
      evaluation: first.evaluation,
      understood: said.understood,
      not_used: said.notUsed,
      known_fields: fieldsInForce(finalSession) as Record<string, JsonValue>,
    };
  };

  if (toRun.length === 0) {
    return finish({ stored, state, session }, first, { decisions: [], transitions: [], warnings: [], toolResults: [], ours: [] });
  }

  // Claim the tool steps before running anything: a conditional write, so a
  // concurrent writer makes this turn a conflict before a run is stored twice.
  const claimedState: StoredSessionState = {
    ...state,
    orchestrator: first.session,
    brief,
    what_ifs: whatIfs,
    pending_actions: [...live, ...toRun],
  };
  const claimed = await store.updateSession(sessionId, stored.version, claimedState, now());
  const toolResults: ToolResult[] = [];
  const actionResults: ActionResult[] = [];
  for (const pending of toRun) {
    const outcome = await runSessionTool(
      {
        toolId: pending.tool_id,
        scenarioId: pending.scenario_id,
        stepId: pending.step_id,
        portfolio: state.portfolio,
        knownFields: context.fieldsFor(first.session)(pending.scenario_id),
        whatIfs,
        fundId: stored.fund_id,
      },
      services,
      call,
    );
    toolResults.push(outcome.result);
    actionResults.push({
      scenario_id: pending.scenario_id,
      step_id: pending.step_id,
      tool_id: pending.tool_id,
      status: outcome.result.status === 'succeeded' ? 'succeeded' : 'failed',
      variables: outcome.variables,
    });
  }

  let base: LoadedSession = { stored: claimed, state: claimedState, session: first.session };
  for (let attempt = 1; ; attempt += 1) {
    const reported = await context.process(base.session, { action_results: actionResults, now: now().toISOString() }, undefined);
    try {
      return await finish(base, reported, {
        decisions: first.lifecycle_decisions,
        transitions: first.transition_decisions,
        warnings: first.warnings,
        toolResults,
        ours: toRun,
      });
    } catch (thrown) {
      // Another process wrote the session after the claim: the runs are stored, so
      // their results are reported again on top of what it wrote rather than lost.
      if (!(thrown instanceof VersionConflictError) || attempt >= ACTION_RESULT_ATTEMPTS) throw thrown;
      logger.warn(
        { use_case: 'post_turn', session_id: sessionId, attempt },
        'session changed while a tool ran; reporting its result again',
      );
      base = await context.load(sessionId, undefined, now().toISOString());
    }
  }
}

/** A signal that found nothing to act on is said back ("Nothing is paused to resume."). */
function signalNotes(warnings: readonly TurnWarning[]): string[] {
  return warnings
    .filter((warning) => ['no_signal_target', 'signal_target_not_found', 'signal_target_not_applicable'].includes(warning.code))
    .map((warning) => `Nothing done: ${warning.message.replaceAll('_', ' ')}.`);
}

/**
 * A program started after another one says which of the last program's
 * answers it does not reuse ("A new program starts fresh: …"), so nothing is
 * dropped silently either way.
 */
function freshStartNotes(result: TurnResult, before: Session): string[] {
  const notes: string[] = [];
  for (const decision of result.lifecycle_decisions) {
    if (decision.action !== 'START' || decision.scenario_id !== SLB_PLAYBOOK_IDS.programIntake) continue;
    const instance = result.session.instances.find((candidate) => candidate.instance_id === decision.instance_id);
    const restate = (instance?.fields_to_restate ?? []).filter((field) => PROGRAM_FIELDS.includes(field));
    if (restate.length === 0) continue;
    const previous = restate.map((field) => describeField(field, before.variables[field]));
    notes.push(`A new program starts fresh: the last program's ${previous.join('; ')} are not reused. Say them again to keep them.`);
  }
  return notes;
}

/** The program fields a checkpoint shows (and the what-ifs beside it), kept to say what changed next time. */
function shownFields(fields: Readonly<Record<string, unknown>>, whatIfLabels: readonly string[]): Record<string, JsonValue> {
  const shown: Record<string, JsonValue> = {};
  for (const name of PROGRAM_FIELDS) if (fields[name] !== undefined && fields[name] !== null) shown[name] = fields[name] as JsonValue;
  if (whatIfLabels.length > 0) shown['what_ifs'] = [...whatIfLabels];
  return shown;
}

function isSessionTool(toolId: string): toolId is SessionToolId {
  return toolId === SESSION_TOOL_IDS.runProgram || toolId === SESSION_TOOL_IDS.runScenarioSet;
}

function inProgressResult(scenarioId: string, stepId: string, toolId: SessionToolId): ToolResult {
  return {
    scenario_id: scenarioId,
    step_id: stepId,
    tool_id: toolId,
    status: 'in_progress',
    run_id: null,
    scenario_set_id: null,
    run_ids: [],
    run_status: null,
    outcome_status: null,
    proceeds: null,
    target_amount: null,
    summary: `The ${toolId === SESSION_TOOL_IDS.runProgram ? 'program run' : 'scenario set'} is still running.`,
    error: null,
  };
}
