import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import type { FundScope } from '@leaseback/service';
import { RequestError } from './request-errors.js';

/** What `authenticate` leaves in `res.locals` for the route handlers. */
export interface AuthenticatedLocals {
  /** The funds the caller's key may read and write; `undefined` when no keys are configured. */
  scope: FundScope;
}

/**
 * Express middleware for `LEASEBACK_API_KEYS`: a request needs
 * `Authorization: Bearer <key>` or `X-API-Key: <key>` naming a configured key
 * (401 otherwise), and the key's funds become `res.locals.scope`. With no keys
 * configured every request passes with an unrestricted scope (the server then
 * binds to loopback only; see `startServer`).
 */
export function authenticate(apiKeys: Readonly<Record<string, readonly string[]>>): RequestHandler {
  const check = apiKeyCheck(apiKeys);
  return (request, response, next) => {
    const verdict = check(request.headers);
    if ('refused' in verdict) {
      response.setHeader('WWW-Authenticate', verdict.challenge);
      next(verdict.refused);
      return;
    }
    response.locals.scope = verdict.scope;
    next();
  };
}

/** What `apiKeyCheck` says of a request: the caller's scope, or the refusal with its `WWW-Authenticate` challenge. */
export type ApiKeyVerdict = { readonly scope: FundScope } | { readonly refused: RequestError; readonly challenge: string };

/**
 * The API-key rule on its own: given a request's headers, the caller's scope,
 * or the `unauthorized` error to answer. `authenticate` applies it in Express;
 * the direct reads (see `direct-reads.ts`) apply the same rule without Express.
 * With no keys configured every request passes with an unrestricted scope.
 */
export function apiKeyCheck(apiKeys: Readonly<Record<string, readonly string[]>>): (headers: IncomingHttpHeaders) => ApiKeyVerdict {
  // Keys are compared as SHA-256 digests with timingSafeEqual, so neither the
  // comparison time nor an early exit says how much of a guess was right.
  const digests = Object.entries(apiKeys).map(([key, funds]) => ({ digest: digest(key), funds: Object.freeze([...funds]) }));
  const unrestricted = { scope: undefined } as const;
  return (headers) => {
    if (digests.length === 0) return unrestricted;
    const presented = presentedKey(headers.authorization, headers['x-api-key']);
    if (presented === undefined)
      return {
        refused: new RequestError('unauthorized', 'an API key is required: send "Authorization: Bearer <key>" or "X-API-Key: <key>"'),
        challenge: 'Bearer',
      };
    const presentedDigest = digest(presented);
    let funds: readonly string[] | undefined;
    for (const candidate of digests) {
      if (timingSafeEqual(candidate.digest, presentedDigest)) funds = candidate.funds;
    }
    if (funds === undefined)
      return { refused: new RequestError('unauthorized', 'the API key is not valid'), challenge: 'Bearer error="invalid_token"' };
    return { scope: funds };
  };
}

function presentedKey(authorization: string | undefined, apiKeyHeader: string | string[] | undefined): string | undefined {
  if (authorization !== undefined) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization);
    if (match?.[1] !== undefined) return match[1];
  }
  if (typeof apiKeyHeader === 'string' && apiKeyHeader.trim() !== '') return apiKeyHeader.trim();
  return undefined;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
