#!/usr/bin/env node
// Checks every publishable package the way an importing team meets it: its public
// surface against its README (scripts/check-public-surfaces.mjs), publint
// (package.json fields against the files packed), Are the Types Wrong (types
// resolve for ESM consumers), and an install of @leaseback/engine from its
// tarballs in an empty folder outside the workspace, then one selection with it.
// Run after a build: `npm run check:packages`. Needs the npm registry for the
// packages' own dependencies (zod, highs), as `npm ci` does.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const run = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
const failures = [];

// Each curated package's index exports exactly what its README lists (no build needed).
try {
  process.stdout.write(run('node', [join(root, 'scripts', 'check-public-surfaces.mjs')], root));
} catch (error) {
  failures.push('public surfaces listed in the READMEs');
  console.log(`${error.stdout ?? ''}${error.stderr ?? ''}`);
}

const workspaces = readdirSync(join(root, 'packages')).map((name) => join(root, 'packages', name));
for (const directory of workspaces) {
  const manifest = JSON.parse(readFileSync(join(directory, 'package.json'), 'utf8'));
  if (manifest.private) continue;
  for (const [label, command, args] of [
    ['publint', 'npx', ['publint', '--strict']],
    ['attw', 'npx', ['attw', '--pack', '--profile', 'esm-only', '--format', 'table-flipped']],
  ]) {
    try {
      run(command, args, directory);
      console.log(`ok    ${manifest.name}: ${label}`);
    } catch (error) {
      failures.push(`${manifest.name}: ${label}`);
      console.log(`FAIL  ${manifest.name}: ${label}\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    }
  }
}

// @leaseback/engine and what it depends on, from tarballs, in a folder the workspace cannot reach.
const folder = mkdtempSync(join(tmpdir(), 'leaseback-engine-install-'));
try {
  const tarballs = ['domain', 'engine'].map((name) => {
    const file = run('npm', ['pack', '--silent', '--pack-destination', folder], join(root, 'packages', name))
      .trim()
      .split('\n')
      .pop();
    return join(folder, file);
  });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'engine-consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs], folder);
  // The example portfolio, copied beside the consumer so nothing is read from the workspace.
  writeFileSync(join(folder, 'portfolio.json'), readFileSync(join(root, 'examples', 'portfolio.json')));
  writeFileSync(
    join(folder, 'select.mjs'),
    `import { readFileSync } from 'node:fs';
import { selectAssets } from '@leaseback/engine';
const portfolio = JSON.parse(readFileSync(new URL('./portfolio.json', import.meta.url), 'utf8'));
const spec = { program_type: 'slb', target_amount: 150e6, strategy: 'greedy', filters: { asset_types: ['warehouse', 'distribution_center'] },
  hard_constraints: { max_net_leverage: 3.5, min_fixed_charge_coverage: 2 } };
const outcome = selectAssets(portfolio.assets, portfolio.corporate_state, spec);
console.log(JSON.stringify({ status: outcome.status, selected: outcome.selected_asset_ids.length }));
`,
  );
  const printed = JSON.parse(run('node', ['select.mjs'], folder));
  if (printed.status !== 'ok' || printed.selected < 1) throw new Error(`unexpected outcome ${JSON.stringify(printed)}`);
  console.log(`ok    @leaseback/engine installs from its tarballs outside the workspace and selects (${printed.selected} assets)`);
} catch (error) {
  failures.push('@leaseback/engine: install from tarballs');
  console.log(`FAIL  @leaseback/engine: install from tarballs\n${error.stdout ?? ''}${error.stderr ?? ''}${error.message}`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}

if (failures.length > 0) {
  console.log(`\n${failures.length} package check(s) failed: ${failures.join(', ')}`);
  process.exit(1);
}
console.log('\nall package checks passed');
