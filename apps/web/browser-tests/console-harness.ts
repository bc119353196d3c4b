import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** The built API this suite starts, and where screenshots go (gitignored). */
const API_MAIN = fileURLToPath(new URL('../../api/dist/main.js', import.meta.url));
const CONSOLE_INDEX = fileURLToPath(new URL('../dist/index.html', import.meta.url));
export const OUTPUT_DIRECTORY = fileURLToPath(new URL('../test-output/', import.meta.url));

/** Debian's Chromium, or the one named by `CHROMIUM_PATH`. */
export const CHROMIUM_PATH = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

/** A running API process serving the built console, on a data directory of its own. */
export interface ConsoleServer {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `apps/api/dist/main.js` on a free port with a fresh PGlite directory. */
export async function startConsoleServer(environment: Record<string, string> = {}): Promise<ConsoleServer> {
  for (const [path, what] of [
    [API_MAIN, 'the API'],
    [CONSOLE_INDEX, 'the console'],
  ] as const) {
    if (!existsSync(path)) throw new Error(`${path} is missing: build ${what} first (npm run build)`);
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'leaseback-console-test-'));
  const child: ChildProcess = spawn(process.execPath, [API_MAIN], {
    env: {
      PATH: process.env['PATH'] ?? '',
      LEASEBACK_DATA_DIR: dataDir,
      PORT: '0',
      LEASEBACK_LOG_LEVEL: 'info',
      LEASEBACK_JOB_POLL_MS: '100',
      ...environment,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the API did not start within 120 s')), 120_000);
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString('utf8');
      const line = buffered.split('\n').find((candidate) => candidate.includes('leaseback api listening'));
      if (line === undefined) return;
      clearTimeout(timer);
      resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited with ${code} before listening`));
    });
  });
  return {
    url,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Launches headless Chromium with a fresh profile and nothing that reaches the network on its own. */
export async function launchBrowser(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is missing: install it (apt-get install -y chromium) or set CHROMIUM_PATH`);
  const profile = await mkdtemp(join(tmpdir(), 'leaseback-chromium-'));
  // A persistent context is how Playwright takes a profile directory of our choosing (a fresh one).
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Saves a full-page screenshot as `test-output/<name>.png`. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(OUTPUT_DIRECTORY, { recursive: true });
  const path = join(OUTPUT_DIRECTORY, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
