import {
  MAX_SCENARIOS,
  toLeasebackError,
  type CreateRunResponse,
  type JsonValue,
  type Portfolio,
  type ProgramRequestInput,
  type RunRecord,
} from '@leaseback/domain';
import type { CallContext, ScenarioSetWithComparison } from '../leaseback-service.js';
import { formatMoney } from './format-figures.js';
import { sessionBrief } from './session-brief.js';
import type { ToolResult } from './session-schemas.js';
import { customScenario, type WhatIfChange } from './what-if-changes.js';
import { SESSION_TOOL_IDS, type SessionToolId } from './slb-playbooks.js';

/** The use cases the session tools call (the service's own). */
export interface SessionToolServices {
  createRun(input: unknown, context?: CallContext): Promise<CreateRunResponse>;
  createScenarioSet(input: unknown, context?: CallContext): Promise<ScenarioSetWithComparison>;
}

/** Everything a tool needs to know about the session. */
export interface SessionToolInput {
  readonly toolId: SessionToolId;
  readonly scenarioId: string;
  readonly stepId: string;
  readonly portfolio: Portfolio;
  /** Fields known to the scenario (its variables over the session's): the program in force. */
  readonly knownFields: Readonly<Record<string, unknown>>;
  /** What-ifs with content, run as custom scenarios after the base case. */
  readonly whatIfs?: readonly WhatIfChange[];
  readonly fundId: string | null;
}

/** What a tool did, and the variables reported to the orchestrator with the action result. */
export interface SessionToolOutcome {
  readonly result: ToolResult;
  readonly variables: Record<string, JsonValue>;
}

/** Scenarios a what-if set runs when the conversation did not say. */
export const DEFAULT_SESSION_SCENARIO_COUNT = 3;

/**
 * The program request a session plans: the portfolio, the brief generated from
 * the fields in force (`sessionBrief`, also the brief the run is stored under),
 * and the fields a request carries as overrides, which win over any reading of
 * the brief (`target_amount` → `target_override`, `floor_amount` →
 * `floor_override`, `max_net_leverage` → `max_leverage_override`,
 * `min_fixed_charge_coverage` → `min_coverage_override`, `max_criticality`,
 * `min_leaseability`, `exclude_markets`).
 */
export function sessionProgramRequest(
  portfolio: Portfolio,
  knownFields: Readonly<Record<string, unknown>>,
  fundId: string | null,
): ProgramRequestInput {
  const target = numberField(knownFields, 'target_amount');
  const floor = numberField(knownFields, 'floor_amount');
  const leverage = numberField(knownFields, 'max_net_leverage');
  const coverage = numberField(knownFields, 'min_fixed_charge_coverage');
  const criticality = numberField(knownFields, 'max_criticality');
  const leaseability = numberField(knownFields, 'min_leaseability');
  const exclude = knownFields['exclude_markets'];
  return {
    assets: portfolio.assets,
    corporate_state: portfolio.corporate_state,
    program_type: 'slb',
    program_description: sessionBrief(knownFields),
    fund_id: fundId,
    ...(target === null ? {} : { target_override: target }),
    ...(floor === null || (target !== null && floor > target) ? {} : { floor_override: floor }),
    ...(leverage === null ? {} : { max_leverage_override: leverage }),
    ...(coverage === null ? {} : { min_coverage_override: coverage }),
    ...(criticality === null ? {} : { max_criticality_override: criticality }),
    ...(leaseability === null ? {} : { min_leaseability_override: leaseability }),
    ...(Array.isArray(exclude) && exclude.length > 0
      ? { exclude_markets_override: exclude.filter((item): item is string => typeof item === 'string') }
      : {}),
  };
}

/**
 * The scenario count of a what-if set: the known `num_scenarios`, else 3; at
 * least the base case plus every custom what-if, at most 5.
 */
export function scenarioCountFor(knownFields: Readonly<Record<string, unknown>>, customCount = 0): number {
  const stated = numberField(knownFields, 'num_scenarios') ?? DEFAULT_SESSION_SCENARIO_COUNT;
  return Math.min(MAX_SCENARIOS, Math.max(stated, customCount + 1));
}

/**
 * Runs one tool through the service's use cases: `run_program` creates a run,
 * `run_scenario_set` a scenario set, both stored under the session's fund.
 * Never throws for a failed run or set: the failure is the tool's result (the
 * step then waits for a new confirmation).
 */
