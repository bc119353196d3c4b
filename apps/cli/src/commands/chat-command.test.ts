import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { RunRecord } from '@leaseback/domain';
import { SessionViewSchema, TurnResponseSchema, type TurnResponse } from '@leaseback/service/sessions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CLI_BIN,
  EXAMPLE_PORTFOLIO,
  REPOSITORY_ROOT,
  cleanEnvironment,
  hasStackTrace,
  parseJsonOutput,
  runLeaseback,
  temporaryDataDir,
  type CliResult,
} from '../__fixtures__/run-leaseback.js';

/** The planning conversation a user reported, one message per line. */
const CONVERSATION = [
  'Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x',
  'also show me a conservative case with 3 scenarios',
  'hold on',
  "let's go back to the what-if",
  'cancel the what-if',
  'yes, run it',
];

/** Runs the built binary with `lines` piped to its standard input, then the end of input. */
function chat(args: readonly string[], lines: readonly string[]): Promise<CliResult> {
  if (!existsSync(CLI_BIN)) throw new Error(`${CLI_BIN} is missing: build the CLI first (npx tsc -b in apps/cli)`);
  const child = spawn(process.execPath, [CLI_BIN, 'chat', ...args], {
    cwd: REPOSITORY_ROOT,
    env: cleanEnvironment(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(lines.map((line) => `${line}\n`).join(''));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

const actions = (turn: TurnResponse) => turn.lifecycle_decisions.map((decision) => `${decision.scenario_id}:${decision.action}`);

describe('leaseback chat', () => {
  let dataDir: { path: string; remove: () => Promise<void> };
  beforeAll(async () => {
    dataDir = await temporaryDataDir();
  });
  afterAll(async () => dataDir.remove());

  it('with --json plans the conversation from piped stdin, one TurnResponse per line, and stores the run under the fund', async () => {
    const store = join(dataDir.path, 'json');
    const result = await chat([EXAMPLE_PORTFOLIO, '--fund', 'fund-chat', '--json', '--data-dir', store], [...CONVERSATION, '/state']);
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(CONVERSATION.length + 1);
    const turns = lines.slice(0, -1).map((line) => TurnResponseSchema.parse(JSON.parse(line)));
    const [first, whatIf, paused, resumed, cancelled, ran] = turns;
    if (!first || !whatIf || !paused || !resumed || !cancelled || !ran) throw new Error('missing turns');

    expect(first.transition_decisions).toEqual([
      expect.objectContaining({ target_step_id: 'confirm_run', skipped_steps: ['portfolio', 'target', 'constraints'] }),
    ]);
    expect(actions(whatIf)).toContain('what_if_analysis:START');
    expect(actions(paused)).toContain('what_if_analysis:PAUSE');
    expect(resumed.lifecycle_decisions).toEqual(
      expect.arrayContaining([expect.objectContaining({ scenario_id: 'what_if_analysis', resumed: true })]),
    );
    expect(actions(cancelled)).toEqual(expect.arrayContaining(['what_if_analysis:CANCEL', 'program_intake:CONTINUE']));
    expect(ran.tool_results).toEqual([expect.objectContaining({ tool_id: 'run_program', status: 'succeeded' })]);
    expect(actions(ran)).toContain('program_intake:COMPLETE');
    // Each turn saw the version the previous one wrote.
    expect(turns.map((turn) => turn.turn)).toEqual([1, 2, 3, 4, 5, 6]);

    const state = SessionViewSchema.parse(JSON.parse(lines.at(-1) ?? '{}'));
    expect(state.fund_id).toBe('fund-chat');
    expect(state.version).toBe(ran.version);
    expect(state.instances.map((instance) => `${instance.scenario_id}:${instance.status}`)).toEqual([
      'program_intake:completed',
      'what_if_analysis:cancelled',
    ]);

    const shown = await runLeaseback(['runs', 'show', ran.tool_results[0]?.run_id ?? '', '--json', '--data-dir', store]);
    expect(shown.code).toBe(0);
    const run = parseJsonOutput<RunRecord>(shown);
    expect(run.fund_id).toBe('fund-chat');
    expect(run.status).toBe('completed');
    expect(run.response?.outcome.proceeds).toBe(ran.tool_results[0]?.proceeds);
  });

  it('prints the reply and, per scenario, what it contributes and what ran; ends with status 0 at the end of input', async () => {
    const result = await chat([EXAMPLE_PORTFOLIO, '--data-dir', join(dataDir.path, 'text'), '--no-color'], CONVERSATION);
    expect(result.code, result.stderr).toBe(0);
    const text = result.stdout;
    expect(text).toContain('Ready to run the program on 34 assets');
    expect(text).toContain('  program_intake: CONFIRM at confirm_run (checkpoint: Run the program)');
    expect(text).toContain('  what_if_analysis: CONFIRM at confirm (checkpoint: Run the what-if scenarios)');
    expect(text).toContain('  program_intake: CONFIRM at confirm_run (checkpoint: Run the program) [deferred]');
    expect(text).toContain('Paused the what-if analysis.');
    expect(text).toContain('  what_if_analysis: paused at confirm');
    expect(text).toContain('Back to the what-if analysis.');
    expect(text).toContain('Cancelled the what-if analysis.');
    expect(text).toContain('  program_intake: INFORM at results (templates: program_results) [final]');
    expect(text).toMatch(/ {2}tool run_program \(program_intake\): succeeded, run \S+ completed, ok, \$\d+(?:\.\d{1,2})?M of \$150M/);
    expect(result.stderr).toContain('Session ');
    expect(hasStackTrace(result.stdout + result.stderr)).toBe(false);
  });

  it('/quit ends the conversation before the lines after it; unknown commands are reported and the conversation goes on', async () => {
    const result = await chat(
      [EXAMPLE_PORTFOLIO, '--json', '--data-dir', join(dataDir.path, 'quit')],
      ['/nonsense', '', 'hello there', '/quit', CONVERSATION[0] ?? ''],
    );
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    // Nothing in "hello there" could be used: the reply says so, then what the session can do.
    expect(TurnResponseSchema.parse(JSON.parse(lines[0] ?? '{}')).reply).toMatch(
      /^I could not use: "hello there"\.\nI can plan a sale-leaseback program/,
    );
    expect(result.stderr).toContain('unknown command /nonsense');
  });

  it('refuses an invalid portfolio file with status 2 and its problems', async () => {
    const result = await chat([join(REPOSITORY_ROOT, 'examples', 'briefs.json'), '--data-dir', join(dataDir.path, 'bad')], ['hello']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('briefs.json');
    expect(hasStackTrace(result.stderr)).toBe(false);
  });
});
