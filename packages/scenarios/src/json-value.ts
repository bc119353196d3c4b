import { z } from 'zod';

/** Any JSON value: what session variables and field values may hold, so that state always serialises. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

/** Validates any JSON value. */
export const JsonValueSchema: z.ZodType<JsonValue, JsonValue> = z.json();

/** A record of named JSON values (fields, variables, customer data). */
export type JsonRecord = Record<string, JsonValue>;

/** Validates a record of named JSON values. */
export const JsonRecordSchema: z.ZodType<JsonRecord, JsonRecord> = z.record(z.string(), JsonValueSchema);

/** An identifier: non-empty, no whitespace (scenario ids, step ids, tool ids, template ids). */
export const IdentifierSchema = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .regex(/^\S+$/, 'must not contain whitespace');

/** An ISO-8601 timestamp with a time zone, e.g. `2025-01-31T09:30:00.000Z`. */
export const IsoTimestampSchema = z.iso.datetime({ offset: true, error: 'must be an ISO-8601 timestamp such as 2025-01-31T09:30:00.000Z' });

/** Whether a field counts as known: present and not null. */
export function isKnownValue(value: unknown): boolean {
  return value !== undefined && value !== null;
}
