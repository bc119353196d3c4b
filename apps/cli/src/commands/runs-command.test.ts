import { join } from 'node:path';
import type { RunListItem } from '@leaseback/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXAMPLE_PORTFOLIO,
  parseJsonOutput,
  readExampleBriefs,
  runLeaseback,
  temporaryDataDir,
  type ExampleBrief,
} from '../__fixtures__/run-leaseback.js';

describe('leaseback runs', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let store: string;
  let briefs: ExampleBrief[];
  const created: string[] = [];

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    store = join(dataDir.path, 'store');
    briefs = await readExampleBriefs();
    // Three runs, one after another, so that each is strictly newer than the last.
    for (const [index, brief] of briefs.slice(0, 3).entries()) {
      const result = await runLeaseback([
        'plan',
        EXAMPLE_PORTFOLIO,
        '--brief',
        brief.brief,
        '--fund',
        index === 1 ? 'fund-b' : 'fund-a',
        '--quiet',
        '--data-dir',
        store,
      ]);
      expect(result.code).toBe(0);
      const runId = result.stdout.split(' ')[0];
      if (!runId) throw new Error(`no run id in ${result.stdout}`);
      created.push(runId);
    }
  });
  afterAll(async () => dataDir.remove());

  it('list --json returns the runs newest first', async () => {
    const result = await runLeaseback(['runs', 'list', '--json', '--data-dir', store]);
    expect(result.code).toBe(0);
    const runs = parseJsonOutput<RunListItem[]>(result);
    expect(runs.map((run) => run.run_id)).toEqual([...created].reverse());
    expect(runs.map((run) => run.program_description)).toEqual(
      briefs
        .slice(0, 3)
        .map((brief) => brief.brief)
        .reverse(),
    );
  });

  it('list filters by fund and honours --limit', async () => {
    const fundA = parseJsonOutput<RunListItem[]>(await runLeaseback(['runs', 'list', '--fund', 'fund-a', '--json', '--data-dir', store]));
    expect(fundA.map((run) => run.run_id)).toEqual([created[2], created[0]]);
    const limited = parseJsonOutput<RunListItem[]>(await runLeaseback(['runs', 'list', '--limit', '1', '--json', '--data-dir', store]));
    expect(limited.map((run) => run.run_id)).toEqual([created[2]]);
  });

  it('list prints a table with one row per run, newest first', async () => {
    const result = await runLeaseback(['runs', 'list', '--data-dir', store]);
    expect(result.code).toBe(0);
    const positions = created.map((runId) => result.stdout.indexOf(runId));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect(positions[2]).toBeLessThan(positions[1] ?? 0);
    expect(positions[1]).toBeLessThan(positions[0] ?? 0);
    expect(result.stdout).toMatch(/Run .* Created .* Outcome .* Proceeds \/ target .* Notices .* Fund .* Scenario .* Brief/);
    // The first brief's run raises $181.28M against $150M with two notices (the floor defaulted, greedy overshooting the target).
    const firstRow = result.stdout.split('\n').find((line) => line.includes(created[0] ?? '?')) ?? '';
    expect(firstRow).toMatch(/│ ok +│ +\$181\.28M \/ \$150M │ +2 │/);
  });

  it('show accepts a unique prefix of a run id, as git does', async () => {
    const runId = created[0] ?? '';
    const shown = await runLeaseback(['runs', 'show', runId.slice(0, 8), '--quiet', '--data-dir', store]);
    expect(shown.code).toBe(0);
    expect(shown.stdout.startsWith(`${runId} completed`)).toBe(true);
  });

  it('show prints the stored run as plan does, with asset names from the request it kept', async () => {
    const runId = created[0] ?? '';
    const shown = await runLeaseback(['runs', 'show', runId, '--data-dir', store]);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`Run ${runId}  completed`);
    expect(shown.stdout).toContain('Audit trail');
    expect(shown.stdout).toMatch(/│ Name +│ Type +│ Market/);
    expect(shown.stdout).toContain('Groveport Warehouse');
    expect(shown.stdout).not.toContain('add --portfolio <file>');
  });

  it('replay says a stored run replays identically from its audit trace', async () => {
    const runId = created[1] ?? '';
    const text = await runLeaseback(['runs', 'replay', runId, '--data-dir', store]);
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(new RegExp(`Run ${runId} replays identically \\(\\d+ model calls answered from its audit trace\\)`));
    const json = parseJsonOutput<{ run_id: string; identical: boolean; differences: string[] }>(
      await runLeaseback(['runs', 'replay', runId, '--json', '--data-dir', store]),
    );
    expect(json).toMatchObject({ run_id: runId, identical: true, differences: [] });
    const unknown = await runLeaseback(['runs', 'replay', 'no-such-run', '--data-dir', store]);
    expect(unknown.code).toBe(2);
  });
});
