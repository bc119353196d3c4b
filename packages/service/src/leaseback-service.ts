import type { ServiceLogger } from './service-logger.js';
import type { PlannerProgressListener } from '@leaseback/planner';
import type { ReplayReport } from './replay-run.js';
import type {
  Capacity,
  Job,
  JobKind,
  CreateRunResponse,
  Notice,
  Portfolio,
  ProgramResponse,
  RunListItem,
  RunRecord,
  ScenarioComparisonRow,
  ScenarioSetResult,
  ScenarioSetSummary,
} from '@leaseback/domain';
import type { ExportDocument } from '@leaseback/workbook';
import type { SessionView, TurnResponse } from './sessions/session-schemas.js';
import type { PortfolioFileInput } from './use-cases/spreadsheets.js';

/**
 * Which funds a caller may read and write. `undefined` means unrestricted (no API
 * keys configured, or the CLI); otherwise only runs, sets and sessions whose
 * `fund_id` is listed are visible, and anything else is reported as not found.
 */
export type FundScope = readonly string[] | undefined;

/**
 * The query of a list use case. `limit` accepts a decimal string too (added so
 * that the API can pass a URL query through without converting it first).
 */
export interface ListQueryInput {
  readonly fund_id?: string | null;
  readonly limit?: number | string | null;
}

/** Per-call context the apps pass down. */
export interface CallContext {
  readonly scope?: FundScope;
  /** The `Idempotency-Key` of a POST, when the client sent one. */
  readonly idempotencyKey?: string;
  /** Cancels the work (client gone, shutdown). */
  readonly signal?: AbortSignal;
  /** Progress callback for long operations (CLI spinner). */
  readonly onProgress?: (message: string) => void;
  /**
   * The request's logger (the API passes one bound to the request id); the
   * service's own logger when omitted. Internal errors are logged here with
   * their cause.
   */
  readonly logger?: ServiceLogger;
  /** The planner's structured progress (step, iteration, scenarios done of total): job progress. */
  readonly onPlanProgress?: PlannerProgressListener;
  /**
   * The id to store the result under (a run's or a set's), instead of a new one.
   * Jobs draw it when they are queued, so that a job run twice can store its
   * result only once.
   */
  readonly recordId?: string;
}

/** The answer to `POST /api/scenario_sets`, with the comparison table the CLI prints. */
export interface ScenarioSetWithComparison extends ScenarioSetResult {
  readonly comparison: ScenarioComparisonRow[];
}

/** The answer of `capacity`: the most the portfolio can raise under the brief's spec. */
export interface CapacityReport {
  readonly spec: ProgramResponse['spec'];
  readonly capacity: Capacity;
  /**
   * How the brief was read (a state resolved, a clause not understood, a default
   * applied). Includes `target_defaulted` when the brief states no amount: capacity
   * does not need one, and the report then compares against none.
   */
  readonly notices: readonly Notice[];
}

/**
 * The use cases both apps call. Every input is `unknown` and validated here with
 * the domain schemas (an `InvalidInputError` lists every problem with its path);
 * unknown or out-of-scope ids throw `NotFoundError`.
 */
export interface LeasebackService {
  /** Plans a program without storing it. A run that fails throws its error (with its stable code). */
  runProgram(input: unknown, context?: CallContext): Promise<ProgramResponse>;
  /** Plans a program and stores the run (completed or failed). Idempotent per key. */
  createRun(input: unknown, context?: CallContext): Promise<CreateRunResponse>;
  /**
   * Runs newest first; `limit` default 20, max 100 (out of range: `invalid_input`).
   * `limit` may also be the decimal string of a URL query (`"20"`).
   */
  listRuns(query: ListQueryInput, context?: CallContext): Promise<RunListItem[]>;
  getRun(runId: string, context?: CallContext): Promise<RunRecord>;
  /**
   * The same run as UTF-8 JSON, exactly as stored (validated when written, not
   * decoded or parsed again): for read paths that only pass it on, such as the API.
   */
  getRunJson(runId: string, context?: CallContext): Promise<Uint8Array>;
  /** Runs a what-if set and stores it with its runs in one transaction. Idempotent per key. */
  createScenarioSet(input: unknown, context?: CallContext): Promise<ScenarioSetWithComparison>;
  /** Sets newest first; `limit` default 10, max 100 (out of range: `invalid_input`); string limits as for `listRuns`. */
  listScenarioSets(query: ListQueryInput, context?: CallContext): Promise<ScenarioSetSummary[]>;
  getScenarioSet(id: string, context?: CallContext): Promise<ScenarioSetWithComparison>;
  /** A stored run as a document (`format`: xlsx, csv, md or html); an unknown format is `invalid_input`. */
  exportRun(runId: string, format: unknown, context?: CallContext): Promise<ExportDocument>;
  /** A stored scenario set as a document, with its side-by-side comparison. */
  exportScenarioSet(id: string, format: unknown, context?: CallContext): Promise<ExportDocument>;
  /** Reads a portfolio from an .xlsx or .csv file; every problem with its cell in an `InvalidInputError`. */
  parsePortfolioFile(input: PortfolioFileInput, context?: CallContext): Promise<Portfolio>;
  /** The most the portfolio can raise under the brief's covenants and filters. */
  capacity(input: unknown, context?: CallContext): Promise<CapacityReport>;
  /**
   * Replays a stored, completed run from its audit trace (model calls answered
   * from the trace, the clock from its timestamps) and says whether the result is
   * identical to what was stored.
   */
  replayRun(runId: string, context?: CallContext): Promise<ReplayReport>;
  /**
   * Starts a guided planning session on a portfolio (`{ assets, corporate_state,
   * fund_id? }` or `{ portfolio, fund_id? }`); stored at version 1. Idempotent per key.
   */
  createSession(input: unknown, context?: CallContext): Promise<SessionView>;
  /** The session's instances, known fields, history and version; `not_found` for another fund's. */
  getSession(id: string, context?: CallContext): Promise<SessionView>;
  /**
   * One user message (`{ message, expected_version? }`): lifecycle and step
   * decisions, the contribution plan, tools run when confirmed, and a reply.
   * `version_conflict` when `expected_version` is stale or another writer won.
   */
  postTurn(id: string, input: unknown, context?: CallContext): Promise<TurnResponse>;
  /**
   * Queues a job (`Prefer: respond-async`): the input is validated and its fund
   * resolved now, exactly as the synchronous call would, and a worker runs it.
   * Idempotent per key.
   */
  submitJob(kind: JobKind, input: unknown, context?: CallContext): Promise<Job>;
  /** The job; `not_found` when unknown or another fund's. */
  getJob(id: string, context?: CallContext): Promise<Job>;
  /** Cancels a queued job at once, asks a running one to stop; a finished one is returned as it is. */
  cancelJob(id: string, context?: CallContext): Promise<Job>;
  /**
   * A completed job's result: the stored run, the scenario set with its
   * comparison, or a program's response. `job_not_completed` before then.
   */
  getJobResult(id: string, context?: CallContext): Promise<unknown>;
  /** True when the store answers. */
  ready(): Promise<boolean>;
  /** Closes the store after in-flight work; idempotent. */
  close(): Promise<void>;
}
