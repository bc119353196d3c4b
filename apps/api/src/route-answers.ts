import type { ServerResponse } from 'node:http';
import { jsonTextOf, type CallContext, type FundScope } from '@leaseback/service';
import { RawJson, type ApiRoute } from './api-routes.js';
import { toErrorResponse } from './error-response.js';
import { recordRequestFailure, requestLog } from './request-logging.js';

// How a route's call is set up and its answer written, on a plain Node response: the
// Express routes (`create-app.ts`) and the direct reads (`direct-reads.ts`) both use
// these, so an answer is the same bytes whichever way the request came in.

/** A response as the API keeps it: Express's `locals` when Express answers, a plain object otherwise. */
export type ApiResponse = ServerResponse & { locals: Record<string, unknown> };

/**
 * The service call context of one request: the caller's scope, the request's
 * logger and, for a route that stops when its client leaves, a cancellation
 * signal made on first use (`signal`, also returned for the answer's own use).
 */
export function routeContext(
  route: ApiRoute,
  response: ServerResponse,
  scope: FundScope,
  idempotencyKey: string | undefined,
): { readonly context: CallContext; readonly signal: (() => AbortSignal) | undefined } {
  // The request's own logger, so the service's lines (an internal error's cause) carry the request id.
  const logger = requestLog(response);
  const idempotent = idempotencyKey === undefined ? {} : { idempotencyKey };
  if (!route.cancelOnDisconnect) return { context: { scope, logger, ...idempotent }, signal: undefined };
  // Made when the work first looks at it: a read never does, and a signal with its listener per request is not free.
  // A getter in the literal, not `Object.defineProperty` afterwards, which was 0.7 % of a read's CPU.
  const signal = disconnectSignal(response);
  const context: CallContext = {
    scope,
    logger,
    ...idempotent,
    get signal() {
      return signal();
    },
  };
  return { context, signal };
}

/**
 * Sends a route's JSON result with `status`: stored bytes (`RawJson`) as they
 * are, a result the service already serialised as that text, anything else
 * serialised once. Returns false, sending nothing, for a result with no JSON
 * form (`undefined`).
 */
export function sendJsonResult(response: ServerResponse, status: number, result: unknown): boolean {
  if (result instanceof RawJson) {
    sendJsonText(response, status, result.json);
    return true;
  }
  const text = jsonTextOf(result) ?? JSON.stringify(result);
  if (text === undefined) return false;
  sendJsonText(response, status, text);
  return true;
}

/**
 * Sends JSON text (or its UTF-8 bytes) as it is. Why not Express's
 * `response.json`/`send`: they parse and rebuild the Content-Type, look the
 * media type up and check freshness on every answer, which was a few percent of
 * a read; with ETags off (see `createApp`) none of it changes what is sent. Text
 * is encoded once into a buffer: given a string, Node would join it to the
 * header block first and encode the copy. Node leaves the body out of a HEAD
 * answer.
 */
export function sendJsonText(response: ServerResponse, status: number, json: string | Uint8Array): void {
  const body = typeof json === 'string' ? Buffer.from(json, 'utf8') : json;
  response.statusCode = status;
  response.setHeader('Content-Type', 'application/json; charset=utf-8');
  response.setHeader('Content-Length', body.length);
  response.end(body);
}

/**
 * Answers a failure as `{ error: { code, message, problems? } }` with the
 * status of its code (`toErrorResponse`), and marks the request's log line with
 * the code (and, for a 5xx, the error with its stack).
 */
export function answerError(response: ApiResponse, error: unknown): void {
  const answer = toErrorResponse(error);
  // The request's log line carries the code answered (see request-logging.ts).
  response.locals['errorCode'] = answer.body.error.code;
  // The request's one log line carries this error (and its stack).
  if (answer.status >= 500) recordRequestFailure(response, error instanceof Error ? error : new Error(String(error)));
  if (response.headersSent) {
    // Too late for a status: cut the connection so the client sees a failure, not a truncated success.
    response.destroy();
    return;
  }
  for (const [name, value] of Object.entries(answer.headers)) response.setHeader(name, value);
  sendJsonText(response, answer.status, JSON.stringify(answer.body));
}

/** A signal aborted when the client leaves before the answer is finished. */
export function abortedWhenClientLeaves(response: ServerResponse): AbortSignal {
  const controller = new AbortController();
  response.once('close', () => {
    if (!response.writableFinished) controller.abort();
  });
  return controller.signal;
}

/** The request's cancellation signal, made on first call (already aborted if the client has gone by then). */
function disconnectSignal(response: ServerResponse): () => AbortSignal {
  let signal: AbortSignal | undefined;
  return () => {
    signal ??= response.destroyed && !response.writableFinished ? AbortSignal.abort() : abortedWhenClientLeaves(response);
    return signal;
  };
}
