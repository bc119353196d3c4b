import type { CacheControlEphemeral } from '@anthropic-ai/sdk/resources/messages';

/**
 * The smallest prompt prefix each model family caches, in tokens, as
 * Anthropic's prompt-caching documentation lists them; a shorter prefix marked
 * with `cache_control` is simply not cached. Models not listed use the most
 * common floor, 1,024.
 */
export const MINIMUM_CACHEABLE_TOKENS: readonly { readonly pattern: RegExp; readonly tokens: number }[] = [
  { pattern: /^claude-(opus|fable|mythos)-5(-|$)/, tokens: 512 },
  { pattern: /^claude-opus-4-7/, tokens: 2_048 },
  { pattern: /^claude-(opus-4-6|opus-4-5|haiku-4-5)/, tokens: 4_096 },
];
const DEFAULT_MINIMUM_CACHEABLE_TOKENS = 1_024;

// English prose and JSON run at about four characters a token or fewer; counting four errs towards "too short".
const CHARACTERS_PER_TOKEN = 4;

/** The minimum cacheable prefix of `model`, in tokens. */
export function minimumCacheableTokens(model: string): number {
  return MINIMUM_CACHEABLE_TOKENS.find((entry) => entry.pattern.test(model))?.tokens ?? DEFAULT_MINIMUM_CACHEABLE_TOKENS;
}

/**
 * `cache_control` for the stable prefix (tools or schema, then the system
 * prompt) when its estimated size meets the model's minimum, else `null`: a
 * breakpoint below the minimum caches nothing and only adds noise.
 */
export function cacheControlFor(model: string, stableParts: readonly string[]): CacheControlEphemeral | null {
  const characters = stableParts.reduce((sum, part) => sum + part.length, 0);
  return Math.floor(characters / CHARACTERS_PER_TOKEN) >= minimumCacheableTokens(model) ? { type: 'ephemeral' } : null;
}
