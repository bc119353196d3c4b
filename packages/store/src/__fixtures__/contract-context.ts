import type { LeasebackStore } from '../leaseback-store.js';
import type { SqlExecutor } from '../sql-executor.js';

/** What each part of the store contract reaches: the store under test and a few helpers. */
export interface ContractContext {
  /** The store under test (a new one after `restart`). */
  store(): LeasebackStore;
  /** The executor under it, for raw SQL the store itself never runs. */
  executor(): SqlExecutor;
  /** An id no other test of this suite uses. */
  unique(prefix: string): string;
  /** Closes the store and opens it again on the same data. */
  restart(): Promise<void>;
}

/** Every run's `created_at` in these tests is far in the past, so that real runs sort before them. */
export function at(day: number, millisecond = 0): string {
  return new Date(Date.UTC(2001, 0, 1) + day * 86_400_000 + millisecond).toISOString();
}

/** A value as JSON text, to compare key order as well as content. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value);
}

/** The error a promise rejects with, or `undefined` when it resolves. */
export async function settle<T>(promise: Promise<T>): Promise<unknown> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return error;
  }
}
