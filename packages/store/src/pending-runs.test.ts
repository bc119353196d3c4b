import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as fc from 'fast-check';
import { InvalidInputError, type RunRecord } from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRun } from './__fixtures__/run-records.js';
import { staticImportsOf } from './__fixtures__/static-imports.js';
import { absorbPendingRuns } from './absorb-pending-runs.js';
import type { LeasebackStore } from './leaseback-store.js';
import { openSqlExecutor, openStore, openStoreOn } from './open-store.js';
import { PENDING_RUNS_DIRECTORY, pendingRunFileName, writePendingRun } from './pending-runs.js';
import type { SqlExecutor } from './sql-executor.js';
import { startEmbeddedStore } from './start-embedded-store.js';

const BUILT_ENTRY = fileURLToPath(new URL('../dist/pending-runs.js', import.meta.url));

/** The run as `createRun` stores it, serialised by the caller as the service does. */
const responseJsonOf = (record: RunRecord): string | undefined => (record.response === null ? undefined : JSON.stringify(record.response));

describe('pending runs', () => {
  let root: string;
  let reference: LeasebackStore;
  let folderCount = 0;
  const newDataDir = (): string => {
    folderCount += 1;
    return join(root, `data-${folderCount}`);
  };
  const pendingFiles = async (dataDir: string): Promise<string[]> =>
    (await readdir(join(dataDir, PENDING_RUNS_DIRECTORY)).catch(() => [] as string[])).sort();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'leaseback-pending-runs-'));
    // The same runs written by `createRun`, for comparison.
    reference = await openStore({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await reference.close();
    await rm(root, { recursive: true, force: true });
  });

  it('writes one file per run, and the store takes them in when it opens, stored as createRun stores them', async () => {
    const dataDir = newDataDir();
    const runs = [
      buildRun({ runId: 'run-late', createdAt: '2024-05-01T10:00:00.300Z' }),
      buildRun({ runId: 'run-early', createdAt: '2024-05-01T10:00:00.100Z', status: 'failed', fundId: null }),
      buildRun({ runId: 'run-middle', createdAt: '2024-05-01T10:00:00.200Z', rawOutput: { quoted: 'a "b" \\ c', list: [1, -0.5] } }),
    ];
    for (const run of runs) {
      const path = await writePendingRun(dataDir, run, responseJsonOf(run));
      expect(path).toBe(join(dataDir, PENDING_RUNS_DIRECTORY, `${run.run_id}.json`));
      await reference.createRun(run, responseJsonOf(run));
    }
    expect(await pendingFiles(dataDir)).toEqual(['run-early.json', 'run-late.json', 'run-middle.json']);
    // Nothing of PGlite's yet: the directory holds the journal alone.
    expect(await readdir(dataDir)).toEqual([PENDING_RUNS_DIRECTORY]);

    const store = await openStore({ dataDir });
    try {
      expect(await pendingFiles(dataDir)).toEqual([]);
      for (const run of runs) {
        expect(await store.getRun(run.run_id)).toEqual(run);
        expect(await store.getRunJson(run.run_id)).toEqual(await reference.getRunJson(run.run_id));
      }
      expect((await store.listRuns()).map((item) => item.run_id)).toEqual(['run-late', 'run-middle', 'run-early']);
    } finally {
      await store.close();
    }
  });

  it('guards a run as createRun does, and writes nothing for one it refuses', async () => {
    const dataDir = newDataDir();
    const bad = { ...buildRun({ runId: 'run-bad' }), status: 'finished', extra: 1 } as unknown as RunRecord;
    const written = writePendingRun(dataDir, bad);
    await expect(written).rejects.toBeInstanceOf(InvalidInputError);
    const direct = await reference.createRun(bad).catch((error: unknown) => error);
    await expect(written).rejects.toMatchObject({ problems: (direct as InvalidInputError).problems });
    await expect(writePendingRun(dataDir, buildRun({ runId: 'run-text' }), 42 as unknown as string)).rejects.toBeInstanceOf(
      InvalidInputError,
    );
    expect(await pendingFiles(dataDir)).toEqual([]);
  });

  it('takes a run in again without error when it is stored already with the same content, and sets aside a different one', async () => {
    const dataDir = newDataDir();
    const run = buildRun({ runId: 'run-twice' });
    await writePendingRun(dataDir, run, responseJsonOf(run));
    const text = await readFile(join(dataDir, PENDING_RUNS_DIRECTORY, 'run-twice.json'), 'utf8');
    await (await openStore({ dataDir })).close();
    // As after a crash between the insert and the delete: the same file again, and a different run under a stored id.
    await writeFile(join(dataDir, PENDING_RUNS_DIRECTORY, 'run-twice.json'), text);
    const other = buildRun({ runId: 'run-other' });
    await writePendingRun(dataDir, other, responseJsonOf(other));
    const store = await openStore({ dataDir });
    try {
      expect(await pendingFiles(dataDir)).toEqual([]);
      expect((await store.listRuns()).map((item) => item.run_id).sort()).toEqual(['run-other', 'run-twice']);
      expect(await store.getRun('run-twice')).toEqual(run);
    } finally {
      await store.close();
    }
    await writePendingRun(dataDir, { ...run, program_description: 'Another brief' }, responseJsonOf(run));
    const reopened = await openStore({ dataDir });
    try {
      expect(await pendingFiles(dataDir)).toEqual(['run-twice.json.rejected']);
      expect(await reopened.getRun('run-twice')).toEqual(run);
    } finally {
      await reopened.close();
    }
  });

  it('renames a file it cannot read or guard to .rejected, takes the others in, and the store opens', async () => {
    const dataDir = newDataDir();
    const good = buildRun({ runId: 'run-good' });
    await writePendingRun(dataDir, good, responseJsonOf(good));
    const directory = join(dataDir, PENDING_RUNS_DIRECTORY);
    await writeFile(join(directory, 'run-torn.json'), '{"format":"leaseback-pending-run/1","run":{"run_id":');
    const unguarded = JSON.parse(await readFile(join(directory, 'run-good.json'), 'utf8')) as { run: Record<string, unknown> };
    unguarded.run['run_id'] = 'run-unguarded';
    unguarded.run['status'] = 'finished';
    await writeFile(join(directory, 'run-unguarded.json'), JSON.stringify(unguarded));
    const orphan = buildRun({ runId: 'run-orphan', scenarioSetId: 'no-such-set', scenarioKind: 'base', scenarioLabel: 'Base' });
    await writePendingRun(dataDir, orphan, responseJsonOf(orphan));
    // A writer's temporary file, not finished yet: neither taken in nor rejected.
    await writeFile(join(directory, '.1234-abcdef.tmp'), '{"format":');

    const store = await startEmbeddedStore(dataDir);
    try {
      expect(await store.getRun('run-good')).toEqual(good);
      expect((await store.listRuns()).map((item) => item.run_id)).toEqual(['run-good']);
      expect(await pendingFiles(dataDir)).toEqual([
        '.1234-abcdef.tmp',
        'run-orphan.json.rejected',
        'run-torn.json.rejected',
        'run-unguarded.json.rejected',
      ]);
    } finally {
      await store.close();
    }
  });

  it('keeps the runs of several writers at once, each whole', async () => {
    const dataDir = newDataDir();
    const runs = Array.from({ length: 24 }, (_, index) =>
      buildRun({ runId: `run-${String(index).padStart(2, '0')}`, createdAt: new Date(Date.UTC(2024, 0, 1, 0, 0, index)).toISOString() }),
    );
    await Promise.all(runs.map((run) => writePendingRun(dataDir, run, responseJsonOf(run))));
    expect(await pendingFiles(dataDir)).toEqual(runs.map((run) => `${run.run_id}.json`));
    const store = await openStore({ dataDir });
    try {
      const listed = await store.listRuns({ limit: 100 });
      expect(listed.map((item) => item.run_id)).toEqual(runs.map((run) => run.run_id).reverse());
      expect(await pendingFiles(dataDir)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('names a run whose id is not a plain file name by its hash', () => {
    expect(pendingRunFileName('3f0c2a9e-1b2c-4d5e-8f90-123456789abc')).toBe('3f0c2a9e-1b2c-4d5e-8f90-123456789abc.json');
    expect(pendingRunFileName('../../etc/passwd')).toMatch(/^run-[0-9a-f]{40}\.json$/);
    expect(pendingRunFileName('a/b')).not.toBe(pendingRunFileName('a_b'));
  });

  it('loads neither PGlite nor the SQL store from its entry', async () => {
    const { packages, files: seen } = await staticImportsOf(BUILT_ENTRY);
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual(['@leaseback/domain']);
    expect([...seen].map((file) => file.slice(file.lastIndexOf('/') + 1)).sort()).toEqual([
      'pending-runs.js',
      'run-write-guard.js',
      'store-errors.js',
      'validate-stored-value.js',
    ]);
  });

  describe('any valid run', () => {
    let executor: SqlExecutor;
    let store: LeasebackStore;
    beforeAll(async () => {
      executor = await openSqlExecutor({ dataDir: 'memory://' });
      store = await openStoreOn(executor);
    });
    afterAll(async () => store.close());

    // Printable text (what the database's text columns hold as given) and JSON of any shape.
    const text = fc.string({ maxLength: 40 });
    const json = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        text,
        fc.integer(),
        // -0 is written as 0 by JSON, by either path.
        fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => (Object.is(value, -0) ? 0 : value)),
        fc.boolean(),
        fc.constant(null),
        fc.array(tie('value'), { maxLength: 4 }),
        fc.dictionary(text, tie('value'), { maxKeys: 4 }),
      ),
    })).value;
    const run = fc
      .record({
        runId: fc.uuid(),
        fundId: fc.option(text, { nil: null }),
        description: text,
        status: fc.constantFrom('completed' as const, 'failed' as const),
        createdAt: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        rawOutput: json,
      })
      .map((fields) => buildRun({ ...fields, createdAt: fields.createdAt.toISOString() }));

    it('is stored, once taken in, exactly as createRun stores it', async () => {
      let round = 0;
      await fc.assert(
        fc.asyncProperty(fc.uniqueArray(run, { maxLength: 4, selector: (record) => record.run_id }), async (runs) => {
          round += 1;
          const dataDir = join(root, `property-${round}`);
          for (const record of runs) {
            await writePendingRun(dataDir, record, responseJsonOf(record));
            await reference.createRun(record, responseJsonOf(record));
          }
          const result = await absorbPendingRuns(executor, dataDir);
          expect(result.rejected).toEqual([]);
          expect(result.absorbed.length).toBe(runs.length);
          for (const record of runs) {
            expect(await store.getRunJson(record.run_id)).toEqual(await reference.getRunJson(record.run_id));
            expect(await store.getRun(record.run_id)).toEqual(record);
          }
          expect(await pendingFiles(dataDir)).toEqual([]);
        }),
        { numRuns: 40 },
      );
    });
  });
});
