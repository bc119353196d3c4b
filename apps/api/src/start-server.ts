import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolveApiListenHost, type LeasebackService, type LeasebackServiceHandle, type ServiceConfig } from '@leaseback/service';
import { createRequestListener, type CreateAppOptions } from './create-app.js';

/** What `startServer` needs: the app's parts plus where to listen and how to stop. */
export interface StartServerOptions extends Omit<CreateAppOptions, 'isShuttingDown' | 'config'> {
  /** The service configuration: `api.host`, `api.port`, `api.api_keys`, `api.body_limit`. */
  readonly config: ServiceConfig;
  /** Overrides `config.api.port`; 0 picks a free port. */
  readonly port?: number;
  /** How long a graceful shutdown waits for in-flight requests before cutting them (default 30 s). */
  readonly shutdownTimeoutMs?: number;
  /** Shut down gracefully on SIGTERM and SIGINT (default true; tests call `close` instead). */
  readonly handleSignals?: boolean;
  /** How the process ends after a signal (default `process.exit`); injected for tests. */
  readonly exit?: (code: number) => void;
  /** Where SIGTERM and SIGINT arrive (default `process`); injected for tests. */
  readonly signals?: Pick<NodeJS.EventEmitter, 'on' | 'off'>;
}

/** A listening server. */
export interface RunningServer {
  /** Base URL, e.g. `http://127.0.0.1:8080` (loopback when bound to every interface). */
  readonly url: string;
  readonly server: Server;
  /**
   * Graceful shutdown: stop accepting connections, let in-flight requests finish
   * (cutting them after `shutdownTimeoutMs`), then close the service and its
   * store. Idempotent: every call returns the same promise.
   */
  close(): Promise<void>;
}

/** Whether the service can run jobs in this process (the full service can; a bare `LeasebackService` may not). */
function hasJobWorker(service: LeasebackService): service is LeasebackService & Pick<LeasebackServiceHandle, 'startJobWorker'> {
  return typeof (service as Partial<LeasebackServiceHandle>).startJobWorker === 'function';
}

/** Default of `StartServerOptions.shutdownTimeoutMs`. */
export const DEFAULT_SHUTDOWN_TIMEOUT_MS = 30_000;
// After a signal, the process ends this long after the drain deadline even if closing the store hangs.
const FORCED_EXIT_GRACE_MS = 5_000;

/**
 * Starts the API: builds the app, listens, and (unless `handleSignals: false`)
 * shuts down gracefully on SIGTERM/SIGINT; a second signal, or a shutdown that
 * overruns its deadline, ends the process at once with status 1. With no API
 * keys configured it binds to 127.0.0.1 only and logs a warning saying so.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { logger } = options;
  const { config } = options;
  const { host, restricted } = resolveApiListenHost(config);
  const authenticated = !restricted;
  if (restricted) {
    logger.warn(
      { host, configuredHost: config.api.host },
      `no API keys configured (LEASEBACK_API_KEYS): authentication is off, so the server listens on ${host} only`,
    );
  }
  const shutdownTimeoutMs = options.shutdownTimeoutMs ?? DEFAULT_SHUTDOWN_TIMEOUT_MS;

  let shuttingDown = false;
  const inFlight = new Set<ServerResponse>();
  const app = createRequestListener({ ...options, isShuttingDown: () => shuttingDown });
  const server = createServer((request, response) => {
    // During shutdown no connection is kept alive: each ends after its answer.
    if (shuttingDown) response.setHeader('Connection', 'close');
    inFlight.add(response);
    response.once('close', () => {
      inFlight.delete(response);
      if (shuttingDown) setImmediate(() => server.closeIdleConnections());
    });
    app(request, response);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? config.api.port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.address;
  const url = `http://${urlHost.includes(':') ? `[${urlHost}]` : urlHost}:${address.port}`;
  logger.info({ url, host, port: address.port, authenticated }, 'leaseback api listening');
  // Jobs queued here (or by any process on the same database) run in this process too.
  if (config.jobs.worker && hasJobWorker(options.service)) {
    const worker = options.service.startJobWorker();
    logger.info({ worker_id: worker.workerId, concurrency: config.jobs.concurrency }, 'job worker started');
  }

  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      shuttingDown = true;
      logger.info({ inFlight: inFlight.size }, 'shutting down: no new connections, waiting for in-flight requests');
      for (const response of inFlight) if (!response.headersSent) response.setHeader('Connection', 'close');
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      let deadline: NodeJS.Timeout | undefined;
      const overran = await Promise.race([
        closed.then(() => false),
        new Promise<boolean>((resolve) => {
          deadline = setTimeout(() => resolve(true), shutdownTimeoutMs);
        }),
      ]);
      clearTimeout(deadline);
      if (overran) {
        logger.warn({ inFlight: inFlight.size, shutdownTimeoutMs }, 'shutdown deadline passed: cutting the remaining connections');
        server.closeAllConnections();
        await closed;
      }
      await options.service.close();
      removeSignalHandlers();
      logger.info('shut down');
    })();
    return closing;
  };

  const exit = options.exit ?? ((code: number) => process.exit(code));
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing !== undefined) {
      logger.warn({ signal }, 'second signal during shutdown: exiting now');
      exit(1);
      return;
    }
    logger.info({ signal }, 'signal received');
    const overdue = setTimeout(() => {
      logger.error({ signal }, 'shutdown did not finish in time: exiting now');
      exit(1);
    }, shutdownTimeoutMs + FORCED_EXIT_GRACE_MS);
    overdue.unref();
    close().then(
      () => {
        clearTimeout(overdue);
        exit(0);
      },
      (error: unknown) => {
        clearTimeout(overdue);
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  const signals = options.signals ?? process;
  const removeSignalHandlers = (): void => {
    signals.off('SIGTERM', onSignal);
    signals.off('SIGINT', onSignal);
  };
  if (options.handleSignals !== false) {
    signals.on('SIGTERM', onSignal);
    signals.on('SIGINT', onSignal);
  }

  return { url, server, close };
}
