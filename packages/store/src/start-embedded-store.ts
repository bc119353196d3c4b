// The entry `@leaseback/store/start-embedded`, listed in README.md ("Starting the
// embedded store early"). An entry of its own because of what it does not load: this
// module and the ones it imports at once need neither the domain package nor zod, so
// PGlite's thread starts before they load (the package's main entry loads them first).
import { resolve } from 'node:path';
import type { LeasebackStore } from './leaseback-store.js';
import { openPgliteExecutor } from './pglite-executor.js';

/**
 * Opens the embedded store in `dataDir` as `openStore({ dataDir })` does (created
 * if missing, locked for this process, schema brought up to date), with the same
 * errors, but starts PGlite's thread before the rest of the store and the domain
 * package load: a short command's modules then load while PGlite starts. A
 * relative `dataDir` is resolved against the process's working directory.
 *
 * @example
 * const opening = startEmbeddedStore('.leaseback/data'); // before the program's modules load
 * const store = await opening;
 */
export async function startEmbeddedStore(dataDir: string): Promise<LeasebackStore> {
  const location = resolve(dataDir);
  // Begun before anything else is awaited: the thread starts while the rest loads.
  const opening = openPgliteExecutor(location);
  // Seen by `embeddedOpening` below; until then a failure must not be an unhandled rejection.
  opening.catch(() => undefined);
  const { embeddedOpening, openStoreOn } = await import('./open-store.js');
  return openStoreOn(await embeddedOpening(opening, location), { pendingRunsFrom: location });
}
