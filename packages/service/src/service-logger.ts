/** One logging method of a pino-compatible logger: fields first, then the message. */
export type LogMethod = (fields: Record<string, unknown>, message?: string) => void;

/**
 * The subset of a pino logger the service writes to. A pino `Logger` satisfies
 * it as is; so does a test recorder.
 */
export interface ServiceLogger {
  readonly debug: LogMethod;
  readonly info: LogMethod;
  readonly warn: LogMethod;
  readonly error: LogMethod;
}

const ignore: LogMethod = () => {};

/** A logger that drops everything: the default when none is injected. */
export const silentLogger: ServiceLogger = Object.freeze({ debug: ignore, info: ignore, warn: ignore, error: ignore });
