/**
 * The logging surface the orchestrator uses: a subset of pino's `Logger`, so a
 * pino logger (or a child of one) can be passed as is.
 */
export interface OrchestratorLogger {
  info(object: object, message?: string): void;
  warn(object: object, message?: string): void;
  debug(object: object, message?: string): void;
}
