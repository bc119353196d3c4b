import type { CliCommand } from '../command-context.js';
import { loadCliConfigWithLocation } from '../load-cli-config.js';
import { findRunningServer, storeHolder } from '../running-server-file.js';

/**
 * `leaseback where`: which store the commands here use and why (`--data-dir`,
 * `DATABASE_URL`, the nearest `.leaseback/` above this folder,
 * `LEASEBACK_DATA_DIR`, or the per-user folder), and whether a process holds
 * it. Opens nothing.
 */
export const whereCommand: CliCommand = {
  register(program, environment) {
    const command = program
      .command('where')
      .summary('which store the commands here use, and why')
      .description(
        'Say which store commands run in this folder use and why: --data-dir, DATABASE_URL, the nearest .leaseback/ at or above this folder, LEASEBACK_DATA_DIR, or the per-user data folder.',
      );
    command.action(() =>
      environment.execute(command, async (context) => {
        const { location } = await loadCliConfigWithLocation(context.options, context.io.env);
        if (location.kind === 'postgres') {
          context.output.result(
            { kind: 'postgres', source: location.source, reason: location.reason },
            () => `Store   PostgreSQL (DATABASE_URL)\nWhy     ${location.reason}`,
            () => 'postgres',
          );
          return;
        }
        const server = await findRunningServer(location.dataDir);
        const holder = server ? server.pid : await storeHolder(location.dataDir);
        const inUse = server
          ? `by leaseback serve at ${server.url} (pid ${server.pid}); commands here go through it`
          : holder !== undefined
            ? `by process ${holder}; other commands wait for it to end`
            : 'no';
        context.output.result(
          {
            kind: 'embedded',
            data_dir: location.dataDir,
            source: location.source,
            reason: location.reason,
            server: server ?? null,
            held_by: holder ?? null,
          },
          () => `Store   ${location.dataDir}\nWhy     ${location.reason}\nIn use  ${inUse}`,
          () => location.dataDir,
        );
      }),
    );
  },
};
