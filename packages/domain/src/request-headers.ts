/**
 * What the API accepts in its request headers, defined once: the service checks an
 * Idempotency-Key with it, the API echoes only what matches, and the OpenAPI document
 * states the same patterns (a JSON Schema `pattern` is an ECMAScript regular expression).
 */

/** An `Idempotency-Key`: 1 to 255 visible ASCII characters (no spaces). */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{1,255}$/;

/** An `X-Request-Id` the API keeps and echoes: 1 to 128 letters, digits and `._:-`. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;
