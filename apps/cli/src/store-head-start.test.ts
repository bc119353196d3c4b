import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { temporaryDataDir } from './__fixtures__/run-leaseback.js';
import { startStoreEarly } from './store-head-start.js';

const LOCK_FILE = 'leaseback.lock';

describe('opening the store before the program loads', () => {
  let root: { path: string; remove: () => Promise<void> };
  // One data directory for the tests that open a store: creating one (initdb) takes seconds.
  let dataDir: string;
  beforeAll(async () => {
    root = await temporaryDataDir();
    dataDir = join(root.path, 'data');
  });
  afterAll(async () => root.remove());

  it('starts nothing for a command without a store, for plan (it journals its run), for help, or where a configuration file or DATABASE_URL decides', async () => {
    const never = join(root.path, 'never');
    const cases: [string[], Record<string, string>][] = [
      [['template', '--data-dir', never], {}],
      [['--data-dir', never], {}],
      [['plan', 'p.json', '--data-dir', never], {}],
      [['scenarios', 'p.json', '--help', '--data-dir', never], {}],
      [['runs', 'list', '--config', 'leaseback.toml', '--data-dir', never], {}],
      [['runs', 'list', `--config=leaseback.toml`, '--data-dir', never], {}],
      [['runs', 'list', '--data-dir', never], { LEASEBACK_CONFIG: 'leaseback.toml' }],
      [['runs', 'list'], { DATABASE_URL: 'postgres://localhost/leaseback', HOME: root.path }],
      [['runs', 'list', '--data-dir', 'memory://'], {}],
    ];
    for (const [argv, env] of cases) expect(await startStoreEarly(argv, env, root.path), argv.join(' ')).toBeUndefined();
    expect(existsSync(never)).toBe(false);
  });

  it('reads the command after global options and their values', async () => {
    const started = await startStoreEarly(['--provider', 'offline', '--data-dir', dataDir, 'runs', 'list'], {}, root.path);
    expect(started?.dataDir).toBe(dataDir);
    await started?.release();
  });

  it('hands the store to the configuration that names it, and it works and closes', async () => {
    const started = await startStoreEarly(['runs', 'list', `--data-dir=${dataDir}`], {}, root.path);
    expect(started).toBeDefined();
    expect(started?.claim({ database_url: null, data_dir: join(root.path, 'elsewhere') })).toBeUndefined();
    const store = started?.claim({ database_url: null, data_dir: dataDir });
    expect(store?.backend).toBe('pglite');
    expect(await store?.listRuns()).toEqual([]);
    // Claimed once: a second claim, and the release at the end, leave it to its owner.
    expect(started?.claim({ database_url: null, data_dir: dataDir })).toBeUndefined();
    await started?.release();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(true);
    await store?.close();
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });

  it('closes a store nobody claimed, so the data directory is free again', async () => {
    const started = await startStoreEarly(['scenarios', 'portfolio.json', '--data-dir', dataDir], {}, root.path);
    expect(started?.claim({ database_url: 'postgres://localhost/leaseback', data_dir: dataDir })).toBeUndefined();
    await started?.release();
    expect(existsSync(join(dataDir, 'PG_VERSION'))).toBe(true);
    expect(existsSync(join(dataDir, LOCK_FILE))).toBe(false);
  });
});
