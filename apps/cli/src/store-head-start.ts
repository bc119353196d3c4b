import type { LeasebackStore } from '@leaseback/store';
import { locateStore } from './locate-store.js';

/**
 * The commands that open the store. Not `plan`: on the embedded store it writes its
 * run to the store's pending-runs journal (see `pending-run-store.ts`) and starts no
 * PGlite; where it goes through a `serve` or to PostgreSQL, nothing here would start.
 */
const STORE_COMMANDS = new Set(['scenarios', 'capacity', 'chat', 'runs', 'sets']);
/** The global options that take a value (see `addGlobalOptions`). */
const OPTIONS_WITH_VALUES = new Set(['--provider', '--config', '--data-dir']);

/** The store an invocation's configuration names (`ServiceConfig['store']`). */
export interface ConfiguredStore {
  readonly database_url: string | null;
  readonly data_dir: string;
}

/**
 * The embedded store, opening since the process started. Why: opening it
 * (PGlite's start) is about half of a short command's CPU; begun before the
 * program's modules load, it runs in its own thread beside them and beside the
 * planning, which needs the store only to save the run.
 */
export interface StoreHeadStart {
  /** The data directory being opened. */
  readonly dataDir: string;
  /**
   * The store, when `configured` (what the configuration finally names) is
   * this one; `undefined` otherwise, and the caller opens its own. Its calls
   * wait for the opening; when the early opening failed, the store is opened
   * once more then, so that its error is the one an ordinary opening gives.
   */
  claim(configured: ConfiguredStore): LeasebackStore | undefined;
  /** Closes the store if nobody claimed it; waits for the opening first. */
  release(): Promise<void>;
}

/** The value of `--name value` or `--name=value` among `argv`, the last one given. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((argument, index) => {
    if (argument === name) value = argv[index + 1];
    else if (argument.startsWith(`${name}=`)) value = argument.slice(name.length + 1);
  });
  return value;
}

/** The first argument that is neither an option nor an option's value: the command's name. */
function commandName(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const argument = argv[index] ?? '';
    if (!argument.startsWith('-')) return argument;
    if (OPTIONS_WITH_VALUES.has(argument)) index += 1;
  }
  return undefined;
}

/**
 * Starts opening the embedded store before the program loads, for a command
 * that uses it, when where it is can be told from the arguments and the
 * environment alone: no configuration file (it may name another store), no
 * `DATABASE_URL` without `--data-dir`, no help asked for. The guess is checked
 * against the loaded configuration (`claim`); a wrong guess only costs the
 * time. Resolves once the opening has begun, to `undefined` when there is
 * nothing to start.
 */
export async function startStoreEarly(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): Promise<StoreHeadStart | undefined> {
  const name = commandName(argv);
  if (name === undefined || !STORE_COMMANDS.has(name)) return undefined;
  if (argv.includes('--help') || argv.includes('-h')) return undefined;
  if (optionValue(argv, '--config') !== undefined || (env['LEASEBACK_CONFIG'] ?? '').trim() !== '') return undefined;
  const dataDirOption = optionValue(argv, '--data-dir');
  const databaseUrl = (env['DATABASE_URL'] ?? '').trim();
  const location = locateStore({
    cwd,
    env,
    databaseUrl: databaseUrl === '' ? null : databaseUrl,
    ...(dataDirOption === undefined ? {} : { dataDirOption }),
  });
  if (location.kind !== 'embedded' || location.dataDir.startsWith('memory://')) return undefined;
  const { dataDir } = location;
  // Awaited before the program loads, so that the thread starts before the rest
  // loads. This entry of the store loads neither the domain's schemas nor zod
  // first; they load beside PGlite's start.
  const { startEmbeddedStore } = await import('@leaseback/store/start-embedded');
  const opening = startEmbeddedStore(dataDir);
  // Failures are seen by whoever claims the store, or ignored when nobody does.
  opening.catch(() => undefined);
  let claimed = false;
  return {
    dataDir,
    claim(configured) {
      if (claimed || configured.database_url !== null || configured.data_dir !== dataDir) return undefined;
      claimed = true;
      const store = opening.catch(async () => (await import('@leaseback/store')).openStore({ dataDir }));
      return deferredStore(store);
    },
    async release() {
      if (claimed) return;
      claimed = true;
      const store = await opening.catch(() => undefined);
      await store?.close().catch(() => undefined);
    },
  };
}

/**
 * A store whose every call waits for `opening`. A Proxy rather than a listed
 * object: every method of `LeasebackStore` returns a promise, so each one is
 * forwarded the same way and one added to the interface is forwarded too.
 */
function deferredStore(opening: Promise<LeasebackStore>): LeasebackStore {
  return new Proxy({} as LeasebackStore, {
    get(_target, property) {
      if (property === 'backend') return 'pglite';
      if (property === 'then') return undefined;
      return async (...parameters: unknown[]) => {
        const store = (await opening) as unknown as Record<PropertyKey, (...values: unknown[]) => unknown>;
        return store[property]?.(...parameters);
      };
    },
  });
}
