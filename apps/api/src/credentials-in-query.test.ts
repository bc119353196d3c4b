import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { credentialParametersIn, isCredentialParameter, redactQueryCredentials } from './credentials-in-query.js';

// The straightforward reading of a query (split, decode every name, test it): the fast scan must agree with it.
function decoded(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
function namesByReference(url: string): string[] {
  const index = url.indexOf('?');
  if (index === -1) return [];
  return url
    .slice(index + 1)
    .split('&')
    .map((pair) => decoded(pair.split('=')[0] ?? ''))
    .filter(isCredentialParameter);
}
function redactedByReference(url: string): string {
  const index = url.indexOf('?');
  if (index === -1) return url;
  const pairs = url
    .slice(index + 1)
    .split('&')
    .map((pair) => {
      const name = pair.split('=')[0] ?? '';
      return isCredentialParameter(decoded(name)) ? `${name}=[REDACTED]` : pair;
    });
  return `${url.slice(0, index)}?${pairs.join('&')}`;
}

const NAME_PIECES = [
  'api',
  'key',
  'Key',
  'API',
  '_',
  '-',
  'token',
  'access',
  'x',
  '%5F',
  '%4B',
  '%',
  '+',
  '[]',
  '[0]',
  'limit',
  'fund_id',
  '=',
  'é',
  '1',
];
const name = fc.array(fc.constantFrom(...NAME_PIECES), { maxLength: 4 }).map((pieces) => pieces.join(''));
const pair = fc.oneof(
  name,
  fc.tuple(name, fc.string({ maxLength: 6 })).map(([left, right]) => `${left}=${right}`),
);
const url = fc.oneof(
  fc.constant('/api/runs'),
  fc.array(pair, { maxLength: 5 }).map((pairs) => `/api/runs?${pairs.join('&')}`),
  fc.string().map((text) => `/api/runs?${text}`),
);

describe('credentials in a query', () => {
  it('names the same credential parameters and redacts the same URL as a split-and-decode reading', () => {
    fc.assert(
      fc.property(url, (candidate) => {
        expect(credentialParametersIn(candidate)).toEqual(namesByReference(candidate));
        expect(redactQueryCredentials(candidate)).toBe(redactedByReference(candidate));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds plain, mixed-case, separated and encoded names, and leaves other queries as they are', () => {
    expect(credentialParametersIn('/api/runs?limit=20&API_KEY=1&apiKey=2&x-api-key=3&%61ccess_token=4&token[]=5')).toEqual([
      'API_KEY',
      'apiKey',
      'x-api-key',
      'access_token',
      'token[]',
    ]);
    expect(redactQueryCredentials('/api/runs?limit=20&Token=abc')).toBe('/api/runs?limit=20&Token=[REDACTED]');
    const plain = '/api/runs?limit=20&fund_id=fund-a';
    expect(redactQueryCredentials(plain)).toBe(plain);
    expect(credentialParametersIn(plain)).toEqual([]);
  });
});
