import { createServer, type Server, type Socket } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openPostgresExecutor } from './postgres-executor.js';
import { translateDatabaseError } from './translate-database-error.js';

/**
 * Local TCP servers standing in for a database that has stopped answering: one
 * accepts connections and never says a word; the other completes the startup
 * handshake (AuthenticationOk, ReadyForQuery) and then never answers a query.
 */
const servers: Server[] = [];
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await Promise.all(servers.splice(0).map((server) => new Promise((resolve) => server.close(resolve))));
});

async function listen(onConnection: (socket: Socket) => void): Promise<string> {
  const server = createServer((socket) => {
    sockets.push(socket);
    socket.on('error', () => {});
    onConnection(socket);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  return `postgres://leaseback@127.0.0.1:${address.port}/leaseback`;
}

/** Accepts and never answers. */
const blackHole = (): Promise<string> => listen(() => {});

/** Says "ready" after the startup message, then swallows every query. */
const silentAfterHandshake = (): Promise<string> =>
  listen((socket) => {
    let greeted = false;
    socket.on('data', () => {
      if (greeted) return;
      greeted = true;
      const authenticationOk = Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0]);
      const readyForQuery = Buffer.from([0x5a, 0, 0, 0, 5, 0x49]);
      socket.write(Buffer.concat([authenticationOk, readyForQuery]));
    });
  });

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
}

describe('openPostgresExecutor against a database that does not answer', () => {
  it('gives up on a connection that is accepted and never answered, as store_unavailable', async () => {
    const executor = openPostgresExecutor({ connectionString: await blackHole(), connectionTimeoutMs: 200 });
    const error = await failure(executor.query('SELECT 1'));
    expect(translateDatabaseError(error).code).toBe('store_unavailable');
    await executor.close();
  });

  it('gives up on a statement the server never answers, as store_unavailable, inside a transaction too', async () => {
    const executor = openPostgresExecutor({
      connectionString: await silentAfterHandshake(),
      connectionTimeoutMs: 1_000,
      statementTimeoutMs: 100,
      queryTimeoutMs: 200,
    });
    const error = await failure(executor.query('SELECT 1'));
    expect((error as Error).message).toMatch(/query read timeout/i);
    expect(translateDatabaseError(error)).toMatchObject({ code: 'store_unavailable', isRetryable: true });
    const inTransaction = await failure(executor.transaction((transaction) => transaction.query('SELECT 1')));
    expect(translateDatabaseError(inTransaction).code).toBe('store_unavailable');
    await executor.close();
  });

  it('discards a connection whose statement met the deadline, so the next statement gets a fresh one', async () => {
    let connections = 0;
    let closed = 0;
    const url = await listen((socket) => {
      connections += 1;
      socket.on('close', () => {
        closed += 1;
      });
      socket.once('data', () => {
        socket.write(Buffer.from([0x52, 0, 0, 0, 8, 0, 0, 0, 0, 0x5a, 0, 0, 0, 5, 0x49]));
      });
    });
    const executor = openPostgresExecutor({ connectionString: url, maxConnections: 1, connectionTimeoutMs: 1_000, queryTimeoutMs: 100 });
    expect((await failure(executor.query('SELECT 1'))) as Error).toBeInstanceOf(Error);
    // With one connection allowed, the second statement could not even start if the first connection were kept.
    const second = await failure(executor.query('SELECT 2'));
    expect((second as Error).message).toMatch(/query read timeout/i);
    expect(connections).toBe(2);
    await executor.close();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(closed).toBe(2);
  });

  it('a full pool fails a waiting caller after the acquire timeout rather than queueing it for ever', async () => {
    const executor = openPostgresExecutor({
      connectionString: await silentAfterHandshake(),
      maxConnections: 1,
      connectionTimeoutMs: 150,
      queryTimeoutMs: 1_000,
    });
    const holding = executor.query('SELECT pg_sleep(1000)').catch((error: unknown) => error);
    const waiting = await failure(executor.query('SELECT 1'));
    expect(translateDatabaseError(waiting).code).toBe('store_unavailable');
    await holding;
    await executor.close();
  });
});

describe('translateDatabaseError for timeouts', () => {
  it('treats a statement cancelled by statement_timeout as unavailable', () => {
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    expect(translateDatabaseError(cancelled).code).toBe('store_unavailable');
  });
});
