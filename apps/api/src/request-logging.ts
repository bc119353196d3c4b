import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import type { Logger } from 'pino';
import { REQUEST_ID_PATTERN } from '@leaseback/domain';
import type { ServiceLogger } from '@leaseback/service';
import { redactQueryCredentials } from './credentials-in-query.js';

/** The response header carrying the request id (and the request header honoured). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Incoming ids are echoed into logs and headers, so only a short, plain token is honoured.

/**
 * The id of a request: the caller's `X-Request-Id` when it is a short plain token,
 * otherwise a fresh one from `generateId`.
 */
export function requestIdFor(request: IncomingMessage, generateId: () => string): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && REQUEST_ID_PATTERN.test(incoming) ? incoming : generateId();
}

/** Observes one finished request: its method, route template (`undefined` when no route matched), status and duration. */
export type RequestObserver = (method: string, route: string | undefined, statusCode: number, seconds: number) => void;

/**
 * What the middleware keeps on a response until it closes. One object per
 * request, read by one shared `close` listener: no closure or listener is made
 * per request for the log line and the latency metric.
 */
interface RequestState {
  readonly id: string;
  readonly logger: Logger;
  readonly observe: RequestObserver | undefined;
  /** `performance.now()` when the request arrived. */
  readonly started: number;
  /** `Date.now()` when the request arrived: `responseTime` is whole milliseconds of the wall clock, as pino-http gives it. */
  readonly startedAt: number;
  /** The pino child for the request's own lines, made on the first one. */
  child: Logger | undefined;
  /** The request's logger for the service, made on first use. */
  serviceLogger: ServiceLogger | undefined;
}

const STATE = Symbol('leaseback.requestLog');
type ObservedResponse = ServerResponse & { [STATE]?: RequestState; req?: IncomingMessage; err?: Error; locals?: Record<string, unknown> };

/**
 * The logger a handler or the service uses for one request: every line carries
 * the request's `reqId`. The pino child is made on the first line only. Why:
 * making one costs more than a whole read's routing, and most requests never
 * write a line of their own (only internal errors and sessions do).
 */
class RequestLogger implements ServiceLogger {
  readonly #state: RequestState;

  constructor(state: RequestState) {
    this.#state = state;
  }

  #child(): Logger {
    this.#state.child ??= this.#state.logger.child({ reqId: this.#state.id });
    return this.#state.child;
  }

  debug(fields: Record<string, unknown>, message?: string): void {
    this.#child().debug(fields, message);
  }

  info(fields: Record<string, unknown>, message?: string): void {
    this.#child().info(fields, message);
  }

  warn(fields: Record<string, unknown>, message?: string): void {
    this.#child().warn(fields, message);
  }

  error(fields: Record<string, unknown>, message?: string): void {
    this.#child().error(fields, message);
  }
}

/**
 * The logger for what a handler or the service says about one request: every
 * line carries the request's `reqId` (see `RequestLogger`).
 */
export function requestLog(response: ServerResponse): ServiceLogger {
  const state = (response as ObservedResponse)[STATE];
  if (state === undefined) throw new Error('requestLog needs the requestLogging middleware in front of the route');
  state.serviceLogger ??= new RequestLogger(state);
  return state.serviceLogger;
}

/** Records a failure on the response: its request's log line carries it as `err`, with its stack. */
export function recordRequestFailure(response: ServerResponse, error: Error): void {
  (response as ObservedResponse).err = error;
}

/**
 * One log line per finished request: `reqId`, `req` (id, method, URL with any
 * credential in its query as `[REDACTED]`, remote address), `res` (status) and
 * `responseTime` in ms, at `info` (`warn` for 4xx, `error` for 5xx or a
 * failure recorded with `recordRequestFailure`, which is logged as `err` with its
 * stack). Bodies and headers are never logged (so neither is `Authorization`
 * nor `X-API-Key`). Sets `X-Request-Id` on every answer. `observe`, when given,
 * is told each request's route template (`res.locals.route`), status and
 * duration when it closes (the latency histogram, see `httpMetrics`).
 *
 * The line has the shape pino-http gives it; written directly, without
 * pino-http's two child loggers and serializer wrapping per request, because
 * those were a tenth of a read's CPU.
 */
export function requestLogging(logger: Logger, generateId: () => string = randomUUID, observe?: RequestObserver): RequestHandler {
  const begin = requestLogStart(logger, generateId, observe);
  return (request, response, next) => {
    begin(request, response);
    next();
  };
}

/**
 * What `requestLogging` does when a request arrives, without Express: sets
 * `X-Request-Id` and arranges the log line and the latency observation for when
 * the response closes. The direct reads (see `direct-reads.ts`) start their
 * requests' logs with it, so every request has the same line whichever way it
 * is answered.
 */
export function requestLogStart(
  logger: Logger,
  generateId: () => string,
  observe: RequestObserver | undefined,
): (request: IncomingMessage, response: ServerResponse) => void {
  return (request, response) => {
    const id = requestIdFor(request, generateId);
    response.setHeader(REQUEST_ID_HEADER, id);
    (response as ObservedResponse)[STATE] = {
      id,
      logger,
      observe,
      started: performance.now(),
      startedAt: Date.now(),
      child: undefined,
      serviceLogger: undefined,
    };
    // One listener on `close`, which a response emits once whether it finished or the client left.
    response.once('close', requestClosed);
  };
}

/** The `close` listener of every request (`this` is the response): the latency metric, then the log line. */
function requestClosed(this: ObservedResponse): void {
  const state = this[STATE];
  const request = this.req;
  if (state === undefined || request === undefined) return;
  const statusCode = this.statusCode;
  const method = request.method ?? '';
  const route: unknown = this.locals?.['route'];
  state.observe?.(method, typeof route === 'string' ? route : undefined, statusCode, (performance.now() - state.started) / 1000);
  const url = (request as IncomingMessage & { originalUrl?: string }).originalUrl ?? request.url;
  const fields: Record<string, unknown> = {
    reqId: state.id,
    req: {
      id: state.id,
      method,
      url: typeof url === 'string' ? redactQueryCredentials(url) : url,
      remoteAddress: request.socket?.remoteAddress,
    },
    res: { statusCode },
    responseTime: Date.now() - state.startedAt,
  };
  // An error answer's code on its request's line: what failed, countable from the logs alone.
  const errorCode: unknown = this.locals?.['errorCode'];
  if (typeof errorCode === 'string') fields['error_code'] = errorCode;
  const failure = this.err;
  if (failure !== undefined || statusCode >= 500) {
    fields['err'] = failure ?? new Error(`failed with status code ${statusCode}`);
    state.logger.error(fields, 'request errored');
  } else if (statusCode >= 400) state.logger.warn(fields, 'request completed');
  else state.logger.info(fields, 'request completed');
}
