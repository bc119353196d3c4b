/** Runs work one at a time per key (see `createKeyedSerializer`). */
export interface KeyedSerializer {
  /** Runs `work` after every earlier work of the same key has settled; other keys run freely. */
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
  /** Keys with work queued or running (for tests: the map never grows without bound). */
  readonly size: number;
}

/**
 * Serializes work per key within this process. The session use cases use it so
 * that two turns of one session never interleave here (the second sees the
 * first's write); the store's conditional write (`version`) still guards
 * against writers in other processes.
 */
export function createKeyedSerializer(): KeyedSerializer {
  const tails = new Map<string, Promise<unknown>>();
  return {
    run<T>(key: string, work: () => Promise<T>): Promise<T> {
      const previous = tails.get(key) ?? Promise.resolve();
      // A failed predecessor must not fail its successor: only its end matters.
      const result = previous.then(work, work);
      const tail = result.then(
        () => undefined,
        () => undefined,
      );
      tails.set(key, tail);
      void tail.then(() => {
        if (tails.get(key) === tail) tails.delete(key);
      });
      return result;
    },
    get size() {
      return tails.size;
    },
  };
}
