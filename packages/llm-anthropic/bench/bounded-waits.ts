// Measures the Anthropic adapter's bounded waits against the local fake server,
// beside the SDK's own retry loop as the baseline (same run, same server).
// Run: npm run bench -w @leaseback/llm-anthropic
import Anthropic from '@anthropic-ai/sdk';
import { measureBoundedWaits, startFakeApiServer } from '@leaseback/llm/testing';
import { readFileSync } from 'node:fs';
import { createAnthropicLlmClient } from '../src/anthropic-llm-client.js';

const rateLimit = JSON.parse(readFileSync(new URL('../src/__fixtures__/error-rate-limit.json', import.meta.url), 'utf8')) as unknown;
const apiKey = 'sk-ant-bench-not-a-real-key-0123';

// Baseline: the SDK retrying by itself (maxRetries 2) after a 429 asking for 3 s; abort 0.5 s after the request.
const server = await startFakeApiServer();
server.enqueue(
  { status: 429, headers: { 'retry-after': '3' }, json: rateLimit },
  { status: 429, headers: { 'retry-after': '3' }, json: rateLimit },
);
const sdk = new Anthropic({ apiKey, baseURL: server.origin, maxRetries: 2 });
const controller = new AbortController();
const call = sdk.messages
  .create({ model: 'claude-sonnet-5-5', max_tokens: 100, messages: [{ role: 'user', content: 'x' }] }, { signal: controller.signal })
  .catch(() => undefined);
await server.waitForRequests(1);
await new Promise((resolve) => setTimeout(resolve, 500));
const abortedAt = performance.now();
controller.abort();
await call;
const baseline = performance.now() - abortedAt;
await server.close();
console.log(`anthropic SDK alone, abort during its retry-after wait: rejection ${baseline.toFixed(0)} ms after the abort (baseline)`);

const figures = await measureBoundedWaits(
  (origin, options) => createAnthropicLlmClient({ apiKey, baseURL: origin, ...options }),
  rateLimit,
);
for (const figure of figures) {
  console.log(
    `anthropic adapter, ${figure.scenario}: ${figure.milliseconds.toFixed(1)} ms (${figure.code}); ${(figure.milliseconds / baseline).toFixed(4)} x baseline`,
  );
}
