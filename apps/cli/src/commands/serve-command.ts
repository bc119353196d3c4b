import type { CliCommand } from '../command-context.js';
import { EXIT_CODES, type ExitCode } from '../exit-codes.js';
import { parseWholeNumber } from '../parse-option-values.js';
import { writeServerFile } from '../running-server-file.js';

interface ServeOptions {
  readonly host?: string;
  readonly port?: number;
}

/**
 * `leaseback serve [--host <host>] [--port <port>]`: starts the HTTP API with
 * the loaded configuration and serves until SIGTERM or SIGINT, then shuts down
 * gracefully (in-flight requests finish, the store is closed). Structured logs
 * go to stderr; stdout gets one line saying where it listens (with `--json`,
 * `{ url, host, port, authenticated }`).
 */
export const serveCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('serve')
      .summary('start the HTTP API')
      .description('Start the HTTP API (every endpoint, /docs, /openapi.json, /healthz, /readyz, /metrics) until SIGTERM or Ctrl-C.')
      .option('--host <host>', 'interface to listen on when API keys are configured (default: all; LEASEBACK_HOST)')
      .option('--port <port>', 'port, 0 for any free one (default: 8080; PORT, LEASEBACK_PORT)', (value) =>
        parseWholeNumber(value, '--port'),
      );
    command.action((options: ServeOptions) =>
      environment.execute(command, async (context) => {
        // The server's modules load only for this command.
        const [{ startServer }, { parseServiceConfig, resolveApiListenHost }, { pino }, { Registry, collectDefaultMetrics }] =
          await Promise.all([import('@leaseback/api'), import('@leaseback/service'), import('pino'), import('prom-client')]);
        const loaded = await context.config();
        const config =
          options.host === undefined && options.port === undefined
            ? loaded
            : parseServiceConfig({
                ...loaded,
                api: {
                  ...loaded.api,
                  ...(options.host !== undefined ? { host: options.host } : {}),
                  ...(options.port !== undefined ? { port: options.port } : {}),
                },
              });
        const logger = pino(
          { level: context.options.quiet ? 'warn' : config.log.level, base: { service: 'leaseback-api' } },
          context.io.stderr,
        );
        const registry = new Registry();
        collectDefaultMetrics({ register: registry });
        const service = await context.localService({ config, logger, metricsRegistry: registry });

        const listen = resolveApiListenHost(config);
        let finished: (code: ExitCode) => void = () => undefined;
        const stopped = new Promise<ExitCode>((resolve) => {
          finished = resolve;
        });
        const server = await startServer({
          service,
          config,
          logger,
          registry,
          signals: context.io.signals,
          // A clean shutdown ends the command normally (the runner closes the store again, a no-op);
          // a second signal or an overrun shutdown ends the process at once, as startServer intends.
          exit: (code) => {
            if (code !== 0) context.exitNow(EXIT_CODES.failure);
            finished(code === 0 ? EXIT_CODES.success : EXIT_CODES.failure);
          },
        });
        // Other commands on this embedded store find the server here and go through it.
        const removeServerFile =
          config.store.database_url === null
            ? await writeServerFile(config.store.data_dir, { pid: process.pid, url: server.url }).catch(() => undefined)
            : undefined;
        const address = new URL(server.url);
        context.output.result(
          { url: server.url, host: listen.host, port: Number(address.port), authenticated: !listen.restricted },
          () =>
            `Leaseback API listening on ${server.url} (reference at ${server.url}/docs); stop with Ctrl-C or SIGTERM` +
            (listen.restricted
              ? '\nNo API keys configured (LEASEBACK_API_KEYS): authentication is off, so it listens on 127.0.0.1 only.'
              : ''),
          () => server.url,
        );
        return stopped.finally(() => removeServerFile?.());
      }),
    );
  },
};
