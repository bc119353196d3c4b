/**
 * JSON with object keys sorted at every level and `undefined` members dropped (an
 * `undefined` array entry becomes `null`, as `JSON.stringify` writes it), so two values
 * meaning the same thing serialize identically whatever key order produced them. The one
 * serialization behind request fingerprints (idempotency keys) and spec comparisons; its
 * output must never change, or stored fingerprints stop matching their retries.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(canonicalize(value));
}

function canonicalize(value: unknown): unknown {
  if (Array.isArray(value)) return value.map((entry) => (entry === undefined ? null : canonicalize(entry)));
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, entry]) => entry !== undefined)
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0));
    return Object.fromEntries(entries.map(([key, entry]) => [key, canonicalize(entry)]));
  }
  return value;
}
