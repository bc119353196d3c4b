import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from '@anthropic-ai/sdk';
import type { ProviderFailure } from '@leaseback/llm';

/**
 * Describes an error the Anthropic SDK threw as a `ProviderFailure`, or `null`
 * when it is not an SDK error (a bug to surface, not a provider condition).
 * Checked from the most specific class: a timeout is a connection error and
 * every one of them is an `APIError`. An overloaded API (529) is a 5xx.
 */
export function describeAnthropicError(error: unknown): ProviderFailure | null {
  if (error instanceof APIUserAbortError) return { kind: 'cancelled' };
  if (error instanceof APIConnectionTimeoutError) return { kind: 'timeout', message: error.message };
  if (error instanceof APIConnectionError) return { kind: 'connection', message: error.message };
  if (error instanceof APIError) {
    return {
      kind: 'http',
      ...(error.status === undefined ? {} : { status: error.status }),
      ...(error.headers === undefined ? {} : { headers: error.headers }),
      message: error.message,
      ...(error.requestID ? { requestId: error.requestID } : {}),
    };
  }
  return null;
}
