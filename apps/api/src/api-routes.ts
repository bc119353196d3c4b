import type { ErrorCode, JobKind } from '@leaseback/domain';
import type { CallContext, LeasebackService } from '@leaseback/service';
import { JOB_ROUTES } from './job-routes.js';
import { ANY_ROUTE_CODES, BY_ID_CODES, JSON_BODY_CODES, LIST_QUERY_CODES, PLANNING_CODES } from './route-error-codes.js';
import { SESSION_ROUTES } from './session-routes.js';
import { SPREADSHEET_ROUTES } from './spreadsheet-routes.js';

// The service validates list queries itself and accepts `limit` as a decimal
// string, as it arrives in a URL; the cast only satisfies the method's type.
type ListQuery = Parameters<LeasebackService['listRuns']>[0];

/** What a route handler receives: the parsed request and the service call context. */
export interface RouteCall {
  /** The parsed JSON body (`undefined` when none was sent); the service validates it. */
  readonly body: unknown;
  /** Path parameters by name. */
  readonly params: Readonly<Record<string, string>>;
  /**
   * The URL query as Express parsed it (strings, or arrays of strings when a
   * name repeats); the service validates it (`fund_id`, `limit`).
   */
  readonly query: unknown;
  /** Scope, idempotency key and cancellation for the service call. */
  readonly context: CallContext;
}

/** A JSON answer already serialised as UTF-8 bytes (stored JSON served as it is). */
export class RawJson {
  constructor(readonly json: Uint8Array) {}
}

/** A component of the OpenAPI document (`#/components/schemas/<name>`), optionally as an array. */
export interface SchemaReference {
  readonly component: string;
  readonly array?: boolean;
}

/**
 * Adding an endpoint is one entry in `API_ROUTES` (or `SESSION_ROUTES`): its
 * method, path, documentation, success status, the zod-generated components of
 * its body and answer, and the service call. The Express app and the OpenAPI
 * document (with the body's example from `REQUEST_EXAMPLES`) both read it.
 */

/**
 * One endpoint: how it is routed, documented and served. The Express app and the
 * OpenAPI document are both generated from `API_ROUTES`, so they cannot drift.
 */
export interface ApiRoute {
  readonly method: 'get' | 'post' | 'delete';
  /** The path as an OpenAPI template (`/api/runs/{run_id}`). */
  readonly path: string;
  readonly operationId: string;
  readonly summary: string;
  readonly description: string;
  readonly tag: string;
  /** Status of a successful answer. */
  readonly status: 200 | 201;
  /** Request body component (POST only). */
  readonly requestBody?: SchemaReference;
  readonly response: SchemaReference;
  /**
   * With `Prefer: respond-async`, the request is queued as a job of this kind
   * and answered 202 with `Location: /api/jobs/{job_id}` (see job-routes.ts).
   */
  readonly asyncKind?: JobKind;
  /** The success answer's media type when it is not JSON (server-sent events). */
  readonly contentType?: 'text/event-stream';
  /** Whether the route reads `fund_id` and `limit` from the query. */
  readonly listQuery?: boolean;
  /** Whether the route reads `format` from the query (exports). */
  readonly exportQuery?: boolean;
  /** Whether the body is an uploaded file (multipart or raw) rather than JSON. */
  readonly upload?: boolean;
  /**
   * Whether the work is cancelled when the client goes away. Stored writes are
   * not: once started they finish, so a retry with the same Idempotency-Key
   * finds the stored result instead of a half-done one.
   */
  readonly cancelOnDisconnect: boolean;
  /**
   * Every error code this route can answer (from `ERROR_CODES`); its documented
   * error statuses are computed from them (`errorStatusesOf`). The API tests
   * fail when the route answers a code missing here.
   */
  readonly errorCodes: readonly ErrorCode[];
  handle(service: LeasebackService, call: RouteCall): Promise<unknown>;
}

// Out-of-scope funds are not found (404), whether read or written.
const PLAN_CODES = [...ANY_ROUTE_CODES, ...JSON_BODY_CODES, ...PLANNING_CODES];
const LIST_CODES = [...ANY_ROUTE_CODES, ...LIST_QUERY_CODES];
const READ_CODES = [...ANY_ROUTE_CODES, ...BY_ID_CODES];

