import { EventEmitter } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLeasebackService, parseServiceConfig } from '@leaseback/service';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { afterAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer } from './__fixtures__/api-test-server.js';
import { createGate, gatedOfflineTestLlm } from './__fixtures__/offline-test-llm.js';
import { startServer } from './start-server.js';

const directories: string[] = [];
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});
async function temporaryDirectory(): Promise<string> {
  const directory = await mkdtemp(join(tmpdir(), 'leaseback-api-shutdown-'));
  directories.push(directory);
  return directory;
}

describe('graceful shutdown', () => {
  it('lets an in-flight run finish and be stored, then closes', async () => {
    const dataDir = await temporaryDirectory();
    const gate = createGate();
    const server = await startTestServer({ dataDir, llm: gatedOfflineTestLlm(gate) });
    const pending = request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest({ fund_id: 'fund-shutdown' }) });
    await gate.entered;

    let closed = false;
    const closing = server.close().then(() => {
      closed = true;
    });
    // No new connections once shutdown has begun.
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
    expect(closed).toBe(false);

    gate.open();
    const answer = await pending;
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('completed');
    expect(answer.headers.get('connection')).toBe('close');
    await closing;
    expect(closed).toBe(true);

    const restarted = await startTestServer({ dataDir });
    try {
      const record = await request(restarted.url, 'GET', `/api/runs/${answer.body.run_id}`);
      expect(record.status).toBe(200);
      expect(record.body.response).toEqual(answer.body.response);
    } finally {
      await restarted.close();
    }
  });

  it('cuts connections after the deadline but still writes nothing half-way', async () => {
    const dataDir = await temporaryDirectory();
    const gate = createGate();
    const server = await startTestServer({ dataDir, llm: gatedOfflineTestLlm(gate), shutdownTimeoutMs: 20 });
    const pending = request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest({ fund_id: 'fund-cut' }) });
    await gate.entered;
    const closing = server.close();
    // The deadline passes while the run waits: its connection is cut.
    await expect(pending).rejects.toThrow();
    // The service still finishes the run before the store closes.
    gate.open();
    await closing;

    const restarted = await startTestServer({ dataDir });
    try {
      const runs = (await request(restarted.url, 'GET', '/api/runs?fund_id=fund-cut')).body as { run_id: string }[];
      expect(runs).toHaveLength(1);
      const record = await request(restarted.url, 'GET', `/api/runs/${runs[0]?.run_id}`);
      expect(record.body.status).toBe('completed');
      expect(record.body.response).not.toBeNull();
    } finally {
      await restarted.close();
    }
  });

  it('shuts down on SIGTERM and exits 0; a second signal exits 1 at once', async () => {
    const gate = createGate();
    const config = parseServiceConfig({ api: { port: 0 }, store: { data_dir: 'memory://' } });
    const registry = new Registry();
    const service = await createLeasebackService({ config, llm: gatedOfflineTestLlm(gate), metricsRegistry: registry });
    const signals = new EventEmitter();
    const exits: number[] = [];
    let exited: () => void = () => {};
    const exitedOnce = new Promise<void>((resolve) => {
      exited = resolve;
    });
    const running = await startServer({
      service,
      config,
      registry,
      logger: pino({ level: 'silent' }),
      signals,
      exit: (code) => {
        exits.push(code);
        exited();
      },
    });
    const pending = request(running.url, 'POST', '/api/programs', { json: exampleProgramRequest() });
    await gate.entered;
    signals.emit('SIGTERM', 'SIGTERM');
    signals.emit('SIGINT', 'SIGINT');
    await exitedOnce;
    expect(exits).toEqual([1]);
    gate.open();
    expect((await pending).status).toBe(200);
    await running.close();
    expect(exits).toEqual([1, 0]);
    expect(signals.listenerCount('SIGTERM')).toBe(0);
  });
});
