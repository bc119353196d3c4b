import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { API_ROUTES } from './api-routes.js';
import { buildOpenApiDocument } from './openapi-document.js';
import { OPS_ROUTES } from './ops-routes.js';

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const folder = mkdtempSync(join(tmpdir(), 'leaseback-openapi-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const document = buildOpenApiDocument({ routes: API_ROUTES, opsRoutes: OPS_ROUTES, version: '1.0.0' });
const documentPath = join(folder, 'openapi.json');
writeFileSync(documentPath, JSON.stringify(document));

/** The `bin` of an installed package, run with this Node. */
function binOf(name: string, bin: string): string {
  const manifest = require.resolve(`${name}/package.json`);
  const { bin: bins } = require(manifest) as { bin: string | Record<string, string> };
  return join(dirname(manifest), typeof bins === 'string' ? bins : (bins[bin] as string));
}

describe('the OpenAPI document with the ecosystem’s tools', () => {
  it('passes redocly lint with its recommended rules: no error, no warning', async () => {
    const { stdout, stderr } = await run(process.execPath, [binOf('@redocly/cli', 'redocly'), 'lint', documentPath, '--format=stylish'], {
      cwd: folder,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    }).catch((error: { stdout?: string; stderr?: string }) => {
      throw new Error(`redocly lint failed:\n${error.stdout ?? ''}\n${error.stderr ?? ''}`);
    });
    const output = `${stdout}\n${stderr}`;
    expect(output).toContain('Your API description is valid');
    expect(output).not.toMatch(/^\s*\d+:\d+\s+(warning|error)\s/m);
  });

  it('generates TypeScript with openapi-typescript that compiles under tsc --strict', async () => {
    const source = astToString(await openapiTS(JSON.parse(JSON.stringify(document)) as Parameters<typeof openapiTS>[0]));
    const typesPath = join(folder, 'api-types.ts');
    // The generated types must also be usable: a request body and an error answer type-check against them.
    writeFileSync(
      typesPath,
      `${source}\n` +
        `export const errorAnswer: components['schemas']['ErrorResponse'] = { error: { code: 'invalid_input', message: 'x', problems: [{ path: 'request', message: 'y' }] } };\n` +
        `export const anyJson: components['schemas']['JsonValue'] = { a: [1, 'b', null, { c: true }] };\n`,
    );
    const tsc = require.resolve('typescript/bin/tsc');
    await run(process.execPath, [
      tsc,
      '--strict',
      '--noEmit',
      '--skipLibCheck',
      '--target',
      'es2022',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      typesPath,
    ]).catch((error: { stdout?: string }) => {
      throw new Error(`the generated types do not compile:\n${error.stdout ?? ''}`);
    });
    expect(source).toContain('export interface paths');
  });
});
