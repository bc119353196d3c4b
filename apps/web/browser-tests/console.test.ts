import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, startConsoleServer, type ConsoleServer } from './console-harness.js';

let server: ConsoleServer;
let browser: Awaited<ReturnType<typeof launchBrowser>>;
let page: Page;
const pageErrors: string[] = [];
const outsideRequests: string[] = [];

beforeAll(async () => {
  server = await startConsoleServer();
  browser = await launchBrowser();
  page = await browser.context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // Everything the console needs comes from the API's origin.
  page.on('request', (request) => {
    if (!request.url().startsWith(server.url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:'))
      outsideRequests.push(request.url());
  });
  // Records whether a progress bar was ever on screen, however briefly.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __progressLabels: string[] }).__progressLabels = seen;
    new MutationObserver(() => {
      const label = document.querySelector('.progress-label')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document, { childList: true, subtree: true, characterData: true });
    // Keeps a copy of every job event stream the page reads, chunk by chunk as it arrives. The page stops
    // reading (and aborts the stream) as soon as it has the result, so neither the browser's record of the body
    // nor a copy read to the end would be sure to hold it; each chunk reaches both readers at once.
    const streams: string[] = [];
    (window as unknown as { __eventStreams: string[] }).__eventStreams = streams;
    const pageFetch = window.fetch.bind(window);
    window.fetch = async (...args: Parameters<typeof fetch>) => {
      const response = await pageFetch(...args);
      const url = args[0] instanceof Request ? args[0].url : String(args[0]);
      const body = url.includes('/events') ? response.clone().body : null;
      if (body) {
        const index = streams.push('') - 1;
        const reader = body.getReader();
        const decoder = new TextDecoder();
        const readNext = (): void => {
          reader.read().then(
            ({ value, done }) => {
              if (done) return;
              streams[index] += decoder.decode(value, { stream: true });
              readNext();
            },
            () => undefined,
          );
        };
        readNext();
      }
      return response;
    };
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** What the page received of every `/events` stream it read, in the page itself. */
async function eventStreams(): Promise<string> {
  return page.evaluate(() => (window as unknown as { __eventStreams: string[] }).__eventStreams.join('\n'));
}

describe('the web console in Chromium', () => {
  it('plans the example through the async API with live progress, and shows the run with its charts', async () => {
    await page.goto(`${server.url}/#/new`);
    await page.getByRole('heading', { name: 'New plan' }).waitFor();
    await screenshot(page, 'new-plan');
    await page.getByRole('combobox', { name: 'Strategy' }).selectOption('exact');
    await page.getByRole('button', { name: 'Plan', exact: true }).click();
    await page.waitForURL(/#\/runs\/.+/, { timeout: 90_000 });
    await page.getByRole('heading', { name: 'Covenants before and after' }).waitFor();
    await page.locator('.covenant svg').first().waitFor();
    expect(await page.locator('.covenant').count()).toBeGreaterThanOrEqual(2);
    // The limit is drawn and labelled on each covenant chart.
    expect(await page.locator('.covenant svg').first().textContent()).toContain('limit');
    expect(await page.locator('table').first().textContent()).toMatch(/Dallas|Atlanta|Chicago|DC|Center|Warehouse/i);
    expect(await page.getByRole('heading', { name: 'Audit timeline' }).count()).toBe(1);
    const labels = await page.evaluate(() => (window as unknown as { __progressLabels: string[] }).__progressLabels);
    expect(labels.length).toBeGreaterThan(0);
    // The copy is taken as the page reads, so it holds the result by the time the run is drawn; the wait still has
    // a deadline of its own, longer than expect.poll's default second.
    await expect.poll(eventStreams, { timeout: 15_000 }).toContain('event: result');
    expect(await eventStreams()).toContain('event: progress');
    await screenshot(page, 'run');

    await page.getByRole('button', { name: 'Replay this run' }).click();
    await page.getByRole('status').filter({ hasText: 'Identical' }).waitFor({ timeout: 60_000 });

    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, 'run-800');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'run-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('lists runs and filters them by outcome and brief', async () => {
    await page.goto(`${server.url}/#/runs`);
    await page.locator('table.list tbody tr').first().waitFor();
    await page.getByRole('searchbox', { name: 'Search briefs' }).fill('no such words anywhere');
    await page.getByText('No runs match').waitFor();
    await page.getByRole('searchbox', { name: 'Search briefs' }).fill('');
    await page.getByRole('combobox', { name: 'Outcome' }).selectOption('ok');
    await page.locator('table.list tbody tr').first().waitFor();
    await screenshot(page, 'runs');
  });

  it('creates a what-if set and compares its scenarios side by side', async () => {
    await page.goto(`${server.url}/#/sets`);
    await page.getByRole('spinbutton', { name: 'Scenarios' }).fill('3');
    await page.getByRole('button', { name: 'Create what-if set' }).click();
    await page.waitForURL(/#\/sets\/.+/, { timeout: 90_000 });
    await page.locator('table.comparison tbody tr').nth(2).waitFor();
    expect(await page.locator('table.comparison tbody tr').count()).toBe(3);
    // The charts are drawn after the table is painted (they need its width), so wait for the third.
    await page.locator('.scenario-chart [role="img"]').nth(2).waitFor();
    expect(await page.locator('.scenario-chart [role="img"]').count()).toBe(3);
    expect(
      await page
        .locator('.scenario-chart [role="img"]')
        .first()
        .evaluate((chart) => chart.tagName.toLowerCase()),
    ).toBe('svg');
    const labels = await page.evaluate(() => (window as unknown as { __progressLabels: string[] }).__progressLabels);
    expect(labels.some((label) => /Scenario \d of 3 done|Proposing scenarios|Queued/.test(label))).toBe(true);
    await screenshot(page, 'set');
    await page.setViewportSize({ width: 800, height: 900 });
    await screenshot(page, 'set-800');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'set-print');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}/#/sets`);
    await page.locator('.cards li').first().waitFor();
    await screenshot(page, 'sets');
  });

  it('runs a short guided session with the plan visible beside the chat', async () => {
    await page.goto(`${server.url}/#/sessions`);
    await page.getByRole('button', { name: /Start a session/ }).click();
    await page.waitForURL(/#\/sessions\/.+/);
    const box = page.getByRole('textbox', { name: 'Your message' });
    await box.fill('Raise $150M from distribution centers and warehouses, keep net leverage below 3.5x and FCCR of at least 2.0x');
    await box.press('Enter');
    await page.locator('.plan .contribution').first().waitFor({ timeout: 60_000 });
    expect(await page.locator('.plan').textContent()).toMatch(/awaits confirmation|asks for/);
    await box.fill('yes, run it');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('link', { name: 'open the run' }).first().waitFor({ timeout: 90_000 });
    await screenshot(page, 'session');
    await page.getByRole('link', { name: 'open the run' }).first().click();
    await page.locator('.covenant svg').first().waitFor();
  });

  it('asks for nothing from another origin and raised no script error', () => {
    expect(outsideRequests).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
