#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { toLeasebackError } from '@leaseback/domain';
import { loadServiceConfig } from '@leaseback/service';
import { serve, type ServingApi } from './serve.js';

/** What `main` reads; both default to the process's own. */
export interface MainOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A TOML configuration file; else `LEASEBACK_CONFIG`; else none. */
  readonly configPath?: string | null;
}

/**
 * Starts the API as `node dist/main.js` does: loads the configuration from the
 * environment (and TOML file) with the service's `loadServiceConfig`, then
 * `serve` (the startup `leaseback serve` shares) until SIGTERM/SIGINT.
 */
export async function main(options: MainOptions = {}): Promise<ServingApi> {
  const config = loadServiceConfig({ env: options.env ?? process.env, configPath: options.configPath ?? null });
  return serve({ config });
}

// Run when executed directly (`node dist/main.js`, or through a bin link), not when imported.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((thrown: unknown) => {
    const error = toLeasebackError(thrown);
    process.stderr.write(`leaseback-api: ${error.message}\n`);
    process.exit(error.code === 'invalid_config' ? 2 : 1);
  });
}