/** Every business endpoint of the API, in the order the document lists them. */
export const API_ROUTES: readonly ApiRoute[] = [
  {
    method: 'post',
    path: '/api/programs',
    operationId: 'runProgram',
    summary: 'Plan a program without storing it',
    description:
      'Reads the brief, selects assets under the covenants, revises within the revision policy when infeasible and explains the outcome. Nothing is stored.',
    tag: 'programs',
    status: 200,
    requestBody: { component: 'ProgramRequest' },
    response: { component: 'ProgramResponse' },
    cancelOnDisconnect: true,
    asyncKind: 'program',
    errorCodes: PLAN_CODES,
    handle: (service, call) => service.runProgram(call.body, call.context),
  },
  {
    method: 'post',
    path: '/api/runs',
    operationId: 'createRun',
    summary: 'Plan a program and store the run',
    description:
      'Plans like POST /api/programs and stores the run, completed or failed (a run whose language model failed is stored as failed with `error` and `error_code`).',
    tag: 'runs',
    status: 201,
    requestBody: { component: 'ProgramRequest' },
    response: { component: 'CreateRunResponse' },
    cancelOnDisconnect: false,
    asyncKind: 'run',
    errorCodes: PLAN_CODES,
    handle: (service, call) => service.createRun(call.body, call.context),
  },
  {
    method: 'get',
    path: '/api/runs',
    operationId: 'listRuns',
    summary: 'List runs, newest first',
    description: 'Runs visible to the caller, newest first. `limit` defaults to 20 (at most 100).',
    tag: 'runs',
    status: 200,
    response: { component: 'RunListItem', array: true },
    listQuery: true,
    cancelOnDisconnect: true,
    errorCodes: LIST_CODES,
    handle: (service, call) => service.listRuns(call.query as ListQuery, call.context),
  },
  {
    method: 'get',
    path: '/api/runs/{run_id}',
    operationId: 'getRun',
    summary: 'Get one run',
    description:
      'The stored run with its response (completed) or error (failed). 404 for unknown ids and for runs of funds the key may not see.',
    tag: 'runs',
    status: 200,
    response: { component: 'RunRecord' },
    cancelOnDisconnect: true,
    errorCodes: READ_CODES,
    // The stored JSON is served as its bytes: no decoding, parse, validation or re-serialisation on the hot read path.
    handle: async (service, call) => new RawJson(await service.getRunJson(call.params['run_id'] ?? '', call.context)),
  },
  {
    method: 'post',
    path: '/api/runs/{run_id}/replay',
    operationId: 'replayRun',
    summary: 'Replay a stored run from its audit trace',
    description:
      "Runs the stored request again with every model call answered from the run's audit trace and the clock set to its timestamps, and says whether the result is identical to what was stored (and where not). 409 for a failed run or one stored without its request.",
    tag: 'runs',
    status: 200,
    response: { component: 'ReplayReport' },
    cancelOnDisconnect: true,
    errorCodes: [...READ_CODES, ...PLANNING_CODES, 'run_not_replayable', 'llm_replay_mismatch'],
    handle: (service, call) => service.replayRun(call.params['run_id'] ?? '', call.context),
  },
  {
    method: 'post',
    path: '/api/scenario_sets',
    operationId: 'createScenarioSet',
    summary: 'Run and store a what-if scenario set',
    description:
      'Generates 1 to 5 scenario definitions from the brief, runs each, and stores the set with its runs in one transaction. 503 when the definitions cannot be generated.',
    tag: 'scenario sets',
    status: 201,
    requestBody: { component: 'ScenarioSetRequest' },
    response: { component: 'ScenarioSetWithComparison' },
    cancelOnDisconnect: false,
    asyncKind: 'scenario_set',
    errorCodes: [...PLAN_CODES, 'scenario_definitions_unavailable'],
    handle: (service, call) => service.createScenarioSet(call.body, call.context),
  },
  {
    method: 'get',
    path: '/api/scenario_sets',
    operationId: 'listScenarioSets',
    summary: 'List scenario sets, newest first',
    description: 'Scenario sets visible to the caller, newest first. `limit` defaults to 10 (at most 100).',
    tag: 'scenario sets',
    status: 200,
    response: { component: 'ScenarioSetSummary', array: true },
    listQuery: true,
    cancelOnDisconnect: true,
    errorCodes: LIST_CODES,
    handle: (service, call) => service.listScenarioSets(call.query as ListQuery, call.context),
  },
  {
    method: 'get',
    path: '/api/scenario_sets/{id}',
    operationId: 'getScenarioSet',
    summary: 'Get one scenario set with its runs',
    description:
      'The set, its runs in definition order and the comparison table. 404 for unknown ids and for sets of funds the key may not see.',
    tag: 'scenario sets',
    status: 200,
    response: { component: 'ScenarioSetWithComparison' },
    cancelOnDisconnect: true,
    errorCodes: READ_CODES,
    handle: (service, call) => service.getScenarioSet(call.params['id'] ?? '', call.context),
  },
  {
    method: 'post',
    path: '/api/capacity',
    operationId: 'capacity',
    summary: 'The most a portfolio can raise under a brief',
    description:
      'Reads the brief into a spec and computes the largest proceeds reachable under its covenants and filters, with the set that reaches it.',
    tag: 'capacity',
    status: 200,
    requestBody: { component: 'ProgramRequest' },
    response: { component: 'CapacityReport' },
    cancelOnDisconnect: true,
    errorCodes: PLAN_CODES,
    handle: (service, call) => service.capacity(call.body, call.context),
  },
  // Guided planning sessions (session-routes.ts).
  ...SESSION_ROUTES,
  // Spreadsheet upload and exports (spreadsheet-routes.ts).
  ...SPREADSHEET_ROUTES,
  // Asynchronous jobs (job-routes.ts).
  ...JOB_ROUTES,
];
