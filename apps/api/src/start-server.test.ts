import { Writable } from 'node:stream';
import type { AddressInfo } from 'node:net';
import { createLeasebackService, parseServiceConfig } from '@leaseback/service';
import { pino } from 'pino';
import { Registry } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { request, startTestServer } from './__fixtures__/api-test-server.js';
import { createApp } from './create-app.js';
import { main } from './main.js';
import { startServer } from './start-server.js';

function capturedLogger() {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, sink), lines };
}

async function start(api: Record<string, unknown>) {
  const config = parseServiceConfig({ api: { port: 0, ...api }, store: { data_dir: 'memory://' } });
  const registry = new Registry();
  const service = await createLeasebackService({ config, metricsRegistry: registry });
  const { logger, lines } = capturedLogger();
  const running = await startServer({ service, config, logger, registry, handleSignals: false });
  return { running, lines, service };
}

describe('startServer', () => {
  it('binds to 127.0.0.1 only, and says so, when no API keys are configured', async () => {
    const { running, lines } = await start({ host: '0.0.0.0' });
    try {
      expect((running.server.address() as AddressInfo).address).toBe('127.0.0.1');
      expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const warning = lines.find((line) => line['level'] === 40);
      expect(warning?.['msg']).toMatch(/no API keys configured \(LEASEBACK_API_KEYS\).*127\.0\.0\.1 only/);
    } finally {
      await running.close();
    }
  });

  it('listens where configured, without the warning, when keys are configured', async () => {
    const { running, lines } = await start({ host: '127.0.0.1', api_keys: { 'some-key-123': ['fund-a'] } });
    try {
      expect(lines.some((line) => line['level'] === 40)).toBe(false);
      expect(lines.find((line) => line['msg'] === 'leaseback api listening')).toMatchObject({ authenticated: true });
      expect((await request(running.url, 'GET', '/api/runs')).status).toBe(401);
    } finally {
      await running.close();
    }
  });

  it('returns the same shutdown for every close call', async () => {
    const { running } = await start({});
    const first = running.close();
    expect(running.close()).toBe(first);
    await first;
    expect(running.server.listening).toBe(false);
  });
});

describe('/readyz', () => {
  it('answers 503 when the store does not answer', async () => {
    const server = await startTestServer();
    try {
      expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);
      await server.service.store.close();
      const answer = await request(server.url, 'GET', '/readyz');
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({ status: 'store_unavailable' });
      // Liveness does not depend on the store.
      expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
    } finally {
      await server.close();
    }
  });

  it('answers 503 once shutdown has begun', async () => {
    const config = parseServiceConfig({ store: { data_dir: 'memory://' } });
    const service = await createLeasebackService({ config });
    let shuttingDown = false;
    const app = createApp({
      service,
      config,
      logger: pino({ level: 'silent' }),
      registry: new Registry(),
      isShuttingDown: () => shuttingDown,
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await request(url, 'GET', '/readyz')).status).toBe(200);
      shuttingDown = true;
      expect(await request(url, 'GET', '/readyz')).toMatchObject({ status: 503, body: { status: 'shutting_down' } });
    } finally {
      server.close();
      await service.close();
    }
  });
});

describe('main', () => {
  it('loads the configuration from the environment and serves', async () => {
    const running = await main({
      env: {
        PORT: '0',
        LEASEBACK_DATA_DIR: 'memory://',
        LEASEBACK_LOG_LEVEL: 'silent',
        LEASEBACK_API_KEYS: 'main-test-key=fund-main',
        LEASEBACK_HOST: '127.0.0.1',
      },
    });
    try {
      expect((await request(running.url, 'GET', '/healthz')).status).toBe(200);
      expect((await request(running.url, 'GET', '/api/runs')).status).toBe(401);
      const listed = await request(running.url, 'GET', '/api/runs', { headers: { authorization: 'Bearer main-test-key' } });
      expect(listed).toMatchObject({ status: 200, body: [] });
      expect((await request(running.url, 'GET', '/metrics')).text).toContain('process_cpu_seconds_total');
    } finally {
      await running.close();
    }
  });

  it('refuses an invalid configuration with every problem', async () => {
    await expect(main({ env: { PORT: 'eighty', LEASEBACK_PROVIDER: 'nobody' } })).rejects.toMatchObject({ code: 'invalid_config' });
  });
});
