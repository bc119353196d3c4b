/** API key → the fund ids it may read and write. */
export type ApiKeyMap = Record<string, string[]>;

/**
 * Parses `LEASEBACK_API_KEYS`. Two notations:
 * - compact: `key1=fund-a|fund-b,key2=fund-c` (entries separated by commas,
 *   funds by `|`; the key is everything before the entry's last `=`, so
 *   base64 keys ending in `=` work);
 * - JSON: `{"key1": ["fund-a", "fund-b"], "key2": "fund-c"}` (for keys that
 *   contain `,` or `|`).
 * Messages name entries by position, never by key: the key is the secret.
 */
export function parseApiKeys(text: string): { ok: true; value: ApiKeyMap } | { ok: false; message: string } {
  const trimmed = text.trim();
  return trimmed.startsWith('{') ? parseJsonNotation(trimmed) : parseCompactNotation(trimmed);
}

function parseCompactNotation(text: string): { ok: true; value: ApiKeyMap } | { ok: false; message: string } {
  const value: ApiKeyMap = {};
  const entries = text.split(',').map((entry) => entry.trim());
  for (const [index, entry] of entries.entries()) {
    const position = `entry ${index + 1}`;
    if (entry === '') return { ok: false, message: `${position} is empty (expected key=fund-a|fund-b)` };
    const separator = entry.lastIndexOf('=');
    if (separator <= 0) return { ok: false, message: `${position} has no key=funds form (expected key=fund-a|fund-b)` };
    const key = entry.slice(0, separator).trim();
    const funds = entry
      .slice(separator + 1)
      .split('|')
      .map((fund) => fund.trim());
    if (key === '') return { ok: false, message: `${position} has an empty key` };
    if (funds.some((fund) => fund === '')) return { ok: false, message: `${position} lists an empty fund id (expected key=fund-a|fund-b)` };
    if (Object.hasOwn(value, key)) return { ok: false, message: `${position} repeats the key of an earlier entry` };
    setOwn(value, key, [...new Set(funds)]);
  }
  return { ok: true, value };
}

function parseJsonNotation(text: string): { ok: true; value: ApiKeyMap } | { ok: false; message: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's message quotes the text around the error, which may be a key.
    return { ok: false, message: 'is not valid JSON (expected {"key": ["fund-a", "fund-b"]})' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    return { ok: false, message: 'must be a JSON object of key → fund ids' };
  const value: ApiKeyMap = {};
  for (const [index, [key, funds]] of Object.entries(parsed).entries()) {
    const position = `entry ${index + 1}`;
    if (key.trim() === '') return { ok: false, message: `${position} has an empty key` };
    const list = typeof funds === 'string' ? [funds] : funds;
    if (!Array.isArray(list) || list.length === 0 || list.some((fund) => typeof fund !== 'string' || fund.trim() === ''))
      return { ok: false, message: `${position} must map to a fund id or a non-empty list of fund ids` };
    setOwn(value, key.trim(), [...new Set(list.map((fund: string) => fund.trim()))]);
  }
  return { ok: true, value };
}

/**
 * Adds `key` as an own field. Why not `map[key] = funds`: a key named
 * `__proto__` would set the object's prototype instead and the key would be lost.
 */
function setOwn(map: ApiKeyMap, key: string, funds: string[]): void {
  Object.defineProperty(map, key, { value: funds, enumerable: true, writable: true, configurable: true });
}
