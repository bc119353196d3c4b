import { join } from 'node:path';
import { formatMoney, type RunRecord, type ScenarioSetSummary } from '@leaseback/domain';
import type { ScenarioSetWithComparison } from '@leaseback/service';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, parseJsonOutput, readExampleBriefs, runLeaseback, temporaryDataDir } from '../__fixtures__/run-leaseback.js';

describe('leaseback scenarios', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let store: string;
  let brief: string;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    store = join(dataDir.path, 'store');
    brief = (await readExampleBriefs())[1]?.brief ?? '';
  });
  afterAll(async () => dataDir.remove());

  it('-n 3 --json stores three runs, the base case first, and the set reads back the same', async () => {
    const result = await runLeaseback(['scenarios', EXAMPLE_PORTFOLIO, '--brief', brief, '-n', '3', '--json', '--data-dir', store]);
    expect(result.code).toBe(0);
    const set = parseJsonOutput<ScenarioSetWithComparison>(result);
    expect(set.runs).toHaveLength(3);
    expect(set.comparison).toHaveLength(3);
    expect(set.scenario_set.run_ids).toEqual(set.runs.map((run) => run.run_id));
    expect(set.runs[0]?.scenario_kind).toBe('base');
    expect(set.comparison[0]?.kind).toBe('base');
    expect(set.runs.slice(1).every((run) => run.scenario_kind !== 'base')).toBe(true);
    for (const run of set.runs) expect(run.scenario_set_id).toBe(set.scenario_set.id);

    const shown = await runLeaseback(['sets', 'show', set.scenario_set.id, '--json', '--data-dir', store]);
    expect(shown.code).toBe(0);
    expect(parseJsonOutput<ScenarioSetWithComparison>(shown)).toEqual(set);

    const run = await runLeaseback(['runs', 'show', set.runs[1]?.run_id ?? '', '--json', '--data-dir', store]);
    expect(parseJsonOutput<RunRecord>(run)).toEqual(set.runs[1]);

    const sets = await runLeaseback(['sets', 'list', '--json', '--data-dir', store]);
    expect(parseJsonOutput<ScenarioSetSummary[]>(sets).map((summary) => summary.id)).toEqual([set.scenario_set.id]);
  });

  it('prints the set id and one comparison row per scenario with its figures', async () => {
    const result = await runLeaseback(['scenarios', EXAMPLE_PORTFOLIO, '--brief', brief, '-n', '3', '--data-dir', store]);
    expect(result.code).toBe(0);
    const setId = /^Scenario set (\S+) {2}\(3 scenarios\)/m.exec(result.stdout)?.[1];
    expect(setId).toBeDefined();
    const stored = parseJsonOutput<ScenarioSetWithComparison>(
      await runLeaseback(['sets', 'show', setId ?? '', '--json', '--data-dir', store]),
    );
    const lines = result.stdout.split('\n');
    const header = lines.find((line) => line.includes('Scenario') && line.includes('Leverage after'));
    expect(header).toMatch(
      /Scenario .* Kind .* Status .* Target .* Proceeds .* Shortfall .* Leverage after .* Coverage after .* Assets sold/,
    );
    const rows = stored.comparison.map((row) => lines.find((line) => line.startsWith(`│ ${row.label} `)));
    expect(rows.every((row) => row !== undefined)).toBe(true);
    stored.comparison.forEach((row, index) => {
      const cells = rows[index]
        ?.split('│')
        .map((cell) => cell.trim())
        .filter((cell) => cell !== '');
      expect(cells?.[1]).toBe(row.kind);
      expect(cells?.[2]).toBe(row.run_status === 'failed' ? 'failed' : row.outcome_status);
      expect(cells?.[3]).toBe(formatMoney(row.target_amount));
      expect(cells?.[6]).toBe(row.net_leverage_after === null ? 'n/a' : `${row.net_leverage_after.toFixed(2)}x`);
      expect(cells?.[8]).toBe(String(row.assets_sold));
    });
    // The base case comes first in the table too.
    expect(lines.indexOf(rows[0] ?? '')).toBeLessThan(lines.indexOf(rows[1] ?? ''));
    for (const row of stored.comparison) expect(result.stdout).toContain(row.run_id);
  });

  it('refuses a scenario count outside 1..5 with the option named, exit status 2', async () => {
    const result = await runLeaseback(['scenarios', EXAMPLE_PORTFOLIO, '--brief', brief, '-n', '9', '--data-dir', store]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--scenarios: must be between 1 and 5');
  });
});
