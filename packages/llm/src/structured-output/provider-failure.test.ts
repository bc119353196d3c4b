import fc from 'fast-check';
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { providerFailureToLlmError, redactSecrets, retryAfterMsFromHeaders } from './provider-failure.js';

const provider = 'openai';

describe('providerFailureToLlmError', () => {
  it.each([
    [401, 'llm_auth', false],
    [403, 'llm_auth', false],
    [408, 'llm_timeout', true],
    [429, 'llm_rate_limited', true],
    [500, 'llm_unavailable', true],
    [503, 'llm_unavailable', true],
    [529, 'llm_unavailable', true],
    [400, 'llm_bad_request', false],
    [404, 'llm_bad_request', false],
    [422, 'llm_bad_request', false],
  ] as const)('maps HTTP %i to %s', (status, code, retryable) => {
    const error = providerFailureToLlmError({ kind: 'http', status, message: `${status} something` }, { provider });
    expect(error.code).toBe(code);
    expect(error.isRetryable).toBe(retryable);
    expect(error.statusCode).toBe(status);
    expect(error.provider).toBe('openai');
  });

  it('maps cancellation, timeouts and connection failures', () => {
    expect(providerFailureToLlmError({ kind: 'cancelled' }, { provider }).code).toBe('llm_cancelled');
    expect(providerFailureToLlmError({ kind: 'timeout', message: 'Request timed out.' }, { provider }).code).toBe('llm_timeout');
    const connection = providerFailureToLlmError({ kind: 'connection', message: 'Connection error.' }, { provider });
    expect(connection.code).toBe('llm_unavailable');
    expect(connection.message).toBe('could not reach openai: Connection error.');
  });

  it('reads the wait from retry-after on a 429', () => {
    const error = providerFailureToLlmError(
      { kind: 'http', status: 429, headers: new Headers({ 'retry-after': '7' }), requestId: 'req_1' },
      { provider },
    );
    expect(error.retryAfterMs).toBe(7_000);
    expect(error.message).toBe('openai rate limit reached (429); retry after 7000 ms (request req_1)');
    expect(providerFailureToLlmError({ kind: 'http', status: 429 }, { provider }).retryAfterMs).toBeUndefined();
  });

  it('never lets the API key through, in the message or the cause', () => {
    const apiKey = 'sk-test-0123456789abcdef';
    const auth = providerFailureToLlmError(
      { kind: 'http', status: 401, message: `401 Incorrect API key provided: ${apiKey}. You can find your API key at ...` },
      { provider, secrets: [apiKey] },
    );
    expect(auth.message).toBe('openai rejected the credentials (401); check the API key');
    expect(inspect(auth, { depth: 5 })).not.toContain(apiKey);
    const other = providerFailureToLlmError(
      { kind: 'http', status: 400, message: `bad request for key ${apiKey}` },
      { provider, secrets: [apiKey] },
    );
    expect(other.message).toBe('openai rejected the request (400): bad request for key [redacted]');
    expect(inspect(other, { depth: 5 })).not.toContain(apiKey);
  });
});

describe('retryAfterMsFromHeaders', () => {
  it('prefers retry-after-ms, then seconds, then an HTTP date', () => {
    expect(retryAfterMsFromHeaders(new Headers({ 'retry-after-ms': '15', 'retry-after': '3' }))).toBe(15);
    expect(retryAfterMsFromHeaders(new Headers({ 'retry-after': '2.5' }))).toBe(2_500);
    expect(retryAfterMsFromHeaders({ 'Retry-After': '1' })).toBe(1_000);
    expect(retryAfterMsFromHeaders({ 'retry-after': ['4'] })).toBe(4_000);
    const now = () => Date.parse('2026-01-01T00:00:00Z');
    expect(retryAfterMsFromHeaders(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:30 GMT' }), now)).toBe(30_000);
    expect(retryAfterMsFromHeaders(new Headers({ 'retry-after': 'soon' }))).toBeUndefined();
    expect(retryAfterMsFromHeaders(undefined)).toBeUndefined();
  });
});

describe('redactSecrets', () => {
  // A secret sharing no character with the replacement text cannot be re-formed by it.
  const secret = fc
    .string({ minLength: 8, maxLength: 40 })
    .filter((value) => ![...value].some((character) => '[redacted]'.includes(character)));
  it('removes any secret wherever it appears, and anything shaped like a key', () => {
    fc.assert(
      fc.property(fc.string(), secret, fc.string(), (before, secret, after) => {
        expect(redactSecrets(`${before}${secret}${after}${secret}`, [secret])).not.toContain(secret);
      }),
    );
    expect(redactSecrets('key sk-proj-abcDEF123_456 and sk-ant-api03-xyzxyzxyz')).toBe('key [redacted] and [redacted]');
    expect(redactSecrets('short words stay', ['stay'])).toBe('short words stay');
  });
});
