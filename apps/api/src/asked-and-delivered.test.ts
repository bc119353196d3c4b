import { ProgramResponseSchema } from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleProgramRequest, request, startTestServer, type TestServer } from './__fixtures__/api-test-server.js';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const post = (path: string, json: unknown) => request(server.url, 'POST', path, { json });

describe('what was asked and what was delivered, over HTTP', () => {
  it('answers 400 target_missing for a brief with no amount, and stores no run', async () => {
    const answer = await post('/api/runs', exampleProgramRequest({ program_description: 'Raise 150' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'target_missing', problems: [{ path: 'request.program_description' }] } });
  });

  it('answers 400 unknown_market for an excluded market the portfolio does not hold', async () => {
    const answer = await post(
      '/api/programs',
      exampleProgramRequest({ program_description: 'Raise $150M', exclude_markets_override: ['Texas', 'Boston'] }),
    );
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'unknown_market' } });
    expect(JSON.stringify(answer.body)).toContain('Boston');
  });

  it('answers 400 for a floor above the target instead of capping it', async () => {
    const answer = await post('/api/programs', exampleProgramRequest({ program_description: 'Raise $150M', floor_override: 200_000_000 }));
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { problems: [{ path: 'request.floor_override' }] } });
  });

  it('carries the notices on the answer', async () => {
    const answer = await post('/api/programs', exampleProgramRequest({ program_description: '$500M from warehouses' }));
    expect(answer.status).toBe(200);
    const response = ProgramResponseSchema.parse(answer.body);
    expect(response.notices.map((notice) => notice.code)).toEqual(expect.arrayContaining(['target_relaxed', 'infeasible_shortfall']));
    expect(response.outcome.requested_target_amount).toBe(500_000_000);
  });
});
