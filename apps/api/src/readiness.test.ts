import { openStore, type LeasebackStore } from '@leaseback/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

/** A store that has stopped answering: every call waits for ever. */
function silentStore(inner: LeasebackStore, silent: () => boolean): LeasebackStore {
  return new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function' || property === 'close') return value;
      return (...args: unknown[]) => (silent() ? new Promise(() => {}) : (value as (...inner: unknown[]) => unknown).apply(target, args));
    },
  });
}

let server: TestServer;
let silent = false;
beforeAll(async () => {
  const store = silentStore(await openStore({ dataDir: 'memory://' }), () => silent);
  // No job worker: its polls would wait on the silenced store too, and this test is about /readyz.
  server = await startTestServer({ store, jobWorker: false });
});
afterAll(async () => {
  silent = false;
  await server.close();
});

describe('/readyz when the store stops answering', () => {
  it('answers 503 store_unavailable instead of hanging, and ready again when the store is back', async () => {
    expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);
    silent = true;
    const probe = await request(server.url, 'GET', '/readyz');
    expect(probe.status).toBe(503);
    expect(probe.body).toEqual({ status: 'store_unavailable' });
    // Liveness does not depend on the store.
    expect((await request(server.url, 'GET', '/healthz')).status).toBe(200);
    silent = false;
    expect((await request(server.url, 'GET', '/readyz')).status).toBe(200);
    expect((await request(server.url, 'POST', '/api/programs', { json: exampleProgramRequest() })).status).toBe(200);
  });
});
