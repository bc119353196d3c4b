// A local stand-in for a model provider's HTTP API, for adapter tests: point the
// SDK's baseURL at it, queue recorded responses, and read back what the SDK sent.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server received, body parsed as JSON. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  // The parsed JSON body; `any` so tests can reach into provider-specific shapes.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  readonly body: any;
}

/** What the server answers next: a JSON body with a status and headers, or no answer at all. */
export type FakeResponse = { readonly status?: number; readonly headers?: Record<string, string>; readonly json: unknown } | { readonly hang: true };

/** A local HTTP server that answers each request with the next queued response and records it. */
export interface FakeApiServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly requests: RecordedRequest[];
  enqueue(...responses: FakeResponse[]): void;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 with a random port. With nothing queued it
 * answers 500 with `x-should-retry: false`, so an unexpected request fails the
 * test instead of being retried.
 */
export async function startFakeApiServer(): Promise<FakeApiServer> {
  const queue: FakeResponse[] = [];
  const requests: RecordedRequest[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const hanging: ServerResponse[] = [];

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: text === '' ? undefined : JSON.parse(text) });
      for (const waiter of waiters.filter((candidate) => requests.length >= candidate.count)) waiter.resolve();
      const next = queue.shift() ?? {
        status: 500,
        headers: { 'x-should-retry': 'false' },
        json: { error: { message: 'fake server: no response queued', type: 'server_error' } },
      };
      if ('hang' in next) {
        hanging.push(response);
        return;
      }
      response.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...next.headers });
      response.end(JSON.stringify(next.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    enqueue: (...responses) => queue.push(...responses),
    waitForRequests: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      for (const response of hanging) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
