import { z } from 'zod';
import { isKnownValue } from './json-value.js';

/** Comparison operators of the condition language. */
export type ComparisonOperator = 'lt' | 'lte' | 'gt' | 'gte' | 'eq' | 'neq';

/** A value a condition compares against. */
export type ConditionScalar = string | number | boolean;

/**
 * A declarative predicate over known fields (never code). Exactly one key:
 *
 * - `{ exists: "field" }` — the field is known (present and not null);
 * - `{ equals: { field, value } }` — the field equals a string, number or boolean;
 * - `{ compare: { field, operator, value } }` — `lt | lte | gt | gte | eq | neq`
 *   against a number or a string (strings compare by code unit, which orders ISO dates);
 * - `{ all: [...] }`, `{ any: [...] }`, `{ not: ... }` — combinators.
 *
 * Field names are flat keys of the known fields.
 */
export type Condition =
  | { readonly exists: string }
  | { readonly equals: { readonly field: string; readonly value: ConditionScalar } }
  | {
      readonly compare: {
        readonly field: string;
        readonly operator: ComparisonOperator;
        readonly value: number | string;
      };
    }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition };

const FieldNameSchema = z.string().min(1, 'must name a field');

/** Validates a condition (see `Condition`). */
export const ConditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ exists: FieldNameSchema }),
    z.strictObject({
      equals: z.strictObject({ field: FieldNameSchema, value: z.union([z.string(), z.number(), z.boolean()]) }),
    }),
    z.strictObject({
      compare: z.strictObject({
        field: FieldNameSchema,
        operator: z.enum(['lt', 'lte', 'gt', 'gte', 'eq', 'neq']),
        value: z.union([z.number(), z.string()]),
      }),
    }),
    z.strictObject({ all: z.array(ConditionSchema).min(1, 'must list at least one condition') }),
    z.strictObject({ any: z.array(ConditionSchema).min(1, 'must list at least one condition') }),
    z.strictObject({ not: ConditionSchema }),
  ]),
);

/** Reads a field's value; `undefined` or `null` means unknown. */
export type FieldLookup = (field: string) => unknown;

/**
 * The outcome of a condition: `true`, `false`, or `null` when it cannot be
 * decided because a field whose value it needs is unknown. `exists` is always
 * decided (absence is its answer); `all`/`any`/`not` follow three-valued logic.
 */
export type ConditionOutcome = boolean | null;

function compareValues(actual: unknown, operator: ComparisonOperator, expected: number | string): boolean {
  if (typeof actual !== typeof expected) return false;
  const left = actual as number | string;
  switch (operator) {
    case 'lt':
      return left < expected;
    case 'lte':
      return left <= expected;
    case 'gt':
      return left > expected;
    case 'gte':
      return left >= expected;
    case 'eq':
      return left === expected;
    case 'neq':
      return left !== expected;
  }
}

/** Evaluates a condition against a lookup function (the hot path of the orchestrator). */
export function evaluateConditionWith(condition: Condition, lookup: FieldLookup): ConditionOutcome {
  if ('exists' in condition) return isKnownValue(lookup(condition.exists));
  if ('equals' in condition) {
    const actual = lookup(condition.equals.field);
    if (!isKnownValue(actual)) return null;
    return actual === condition.equals.value;
  }
  if ('compare' in condition) {
    const actual = lookup(condition.compare.field);
    if (!isKnownValue(actual)) return null;
    return compareValues(actual, condition.compare.operator, condition.compare.value);
  }
  if ('all' in condition) {
    let undecided = false;
    for (const part of condition.all) {
      const outcome = evaluateConditionWith(part, lookup);
      if (outcome === false) return false;
      if (outcome === null) undecided = true;
    }
    return undecided ? null : true;
  }
  if ('any' in condition) {
    let undecided = false;
    for (const part of condition.any) {
      const outcome = evaluateConditionWith(part, lookup);
      if (outcome === true) return true;
      if (outcome === null) undecided = true;
    }
    return undecided ? null : false;
  }
  const inner = evaluateConditionWith(condition.not, lookup);
  return inner === null ? null : !inner;
}

/**
 * Evaluates a condition against known fields. Returns `true`, `false`, or
 * `null` when a field whose value is needed is unknown.
 */
export function evaluateCondition(condition: Condition, fields: Readonly<Record<string, unknown>>): ConditionOutcome {
  return evaluateConditionWith(condition, (field) => (Object.hasOwn(fields, field) ? fields[field] : undefined));
}

/** Every field a condition mentions, in first-mention order. */
export function conditionFields(condition: Condition): string[] {
  const fields: string[] = [];
  const add = (field: string): void => {
    if (!fields.includes(field)) fields.push(field);
  };
  const visit = (node: Condition): void => {
    if ('exists' in node) add(node.exists);
    else if ('equals' in node) add(node.equals.field);
    else if ('compare' in node) add(node.compare.field);
    else if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else visit(node.not);
  };
  visit(condition);
  return fields;
}

/**
 * The fields whose value a condition needs (those under `equals` and `compare`),
 * in first-mention order: when one of them is unknown the condition may be undecided.
 */
export function conditionValueFields(condition: Condition): string[] {
  const fields: string[] = [];
  const visit = (node: Condition): void => {
    if ('exists' in node) return;
    if ('equals' in node) {
      if (!fields.includes(node.equals.field)) fields.push(node.equals.field);
    } else if ('compare' in node) {
      if (!fields.includes(node.compare.field)) fields.push(node.compare.field);
    } else if ('all' in node) node.all.forEach(visit);
    else if ('any' in node) node.any.forEach(visit);
    else visit(node.not);
  };
  visit(condition);
  return fields;
}
