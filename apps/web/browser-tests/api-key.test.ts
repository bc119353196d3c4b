import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startConsoleServer, type ConsoleServer } from './console-harness.js';

const KEY = 'console-key-0123456789abcdef';
let server: ConsoleServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  server = await startConsoleServer({ LEASEBACK_API_KEYS: `${KEY}=fund-a`, LEASEBACK_HOST: '127.0.0.1' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the console on a server that requires API keys', () => {
  it('asks for a key, keeps it for the tab only, and loads with it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${server.url}/#/runs`);
    const dialog = page.getByRole('dialog', { name: 'API key required' });
    await dialog.waitFor();
    await screenshot(page, 'api-key-prompt');
    // The key field has focus, so the prompt is usable from the keyboard alone.
    await page.keyboard.type('not-the-key');
    await page.keyboard.press('Enter');
    await dialog.waitFor();
    await page.getByLabel('API key', { exact: true }).fill(KEY);
    await page.getByRole('button', { name: 'Use this key' }).click();
    await page.getByText('No runs match').waitFor();
    expect(await dialog.count()).toBe(0);
    expect(await page.evaluate(() => sessionStorage.getItem('leaseback.api_key'))).toBe(KEY);
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    // Reloading the tab keeps it; another tab starts without it.
    await page.reload();
    await page.getByText('No runs match').waitFor();
    const other = await browser.context.newPage();
    await other.goto(`${server.url}/#/runs`);
    await other.getByRole('dialog', { name: 'API key required' }).waitFor();
    await other.close();
    await page.close();
  });
});
