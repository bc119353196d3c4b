import { createHash } from 'node:crypto';
import { canonicalJson } from '@leaseback/domain';

/**
 * SHA-256 (hex) of the canonical JSON of `value`: the fingerprint of a request body, equal
 * for two bodies that differ only in key order, so a retried request matches its key.
 */
export function fingerprintRequest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}
