import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staticImportsOf } from './__fixtures__/static-imports.js';
import { StoreUnavailableError } from './store-errors.js';
import { startEmbeddedStore } from './start-embedded-store.js';

const BUILT_ENTRY = fileURLToPath(new URL('../dist/start-embedded-store.js', import.meta.url));

describe('startEmbeddedStore', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'leaseback-start-embedded-'));
  });
  afterAll(async () => rm(root, { recursive: true, force: true }));

  it('opens a new directory as openStore does: created, migrated, held by this process alone', async () => {
    const dataDir = join(root, 'data');
    const store = await startEmbeddedStore(dataDir);
    try {
      expect(store.backend).toBe('pglite');
      expect(await store.listRuns()).toEqual([]);
      // The lock's error class is loaded where it is thrown; it is still the package's class.
      const second = startEmbeddedStore(dataDir);
      await expect(second).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(second).rejects.toMatchObject({ code: 'store_unavailable', message: expect.stringContaining('in use by process') });
    } finally {
      await store.close();
    }
    const reopened = await startEmbeddedStore(dataDir);
    await reopened.close();
  });

  it('loads neither the domain package nor zod before it has started the thread', async () => {
    const { packages, files: seen } = await staticImportsOf(BUILT_ENTRY);
    expect(seen.size).toBeGreaterThan(2);
    expect([...packages].filter((name) => !name.startsWith('node:'))).toEqual([]);
  });
});
