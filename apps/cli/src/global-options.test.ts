import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_PORTFOLIO, parseJsonOutput, runLeaseback, temporaryDataDir } from './__fixtures__/run-leaseback.js';

const ESCAPE = '\u001B[';

describe('global options', () => {
  let dataDir: { path: string; remove: () => Promise<void> };

  beforeAll(async () => {
    dataDir = await temporaryDataDir();
  });
  afterAll(async () => dataDir.remove());

  it('--config reads a TOML file: its provider is used, and its unknown settings are bad input', async () => {
    const anthropic = join(dataDir.path, 'anthropic.toml');
    await writeFile(anthropic, 'provider = "anthropic"\n');
    const chosen = await runLeaseback(['plan', EXAMPLE_PORTFOLIO, '--brief', 'Raise $150M', '--config', anthropic, '--json']);
    expect(chosen.code).toBe(1);
    expect(parseJsonOutput<{ error: { code: string; message: string } }>(chosen).error.message).toContain('ANTHROPIC_API_KEY');

    // The command line wins over the file.
    const overridden = await runLeaseback([
      'runs',
      'list',
      '--config',
      anthropic,
      '--provider',
      'offline',
      '--json',
      '--data-dir',
      join(dataDir.path, 'store'),
    ]);
    expect(overridden.code).toBe(0);
    expect(parseJsonOutput<unknown[]>(overridden)).toEqual([]);

    const misspelt = join(dataDir.path, 'misspelt.toml');
    await writeFile(misspelt, '[planner]\nmax_iteration = 3\n');
    const refused = await runLeaseback(['runs', 'list', '--config', misspelt]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`planner.max_iteration (in ${misspelt}): unknown setting`);
  });

  it('colours only where asked: FORCE_COLOR turns them on for a pipe, --no-color and NO_COLOR turn them off', async () => {
    const forced = await runLeaseback(['planz'], { env: { FORCE_COLOR: '1' } });
    expect(forced.stderr).toContain(ESCAPE);
    const optionOff = await runLeaseback(['planz', '--no-color'], { env: { FORCE_COLOR: '1' } });
    expect(optionOff.stderr).not.toContain(ESCAPE);
    expect(optionOff.stderr).toContain("unknown command 'planz'");
    const variableOff = await runLeaseback(['planz'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(variableOff.stderr).not.toContain(ESCAPE);
    const piped = await runLeaseback(['planz']);
    expect(piped.stderr).not.toContain(ESCAPE);
  });

  it('--help and --version answer on stdout with status 0, whatever the command', async () => {
    const help = await runLeaseback(['plan', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: leaseback plan [options] <portfolio>');
    expect(help.stdout).toContain('--strategy <name>');
    expect(help.stdout).toContain('--json');
    const helpCommand = await runLeaseback(['help', 'runs']);
    expect(helpCommand.code).toBe(0);
    expect(helpCommand.stdout).toContain('Usage: leaseback runs');
    expect(helpCommand.stderr).toBe('');
    const group = await runLeaseback(['runs']);
    expect(group.code).toBe(2);
    expect(group.stderr).toContain('a command is required');
    const version = await runLeaseback(['--version']);
    expect(version.code).toBe(0);
    expect(version.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
