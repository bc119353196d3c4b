#!/usr/bin/env node
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { pino } from 'pino';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { toLeasebackError } from '@leaseback/domain';
import { createLeasebackService, loadServiceConfig } from '@leaseback/service';
import { startServer, type RunningServer } from './start-server.js';

/** What `main` reads; both default to the process's own. */
export interface MainOptions {
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** A TOML configuration file; else `LEASEBACK_CONFIG`; else none. */
  readonly configPath?: string | null;
}

/**
 * Starts the API as `leaseback serve` and `node dist/main.js` do: loads the
 * configuration from the environment (and TOML file) with the service's
 * `loadServiceConfig`, opens the service (embedded PGlite, or PostgreSQL when
 * `DATABASE_URL` is set) and serves until SIGTERM/SIGINT.
 */
export async function main(options: MainOptions = {}): Promise<RunningServer> {
  const config = loadServiceConfig({ env: options.env ?? process.env, configPath: options.configPath ?? null });
  const logger = pino({ level: config.log.level, base: { service: 'leaseback-api' } });
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const service = await createLeasebackService({ config, logger, metricsRegistry: registry });
  logger.info({ config }, 'configuration loaded');
  return startServer({ service, config, logger, registry });
}

// Run when executed directly (`node dist/main.js`, or through a bin link), not when imported.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  main().catch((thrown: unknown) => {
    const error = toLeasebackError(thrown);
    process.stderr.write(`leaseback-api: ${error.message}\n`);
    process.exit(error.code === 'invalid_config' ? 2 : 1);
  });
}
