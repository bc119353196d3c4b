import { SPEC_FIELDS, formatOther, valueAt } from './spec-fields.js';

/**
 * What differs between two specs, one `name before → after` per changed field
 * (`target $250M → $225M`), in the catalogue's order; fields the catalogue
 * does not know are compared too and printed by their path, so a field added to
 * the spec later still shows up.
 */
export function describeSpecChanges(before: unknown, after: unknown): string[] {
  const changes: string[] = [];
  const known = new Set(SPEC_FIELDS.map((field) => field.path.join('.')));
  for (const field of SPEC_FIELDS) {
    const old = valueAt(before, field.path);
    const next = valueAt(after, field.path);
    if (!sameValue(old, next)) changes.push(`${field.name} ${field.format(old)} → ${field.format(next)}`);
  }
  const otherPaths = new Set([...leafPaths(before), ...leafPaths(after)].filter((path) => !known.has(path)));
  for (const path of [...otherPaths].sort()) {
    const segments = path.split('.');
    const old = valueAt(before, segments);
    const next = valueAt(after, segments);
    if (!sameValue(old, next)) changes.push(`${path} ${formatOther(old)} → ${formatOther(next)}`);
  }
  return changes;
}

// Absent and null both mean "not set" in a spec.
function sameValue(left: unknown, right: unknown): boolean {
  return JSON.stringify(left ?? null) === JSON.stringify(right ?? null);
}

// Paths of every non-object value; arrays count as one value.
function leafPaths(value: unknown, prefix: readonly string[] = []): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return prefix.length > 0 ? [prefix.join('.')] : [];
  return Object.entries(value).flatMap(([key, entry]) => leafPaths(entry, [...prefix, key]));
}
