import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

function sampleValue(metrics: string, name: string, labels: Record<string, string>): number | undefined {
  for (const line of metrics.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    // Label values may hold braces (`/api/runs/{run_id}`): the label set ends at the last one.
    const end = line.lastIndexOf('}');
    const labelText = line.slice(name.length + 1, end);
    const present = Object.fromEntries([...labelText.matchAll(/(\w+)="([^"]*)"/g)].map((match) => [match[1], match[2]]));
    if (Object.entries(labels).every(([key, value]) => present[key] === value)) return Number(line.slice(end + 1).trim());
  }
  return undefined;
}

describe('/metrics', () => {
  it('counts requests by method, route template and status, and shows the service’s metrics', async () => {
    const created = await request(server.url, 'POST', '/api/runs', { json: exampleProgramRequest() });
    expect(created.status).toBe(201);
    await request(server.url, 'GET', `/api/runs/${created.body.run_id}`);
    await request(server.url, 'GET', '/api/runs/secret-looking-id-123');
    await request(server.url, 'GET', '/api/runs/another-id-456');
    await request(server.url, 'GET', '/no/such/path');

    const answer = await request(server.url, 'GET', '/metrics');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/^text\/plain/);
    const metrics = answer.text;
    const count = 'leaseback_http_request_duration_seconds_count';
    expect(sampleValue(metrics, count, { method: 'POST', route: '/api/runs', status_code: '201' })).toBe(1);
    expect(sampleValue(metrics, count, { method: 'GET', route: '/api/runs/{run_id}', status_code: '200' })).toBe(1);
    expect(sampleValue(metrics, count, { method: 'GET', route: '/api/runs/{run_id}', status_code: '404' })).toBe(2);
    expect(sampleValue(metrics, count, { method: 'GET', route: 'unmatched', status_code: '404' })).toBe(1);
    expect(metrics).toContain('leaseback_http_request_duration_seconds_bucket{le="0.1",method="POST",route="/api/runs",status_code="201"}');
    // Ids never become label values.
    expect(metrics).not.toContain('secret-looking-id-123');
    expect(metrics).not.toContain(created.body.run_id);
    // The service registered its own metrics on the same registry.
    expect(sampleValue(metrics, 'leaseback_runs_total', { status: 'completed' })).toBe(1);
    expect(metrics).toContain('leaseback_llm_calls_total');
  });
});
