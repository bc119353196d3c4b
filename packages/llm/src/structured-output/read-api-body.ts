import { LlmError } from '../llm-error.js';

/** A provider's HTTP response as the adapter read it: status, headers and the whole body text. */
export interface ApiBody {
  readonly contentType: string;
  readonly text: string;
  readonly requestId: string | undefined;
}

/**
 * Reads a successful provider response's body and parses it as JSON. What is
 * not a JSON object (an HTML page from a gateway, plain text, an empty body)
 * is an `llm_unavailable` error naming the content type and the request id,
 * never a TypeError further down. The body is read by the caller under the
 * call's deadline.
 */
export function parseApiBody(provider: string, body: ApiBody): Record<string, unknown> {
  const suffix = body.requestId === undefined ? '' : ` (request ${body.requestId})`;
  const looksJson = /\bjson\b/i.test(body.contentType);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.text);
  } catch {
    throw new LlmError(
      'llm_unavailable',
      `${provider} answered with a body that is not JSON (${body.contentType || 'no content type'}${looksJson ? ', unparsable' : ''}, ${body.text.length} characters)${suffix}`,
      { provider, ...(body.requestId === undefined ? {} : { requestId: body.requestId }) },
    );
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new LlmError(
      'llm_unavailable',
      `${provider} answered with JSON that is not an object (${body.contentType || 'no content type'})${suffix}`,
      {
        provider,
        ...(body.requestId === undefined ? {} : { requestId: body.requestId }),
      },
    );
  }
  return parsed as Record<string, unknown>;
}

/**
 * The error for a JSON response that lacks what the provider's protocol
 * promises (no choices, no content, no usage): `llm_invalid_output`, listing
 * the first problems with their paths and the request id.
 */
export function malformedResponseError(
  provider: string,
  what: string,
  problems: readonly string[],
  requestId: string | undefined,
): LlmError {
  const suffix = requestId === undefined ? '' : ` (request ${requestId})`;
  return new LlmError('llm_invalid_output', `${provider} answered with a malformed ${what}: ${problems.slice(0, 5).join('; ')}${suffix}`, {
    provider,
    ...(requestId === undefined ? {} : { requestId }),
  });
}
