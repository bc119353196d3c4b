import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnLeaseback, temporaryDataDir } from '../__fixtures__/run-leaseback.js';

describe('leaseback serve', () => {
  let dataDir: { path: string; remove: () => Promise<void> };

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
  });
  afterAll(async () => dataDir.remove());

  it('listens on a free port, answers /healthz and /api/runs, and stops cleanly on SIGTERM', async () => {
    const child = spawnLeaseback(['serve', '--port', '0', '--json', '--data-dir', join(dataDir.path, 'store')]);
    let stdout = '';
    let stderr = '';
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
      child.once('exit', (code, signal) => resolve({ code, signal })),
    );
    try {
      const listening = await new Promise<{ url: string; port: number; authenticated: boolean }>((resolve, reject) => {
        child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
          stdout += chunk;
          if (stdout.trimEnd().endsWith('}')) resolve(JSON.parse(stdout) as { url: string; port: number; authenticated: boolean });
        });
        void exited.then(({ code }) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
      });
      expect(listening.port).toBeGreaterThan(0);
      expect(listening.url).toBe(`http://127.0.0.1:${listening.port}`);
      expect(listening.authenticated).toBe(false);

      const health = await fetch(`${listening.url}/healthz`);
      expect(health.status).toBe(200);
      const runs = await fetch(`${listening.url}/api/runs`);
      expect(runs.status).toBe(200);
      expect(await runs.json()).toEqual([]);

      child.kill('SIGTERM');
      expect(await exited).toEqual({ code: 0, signal: null });
      // Structured logs went to stderr, keeping stdout to the one JSON document.
      expect(stderr).toContain('"msg":"shut down"');
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
});
