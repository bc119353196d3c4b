import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The built binary the tests run (`npx tsc -b` builds it). */
export const CLI_BIN = fileURLToPath(new URL('../../dist/bin.js', import.meta.url));
/** The repository root, where `examples/` lives. */
export const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
/** The example portfolio (Northwind Logistics, 34 sites). */
export const EXAMPLE_PORTFOLIO = join(REPOSITORY_ROOT, 'examples', 'portfolio.json');

/** One example brief with the spec it must be read as. */
export interface ExampleBrief {
  readonly name: string;
  readonly brief: string;
  readonly expected_spec: {
    readonly target_amount: number;
    readonly hard_constraints: { readonly max_net_leverage: number; readonly min_fixed_charge_coverage: number };
    readonly asset_filters: { readonly max_criticality?: number; readonly asset_types?: readonly string[] };
  };
}

/** `examples/briefs.json`. */
export async function readExampleBriefs(): Promise<ExampleBrief[]> {
  return JSON.parse(await readFile(join(REPOSITORY_ROOT, 'examples', 'briefs.json'), 'utf8')) as ExampleBrief[];
}

/** The example portfolio as JSON. */
export async function readExamplePortfolio(): Promise<{
  assets: { asset_id: string; name: string; asset_type: string; market: string; criticality: number }[];
}> {
  return JSON.parse(await readFile(EXAMPLE_PORTFOLIO, 'utf8')) as Awaited<ReturnType<typeof readExamplePortfolio>>;
}

/** What one run of the binary produced. */
export interface CliResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

// Settings of the developer's or CI's shell that would change what the binary does.
const INHERITED_SETTINGS = /^(LEASEBACK_|DATABASE_URL$|OPENAI_|ANTHROPIC_|NO_COLOR$|FORCE_COLOR$|PORT$)/;

/** The environment of a test run: the parent's minus Leaseback, provider and colour settings, plus `extra`. */
export function cleanEnvironment(extra: Readonly<Record<string, string>> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined && !INHERITED_SETTINGS.test(key)) env[key] = value;
  return { ...env, ...extra };
}

function assertBuilt(): void {
  if (!existsSync(CLI_BIN)) throw new Error(`${CLI_BIN} is missing: build the CLI first (npx tsc -b in apps/cli, or npm test at the root)`);
}

/** Starts the binary without waiting for it. */
export function spawnLeaseback(
  commandLine: readonly string[],
  options: { env?: Readonly<Record<string, string>>; cwd?: string } = {},
): ChildProcess {
  assertBuilt();
  return spawn(process.execPath, [CLI_BIN, ...commandLine], {
    cwd: options.cwd ?? REPOSITORY_ROOT,
    env: cleanEnvironment(options.env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs the binary to the end and collects its exit status and output. */
export function runLeaseback(
  commandLine: readonly string[],
  options: { env?: Readonly<Record<string, string>>; cwd?: string } = {},
): Promise<CliResult> {
  const child = spawnLeaseback(commandLine, options);
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}

/** A fresh temporary directory for one test file's embedded store; `remove` deletes it. */
export async function temporaryDataDir(): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'leaseback-cli-test-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Parses stdout that must hold exactly one JSON document and nothing else. */
export function parseJsonOutput<T>(result: CliResult): T {
  return JSON.parse(result.stdout) as T;
}

/** True when the text shows a JavaScript stack trace. */
export function hasStackTrace(text: string): boolean {
  return /^\s+at .+[(:]\d+/m.test(text) || /\w+Error: .*\n\s+at /.test(text);
}
