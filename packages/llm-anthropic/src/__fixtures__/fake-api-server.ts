import { readFileSync } from 'node:fs';

export { startFakeApiServer, type FakeApiServer, type FakeResponse, type RecordedRequest } from '@leaseback/llm/testing';

/** Reads a JSON fixture from this folder. */
export function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`./${name}`, import.meta.url), 'utf8'));
}
