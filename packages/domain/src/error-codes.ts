/**
 * The closed set of error codes Leaseback raises, each with its kind.
 *
 * A code is the stable, machine-readable name of one failure; its kind says whose
 * fault it is and what a caller can do about it. Everything that maps errors to
 * an outside status (the API's HTTP status, the CLI's exit status) maps kinds,
 * exhaustively, so a new code only needs its kind here and cannot silently turn
 * into an internal error somewhere else.
 */

/** What kind of failure a code is; the API and CLI map kinds, not codes. */
export const ERROR_KINDS = [
  /** The caller's input is wrong: fix the request, the file or the command line. */
  'bad_input',
  /** The input is well formed but cannot be used as it stands (a reused key, figures out of range). */
  'unprocessable',
  /** No credentials, or credentials that are not accepted. */
  'unauthorized',
  /** The named thing does not exist (or is not visible to the caller). */
  'not_found',
  /** The route exists but not for this method. */
  'method_not_allowed',
  /** The request conflicts with the current state (a stale version, work still in progress). */
  'conflict',
  /** The request is larger than allowed. */
  'too_large',
  /** The request's media type or encoding is not one the server reads. */
  'unsupported_media',
  /** A provider behind Leaseback (the language model) failed or answered unusably. */
  'upstream_failure',
  /** A provider behind Leaseback did not answer in time. */
  'upstream_timeout',
  /** Leaseback or something it depends on is unavailable for now: retry later. */
  'unavailable',
  /** The caller (or a shutdown) cancelled the work. */
  'cancelled',
  /** A fault of Leaseback itself; the cause is logged, never shown. */
  'internal',
] as const;

/** One of `ERROR_KINDS`. */
export type ErrorKind = (typeof ERROR_KINDS)[number];

/** Every error code with its kind. Adding a code is one line here. */
export const ERROR_CODES = {
  // The caller's input.
  invalid_input: 'bad_input',
  malformed_json: 'bad_input',
  invalid_json: 'bad_input',
  usage_error: 'bad_input',
  file_not_found: 'bad_input',
  file_unreadable: 'bad_input',
  invalid_config: 'bad_input',
  unknown_asset: 'bad_input',
  duplicate_asset_id: 'bad_input',
  // Well-formed but unusable.
  idempotency_key_reused: 'unprocessable',
  numeric_error: 'unprocessable',
  // Access.
  unauthorized: 'unauthorized',
  not_found: 'not_found',
  route_not_found: 'not_found',
  method_not_allowed: 'method_not_allowed',
  // State.
  version_conflict: 'conflict',
  idempotency_in_progress: 'conflict',
  already_exists: 'conflict',
  run_not_replayable: 'conflict',
  // Transport.
  payload_too_large: 'too_large',
  unsupported_media_type: 'unsupported_media',
  // The language model behind the planner.
  llm_invalid_output: 'upstream_failure',
  llm_refused: 'upstream_failure',
  llm_truncated: 'upstream_failure',
  llm_auth: 'upstream_failure',
  llm_bad_request: 'upstream_failure',
  llm_replay_mismatch: 'upstream_failure',
  llm_unavailable: 'unavailable',
  llm_rate_limited: 'unavailable',
  llm_cancelled: 'unavailable',
  llm_timeout: 'upstream_timeout',
  scenario_definitions_unavailable: 'unavailable',
  // Storage and lifecycle.
  store_unavailable: 'unavailable',
  store_closed: 'unavailable',
  service_closed: 'unavailable',
  cancelled: 'cancelled',
  // Faults of Leaseback itself: logged with their cause, answered as internal errors.
  internal_error: 'internal',
  store_corrupt: 'internal',
  store_migration_failed: 'internal',
  store_query_failed: 'internal',
  solver_error: 'internal',
  solver_not_loaded: 'internal',
  strict_schema_unsupported: 'internal',
  // The scenario orchestrator: the service builds every turn and owns the playbooks,
  // so none of these is the caller's fault.
  invalid_scenario_definition: 'internal',
  invalid_scenario_config: 'internal',
  invalid_session: 'internal',
  invalid_turn_input: 'internal',
  scenario_version_not_found: 'internal',
  session_migration_failed: 'internal',
  lifecycle_evaluation_failed: 'internal',
} as const satisfies Readonly<Record<string, ErrorKind>>;

/** One of the stable error codes in `ERROR_CODES`. */
export type ErrorCode = keyof typeof ERROR_CODES;

/** Whether `value` is one of the stable error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.hasOwn(ERROR_CODES, value);
}

/** The kind of a code; a string that is not a known code is `internal`. */
export function errorKindOf(code: string): ErrorKind {
  return isErrorCode(code) ? ERROR_CODES[code] : 'internal';
}
