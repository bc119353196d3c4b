import type { ServiceConfig } from '@leaseback/service';
import type { GlobalOptions } from './global-options.js';

/**
 * The configuration of one invocation: defaults, then the TOML file
 * (`--config`, else `LEASEBACK_CONFIG`), then the environment, then the
 * command line, which wins: `--provider` replaces the provider and
 * `--data-dir` selects the embedded store in that directory even when
 * `DATABASE_URL` is set. Throws `ServiceConfigError` (exit status 2).
 */
export async function loadCliConfig(options: GlobalOptions, env: Readonly<Record<string, string | undefined>>): Promise<ServiceConfig> {
  // Loaded here rather than at start, so that --help and usage errors answer at once.
  const { loadServiceConfig, parseServiceConfig } = await import('@leaseback/service');
  const loaded = loadServiceConfig({ env, configPath: options.config ?? null });
  if (options.provider === undefined && options.dataDir === undefined) return loaded;
  return parseServiceConfig({
    ...loaded,
    ...(options.provider !== undefined ? { provider: options.provider } : {}),
    ...(options.dataDir !== undefined ? { store: { database_url: null, data_dir: options.dataDir } } : {}),
  });
}
