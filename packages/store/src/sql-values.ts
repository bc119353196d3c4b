import { InvalidInputError } from '@leaseback/domain';
import type { FundScope } from './leaseback-store.js';
import { StoreCorruptError } from './store-errors.js';

/** A stored timestamp as a driver returns it. */
export type TimestampValue = Date | string;

/**
 * Timestamps are stored to the millisecond and returned in `toISOString()` form (UTC).
 * A value that is no instant (`infinity`, written behind the store's back) is
 * reported as corrupt for `subject`, not as the `RangeError` a date would raise.
 */
export function toIsoTimestamp(value: TimestampValue, subject: string): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) throw new StoreCorruptError(`${subject} holds a timestamp that is no instant (${String(value)})`);
  return date.toISOString();
}

/** Parses a validated ISO timestamp for a `timestamptz` parameter. */
export function toDate(timestamp: string): Date {
  return new Date(timestamp);
}

/** Parses a `json` column read as text; invalid text means the database was changed behind the store. */
export function parseJsonColumn(text: string | null, subject: string): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new StoreCorruptError(`${subject} holds invalid JSON`, { cause: error });
  }
}

/** A list limit as asked, defaulted when absent and clamped to `1..maximum`. */
export function clampLimit(limit: number | undefined, fallback: number, maximum: number): number {
  if (limit === undefined || !Number.isFinite(limit)) return fallback;
  return Math.min(maximum, Math.max(1, Math.floor(limit)));
}

/** Refuses an invalid clock value before it reaches a `timestamptz` parameter. */
export function assertValidDate(value: Date, path: string): void {
  if (!(value instanceof Date) || Number.isNaN(value.getTime())) {
    throw new InvalidInputError([{ path, message: 'must be a valid Date' }]);
  }
}

/** Builds a WHERE clause from optional filters, numbering parameters as it goes. */
export class Conditions {
  readonly parameters: unknown[] = [];
  private readonly clauses: string[] = [];

  /** Adds `clause` with `value` bound to the next parameter. */
  add(clause: (placeholder: string) => string, value: unknown): void {
    this.parameters.push(value);
    this.clauses.push(clause(`$${this.parameters.length}`));
  }

  /** Limits rows to the caller's funds, when a scope is given. */
  addScope(scope: FundScope | undefined): void {
    if (scope !== undefined) this.add((placeholder) => `fund_id = ANY(${placeholder}::text[])`, [...scope]);
  }

  /** Binds a value used outside the WHERE clause (e.g. LIMIT) and returns its placeholder. */
  placeholderFor(value: unknown): string {
    this.parameters.push(value);
    return `$${this.parameters.length}`;
  }

  /** The WHERE clause, or nothing when no filter was added. */
  toSql(): string {
    return this.clauses.length === 0 ? '' : `WHERE ${this.clauses.join(' AND ')}`;
  }
}