export async function runSessionTool(
  input: SessionToolInput,
  services: SessionToolServices,
  context: CallContext,
): Promise<SessionToolOutcome> {
  const request = sessionProgramRequest(input.portfolio, input.knownFields, input.fundId);
  const callContext: CallContext = {
    ...(context.scope === undefined ? {} : { scope: context.scope }),
    ...(context.signal === undefined ? {} : { signal: context.signal }),
    ...(context.onProgress === undefined ? {} : { onProgress: context.onProgress }),
    ...(context.logger === undefined ? {} : { logger: context.logger }),
  };
  const base = { scenario_id: input.scenarioId, step_id: input.stepId, tool_id: input.toolId };
  try {
    if (input.toolId === SESSION_TOOL_IDS.runProgram) {
      const run = await services.createRun(request, callContext);
      return programOutcome(base, run);
    }
    const custom = (input.whatIfs ?? [])
      .map((change) => customScenario(change, input.knownFields))
      .filter((definition): definition is NonNullable<typeof definition> => definition !== null)
      .slice(0, MAX_SCENARIOS - 1);
    const set = await services.createScenarioSet(
      {
        brief: request.program_description,
        base_request: request,
        num_scenarios: scenarioCountFor(input.knownFields, custom.length),
        ...(custom.length === 0 ? {} : { custom_scenarios: custom }),
        fund_id: input.fundId,
      },
      callContext,
    );
    return scenarioSetOutcome(base, set);
  } catch (thrown) {
    const error = toLeasebackError(thrown);
    return {
      result: {
        ...base,
        status: 'failed',
        run_id: null,
        scenario_set_id: null,
        run_ids: [],
        run_status: null,
        outcome_status: null,
        proceeds: null,
        target_amount: null,
        summary: `The ${toolLabel(input.toolId)} failed (${error.code}): ${error.message}`,
        error: { code: error.code, message: error.message },
      },
      variables: {},
    };
  }
}

type ToolBase = Pick<ToolResult, 'scenario_id' | 'step_id' | 'tool_id'>;

function programOutcome(base: ToolBase, run: CreateRunResponse): SessionToolOutcome {
  const outcome = run.response?.outcome ?? null;
  const completed = run.status === 'completed';
  const summary = completed
    ? `Ran the program: run ${run.run_id} completed (${outcome?.status ?? 'no outcome'}), ${formatMoney(outcome?.proceeds ?? null)} raised against a target of ${formatMoney(outcome?.target_amount ?? null)}.`
    : `The program run ${run.run_id} failed (${run.error_code ?? 'error'}): ${run.error ?? 'no detail'}`;
  return {
    result: {
      ...base,
      status: completed ? 'succeeded' : 'failed',
      run_id: run.run_id,
      scenario_set_id: null,
      run_ids: [run.run_id],
      run_status: run.status,
      outcome_status: outcome?.status ?? null,
      proceeds: outcome?.proceeds ?? null,
      target_amount: outcome?.target_amount ?? null,
      summary,
      error: completed ? null : { code: run.error_code ?? 'internal_error', message: run.error ?? 'the run failed' },
    },
    variables: completed
      ? { run_id: run.run_id, run_status: run.status, outcome_status: outcome?.status ?? null, proceeds: outcome?.proceeds ?? null }
      : { run_id: run.run_id, run_status: run.status },
  };
}

function scenarioSetOutcome(base: ToolBase, set: ScenarioSetWithComparison): SessionToolOutcome {
  const baseRun: RunRecord | undefined = set.runs[0];
  const completed = set.runs.filter((run) => run.status === 'completed').length;
  return {
    result: {
      ...base,
      status: 'succeeded',
      run_id: null,
      scenario_set_id: set.scenario_set.id,
      run_ids: [...set.scenario_set.run_ids],
      run_status: null,
      outcome_status: baseRun?.response?.outcome.status ?? null,
      proceeds: baseRun?.response?.outcome.proceeds ?? null,
      target_amount: baseRun?.response?.outcome.target_amount ?? null,
      summary: `Ran ${set.runs.length} scenario${set.runs.length === 1 ? '' : 's'}: set ${set.scenario_set.id}, ${completed} of ${set.runs.length} completed.`,
      error: null,
    },
    variables: { scenario_set_id: set.scenario_set.id, run_ids: [...set.scenario_set.run_ids] },
  };
}

function toolLabel(toolId: SessionToolId): string {
  return toolId === SESSION_TOOL_IDS.runProgram ? 'program run' : 'scenario set';
}

function numberField(fields: Readonly<Record<string, unknown>>, name: string): number | null {
  const value = fields[name];
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}
