import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPgliteExecutor } from './pglite-executor.js';
import type { SqlExecutor } from './sql-executor.js';

async function rejection(promise: Promise<unknown>): Promise<Error & Record<string, unknown>> {
  try {
    await promise;
  } catch (error) {
    return error as Error & Record<string, unknown>;
  }
  throw new Error('expected a rejection');
}

describe('the PGlite executor in its own thread', () => {
  let executor: SqlExecutor;
  beforeAll(async () => {
    executor = await openPgliteExecutor('memory://');
    await executor.execute('CREATE TABLE items (id text PRIMARY KEY, payload jsonb, at timestamptz)');
  });
  afterAll(async () => executor.close());

  it('hands values back as PGlite parses them: JSON as objects, timestamps as dates', async () => {
    const at = new Date('2026-03-01T12:00:00.000Z');
    await executor.query('INSERT INTO items VALUES ($1, $2, $3)', ['typed', { nested: [1, 'two'] }, at]);
    const { rows } = await executor.query<{ payload: unknown; at: Date }>('SELECT payload, at FROM items WHERE id = $1', ['typed']);
    expect(rows).toEqual([{ payload: { nested: [1, 'two'] }, at }]);
    expect(rows[0]?.at).toBeInstanceOf(Date);
  });

  it("keeps the driver's fields on an error, which the store translates by", async () => {
    await executor.query("INSERT INTO items (id) VALUES ('twice')");
    const error = await rejection(executor.query("INSERT INTO items (id) VALUES ('twice')"));
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('23505');
    expect(error.constraint).toBe('items_pkey');
  });

  it('holds statements of other callers back until a transaction ends, and rolls it back on a throw', async () => {
    let outside: Promise<number> | undefined;
    const failed = await rejection(
      executor.transaction(async (transaction) => {
        await transaction.query("INSERT INTO items (id) VALUES ('uncommitted')");
        // Sent while the transaction is open: it must not run inside it and see its row.
        outside = executor.query("SELECT id FROM items WHERE id = 'uncommitted'").then(({ rows }) => rows.length);
        await new Promise((resolve) => setTimeout(resolve, 20));
        throw new Error('changed my mind');
      }),
    );
    expect(failed.message).toBe('changed my mind');
    expect(await outside).toBe(0);
  });

  it('commits a transaction whose work succeeds, and refuses one in which a statement failed', async () => {
    await executor.transaction((transaction) => transaction.query("INSERT INTO items (id) VALUES ('committed')"));
    const aborted = await rejection(
      executor.transaction(async (transaction) => {
        await transaction.query("INSERT INTO items (id) VALUES ('lost')");
        // The failure is swallowed by the work; PostgreSQL still rolls the transaction back.
        await transaction.query("INSERT INTO items (id) VALUES ('committed')").catch(() => undefined);
      }),
    );
    expect(aborted.code).toBe('25P02');
    const { rows } = await executor.query<{ id: string }>("SELECT id FROM items WHERE id IN ('committed', 'lost') ORDER BY id");
    expect(rows).toEqual([{ id: 'committed' }]);
  });

  it('refuses statements once closed', async () => {
    const closing = await openPgliteExecutor('memory://');
    await closing.close();
    await expect(closing.query('SELECT 1')).rejects.toThrow(/closed/);
  });
});
