import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Logger } from 'pino';
import { pinoHttp, type HttpLogger } from 'pino-http';
import { redactQueryCredentials } from './credentials-in-query.js';

/** The response header carrying the request id (and the request header honoured). */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Incoming ids are echoed into logs and headers, so only a short, plain token is honoured.
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when it is a short plain token,
 * otherwise a fresh one from `generateId`.
 */
export function requestIdFor(request: IncomingMessage, generateId: () => string): string {
  const incoming = request.headers['x-request-id'];
  return typeof incoming === 'string' && ACCEPTABLE_REQUEST_ID.test(incoming) ? incoming : generateId();
}

/**
 * pino-http middleware: one log line per finished request with its id, method,
 * path, status and duration, and `request.log` for handlers. Bodies and headers
 * are never logged (so neither is `Authorization` nor `X-API-Key`), and a
 * credential in the query string is logged as `[REDACTED]`.
 */
export function requestLogging(logger: Logger, generateId: () => string = randomUUID): HttpLogger {
  return pinoHttp({
    logger,
    genReqId: (request: IncomingMessage, response: ServerResponse) => {
      const id = requestIdFor(request, generateId);
      response.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    quietReqLogger: true,
    // An error answer's code on its request's line: what failed, countable from the logs alone.
    customProps: (_request, response) => {
      const code = (response as ServerResponse & { locals?: { errorCode?: unknown } }).locals?.errorCode;
      return typeof code === 'string' ? { error_code: code } : {};
    },
    customLogLevel: (_request, response, error) => {
      if (error !== undefined || response.statusCode >= 500) return 'error';
      if (response.statusCode >= 400) return 'warn';
      return 'info';
    },
    serializers: {
      // With wrapSerializers (the default) these receive pino's standard shapes;
      // keep only fields that cannot carry credentials or bodies.
      req: (request: { id?: unknown; method?: string; url?: string; remoteAddress?: string }) => ({
        id: request.id,
        method: request.method,
        // A credential sent in the query (refused with 400) is never written to the log.
        url: typeof request.url === 'string' ? redactQueryCredentials(request.url) : request.url,
        remoteAddress: request.remoteAddress,
      }),
      res: (response: { statusCode?: number }) => ({ statusCode: response.statusCode }),
    },
  });
}
