import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apiKeyScope } from './api-key-scope.js';
import { parseServiceConfig } from './service-config.js';

describe('apiKeyScope', () => {
  const config = parseServiceConfig({ api: { api_keys: { 'key-a': ['fund-a'], 'key-ab': ['fund-a', 'fund-b'] } } });

  it('answers the funds of a configured key', () => {
    expect(apiKeyScope(config, 'key-a')).toEqual(['fund-a']);
    expect(apiKeyScope(config, 'key-ab')).toEqual(['fund-a', 'fund-b']);
  });

  it('answers null for any other key, including prefixes and case variants', () => {
    for (const guess of ['', 'key', 'KEY-A', 'key-a ', 'key-abc']) expect(apiKeyScope(config, guess)).toBeNull();
    fc.assert(
      fc.property(fc.string(), (guess) => {
        fc.pre(guess !== 'key-a' && guess !== 'key-ab');
        expect(apiKeyScope(config, guess)).toBeNull();
      }),
    );
  });

  it('answers null when no keys are configured', () => {
    expect(apiKeyScope(parseServiceConfig({}), 'key-a')).toBeNull();
  });
});
