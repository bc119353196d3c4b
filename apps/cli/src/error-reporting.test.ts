import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, hasStackTrace, parseJsonOutput, runLeaseback, temporaryDataDir } from './__fixtures__/run-leaseback.js';

interface ErrorOutput {
  error: { code: string; message: string; problems?: { path: string; message: string }[] };
}

describe('errors and exit statuses', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  let store: string;
  let badPortfolio: string;

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
    store = join(dataDir.path, 'store');
    const portfolio = JSON.parse(await readFile(EXAMPLE_PORTFOLIO, 'utf8')) as {
      corporate_state: Record<string, unknown>;
      assets: Record<string, unknown>[];
    };
    (portfolio.assets[3] as Record<string, unknown>)['cap_rate'] = 1.5;
    (portfolio.assets[5] as Record<string, unknown>)['criticality'] = 2;
    (portfolio.assets[7] as Record<string, unknown>)['colour'] = 'red';
    delete portfolio.corporate_state['ebitda'];
    badPortfolio = join(dataDir.path, 'bad-portfolio.json');
    await writeFile(badPortfolio, JSON.stringify(portfolio));
  });
  afterAll(async () => dataDir.remove());

  it('an invalid portfolio file is exit status 2 with every problem and its path, and no stack trace', async () => {
    const result = await runLeaseback(['plan', badPortfolio, '--brief', 'Raise $150M', '--data-dir', store]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${badPortfolio}: 4 problems`);
    expect(result.stderr).toContain('assets[3].cap_rate: must be > 0 and < 1');
    expect(result.stderr).toContain('assets[5].criticality: must be between 0 and 1');
    expect(result.stderr).toContain('assets[7].colour: unknown field');
    expect(result.stderr).toMatch(/corporate_state\.ebitda: /);
    expect(hasStackTrace(result.stderr)).toBe(false);
  });

  it('with --json the same problems are a JSON error on stdout', async () => {
    const result = await runLeaseback(['plan', badPortfolio, '--brief', 'Raise $150M', '--json', '--data-dir', store]);
    expect(result.code).toBe(2);
    const output = parseJsonOutput<ErrorOutput>(result);
    expect(output.error.code).toBe('invalid_input');
    expect(output.error.problems).toContainEqual({ path: 'assets[3].cap_rate', message: 'must be > 0 and < 1' });
    expect(output.error.problems?.map((problem) => problem.path).sort()).toEqual(
      ['assets[3].cap_rate', 'assets[5].criticality', 'assets[7].colour', 'corporate_state.ebitda'].sort(),
    );
  });

  it('a missing or non-JSON file is exit status 2', async () => {
    const missing = join(dataDir.path, 'missing.json');
    const result = await runLeaseback(['plan', missing, '--brief', 'Raise $150M', '--data-dir', store]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`error: ${missing}: file not found\n`);

    const notJson = join(dataDir.path, 'not-json.json');
    await writeFile(notJson, '{ "assets": [');
    const broken = await runLeaseback(['capacity', notJson, '--brief', 'Raise $150M', '--json', '--data-dir', store]);
    expect(broken.code).toBe(2);
    expect(parseJsonOutput<ErrorOutput>(broken).error.code).toBe('invalid_json');
  });

  it('an unknown run id is exit status 2, as text and as JSON', async () => {
    const result = await runLeaseback(['runs', 'show', 'no-such-run', '--data-dir', store]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('run "no-such-run" not found');
    const json = await runLeaseback(['runs', 'show', 'no-such-run', '--json', '--data-dir', store]);
    expect(json.code).toBe(2);
    expect(parseJsonOutput<ErrorOutput>(json).error.code).toBe('not_found');
  });

  it('an option value the service refuses is exit status 2, named by its option', async () => {
    const result = await runLeaseback([
      'plan',
      EXAMPLE_PORTFOLIO,
      '--brief',
      'Raise $150M',
      '--max-criticality',
      '1.5',
      '--json',
      '--data-dir',
      store,
    ]);
    expect(result.code).toBe(2);
    const output = parseJsonOutput<ErrorOutput>(result);
    expect(output.error.code).toBe('invalid_input');
    expect(output.error.problems?.map((problem) => problem.path)).toEqual(['--max-criticality']);
  });

  it('usage errors are exit status 2: a missing --brief, an unknown command, a malformed amount', async () => {
    const missingBrief = await runLeaseback(['plan', EXAMPLE_PORTFOLIO]);
    expect(missingBrief.code).toBe(2);
    expect(missingBrief.stderr).toContain("required option '-b, --brief <text>' not specified");
    const unknown = await runLeaseback(['planz']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("unknown command 'planz'");
    const amount = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', 'x', '--floor', 'lots', '--json']);
    expect(amount.code).toBe(2);
    expect(parseJsonOutput<ErrorOutput>(amount).error).toEqual({
      code: 'usage_error',
      message: '--floor: "lots" is not an amount (write e.g. 150000000, 150M or 1.2B)',
    });
  });

  it('--provider openai without OPENAI_API_KEY is exit status 1 naming the variable, with no key printed', async () => {
    const secret = 'sk-ant-test-secret-value-0123456789';
    const result = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', 'Raise $150M', '--provider', 'openai', '--data-dir', store], {
      env: { ANTHROPIC_API_KEY: secret },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('OPENAI_API_KEY');
    expect(result.stdout + result.stderr).not.toContain(secret);
    expect(hasStackTrace(result.stderr)).toBe(false);
    const json = await runLeaseback([
      'plan',
      EXAMPLE_PORTFOLIO,
      '--brief',
      'Raise $150M',
      '--provider',
      'openai',
      '--json',
      '--data-dir',
      store,
    ]);
    expect(json.code).toBe(1);
    expect(parseJsonOutput<ErrorOutput>(json).error).toMatchObject({
      code: 'llm_auth',
      message: expect.stringContaining('OPENAI_API_KEY'),
    });
  });

  it('an invalid configuration is exit status 2 with the setting and where it came from', async () => {
    const result = await runLeaseback(['runs', 'list', '--json', '--data-dir', store], { env: { LEASEBACK_MAX_ITERATIONS: 'many' } });
    expect(result.code).toBe(2);
    const output = parseJsonOutput<ErrorOutput>(result);
    expect(output.error.code).toBe('invalid_config');
    expect(output.error.problems).toEqual([
      { path: 'planner.max_iterations (from LEASEBACK_MAX_ITERATIONS)', message: 'must be a whole number' },
    ]);
  });

  it('LEASEBACK_DEBUG=1 adds the stack trace on stderr', async () => {
    const result = await runLeaseback(['runs', 'show', 'no-such-run', '--data-dir', store], { env: { LEASEBACK_DEBUG: '1' } });
    expect(result.code).toBe(2);
    expect(hasStackTrace(result.stderr)).toBe(true);
  });
});
