import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { formatMoney, type CreateRunResponse, type RunRecord } from '@leaseback/domain';
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

// The report's money notation is the domain's one (`$21M`, `$181.28M`).
const money = (value: number): string => formatMoney(value);

describe('leaseback plan', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let store: string;
  let briefs: ExampleBrief[];
  let portfolio: Awaited<ReturnType<typeof readExamplePortfolio>>;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    store = join(dataDir.path, 'store');
    briefs = await readExampleBriefs();
    portfolio = await readExamplePortfolio();
  });
  afterAll(async () => dataDir.remove());

  it('with --json prints only the CreateRunResponse, and runs show --json returns the same stored response', async () => {
    const brief = briefs[0];
    if (!brief) throw new Error('examples/briefs.json has no brief');
    const planned = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--json', '--data-dir', store]);
    expect(planned.code).toBe(0);
    const created = parseJsonOutput<CreateRunResponse>(planned);
    expect(Object.keys(created).sort()).toEqual(['error', 'error_code', 'response', 'run_id', 'status']);
    expect(created.status).toBe('completed');
    expect(created.response?.spec.target_amount).toBe(brief.expected_spec.target_amount);
    expect(created.response?.spec.hard_constraints.max_net_leverage).toBe(brief.expected_spec.hard_constraints.max_net_leverage);

    const shown = await runLeaseback(['runs', 'show', created.run_id, '--json', '--data-dir', store]);
    expect(shown.code).toBe(0);
    const record = parseJsonOutput<RunRecord>(shown);
    expect(record.run_id).toBe(created.run_id);
    expect(record.status).toBe('completed');
    expect(record.program_description).toBe(brief.brief);
    expect(record.scenario_set_id).toBeNull();
    expect(record.response).toEqual(created.response);
  });

  it('journals the run without starting PGlite; the next command to open the store takes it in', async () => {
    const brief = briefs[0];
    if (!brief) throw new Error('examples/briefs.json has no brief');
    const fresh = join(dataDir.path, 'journaled');
    const planned = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--json', '--data-dir', fresh]);
    expect(planned.code).toBe(0);
    const created = parseJsonOutput<CreateRunResponse>(planned);
    // A new data folder holds the pending run alone: no database cluster was created, no lock taken.
    expect(await readdir(fresh)).toEqual(['pending-runs']);
    expect(existsSync(join(fresh, 'PG_VERSION'))).toBe(false);
    expect(await readdir(join(fresh, 'pending-runs'))).toEqual([`${created.run_id}.json`]);
    const where = await runLeaseback(['where', '--json', '--data-dir', fresh]);
    expect(parseJsonOutput(where)).toMatchObject({ pending_runs: 1, rejected_runs: [], held_by: null });

    const listed = await runLeaseback(['runs', 'list', '--json', '--data-dir', fresh]);
    expect(listed.code).toBe(0);
    expect(parseJsonOutput<{ run_id: string }[]>(listed).map((run) => run.run_id)).toEqual([created.run_id]);
    expect(await readdir(join(fresh, 'pending-runs'))).toEqual([]);
    expect(existsSync(join(fresh, 'PG_VERSION'))).toBe(true);
  });

  it('prints the run id, summary, selected assets, proceeds, covenants, exclusions and audit trail', async () => {
    const brief = briefs[0];
    if (!brief) throw new Error('examples/briefs.json has no brief');
    const planned = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--data-dir', store]);
    expect(planned.code).toBe(0);
    const text = planned.stdout;
    const runId = /^Run (\S+) {2}completed/m.exec(text)?.[1];
    expect(runId).toBeDefined();

    // The stored run is the reference for what the report must show.
    const shown = await runLeaseback(['runs', 'show', runId ?? '', '--json', '--data-dir', store]);
    const response = parseJsonOutput<RunRecord>(shown).response;
    if (!response) throw new Error('the stored run has no response');
    const outcome = response.outcome;

    expect(text).toContain(`outcome ${outcome.status} (${outcome.strategy})`);
    expect(text).toContain(response.explanation.summary.split(' ').slice(0, 6).join(' '));
    expect(outcome.selected_asset_ids.length).toBeGreaterThan(0);
    for (const assetId of outcome.selected_asset_ids) {
      const asset = portfolio.assets.find((candidate) => candidate.asset_id === assetId);
      if (!asset) throw new Error(`unknown asset ${assetId}`);
      const row = text.split('\n').find((line) => line.includes(` ${assetId} `) && line.includes(asset.name));
      expect(row, `a table row for ${assetId}`).toBeDefined();
      expect(row).toContain(asset.asset_type);
      expect(row).toContain(asset.market);
      expect(row).toMatch(/\$\d+(?:\.\d+)?M/);
      const implied = outcome.economics?.assets.find((entry) => entry.asset_id === assetId)?.implied_cost;
      expect(row, `the implied cost of ${assetId}`).toContain(`${((implied as number) * 100).toFixed(2)}%`);
    }
    const economics = outcome.economics;
    if (!economics || economics.implied_cost_of_capital === null) throw new Error('the outcome has no economics');
    const economicsSection = text.slice(text.indexOf('Economics')).split('\n\n')[0] ?? '';
    expect(economicsSection).toContain('Economics (US GAAP basis)');
    expect(economicsSection).toContain(
      `${(economics.implied_cost_of_capital * 100).toFixed(2)}% against a cost of debt of ${(economics.cost_of_debt * 100).toFixed(2)}%`,
    );
    const spreadPoints = Math.round((economics.implied_cost_of_capital - economics.cost_of_debt) * 10_000);
    expect(economicsSection).toContain(`${Math.abs(spreadPoints)} bp ${spreadPoints > 0 ? 'above' : 'below'} debt`);
    expect(economicsSection).toContain(`after-tax proceeds ${money(economics.after_tax_proceeds)}`);
    const ifrsRow = economicsSection.split('\n').find((line) => line.includes('IFRS 16'));
    expect(ifrsRow).toContain(`${(economics.net_leverage_after_other_basis as number).toFixed(2)}x`);
    expect(text).toContain(`Proceeds  ${money(outcome.proceeds)} against a target of ${money(outcome.target_amount)}`);
    const leverage = outcome.constraint_checks.find((check) => check.name === 'max_net_leverage');
    if (!leverage || leverage.before === null || leverage.after === null) throw new Error('no net leverage check');
    const leverageRow = text.split('\n').find((line) => line.includes('Net leverage'));
    expect(leverageRow).toContain(`${leverage.before.toFixed(2)}x`);
    expect(leverageRow).toContain(`${leverage.after.toFixed(2)}x`);
    expect(leverageRow).toContain(`≤ ${brief.expected_spec.hard_constraints.max_net_leverage.toFixed(2)}x`);
    expect(leverageRow).toContain(leverage.passed ? 'pass' : 'BREACH');
    const exclusions = text.slice(text.indexOf('Excluded assets')).split('\n\n')[0]?.split('\n') ?? [];
    expect(exclusions[0]).toContain(`Excluded assets (${outcome.excluded_assets.length}) by reason`);
    for (const excluded of outcome.excluded_assets) {
      const line = exclusions.find((candidate) => candidate.trimStart().startsWith(`${excluded.reason} `));
      expect(line, `the ${excluded.reason} exclusions`).toContain(excluded.asset_id);
    }
    const trail = text.slice(text.indexOf('Audit trail'));
    const trailLines = trail.split('\n').filter((line) => /^ {2}#\d+ /.test(line));
    expect(trailLines.map((line) => /#\d+ (\S+)/.exec(line)?.[1])).toEqual(response.audit_trace.entries.map((entry) => entry.step));
    expect(trailLines[0]).toContain('[offline ');
    expect(planned.stderr).toBe('');
  });

  it('completes with status 0 when the program is infeasible, and says by how much it falls short', async () => {
    const brief = briefs[0];
    if (!brief) throw new Error('examples/briefs.json has no brief');
    // Selling every site of the example portfolio raises about $1.9B, so a $2B floor is out of reach.
    const commandLine = ['plan', EXAMPLE_PORTFOLIO, '--brief', brief.brief, '--target', '2.1B', '--floor', '2B', '--data-dir', store];
    const json = await runLeaseback([...commandLine, '--json']);
    expect(json.code).toBe(0);
    const created = parseJsonOutput<CreateRunResponse>(json);
    expect(created.status).toBe('completed');
    const outcome = created.response?.outcome;
    expect(outcome?.status).toBe('infeasible');
    expect(outcome?.target_amount).toBeGreaterThanOrEqual(2e9);

    const human = await runLeaseback(commandLine);
    expect(human.code).toBe(0);
    expect(human.stdout).toMatch(/outcome infeasible/);
    expect(human.stdout).toMatch(/short by \$\d/);
    expect(human.stdout).toContain('Why infeasible');
    // Capacity is printed exactly when the outcome carries it.
    expect(human.stdout.includes('Capacity  at most')).toBe(outcome?.capacity != null);
  });

  it('passes --strategy exact to the run, and the exit status follows the run status', async () => {
    const brief = briefs[0];
    if (!brief) throw new Error('examples/briefs.json has no brief');
    const planned = await runLeaseback([
      'plan',
      EXAMPLE_PORTFOLIO,
      '--brief',
      brief.brief,
      '--strategy',
      'exact',
      '--json',
      '--data-dir',
      store,
    ]);
    const created = parseJsonOutput<CreateRunResponse>(planned);
    expect(planned.code).toBe(created.status === 'completed' ? 0 : 1);
    const record = parseJsonOutput<RunRecord>(await runLeaseback(['runs', 'show', created.run_id, '--json', '--data-dir', store]));
    const trace = record.response?.audit_trace ?? record.audit_trace;
    expect(trace?.entries[0]?.spec?.strategy).toBe('exact');
    if (created.status === 'completed') expect(created.response?.outcome.strategy).toBe('exact');
    else expect(created.error_code).not.toBeNull();
  });

  it('passes the override options to the run: covenants, filters, target and fund', async () => {
    const brief = briefs[0];
    if (!brief) throw new Error('examples/briefs.json has no brief');
    const planned = await runLeaseback([
      'plan',
      EXAMPLE_PORTFOLIO,
      '--brief',
      brief.brief,
      '--json',
      '--data-dir',
      store,
      '--fund',
      'fund-a',
      '--max-leverage',
      '3.2x',
      '--min-coverage',
      '2.5',
      '--max-criticality',
      '0.6',
      '--min-leaseability',
      '0.3',
      '--exclude-markets',
      'Chicago, Newark',
      '--target',
      '120M',
    ]);
    expect(planned.code).toBe(0);
    const created = parseJsonOutput<CreateRunResponse>(planned);
    // The first spec of the trace is the brief's reading with the overrides applied (revisions may move on from it).
    const spec = created.response?.audit_trace.entries[0]?.spec;
    expect(spec?.target_amount).toBe(120e6);
    expect(spec?.hard_constraints.max_net_leverage).toBe(3.2);
    expect(spec?.hard_constraints.min_fixed_charge_coverage).toBe(2.5);
    expect(spec?.asset_filters.max_criticality).toBe(0.6);
    expect(spec?.asset_filters.min_leaseability).toBe(0.3);
    expect(spec?.asset_filters.exclude_markets).toEqual(['Chicago', 'Newark']);
    const listed = await runLeaseback(['runs', 'list', '--fund', 'fund-a', '--json', '--data-dir', store]);
    expect(parseJsonOutput<{ run_id: string }[]>(listed).map((run) => run.run_id)).toEqual([created.run_id]);
  });
});
