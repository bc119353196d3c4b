import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { POSTGRES_SKIP_REASON, databaseUrl, dropSchema, freshSchemaName } from './__fixtures__/harnesses.js';
import { buildRun, reverseKeys } from './__fixtures__/run-records.js';
import { openSqlExecutor, openStore } from './open-store.js';
import { StoreUnavailableError } from './store-errors.js';

async function rejection(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a rejection');
}

describe('openStore on PGlite', () => {
  const directories: string[] = [];
  afterAll(async () => {
    for (const directory of directories) await rm(directory, { recursive: true, force: true });
  });

  it('keeps its data in .leaseback/data under the working directory by default', async () => {
    const cwd = await mkdtemp(join(tmpdir(), 'leaseback-cwd-'));
    directories.push(cwd);
    const store = await openStore({ cwd });
    expect(store.backend).toBe('pglite');
    const run = buildRun({ runId: 'default-dir-run' });
    await store.createRun(run);
    await store.close();
    expect(existsSync(join(cwd, '.leaseback', 'data', 'PG_VERSION'))).toBe(true);
    const reopened = await openStore({ cwd });
    expect(await reopened.getRun(run.run_id)).toEqual(run);
    await reopened.close();
  });

  it('keeps tables in the requested schema', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-schema-'));
    directories.push(dataDir);
    const store = await openStore({ dataDir, schema: 'planning' });
    await store.createRun(buildRun({ runId: 'in-schema' }));
    await store.close();
    // A second look at the same directory, without the schema option.
    const executor = await openSqlExecutor({ dataDir });
    const { rows } = await executor.query<{ schema: string }>(
      "SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'runs'",
    );
    expect(rows).toEqual([{ schema: 'planning' }]);
    const stored = await executor.query<{ run_id: string }>('SELECT run_id FROM planning.runs');
    expect(stored.rows).toEqual([{ run_id: 'in-schema' }]);
    await executor.close();
  });

  it('refuses a second opener of the same data directory until the first closes', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-shared-'));
    directories.push(dataDir);
    const first = await openStore({ dataDir });
    const error = await rejection(openStore({ dataDir }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain('in use');
    await first.createRun(buildRun({ runId: 'still-writable' }));
    await first.close();
    const second = await openStore({ dataDir });
    expect((await second.getRun('still-writable'))?.run_id).toBe('still-writable');
    await second.close();
  });

  it('refuses a schema name that is not a plain identifier', async () => {
    const error = await rejection(openStore({ dataDir: 'memory://', schema: 'x"; DROP TABLE runs; --' }));
    expect(error).toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ path: 'schema' })] });
  });
});

describe('openStore on an unreachable or malformed PostgreSQL URL', () => {
  it('reports store_unavailable without the password', async () => {
    // Port 1 on the loopback interface: refused at once, nothing leaves the machine.
    const error = await rejection(
      openStore({ databaseUrl: 'postgres://leaseback:s3cret-pass@127.0.0.1:1/test', connectionTimeoutMs: 2_000 }),
    );
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error).toMatchObject({ code: 'store_unavailable', isRetryable: true });
    expect(error.message).not.toContain('s3cret-pass');
  });

  it('refuses a URL it cannot combine with a schema, without echoing it', async () => {
    const error = await rejection(openStore({ databaseUrl: 'not a url with s3cret-pass', schema: 'planning' }));
    expect(error).toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ path: 'databaseUrl' })] });
    expect(error.message).not.toContain('s3cret-pass');
  });
});

describe.skipIf(databaseUrl === undefined)(
  databaseUrl === undefined ? `openStore with DATABASE_URL as given (${POSTGRES_SKIP_REASON})` : 'openStore with DATABASE_URL as given',
  () => {
    const url = databaseUrl ?? '';

    it('honours a search_path set in the URL options (as CI sets it) and keeps data across a restart', async () => {
      const schema = freshSchemaName('store_url');
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`CREATE SCHEMA "${schema}"`);
      await admin.end();
      const withOptions = new URL(url);
      withOptions.searchParams.set('options', `-c search_path=${schema}`);
      try {
        const store = await openStore({ databaseUrl: withOptions.toString() });
        expect(store.backend).toBe('postgres');
        const written = buildRun({ runId: `${schema}-run`, fundId: schema });
        const run = { ...written, response: reverseKeys(written.response) };
        await store.createRun(run);
        await store.close();
        const executor = await openSqlExecutor({ databaseUrl: withOptions.toString() });
        const { rows } = await executor.query<{ schema: string }>(
          "SELECT table_schema AS schema FROM information_schema.tables WHERE table_name = 'runs' AND table_schema = current_schema()",
        );
        expect(rows).toEqual([{ schema }]);
        await executor.close();
        const reopened = await openStore({ databaseUrl: withOptions.toString() });
        expect(JSON.stringify(await reopened.getRun(run.run_id))).toBe(JSON.stringify(run));
        await reopened.close();
      } finally {
        await dropSchema(url, schema);
      }
    });

    // Only when the URL names a search path (CI's fresh schema): otherwise the test would
    // leave tables in the database's default schema. The test above covers the mechanism.
    const namedSearchPath = /search_path=([A-Za-z0-9_]+)/.exec(url === '' ? '' : (new URL(url).searchParams.get('options') ?? ''))?.[1];
    if (namedSearchPath !== undefined)
      it('works on DATABASE_URL exactly as the environment gives it', async () => {
        const store = await openStore({ databaseUrl: url });
        const runId = `${freshSchemaName('url_as_given')}-run`;
        const run = buildRun({ runId, fundId: runId, createdAt: '2001-01-01T00:00:00.000Z' });
        await store.createRun(run);
        await store.close();
        const reopened = await openStore({ databaseUrl: url });
        expect(await reopened.getRun(runId)).toEqual(run);
        await reopened.close();
        const executor = await openSqlExecutor({ databaseUrl: url });
        try {
          const { rows } = await executor.query<{ schema: string }>('SELECT current_schema() AS schema');
          expect(rows[0]?.schema).toBe(namedSearchPath);
        } finally {
          // Other packages' suites share this schema in CI: leave no run of ours in their lists.
          await executor.query('DELETE FROM runs WHERE run_id = $1', [runId]);
          await executor.close();
        }
      });
  },
);
