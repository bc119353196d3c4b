import { LeasebackError } from '@leaseback/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { portfolio, programRequest, scenarioSetRequest } from '../__fixtures__/example-requests.js';
import { createTestService } from '../__fixtures__/test-service.js';
import type { LeasebackServiceHandle } from '../create-leaseback-service.js';
import { DEFAULT_MAX_ASSETS, parseServiceConfig } from '../service-config.js';
import { TooManyAssetsError } from './asset-limit.js';

const services: LeasebackServiceHandle[] = [];
afterEach(async () => {
  await Promise.all(services.splice(0).map((service) => service.close()));
});

async function refusal(promise: Promise<unknown>): Promise<TooManyAssetsError> {
  const thrown = await promise.then(
    () => undefined,
    (error: unknown) => error,
  );
  expect(thrown).toBeInstanceOf(TooManyAssetsError);
  return thrown as TooManyAssetsError;
}

describe('planner.max_assets', () => {
  it('defaults to DEFAULT_MAX_ASSETS and is configurable', () => {
    expect(parseServiceConfig({}).planner.max_assets).toBe(DEFAULT_MAX_ASSETS);
    expect(parseServiceConfig({ planner: { max_assets: 10 } }).planner.max_assets).toBe(10);
  });

  it('refuses every use case that plans a larger portfolio, naming the limit, before any model call', async () => {
    const limit = 3;
    expect(portfolio.assets.length).toBeGreaterThan(limit);
    let modelCalls = 0;
    const built = await createTestService({ config: { planner: { max_assets: limit } } });
    services.push(built.service);
    const { service } = built;
    const counted = built.service.llm;
    const original = counted.generateSelectorSpec.bind(counted);
    (counted as { generateSelectorSpec: typeof original }).generateSelectorSpec = (...args) => {
      modelCalls += 1;
      return original(...args);
    };
    const request = programRequest('Raise $100M');
    const refusals = [
      await refusal(service.runProgram(request)),
      await refusal(service.createRun(request)),
      await refusal(service.capacity(request)),
      await refusal(service.createScenarioSet(scenarioSetRequest('Raise $100M'))),
      await refusal(service.createSession({ portfolio })),
      await refusal(service.createSession({ assets: portfolio.assets, corporate_state: portfolio.corporate_state })),
    ];
    for (const error of refusals) {
      expect(error).toBeInstanceOf(LeasebackError);
      expect(error.code).toBe('too_many_assets');
      expect(error.limit).toBe(limit);
      expect(error.count).toBe(portfolio.assets.length);
      expect(error.message).toContain(String(limit));
    }
    expect(refusals.map((error) => error.message.split(' has ')[0])).toEqual([
      'request.assets',
      'request.assets',
      'request.assets',
      'request.base_request.assets',
      'request.portfolio.assets',
      'request.assets',
    ]);
    expect(modelCalls).toBe(0);
    // At the limit is allowed.
    const atLimit = await service.runProgram(programRequest('Raise $10M', { assets: portfolio.assets.slice(0, limit) }));
    expect(atLimit.outcome).toBeDefined();
  });
});
