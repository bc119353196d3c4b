import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleScenarioSetRequest, request } from './__fixtures__/api-test-server.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const children: ChildProcess[] = [];
const directories: string[] = [];

afterAll(async () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

/** Starts the built API (`dist/main.js`) as its own process and resolves with its URL once it listens. */
function startApi(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      LEASEBACK_DATA_DIR: dataDir,
      PORT: '0',
      LEASEBACK_LOG_LEVEL: 'info',
      // The shortest lease: a job left by a killed process is taken over a second later.
      LEASEBACK_JOB_LEASE_MS: '1000',
      LEASEBACK_JOB_POLL_MS: '100',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the API did not start within 60 s')), 60_000);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      for (const line of buffered.split('\n')) {
        if (!line.includes('leaseback api listening')) continue;
        clearTimeout(timer);
        resolve({ child, url: (JSON.parse(line) as { url: string }).url });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} before listening`));
    });
  });
}

describe('a job whose server is killed', () => {
  it('ends completed, or failed with a code, once the server is back; never stuck running', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-job-restart-'));
    directories.push(dataDir);
    const first = await startApi(dataDir);
    const queued = await request(first.url, 'POST', '/api/scenario_sets', {
      json: exampleScenarioSetRequest({ num_scenarios: 5 }),
      headers: { prefer: 'respond-async' },
    });
    expect(queued.status).toBe(202);
    // Killed as soon as the job has left the queue (usually mid-set), with no chance to clean up.
    const startedBy = Date.now() + 30_000;
    while (Date.now() < startedBy) {
      const job = await request(first.url, 'GET', `/api/jobs/${queued.body.job_id}`);
      if (job.body.status !== 'queued') break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    first.child.kill('SIGKILL');
    await new Promise((resolve) => first.child.once('exit', resolve));

    const second = await startApi(dataDir);
    const deadline = Date.now() + 90_000;
    let job = (await request(second.url, 'GET', `/api/jobs/${queued.body.job_id}`)).body;
    while (['queued', 'running'].includes(job.status) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      job = (await request(second.url, 'GET', `/api/jobs/${queued.body.job_id}`)).body;
    }
    expect(['completed', 'failed']).toContain(job.status);
    if (job.status === 'failed') expect(job.error.code).toMatch(/^[a-z_]+$/);
    else {
      const set = await request(second.url, 'GET', job.result_url);
      expect(set.status).toBe(200);
      expect(set.body.runs).toHaveLength(5);
    }
    second.child.kill('SIGTERM');
    await new Promise((resolve) => second.child.once('exit', resolve));
  });
});
