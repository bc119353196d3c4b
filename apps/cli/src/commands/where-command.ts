import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { CliCommand } from '../command-context.js';
import { loadCliConfigWithLocation } from '../load-cli-config.js';
import { findRunningServer, storeHolder } from '../running-server-file.js';

/**
 * `leaseback where`: which store the commands here use and why (`--data-dir`,
 * `DATABASE_URL`, the nearest `.leaseback/` above this folder,
 * `LEASEBACK_DATA_DIR`, or the per-user folder), and whether a process holds
 * it, and the runs waiting in its pending-runs journal (and those set aside as
 * `.rejected`). Opens nothing.
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
        const journal = await pendingRuns(location.dataDir);
        const waiting =
          journal.pending === 0 && journal.rejected.length === 0
            ? ''
            : `\nPending ${journal.pending} run(s) to be taken in when the store next opens` +
              (journal.rejected.length === 0 ? '' : `; ${journal.rejected.length} rejected, set aside in ${journal.directory}`);
        context.output.result(
          {
            kind: 'embedded',
            data_dir: location.dataDir,
            source: location.source,
            reason: location.reason,
            server: server ?? null,
            held_by: holder ?? null,
            pending_runs: journal.pending,
            rejected_runs: journal.rejected,
          },
          () => `Store   ${location.dataDir}\nWhy     ${location.reason}\nIn use  ${inUse}${waiting}`,
          () => location.dataDir,
        );
      }),
    );
  },
};

/** The runs in the store's pending-runs journal: how many wait, and the files set aside as `.rejected`. */
async function pendingRuns(dataDir: string): Promise<{ directory: string; pending: number; rejected: string[] }> {
  const { PENDING_RUNS_DIRECTORY, REJECTED_SUFFIX } = await import('@leaseback/store/pending-runs');
  const directory = join(dataDir, PENDING_RUNS_DIRECTORY);
  const names = await readdir(directory).catch(() => [] as string[]);
  return {
    directory,
    // Temporary files (a writer's, not finished) start with a dot.
    pending: names.filter((name) => name.endsWith('.json') && !name.startsWith('.')).length,
    rejected: names.filter((name) => name.endsWith(REJECTED_SUFFIX)).map((name) => join(directory, name)),
  };
}
