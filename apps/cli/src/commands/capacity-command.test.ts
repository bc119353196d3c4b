import { join } from 'node:path';
import { formatMoney, type CreateRunResponse } from '@leaseback/domain';
import type { CapacityReport } from '@leaseback/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_PORTFOLIO,
  parseJsonOutput,
  readExampleBriefs,
  readExamplePortfolio,
  runLeaseback,
  temporaryDataDir,
  type ExampleBrief,
} from '../__fixtures__/run-leaseback.js';

describe('leaseback capacity', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let store: string;
  let brief: ExampleBrief;
  let portfolio: Awaited<ReturnType<typeof readExamplePortfolio>>;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    store = join(dataDir.path, 'store');
    const first = (await readExampleBriefs())[0];
    if (!first) throw new Error('examples/briefs.json has no brief');
    brief = first;
    portfolio = await readExamplePortfolio();
  });
  afterAll(async () => dataDir.remove());

  it("--json reports the most the brief's filters allow, at least what a plan raises, from eligible assets only", async () => {
    const result = await runLeaseback(['capacity', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--json', '--data-dir', store]);
    expect(result.code).toBe(0);
    const report = parseJsonOutput<CapacityReport>(result);
    expect(report.spec.target_amount).toBe(brief.expected_spec.target_amount);
    expect(report.spec.hard_constraints).toMatchObject(brief.expected_spec.hard_constraints);
    const allowedTypes = brief.expected_spec.asset_filters.asset_types ?? [];
    const maxCriticality = brief.expected_spec.asset_filters.max_criticality ?? 1;
    for (const assetId of report.capacity.asset_ids) {
      const asset = portfolio.assets.find((candidate) => candidate.asset_id === assetId);
      expect(asset, assetId).toBeDefined();
      expect(allowedTypes).toContain(asset?.asset_type);
      expect(asset?.criticality).toBeLessThanOrEqual(maxCriticality);
    }
    // Any plan under the same spec sells a subset the capacity bounds.
    const planned = parseJsonOutput<CreateRunResponse>(
      await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--json', '--data-dir', store]),
    );
    expect(report.capacity.max_proceeds).toBeGreaterThanOrEqual((planned.response?.outcome.proceeds ?? Infinity) - 1e-6);
  });

  it('prints the amount against the target and the assets with their names', async () => {
    const result = await runLeaseback(['capacity', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--data-dir', store]);
    expect(result.code).toBe(0);
    const report = parseJsonOutput<CapacityReport>(
      await runLeaseback(['capacity', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--json', '--data-dir', store]),
    );
    expect(result.stdout).toContain(`at most ${formatMoney(report.capacity.max_proceeds)}`);
    for (const assetId of report.capacity.asset_ids) {
      const asset = portfolio.assets.find((candidate) => candidate.asset_id === assetId);
      expect(result.stdout.split('\n').find((line) => line.includes(` ${assetId} `))).toContain(asset?.name);
    }
  });
});
