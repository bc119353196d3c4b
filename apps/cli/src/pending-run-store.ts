import type { LeasebackStore } from '@leaseback/store';

/**
 * The embedded store in `dataDir` as a `plan` needs it: `createRun` writes the
 * run to the store's pending-runs journal (`writePendingRun`), which the store
 * takes in the next time any process opens it, so the command never waits for
 * PGlite to start. Every other call opens the real store on first use (which
 * takes the journal in first) and goes to it; once it is open, runs go to it
 * directly. `close` closes it only if it was opened.
 *
 * Why: `plan` only saves the run, and PGlite's start was the longest path of
 * the command (see the README's "Start-up cost"). A Proxy, as `deferredStore`
 * in `store-head-start.ts`: every method of `LeasebackStore` returns a promise,
 * so one added to the interface is forwarded too.
 */
export function pendingRunStore(dataDir: string): LeasebackStore {
  let opening: Promise<LeasebackStore> | undefined;
  const open = (): Promise<LeasebackStore> => (opening ??= import('@leaseback/store').then(({ openStore }) => openStore({ dataDir })));
  return new Proxy({} as LeasebackStore, {
    get(_target, property) {
      if (property === 'backend') return 'pglite';
      if (property === 'then') return undefined;
      if (property === 'createRun' && opening === undefined) {
        return async (record: Parameters<LeasebackStore['createRun']>[0], responseJson?: string) => {
          const { writePendingRun } = await import('@leaseback/store/pending-runs');
          await writePendingRun(dataDir, record, responseJson);
        };
      }
      // A store that failed to open has said so to the call that opened it; there is nothing to close.
      if (property === 'close')
        return async () =>
          opening?.then(
            (store) => store.close(),
            () => undefined,
          );
      return async (...parameters: unknown[]) => {
        const store = (await open()) as unknown as Record<PropertyKey, (...values: unknown[]) => unknown>;
        return store[property]?.(...parameters);
      };
    },
  });
}
