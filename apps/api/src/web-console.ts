import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import express, { type RequestHandler } from 'express';

/** Where the built console is in this repository: `apps/web/dist`, beside this app. */
export const DEFAULT_CONSOLE_DIRECTORY = fileURLToPath(new URL('../../web/dist/', import.meta.url));

const NOT_BUILT_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Leaseback</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto">
<h1>Leaseback API</h1>
<p>The web console has not been built: run <code>npm run build</code> at the repository root, then reload.</p>
<p>The API reference is at <a href="/docs/">/docs/</a>.</p></body></html>`;

/**
 * Serves the web console's static files (built by Vite into `apps/web/dist`) at
 * `/`. Everything it needs is in that directory: no request leaves the server.
 * Hashed assets are cached for a year; `index.html` is revalidated so a new
 * build is picked up at once. Without a build, `/` explains how to make one.
 */
export function webConsole(directory: string = DEFAULT_CONSOLE_DIRECTORY): RequestHandler {
  if (!existsSync(`${directory}/index.html`)) {
    return (request, response, next) => {
      if (request.method === 'GET' && (request.path === '/' || request.path === '/index.html')) response.type('html').send(NOT_BUILT_PAGE);
      else next();
    };
  }
  return express.static(directory, {
    index: 'index.html',
    fallthrough: true,
    setHeaders(response, path) {
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Cache-Control', path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
}
