import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { delimiter, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { cleanEnvironment } from './__fixtures__/run-leaseback.js';

const LAUNCHER = fileURLToPath(new URL('../bin/leaseback.js', import.meta.url));
const PACKAGE_JSON = fileURLToPath(new URL('../package.json', import.meta.url));

// The launcher is what npm links as `leaseback`: started as a program, through its
// `#!` line, as a shell does (Windows has no such line; npm's shims read it there).
describe.skipIf(process.platform === 'win32')('the installed command (bin/leaseback.js)', () => {
  it('starts through its #! line and gives Node the flags written there', async () => {
    const { version } = JSON.parse(await readFile(PACKAGE_JSON, 'utf8')) as { version: string };
    // A module loaded before the CLI reports the flags Node was started with (NODE_OPTIONS is not among them).
    const env = cleanEnvironment({
      PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`,
      NODE_OPTIONS: '--import=data:text/javascript,process.stderr.write(JSON.stringify(process.execArgv))',
    });
    const { stdout, stderr } = await promisify(execFile)(LAUNCHER, ['--version'], { env, encoding: 'utf8' });
    expect(stdout).toBe(`${version}\n`);
    expect(JSON.parse(stderr)).toEqual(['--no-regexp-tier-up']);
  });
});
