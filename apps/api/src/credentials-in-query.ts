import type { RequestHandler } from 'express';
import { RequestError } from './request-errors.js';

// Query parameter names that carry a credential, compared without case, `-`, `_`
// and a trailing `[...]` (`api_key`, `apiKey`, `X-API-Key`, `access_token[]`...).
const CREDENTIAL_NAMES = new Set([
  'apikey',
  'xapikey',
  'key',
  'accesstoken',
  'token',
  'idtoken',
  'sessiontoken',
  'auth',
  'authorization',
  'bearer',
  'password',
  'passwd',
  'secret',
  'clientsecret',
]);

/** Whether a query parameter name is one that carries a credential. */
export function isCredentialParameter(name: string): boolean {
  return CREDENTIAL_NAMES.has(name.replace(/\[.*$/, '').replace(/[-_]/g, '').toLowerCase());
}

/** Whether the name of a query pair (`raw` from `start` to the first `=` before `end`), as sent, is a credential's. */
function isCredentialPair(raw: string, start: number, end: number): boolean {
  let nameEnd = raw.indexOf('=', start);
  if (nameEnd === -1 || nameEnd > end) nameEnd = end;
  // Why a plain scan first: every request with a query comes here (twice: this check and the log
  // line), and a name made only of letters and digits needs no decoding and no rewriting.
  let plain = true;
  for (let index = start; index < nameEnd && plain; index += 1) {
    const code = raw.charCodeAt(index);
    plain = (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  }
  if (plain) return nameEnd - start <= LONGEST_CREDENTIAL_NAME && CREDENTIAL_NAMES.has(raw.slice(start, nameEnd).toLowerCase());
  return isCredentialParameter(safeDecode(raw.slice(start, nameEnd)));
}

const LONGEST_CREDENTIAL_NAME = Math.max(...[...CREDENTIAL_NAMES].map((name) => name.length));

/** Whether a request URL's query names any credential parameter. */
function hasCredentialParameter(url: string): boolean {
  const index = url.indexOf('?');
  if (index === -1) return false;
  for (let start = index + 1; start <= url.length; ) {
    let end = url.indexOf('&', start);
    if (end === -1) end = url.length;
    if (isCredentialPair(url, start, end)) return true;
    start = end + 1;
  }
  return false;
}

/** The query string of a request URL (`a=1&b=2`), or `''`. */
function queryOf(url: string): string {
  const index = url.indexOf('?');
  return index === -1 ? '' : url.slice(index + 1);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}

/** The names of the credential parameters in a request URL's query. */
export function credentialParametersIn(url: string): string[] {
  if (!hasCredentialParameter(url)) return [];
  const query = queryOf(url);
  if (query === '') return [];
  return query
    .split('&')
    .map((pair) => safeDecode(pair.split('=')[0] ?? ''))
    .filter(isCredentialParameter);
}

/**
 * The URL with the value of every credential parameter replaced by `[REDACTED]`:
 * what the request log records, so a key sent in a URL never reaches a log line.
 */
export function redactQueryCredentials(url: string): string {
  if (!hasCredentialParameter(url)) return url;
  const index = url.indexOf('?');
  const pairs = url
    .slice(index + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      return isCredentialParameter(safeDecode(name)) ? `${name}=[REDACTED]` : pair;
    });
  return `${url.slice(0, index)}?${pairs.join('&')}`;
}

/**
 * Refuses (400, `credentials_in_query`) a request whose URL carries an API key
 * or other credential in its query: URLs end up in proxy logs, browser history
 * and `Referer` headers, so a key sent that way is treated as leaked, never
 * used. Keys go in `Authorization: Bearer <key>` or `X-API-Key`.
 */
export function refuseCredentialsInQuery(): RequestHandler {
  return (request, _response, next) => {
    const names = credentialParametersIn(request.originalUrl);
    if (names.length === 0) {
      next();
      return;
    }
    next(
      new RequestError(
        'credentials_in_query',
        `credentials are not accepted in the URL (query parameter ${names.map((name) => `"${name.replace(/[^\x20-\x7E]/g, '?').slice(0, 40)}"`).join(', ')}); ` +
          'send "Authorization: Bearer <key>" or "X-API-Key: <key>", and treat a key sent in a URL as leaked',
      ),
    );
  };
}
