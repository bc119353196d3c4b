import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  hasStackTrace,
  parseJsonOutput,
  REPOSITORY_ROOT,
  runLeaseback,
  spawnLeaseback,
  temporaryDataDir,
} from '../__fixtures__/run-leaseback.js';

const BRIEF =
  'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x. Nothing mission-critical.';
const EXAMPLE_WORKBOOK = join(REPOSITORY_ROOT, 'examples', 'portfolio.xlsx');

describe('the store from any folder', () => {
  let root: { path: string; remove: () => Promise<void> };
  let project: string;
  let subfolder: string;
  let home: string;

  beforeAll(async () => {
    root = await temporaryDataDir();
    project = join(root.path, 'project');
    subfolder = join(project, 'reports', '2026');
    home = join(root.path, 'home');
    await mkdir(join(project, '.leaseback'), { recursive: true });
    await mkdir(subfolder, { recursive: true });
    await mkdir(home, { recursive: true });
  });
  afterAll(async () => root.remove());

  const env = (): Record<string, string> => ({ HOME: home, XDG_DATA_HOME: join(home, 'data') });

  it('finds the .leaseback/ above a subfolder, as git finds .git, and says so in where', async () => {
    const planned = await runLeaseback(['plan', EXAMPLE_WORKBOOK, '--brief', BRIEF, '--json'], { cwd: project, env: env() });
    expect(planned.code).toBe(0);
    const runId = parseJsonOutput<{ run_id: string }>(planned).run_id;

    const listed = await runLeaseback(['runs', 'list', '--json'], { cwd: subfolder, env: env() });
    expect(listed.code).toBe(0);
    expect(parseJsonOutput<{ run_id: string }[]>(listed).map((run) => run.run_id)).toContain(runId);

    const where = await runLeaseback(['where', '--json'], { cwd: subfolder, env: env() });
    expect(parseJsonOutput(where)).toMatchObject({ kind: 'embedded', data_dir: join(project, '.leaseback', 'data'), source: 'project' });
  });

  it('uses LEASEBACK_DATA_DIR, else the per-user folder, where no .leaseback/ is above', async () => {
    const outside = join(root.path, 'elsewhere');
    await mkdir(outside, { recursive: true });
    const byUser = await runLeaseback(['where', '--json'], { cwd: outside, env: env() });
    expect(parseJsonOutput(byUser)).toMatchObject({ source: 'user', data_dir: join(home, 'data', 'leaseback', 'data') });
    const byEnvironment = await runLeaseback(['where', '--json'], {
      cwd: outside,
      env: { ...env(), LEASEBACK_DATA_DIR: join(root.path, 'shared-store') },
    });
    expect(parseJsonOutput(byEnvironment)).toMatchObject({ source: 'environment', data_dir: join(root.path, 'shared-store') });
  });

  it('beside a running serve, read commands and plan go through it; exports work too', async () => {
    const serve = spawnLeaseback(['serve', '--port', '0', '--json'], { cwd: project, env: env() });
    let stdout = '';
    let stderr = '';
    serve.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => serve.once('exit', (code) => resolve(code)));
    try {
      await new Promise<void>((resolve, reject) => {
        serve.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.trimEnd().endsWith('}')) resolve();
        });
        void exited.then((code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      const planned = await runLeaseback(['plan', join(REPOSITORY_ROOT, 'examples', 'portfolio.json'), '--brief', BRIEF, '--json'], {
        cwd: subfolder,
        env: env(),
      });
      expect(planned.code).toBe(0);
      const runId = parseJsonOutput<{ run_id: string }>(planned).run_id;
      const shown = await runLeaseback(['runs', 'show', runId, '--json'], { cwd: subfolder, env: env() });
      expect(shown.code).toBe(0);
      expect(parseJsonOutput<{ run_id: string; status: string }>(shown)).toMatchObject({ run_id: runId, status: 'completed' });
      const memo = await runLeaseback(['runs', 'export', runId, '--format', 'md', '--output', '-'], { cwd: subfolder, env: env() });
      expect(memo.code).toBe(0);
      expect(memo.stdout).toContain(`# Run ${runId}`);
      const where = await runLeaseback(['where'], { cwd: subfolder, env: env() });
      expect(where.stdout).toContain('by leaseback serve at http://127.0.0.1:');
    } finally {
      serve.kill('SIGTERM');
      await exited;
    }
  });

  it('says in one line what to do, with exit status 1, when another process holds the store', async () => {
    const other = join(root.path, 'held');
    await mkdir(join(other, '.leaseback', 'data'), { recursive: true });
    // This test process stands for the holder: alive, and not the command's own process.
    await writeFile(join(other, '.leaseback', 'data', 'leaseback.lock'), `${process.pid}\n`);
    const result = await runLeaseback(['runs', 'list'], { cwd: other, env: env() });
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toEqual([
      `error: the store ${join(other, '.leaseback', 'data')} is in use by process ${process.pid}: let it finish or stop it, or run \`leaseback serve\` instead so that other commands go through it`,
    ]);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
