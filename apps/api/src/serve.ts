import type { DestinationStream } from 'pino';
import { pino } from 'pino';
import { Registry, collectDefaultMetrics } from 'prom-client';
import {
  createLeasebackService,
  resolveApiListenHost,
  type CreateLeasebackServiceOptions,
  type LeasebackServiceHandle,
  type ServiceConfig,
} from '@leaseback/service';
import { batchedLogDestination } from './log-destination.js';
import { startServer, type RunningServer, type StartServerOptions } from './start-server.js';

/** What `serve` needs: the configuration, and where logs, signals and the exit go. */
export interface ServeOptions extends Pick<StartServerOptions, 'signals' | 'exit' | 'shutdownTimeoutMs'> {
  /** The loaded configuration (`loadServiceConfig`, or the CLI's with its options applied). */
  readonly config: ServiceConfig;
  /** Where the structured logs go (default: stdout, written in batches: `batchedLogDestination`). */
  readonly logDestination?: DestinationStream;
  /** The log level (default `config.log.level`). */
  readonly logLevel?: string;
  /**
   * Opens the service (default `createLeasebackService`): the CLI passes its own,
   * so that its command runner closes the same service after a signal.
   */
  readonly openService?: (
    options: Required<Pick<CreateLeasebackServiceOptions, 'config' | 'logger' | 'metricsRegistry'>>,
  ) => Promise<LeasebackServiceHandle>;
}

/** A serving API and where it listens, as `leaseback serve` announces it. */
export interface ServingApi extends RunningServer {
  /** The interface it listens on (127.0.0.1 when no API keys are configured). */
  readonly host: string;
  /** The port it listens on (the one picked when the configuration says 0). */
  readonly port: number;
  /** Whether API keys are required (false: authentication is off, loopback only). */
  readonly authenticated: boolean;
}

/**
 * The one startup of the API, shared by `node dist/main.js` (`main`) and
 * `leaseback serve`: structured logs, a metrics registry with the process's
 * default metrics, the service (store, engine worker pool, language model),
 * then `startServer` (listen, the job worker, graceful shutdown on SIGTERM and
 * SIGINT). A service that opened is closed again when listening fails.
 */
export async function serve(options: ServeOptions): Promise<ServingApi> {
  const { config } = options;
  const batched = options.logDestination === undefined ? batchedLogDestination() : undefined;
  const destination: DestinationStream | undefined = options.logDestination ?? batched?.stream;
  const logger = pino({ level: options.logLevel ?? config.log.level, base: { service: 'leaseback-api' } }, destination);
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const openService = options.openService ?? createLeasebackService;
  const service = await openService({ config, logger, metricsRegistry: registry });
  logger.info({ config }, 'configuration loaded');
  let running: RunningServer;
  try {
    running = await startServer({
      service,
      config,
      logger,
      registry,
      ...(options.signals === undefined ? {} : { signals: options.signals }),
      ...(options.exit === undefined ? {} : { exit: options.exit }),
      ...(options.shutdownTimeoutMs === undefined ? {} : { shutdownTimeoutMs: options.shutdownTimeoutMs }),
    });
  } catch (thrown) {
    // The port is taken (or the host unknown): nothing serves, so nothing stays open.
    await service.close().catch(() => undefined);
    batched?.close();
    throw thrown;
  }
  const listen = resolveApiListenHost(config);
  let closing: Promise<void> | undefined;
  return {
    ...running,
    // The last lines (the shutdown's own) are written before the promise settles.
    close: () => (closing ??= running.close().finally(() => batched?.close())),
    host: listen.host,
    port: Number(new URL(running.url).port),
    authenticated: !listen.restricted,
  };
}
