import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, hasStackTrace, parseJsonOutput, runLeaseback, temporaryDataDir } from './__fixtures__/run-leaseback.js';

interface ErrorOutput {
  error: { code: string; problems?: { path: string; message: string }[] };
}

describe('economics options: bad input', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let store: string;
  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    store = join(dataDir.path, 'store');
  });
  afterAll(async () => dataDir.remove());

  const plan = (options: string[]) =>
    runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', 'Raise $150M', '--json', '--data-dir', store, ...options]);

  it('out-of-range lease term, escalator and tax rate: exit status 2 naming each option', async () => {
    const result = await plan(['--lease-term', '0', '--escalator', '30%', '--tax-rate', '1.5']);
    expect(result.code).toBe(2);
    const problems = parseJsonOutput<ErrorOutput>(result).error.problems ?? [];
    expect(problems.map((problem) => problem.path).sort()).toEqual(['--escalator', '--lease-term', '--tax-rate']);
    expect(problems.find((problem) => problem.path === '--lease-term')?.message).toContain('whole number of years from 1 to 50');
  });

  it('a lease term of 2.5 or 51 years and a negative escalator: exit status 2 naming each option', async () => {
    const fractional = await plan(['--lease-term', '2.5', '--escalator', '-0.01']);
    expect(fractional.code).toBe(2);
    expect((parseJsonOutput<ErrorOutput>(fractional).error.problems ?? []).map((problem) => problem.path).sort()).toEqual([
      '--escalator',
      '--lease-term',
    ]);
    const long = await plan(['--lease-term', '51']);
    expect(long.code).toBe(2);
    expect(parseJsonOutput<ErrorOutput>(long).error.problems?.map((problem) => problem.path)).toEqual(['--lease-term']);
  });

  it('an unknown basis or objective, or min_npv_cost with greedy: exit status 2 naming the option, no stack trace', async () => {
    const basis = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', 'Raise $150M', '--basis', 'ifrs17', '--data-dir', store]);
    expect(basis.code).toBe(2);
    expect(basis.stderr).toContain('--basis');
    expect(hasStackTrace(basis.stderr)).toBe(false);
    const objective = await runLeaseback([
      'plan',
      EXAMPLE_PORTFOLIO,
      '--brief',
      'Raise $150M',
      '--objective',
      'cheapest',
      '--data-dir',
      store,
    ]);
    expect(objective.code).toBe(2);
    expect(objective.stderr).toContain('--objective');
    const greedy = await plan(['--objective', 'min_npv_cost', '--strategy', 'greedy']);
    expect(greedy.code).toBe(2);
    expect(parseJsonOutput<ErrorOutput>(greedy).error.problems?.map((problem) => problem.path)).toEqual(['--objective']);
  });

  it('nothing was stored by the refused commands', async () => {
    const listed = await runLeaseback(['runs', 'list', '--json', '--data-dir', store]);
    expect(listed.code).toBe(0);
    const runs = parseJsonOutput<unknown[] | { runs: unknown[] }>(listed);
    expect(Array.isArray(runs) ? runs : runs.runs).toEqual([]);
  });
});
