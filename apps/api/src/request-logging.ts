import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler, Response } from 'express';
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

/** What the middleware keeps on a request for `requestLog`. */
interface RequestLogState {
  readonly id: string;
  readonly logger: Logger;
  child?: Logger;
}

const STATE = Symbol('leaseback.requestLog');
type LoggedRequest = IncomingMessage & { [STATE]?: RequestLogState };

/** A failure recorded on the response for the request's log line (see `answerError`). */
type ResponseWithError = Response & { err?: Error };

/**
 * The logger for what a handler or the service says about one request: every
 * line carries the request's `reqId`. The pino child is made on the first line
 * only. Why: making one costs more than a whole read's routing, and most
 * requests never write a line of their own (only internal errors and sessions do).
 */
export function requestLog(request: IncomingMessage): ServiceLogger {
  const state = (request as LoggedRequest)[STATE];
  if (state === undefined) throw new Error('requestLog needs the requestLogging middleware in front of the route');
  const child = (): Logger => {
    state.child ??= state.logger.child({ reqId: state.id });
    return state.child;
  };
  return {
    debug: (fields, message) => child().debug(fields, message),
    info: (fields, message) => child().info(fields, message),
    warn: (fields, message) => child().warn(fields, message),
    error: (fields, message) => child().error(fields, message),
  };
}

/** Records a failure on the response: its request's log line carries it as `err`, with its stack. */
export function recordRequestFailure(response: Response, error: Error): void {
  (response as ResponseWithError).err = error;
}

/**
 * One log line per finished request: `reqId`, `req` (id, method, URL with any
 * credential in its query as `[REDACTED]`, remote address), `res` (status) and
 * `responseTime` in ms, at `info` (`warn` for 4xx, `error` for 5xx or a
 * failure recorded with `recordRequestFailure`, which is logged as `err` with its
 * stack). Bodies and headers are never logged (so neither is `Authorization`
 * nor `X-API-Key`). Sets `X-Request-Id` on every answer.
 *
 * The line has the shape pino-http gives it; written directly, without
 * pino-http's two child loggers and serializer wrapping per request, because
 * those were a tenth of a read's CPU.
 */
export function requestLogging(logger: Logger, generateId: () => string = randomUUID): RequestHandler {
  return (request, response, next) => {
    const id = requestIdFor(request, generateId);
    response.setHeader(REQUEST_ID_HEADER, id);
    (request as LoggedRequest)[STATE] = { id, logger };
    const started = Date.now();
    // One listener on `close`, which a response emits once whether it finished or the client left.
    response.once('close', () => {
      const statusCode = response.statusCode;
      const url = request.originalUrl ?? request.url;
      const fields: Record<string, unknown> = {
        reqId: id,
        req: {
          id,
          method: request.method,
          url: typeof url === 'string' ? redactQueryCredentials(url) : url,
          remoteAddress: request.socket?.remoteAddress,
        },
        res: { statusCode },
        responseTime: Date.now() - started,
      };
      // An error answer's code on its request's line: what failed, countable from the logs alone.
      const errorCode: unknown = response.locals['errorCode'];
      if (typeof errorCode === 'string') fields['error_code'] = errorCode;
      const failure = (response as ResponseWithError).err;
      if (failure !== undefined || statusCode >= 500) {
        fields['err'] = failure ?? new Error(`failed with status code ${statusCode}`);
        logger.error(fields, 'request errored');
      } else if (statusCode >= 400) logger.warn(fields, 'request completed');
      else logger.info(fields, 'request completed');
    });
    next();
  };
}
