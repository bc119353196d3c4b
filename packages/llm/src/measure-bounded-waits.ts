// Measures how quickly an adapter gives up when it must: the figures the
// adapters' READMEs quote. Not a test (tests assert no timings); run by the
// adapters' bench scripts against the local fake server.
import type { LlmClient } from './llm-client.js';
import { startFakeApiServer, type FakeApiServer, type FakeResponse } from './fake-api-server.js';
import type { AssetSummary } from './llm-client.js';

/** Builds the adapter under test against the fake server at `origin`. */
export type ClientFactory = (origin: string, options: { deadlineMs: number; maxRetries: number }) => LlmClient;

/** One measured figure. */
export interface BoundedWaitFigure {
  readonly scenario: string;
  /** Milliseconds from the trigger (the abort, or the call's start) to the rejection. */
  readonly milliseconds: number;
  /** The error code the call ended with. */
  readonly code: string;
}

const SUMMARY: AssetSummary = {
  asset_count: 1,
  markets: ['Dallas'],
  asset_types: ['warehouse'],
  total_potential_proceeds: 100_000_000,
  baseline: { ebitda: 50_000_000, net_debt: 100_000_000, net_leverage: 2, fixed_charge_coverage: 3 },
  text: 'One warehouse in Dallas.',
};

async function rejection(call: Promise<unknown>, from: () => number): Promise<{ milliseconds: number; code: string }> {
  try {
    await call;
    return { milliseconds: performance.now() - from(), code: 'ok' };
  } catch (error) {
    return { milliseconds: performance.now() - from(), code: String((error as { code?: unknown }).code ?? 'unknown') };
  }
}

async function withServer<T>(responses: FakeResponse[], run: (server: FakeApiServer) => Promise<T>): Promise<T> {
  const server = await startFakeApiServer();
  server.enqueue(...responses);
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

/**
 * Runs the four bounded-wait scenarios against `createClient`: an abort while
 * the body stalls after the headers; an abort during an honoured
 * `retry-after` wait; a 429 asking for an hour (longer than the deadline);
 * and a stalled body with a 500 ms deadline. `rateLimitBody` is the
 * provider's 429 JSON. Abort latencies are measured from the abort.
 */
export async function measureBoundedWaits(
  createClient: ClientFactory,
  rateLimitBody: unknown,
  abortAfterMs = 500,
): Promise<BoundedWaitFigure[]> {
  const figures: BoundedWaitFigure[] = [];
  const abortDuring = async (scenario: string, responses: FakeResponse[], deadlineMs: number) =>
    withServer(responses, async (server) => {
      const controller = new AbortController();
      const call = createClient(server.origin, { deadlineMs, maxRetries: 2 }).generateSelectorSpec('Raise $40M.', SUMMARY, {
        signal: controller.signal,
      });
      await server.waitForRequests(1);
      await new Promise((resolve) => setTimeout(resolve, abortAfterMs));
      const abortedAt = performance.now();
      controller.abort();
      figures.push({ scenario, ...(await rejection(call, () => abortedAt)) });
    });
  // A first, unrecorded run: the first rejection in a process pays one-off costs (module loading, source maps for the stack).
  await abortDuring('warm-up', [{ stall: true }], 60_000);
  figures.pop();
  await abortDuring('abort while the body stalls after the headers', [{ stall: true }], 60_000);
  await abortDuring(
    'abort during an honoured retry-after wait (30 s)',
    [{ status: 429, headers: { 'retry-after': '30' }, json: rateLimitBody }],
    60_000,
  );
  await withServer([{ status: 429, headers: { 'retry-after': '3600' }, json: rateLimitBody }], async (server) => {
    const started = performance.now();
    const call = createClient(server.origin, { deadlineMs: 60_000, maxRetries: 2 }).generateSelectorSpec('Raise $40M.', SUMMARY);
    figures.push({
      scenario: '429 with retry-after 3600 s (past the 60 s deadline): call start to rejection',
      ...(await rejection(call, () => started)),
    });
  });
  await withServer([{ stall: true }], async (server) => {
    const started = performance.now();
    const call = createClient(server.origin, { deadlineMs: 500, maxRetries: 2 }).generateSelectorSpec('Raise $40M.', SUMMARY);
    figures.push({ scenario: 'stalled body, 500 ms deadline: call start to rejection', ...(await rejection(call, () => started)) });
  });
  return figures;
}
