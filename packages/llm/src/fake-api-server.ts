// A local stand-in for a model provider's HTTP API, for adapter tests: point the
// SDK's baseURL at it, queue recorded responses, and read back what the SDK sent.
// Given a provider protocol, it first checks each request the way the real API
// does and answers the provider's own 400/404 when the request would be refused.
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the server received, body parsed as JSON. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  // The parsed JSON body; `any` so tests can reach into provider-specific shapes.
  readonly body: any;
}

/**
 * What the server answers next:
 * - `json`: a JSON body with a status (default 200) and headers;
 * - `text`: a raw body as it is (an HTML error page, plain text), default content type `text/html`;
 * - `stall`: the status line and headers, then a body that never ends;
 * - `hang`: no answer at all.
 */
export type FakeResponse =
  | { readonly status?: number; readonly headers?: Record<string, string>; readonly json: unknown }
  | { readonly status?: number; readonly headers?: Record<string, string>; readonly text: string }
  | { readonly status?: number; readonly headers?: Record<string, string>; readonly stall: true }
  | { readonly hang: true };

/** The provider's refusal of a request, in its own error format. */
export interface ProtocolRejection {
  readonly status: number;
  readonly json: unknown;
}

/**
 * How one provider's API checks requests and labels responses. `validate`
 * returns the rejection the real API would send, or `null` to let the request
 * through to the queued response.
 */
export interface FakeProviderProtocol {
  readonly name: string;
  /** The header that carries the request id (`x-request-id`, `request-id`). */
  readonly requestIdHeader: string;
  validate(request: RecordedRequest): ProtocolRejection | null;
}

/** Options of `startFakeApiServer`. */
export interface FakeApiServerOptions {
  /** Check each request against this provider's protocol first (default: accept anything). */
  readonly protocol?: FakeProviderProtocol;
}

/** A local HTTP server that answers each request with the next queued response and records it. */
export interface FakeApiServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly requests: RecordedRequest[];
  /** The rejections the protocol check sent, in order (empty without a protocol). */
  readonly rejections: ProtocolRejection[];
  enqueue(...responses: FakeResponse[]): void;
  /** Resolves once `count` requests have arrived. */
  waitForRequests(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts a server on 127.0.0.1 with a random port. With nothing queued it
 * answers 500 with `x-should-retry: false`, so an unexpected request fails the
 * test instead of being retried. Every response carries a request id
 * (`req_fake_000001`, ...) in the protocol's header (`x-request-id` without one).
 */
export async function startFakeApiServer(options: FakeApiServerOptions = {}): Promise<FakeApiServer> {
  const queue: FakeResponse[] = [];
  const requests: RecordedRequest[] = [];
  const rejections: ProtocolRejection[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const open: ServerResponse[] = [];
  const requestIdHeader = options.protocol?.requestIdHeader ?? 'x-request-id';

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = text === '' ? undefined : JSON.parse(text);
      } catch {
        body = text;
      }
      const recorded: RecordedRequest = { method: request.method ?? '', path: request.url ?? '', headers: request.headers, body };
      requests.push(recorded);
      for (const waiter of waiters.filter((candidate) => requests.length >= candidate.count)) waiter.resolve();
      const requestId = `req_fake_${String(requests.length).padStart(6, '0')}`;
      const idHeader = { [requestIdHeader]: requestId };

      const rejection = options.protocol?.validate(recorded) ?? null;
      if (rejection !== null) {
        rejections.push(rejection);
        response.writeHead(rejection.status, { 'content-type': 'application/json', 'x-should-retry': 'false', ...idHeader });
        response.end(JSON.stringify(rejection.json));
        return;
      }
      const next = queue.shift() ?? {
        status: 500,
        headers: { 'x-should-retry': 'false' },
        json: { error: { message: 'fake server: no response queued', type: 'server_error' } },
      };
      if ('hang' in next) {
        open.push(response);
        return;
      }
      if ('stall' in next) {
        open.push(response);
        response.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...idHeader, ...next.headers });
        response.write('{"id": "');
        return;
      }
      if ('text' in next) {
        response.writeHead(next.status ?? 200, { 'content-type': 'text/html; charset=utf-8', ...idHeader, ...next.headers });
        response.end(next.text);
        return;
      }
      response.writeHead(next.status ?? 200, { 'content-type': 'application/json', ...idHeader, ...next.headers });
      response.end(JSON.stringify(next.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    rejections,
    enqueue: (...responses) => queue.push(...responses),
    waitForRequests: (count) =>
      requests.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ count, resolve })),
    close: async () => {
      for (const response of open) response.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
