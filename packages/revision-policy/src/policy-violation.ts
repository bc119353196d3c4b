import type { JsonValue, PolicyRule, PolicyViolation } from '@leaseback/domain';

/**
 * Turns a spec field value into the JSON value recorded in a violation. An
 * absent optional field is recorded as `null`; lists are copied so that a
 * violation never aliases a spec.
 */
export function toJsonValue(value: number | string | readonly string[] | undefined): JsonValue {
  if (value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  return [...value];
}

/** Builds one violation record: the rule, the field's dotted path, what was proposed and what was applied. */
export function policyViolation(
  rule: PolicyRule,
  field: string,
  proposed: number | string | readonly string[] | undefined,
  applied: number | string | readonly string[] | undefined,
  message: string,
): PolicyViolation {
  return {
    rule,
    field,
    proposed_value: toJsonValue(proposed),
    applied_value: toJsonValue(applied),
    message,
  };
}

/** Formats a value for a violation message (`none` for an absent field). */
export function describeValue(value: number | string | readonly string[] | undefined): string {
  if (value === undefined) return 'none';
  if (typeof value === 'number' || typeof value === 'string') return String(value);
  return value.length === 0 ? '[]' : `[${value.join(', ')}]`;
}
