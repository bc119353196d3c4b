import { InvalidInputError, LeasebackError, type ErrorCode } from '@leaseback/domain';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { statusForCode, toErrorResponse } from './error-response.js';
import { RequestError } from './request-errors.js';

describe('toErrorResponse', () => {
  it.each([
    ['invalid_input', 400],
    ['not_found', 404],
    ['version_conflict', 409],
    ['idempotency_in_progress', 409],
    ['idempotency_key_reused', 422],
    ['scenario_definitions_unavailable', 503],
    ['llm_timeout', 504],
    ['llm_unavailable', 503],
    ['llm_rate_limited', 503],
    ['llm_invalid_output', 502],
    ['llm_refused', 502],
    ['llm_auth', 502],
    ['store_unavailable', 503],
    ['service_closed', 503],
  ] satisfies [ErrorCode, number][])('maps %s to %i', (code, status) => {
    expect(toErrorResponse(new LeasebackError(code, 'message')).status).toBe(status);
    expect(statusForCode(code)).toBe(status);
  });

  it('maps the HTTP layer’s own errors', () => {
    expect(toErrorResponse(new RequestError('unauthorized', 'no key')).status).toBe(401);
    expect(toErrorResponse(new RequestError('route_not_found', 'nothing')).status).toBe(404);
    expect(toErrorResponse(new RequestError('method_not_allowed', 'no')).status).toBe(405);
    expect(toErrorResponse(new RequestError('payload_too_large', 'big')).status).toBe(413);
    expect(toErrorResponse(new RequestError('unsupported_media_type', 'xml')).status).toBe(415);
  });

  it('recognises body-parser failures by their type', () => {
    const tooLarge = Object.assign(new Error('request entity too large'), { type: 'entity.too.large', status: 413 });
    const malformed = Object.assign(new SyntaxError('Unexpected token'), { type: 'entity.parse.failed', status: 400, body: '{secret' });
    const charset = Object.assign(new Error('unsupported charset "KOI8-R"'), { type: 'charset.unsupported', status: 415 });
    expect(toErrorResponse(tooLarge)).toMatchObject({ status: 413, body: { error: { code: 'payload_too_large' } } });
    expect(toErrorResponse(malformed)).toMatchObject({ status: 400, body: { error: { code: 'malformed_json' } } });
    expect(JSON.stringify(toErrorResponse(malformed).body)).not.toContain('secret');
    expect(toErrorResponse(charset)).toMatchObject({ status: 415, body: { error: { code: 'unsupported_media_type' } } });
  });

  it("answers any other HTTP-layer failure with a 4xx status as the caller's mistake, never echoing it", () => {
    // body-parser wraps zlib's failure for a body that claims gzip but is not.
    const notGzip = Object.assign(new Error('incorrect header check'), { code: 'Z_DATA_ERROR', errno: -3, status: 400, statusCode: 400 });
    expect(toErrorResponse(notGzip)).toMatchObject({ status: 400, body: { error: { code: 'malformed_request' } } });
    // The router's decoding failure for `/api/runs/%FF`.
    const badPath = Object.assign(new URIError("Failed to decode param '%FF'"), { status: 400, statusCode: 400 });
    const answer = toErrorResponse(badPath);
    expect(answer).toMatchObject({ status: 400, body: { error: { code: 'malformed_request' } } });
    expect(answer.body.error.message).not.toContain('%FF');
    expect(toErrorResponse(Object.assign(new Error('x'), { statusCode: 415 })).status).toBe(415);
    expect(toErrorResponse(Object.assign(new Error('x'), { status: 413 })).status).toBe(413);
    fc.assert(
      fc.property(fc.integer({ min: 400, max: 499 }), (status) => {
        const mapped = toErrorResponse(Object.assign(new Error('secret detail'), { status }));
        expect(mapped.status).toBeGreaterThanOrEqual(400);
        expect(mapped.status).toBeLessThan(500);
        expect(mapped.body.error.message).not.toContain('secret');
      }),
    );
  });

  it('does not trust a 5xx or malformed status, nor a status on a LeasebackError', () => {
    for (const status of [500, 503, 399, 200, '400', 400.5, Number.NaN]) {
      expect(toErrorResponse(Object.assign(new Error('x'), { status })).status).toBe(500);
    }
    expect(toErrorResponse(Object.assign(new LeasebackError('internal_error', 'x'), { status: 400 })).status).toBe(500);
  });

  it('lists every problem of an invalid input', () => {
    const problems = [
      { path: 'request.assets[0].cap_rate', message: 'must be > 0 and < 1' },
      { path: 'request.corporate_state.ebitda', message: 'must be a finite number' },
      { path: '', message: 'must be an object' },
    ];
    expect(toErrorResponse(new InvalidInputError(problems))).toEqual({
      status: 400,
      headers: {},
      body: { error: { code: 'invalid_input', message: expect.any(String), problems } },
    });
  });

  it('hides the message of internal errors and of anything unknown', () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.oneof(
          fc.constant('internal_error'),
          fc.string().filter((code) => statusForCode(code) === 500),
        ),
        (message, code) => {
          for (const thrown of [new Error(message), new LeasebackError(code as ErrorCode, message), message, { message }]) {
            const answer = toErrorResponse(thrown);
            expect(answer.status).toBe(500);
            expect(answer.body).toEqual({ error: { code: 'internal_error', message: 'an internal error occurred' } });
          }
        },
      ),
    );
  });

  it('does not let a code named like an Object.prototype member pick a status', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(statusForCode(code)).toBe(500);
    }
  });

  it('hides store details behind a fixed message and asks for a retry', () => {
    const answer = toErrorResponse(new LeasebackError('store_unavailable', 'connect ECONNREFUSED 10.0.0.5:5432', { isRetryable: true }));
    expect(answer.status).toBe(503);
    expect(answer.body.error.message).not.toContain('10.0.0.5');
    expect(answer.headers['Retry-After']).toBe('1');
  });

  it('passes on how long an upstream asked to wait', () => {
    const rateLimited = Object.assign(new LeasebackError('llm_rate_limited', 'slow down', { isRetryable: true }), { retryAfterMs: 2500 });
    expect(toErrorResponse(rateLimited).headers['Retry-After']).toBe('3');
  });
});
