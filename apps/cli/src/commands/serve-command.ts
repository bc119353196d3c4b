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
        const [{ serve }, { parseServiceConfig }] = await Promise.all([import('@leaseback/api'), import('@leaseback/service')]);
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
        let finished: (code: ExitCode) => void = () => undefined;
        const stopped = new Promise<ExitCode>((resolve) => {
          finished = resolve;
        });
        // The API's own startup (logs, metrics, service, listen, job worker, graceful shutdown), with
        // logs on stderr and the service this command's runner closes.
        const server = await serve({
          config,
          logDestination: context.io.stderr,
          ...(context.options.quiet ? { logLevel: 'warn' } : {}),
          openService: (openOptions) => context.localService(openOptions),
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
        context.output.result(
          { url: server.url, host: server.host, port: server.port, authenticated: server.authenticated },
          () =>
            `Leaseback API listening on ${server.url} (reference at ${server.url}/docs); stop with Ctrl-C or SIGTERM` +
            (!server.authenticated
              ? '\nNo API keys configured (LEASEBACK_API_KEYS): authentication is off, so it listens on 127.0.0.1 only.'
              : ''),
          () => server.url,
        );
        return stopped.finally(() => removeServerFile?.());
      }),
    );
  },
};
