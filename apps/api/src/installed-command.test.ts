import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const LAUNCHER = fileURLToPath(new URL('../bin/leaseback-api.js', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));
/** A module loaded before the API that reports the flags Node was started with and stops before any server starts. */
const REPORT_FLAGS = '--import=data:text/javascript,process.stderr.write(JSON.stringify(process.execArgv));process.exit(0)';

// The launcher is what npm links as `leaseback-api`: started as a program, through its
// `#!` line, as a shell or a process manager does (Windows has no such line; npm's shims read it there).
describe.skipIf(process.platform === 'win32')('the installed command (bin/leaseback-api.js)', () => {
  it('starts through its #! line with the offline reader’s patterns compiled at once', async () => {
    const env = {
      PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
      NODE_OPTIONS: REPORT_FLAGS,
    };
    const { stderr } = await promisify(execFile)(LAUNCHER, [], { env, encoding: 'utf8' });
    expect(JSON.parse(stderr)).toEqual(['--no-regexp-tier-up']);
  });

  it('is started by `npm start` with the same flags', async () => {
    const { scripts } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { scripts: Record<string, string> };
    const env = {
      PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
      NODE_OPTIONS: REPORT_FLAGS,
    };
    const [command, ...words] = (scripts['start'] ?? '').split(' ');
    expect(command).toBe('node');
    const { stderr } = await promisify(execFile)(process.execPath, words, {
      env,
      encoding: 'utf8',
      cwd: dirname(PACKAGE_JSON),
    });
    expect(JSON.parse(stderr)).toEqual(['--no-regexp-tier-up']);
  });
});
