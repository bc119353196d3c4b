import type { PolicyViolation } from '@leaseback/domain';
import { describeValue, policyViolation } from './policy-violation.js';

/** How two list items are compared: markets case-insensitively, ids and types exactly. */
export type ItemComparison = 'exact' | 'case_insensitive';

const itemKey = (item: string, comparison: ItemComparison): string => (comparison === 'case_insensitive' ? item.toLowerCase() : item);

/**
 * Applies "may only grow" to an exclusion list (`exclude_markets`,
 * `exclude_asset_ids`): every item the previous list had and the proposal
 * dropped is put back, after the proposal's own items, in the previous order.
 */
export function enforceGrowingList(
  field: string,
  previousList: readonly string[] | undefined,
  proposedList: readonly string[] | undefined,
  comparison: ItemComparison,
): { readonly list: string[] | undefined; readonly violation: PolicyViolation | undefined } {
  const proposedKeys = new Set((proposedList ?? []).map((item) => itemKey(item, comparison)));
  const missing = (previousList ?? []).filter((item) => !proposedKeys.has(itemKey(item, comparison)));
  if (missing.length === 0) return { list: proposedList === undefined ? undefined : [...proposedList], violation: undefined };
  // Put back each missing item once, even if the previous list repeated it.
  const restored: string[] = [];
  const restoredKeys = new Set<string>();
  for (const item of missing) {
    const key = itemKey(item, comparison);
    if (restoredKeys.has(key)) continue;
    restoredKeys.add(key);
    restored.push(item);
  }
  const list = [...(proposedList ?? []), ...restored];
  return {
    list,
    violation: policyViolation(
      'list_filter_relaxed',
      field,
      proposedList,
      list,
      `${field} may only grow during revision: ${describeValue(restored)} put back`,
    ),
  };
}

/**
 * Applies "may only shrink" to an allow-list (`asset_types`, `include_markets`).
 * A previous spec without the list allowed everything, so any proposed list is
 * a tightening. Otherwise items the previous list did not allow are removed,
 * and a proposal that drops the list, or keeps none of the previous items, gets
 * the previous list back (an empty allow-list is not a valid spec).
 */
export function enforceShrinkingList<Item extends string>(
  field: string,
  previousList: readonly Item[] | undefined,
  proposedList: readonly Item[] | undefined,
  comparison: ItemComparison,
): { readonly list: Item[] | undefined; readonly violation: PolicyViolation | undefined } {
  if (previousList === undefined) return { list: proposedList === undefined ? undefined : [...proposedList], violation: undefined };
  const previousKeys = new Set(previousList.map((item) => itemKey(item, comparison)));
  const kept = (proposedList ?? []).filter((item) => previousKeys.has(itemKey(item, comparison)));
  if (proposedList !== undefined && kept.length === proposedList.length) return { list: [...proposedList], violation: undefined };
  const list = kept.length > 0 ? kept : [...previousList];
  const message =
    proposedList === undefined
      ? `${field} may only shrink during revision: dropping the list is not allowed, the previous list is kept`
      : kept.length === 0
        ? `${field} may only shrink during revision: none of the proposed items was allowed before, the previous list is kept`
        : `${field} may only shrink during revision: ${describeValue(proposedList.filter((item) => !previousKeys.has(itemKey(item, comparison))))} removed`;
  return { list, violation: policyViolation('list_filter_relaxed', field, proposedList, list, message) };
}
