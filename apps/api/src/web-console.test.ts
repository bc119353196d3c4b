import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import express from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { webConsole } from './web-console.js';

const directories: string[] = [];
afterAll(async () => {
  for (const directory of directories) await rm(directory, { recursive: true, force: true });
});

async function serve(directory: string): Promise<{ url: string; close: () => Promise<void> }> {
  const app = express();
  app.use(webConsole(directory));
  app.use((_request, response) => response.status(404).json({ error: { code: 'route_not_found' } }));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const address = server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

describe('web console', () => {
  it('serves the built files at /, caches hashed assets, and passes anything else on', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'leaseback-console-'));
    directories.push(directory);
    await mkdir(join(directory, 'assets'));
    await writeFile(join(directory, 'index.html'), '<!doctype html><title>console</title>');
    await writeFile(join(directory, 'assets', 'app-1234.js'), 'console.log(1)');
    const server = await serve(directory);
    try {
      const index = await fetch(`${server.url}/`);
      expect(index.status).toBe(200);
      expect(await index.text()).toContain('<title>console</title>');
      expect(index.headers.get('cache-control')).toBe('no-cache');
      const asset = await fetch(`${server.url}/assets/app-1234.js`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      expect(asset.headers.get('content-type')).toMatch(/javascript/);
      expect((await fetch(`${server.url}/api/runs`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('explains how to build the console when it is missing', async () => {
    const server = await serve(join(tmpdir(), 'no-such-console-build'));
    try {
      const answer = await fetch(`${server.url}/`);
      expect(answer.status).toBe(200);
      expect(await answer.text()).toContain('npm run build');
      expect((await fetch(`${server.url}/other`)).status).toBe(404);
    } finally {
      await server.close();
    }
  });
});
