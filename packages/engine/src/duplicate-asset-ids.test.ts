import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Asset } from '@leaseback/domain';
import { findDuplicateAssetId } from './duplicate-asset-ids.js';

function assetsWithIds(ids: readonly string[]): Asset[] {
  return ids.map((asset_id) => ({ asset_id }) as Asset);
}

/** The reference: a Set walked in input order. */
function firstRepeated(ids: readonly string[]): string | null {
  const seen = new Set<string>();
  for (const id of ids) {
    if (seen.has(id)) return id;
    seen.add(id);
  }
  return null;
}

describe('findDuplicateAssetId', () => {
  it('names the same repeated id as a Set walked in input order', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), (ids) => {
        expect(findDuplicateAssetId(assetsWithIds(ids))).toBe(firstRepeated(ids));
      }),
    );
  });

  it('finds one repeat among many distinct ids, and none when all differ', () => {
    const ids = Array.from({ length: 5_000 }, (_, index) => `A-${index}`);
    expect(findDuplicateAssetId(assetsWithIds(ids))).toBeNull();
    expect(findDuplicateAssetId(assetsWithIds([...ids, 'A-4321']))).toBe('A-4321');
  });
});
