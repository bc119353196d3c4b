import { ProgramResponseSchema } from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildOpenApiDocument } from './openapi-document.js';
import { API_ROUTES } from './api-routes.js';
import { OPS_ROUTES } from './ops-routes.js';
import {
  exampleProgramRequest,
  exampleScenarioSetRequest,
  request,
  startTestServer,
  type TestServer,
} from './__fixtures__/api-test-server.js';

const ErrorBodySchema = z.object({
  error: z.object({ code: z.string(), problems: z.array(z.object({ path: z.string(), message: z.string() })).optional() }),
});

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

const get = (path: string) => request(server.url, 'GET', path, {});
const post = (path: string, json: unknown) => request(server.url, 'POST', path, { json });

describe('economics inputs: bad input is a 400 naming each field, and nothing is stored', () => {
  it('lease terms, escalators, tax rate, basis and objective out of range', async () => {
    const before = await get('/api/runs?limit=100');
    const body = exampleProgramRequest({ objective: 'cheapest' });
    const assets = body['assets'] as Record<string, unknown>[];
    assets[0] = { ...assets[0], lease_term_years: 0 };
    assets[1] = { ...assets[1], lease_term_years: 51 };
    assets[2] = { ...assets[2], lease_term_years: 2.5 };
    assets[3] = { ...assets[3], rent_escalator: 0.3 };
    assets[4] = { ...assets[4], rent_escalator: -0.01 };
    body['corporate_state'] = { ...(body['corporate_state'] as object), tax_rate: 1.5, accounting_basis: 'ifrs17' };
    const answer = await post('/api/runs', body);
    expect(answer.status).toBe(400);
    const error = ErrorBodySchema.parse(answer.body).error;
    expect(error.code).toBe('invalid_input');
    expect(error.problems?.map((problem) => problem.path).sort()).toEqual(
      [
        'request.assets[0].lease_term_years',
        'request.assets[1].lease_term_years',
        'request.assets[2].lease_term_years',
        'request.assets[3].rent_escalator',
        'request.assets[4].rent_escalator',
        'request.corporate_state.tax_rate',
        'request.corporate_state.accounting_basis',
        'request.objective',
      ].sort(),
    );
    const greedy = await post('/api/runs', exampleProgramRequest({ objective: 'min_npv_cost', strategy: 'greedy' }));
    expect(greedy.status).toBe(400);
    expect(ErrorBodySchema.parse(greedy.body).error.problems).toEqual([
      { path: 'request.objective', message: expect.stringContaining('exact strategy') },
    ]);
    const overrides = await post(
      '/api/programs',
      exampleProgramRequest({
        lease_term_override: 51,
        rent_escalator_override: 0.25,
        tax_rate_override: -1,
        accounting_basis_override: 'x',
      }),
    );
    expect(overrides.status).toBe(400);
    expect(
      ErrorBodySchema.parse(overrides.body)
        .error.problems?.map((problem) => problem.path)
        .sort(),
    ).toEqual(
      [
        'request.accounting_basis_override',
        'request.lease_term_override',
        'request.rent_escalator_override',
        'request.tax_rate_override',
      ].sort(),
    );
    expect((await get('/api/runs?limit=100')).body).toEqual(before.body);
  });
});

describe('economics on the wire', () => {
  it('a program under IFRS 16 with the cheapest-capital objective carries the economics block', async () => {
    const answer = await post(
      '/api/programs',
      exampleProgramRequest({ objective: 'min_npv_cost', accounting_basis_override: 'ifrs16', lease_term_override: 10 }),
    );
    expect(answer.status).toBe(200);
    const response = ProgramResponseSchema.parse(answer.body);
    expect(response.spec).toMatchObject({
      objective: 'min_npv_cost',
      strategy: 'exact',
      program_terms: { accounting_basis: 'ifrs16', lease_term_years: 10 },
    });
    const economics = response.outcome.economics;
    expect(economics?.accounting_basis).toBe('ifrs16');
    expect(economics?.assets.map((asset) => asset.asset_id)).toEqual(response.outcome.selected_asset_ids);
    expect(response.outcome.explanation_nodes.some((node) => node.kind === 'objective')).toBe(true);
    // IFRS 16 deleverages less: the lease liabilities join net debt.
    if (response.outcome.selected_asset_ids.length > 0) {
      expect(response.outcome.metrics_after?.net_leverage as number).toBeGreaterThan(economics?.net_leverage_after_other_basis as number);
    }
  });

  it('the scenario comparison has the economics columns', async () => {
    const answer = await post('/api/scenario_sets', exampleScenarioSetRequest({ num_scenarios: 1 }));
    expect(answer.status).toBe(201);
    const comparison = (answer.body as { comparison: Record<string, unknown>[] }).comparison;
    expect(comparison.length).toBe(1);
    for (const key of [
      'implied_cost_of_capital',
      'spread_to_cost_of_debt',
      'npv_cost',
      'annual_rent_added',
      'net_leverage_after_us_gaap',
      'net_leverage_after_ifrs16',
    ]) {
      expect(comparison[0], key).toHaveProperty(key);
    }
    expect(typeof comparison[0]?.['implied_cost_of_capital']).toBe('number');
  });

  it('the OpenAPI document gives each new field its unit and meaning', () => {
    const document = buildOpenApiDocument({ routes: API_ROUTES, opsRoutes: OPS_ROUTES, version: '1' }) as {
      components: {
        schemas: Record<
          string,
          { properties: Record<string, { description?: string; anyOf?: { properties?: Record<string, { description?: string }> }[] }> }
        >;
      };
    };
    const schemas = document.components.schemas;
    const economics = schemas['ProgramOutcome']?.properties['economics'];
    const fields = economics?.anyOf?.find((branch) => branch.properties)?.properties ?? {};
    for (const name of [
      'annual_rent_added',
      'rent_coverage_after',
      'lease_liability_added',
      'implied_cost_of_capital',
      'npv_cost',
      'gain_on_sale',
      'tax_on_gain',
      'after_tax_proceeds',
      'cost_of_debt',
      'net_leverage_after_other_basis',
    ]) {
      expect(fields[name]?.description, name).toMatch(/money|decimal|ratio/);
    }
    expect(schemas['Asset']?.properties['lease_term_years']?.description).toMatch(/years/);
    expect(schemas['CorporateState']?.properties['tax_rate']?.description).toMatch(/decimal/);
    expect(schemas['ScenarioComparisonRow']?.properties['spread_to_cost_of_debt']?.description).toMatch(/basis points/);
  });
});
