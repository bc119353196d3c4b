import type { ServiceConfig } from '@leaseback/service';
import type { GlobalOptions } from './global-options.js';
import { locateStore, type StoreLocation } from './locate-store.js';

/** The default `store.data_dir`, which means "not configured": the CLI then finds its store. */
const UNCONFIGURED_DATA_DIR = '.leaseback/data';

/** The configuration of one invocation and where its store is. */
export interface CliConfig {
  readonly config: ServiceConfig;
  readonly location: StoreLocation;
}

/**
 * The configuration of one invocation: defaults, then the TOML file
 * (`--config`, else `LEASEBACK_CONFIG`), then the environment, then the
 * command line, which wins: `--provider` replaces the provider. The store is
 * found by `locateStore` (`--data-dir`, `DATABASE_URL`, the nearest
 * `.leaseback/` above the current folder, `LEASEBACK_DATA_DIR`, the per-user
 * folder), so the CLI works from any folder. Throws `ServiceConfigError`
 * (exit status 2).
 */
export async function loadCliConfigWithLocation(
  options: GlobalOptions,
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): Promise<CliConfig> {
  // Loaded here rather than at start, so that --help and usage errors answer at once.
  const { loadServiceConfig, parseServiceConfig } = await import('@leaseback/service');
  const loaded = loadServiceConfig({ env, configPath: options.config ?? null });
  const environmentDataDir = env['LEASEBACK_DATA_DIR'];
  const configuredDataDir =
    environmentDataDir === undefined && loaded.store.data_dir !== UNCONFIGURED_DATA_DIR ? loaded.store.data_dir : undefined;
  const location = locateStore({
    cwd,
    env,
    databaseUrl: loaded.store.database_url,
    ...(options.dataDir !== undefined ? { dataDirOption: options.dataDir } : {}),
    ...(configuredDataDir !== undefined ? { configuredDataDir } : {}),
  });
  const config = parseServiceConfig({
    ...loaded,
    ...(options.provider !== undefined ? { provider: options.provider } : {}),
    store: location.kind === 'embedded' ? { database_url: null, data_dir: location.dataDir } : loaded.store,
  });
  return { config, location };
}

/** The configuration of one invocation (see `loadCliConfigWithLocation`). */
export async function loadCliConfig(
  options: GlobalOptions,
  env: Readonly<Record<string, string | undefined>>,
  cwd?: string,
): Promise<ServiceConfig> {
  return (await loadCliConfigWithLocation(options, env, cwd)).config;
}
