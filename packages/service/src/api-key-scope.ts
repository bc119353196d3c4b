import { createHash, timingSafeEqual } from 'node:crypto';
import type { ServiceConfig } from './service-config.js';

/**
 * The fund ids an API key may read and write, or `null` when the key is not
 * configured. Every configured key is compared (on SHA-256 digests, in constant
 * time) whatever matches, so the answer's timing says nothing about how close a
 * guess was.
 */
export function apiKeyScope(config: Pick<ServiceConfig, 'api'>, presentedKey: string): readonly string[] | null {
  const presented = digest(presentedKey);
  let scope: readonly string[] | null = null;
  for (const [key, fundIds] of Object.entries(config.api.api_keys)) {
    if (timingSafeEqual(digest(key), presented) && scope === null) scope = fundIds;
  }
  return scope;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
