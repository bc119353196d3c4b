import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FakeModelCatalogue } from '@leaseback/llm/testing';

const require = createRequire(import.meta.url);
// The installed SDK's folder, found from its resolved entry (its internals are not exported).
const sdkFolder = dirname(require.resolve('@anthropic-ai/sdk'));

/** The model ids of the installed `@anthropic-ai/sdk` (its `Model` type), read from its declarations. */
export function sdkModels(): string[] {
  const declarations = readFileSync(join(sdkFolder, 'resources', 'messages', 'messages.d.ts'), 'utf8');
  const match = /export type Model = ([^;]+);/.exec(declarations);
  if (match === null) throw new Error('the installed Anthropic SDK no longer declares Model in resources/messages/messages.d.ts');
  return [...(match[1] as string).matchAll(/'([^']+)'/g)].map((found) => found[1] as string);
}

/** The SDK's deprecation list: model id → end-of-life date as the SDK writes it ("November 30th, 2026"). */
export async function sdkDeprecatedModels(): Promise<Record<string, string>> {
  const module = (await import(pathToFileURL(join(sdkFolder, 'internal', 'data', 'deprecated-models.mjs')).href)) as {
    DEPRECATED_MODELS: Record<string, string>;
  };
  return { ...module.DEPRECATED_MODELS };
}

/** The end-of-life date of a deprecation entry, as a timestamp ("November 30th, 2026" → 2026-11-30). */
export function endOfLife(date: string): number {
  return Date.parse(date.replace(/(\d+)(st|nd|rd|th)/, '$1'));
}

/** The catalogue the strict fake Messages API serves: the SDK's models, those past end of life at `now` retired. */
export async function anthropicCatalogue(now: number = Date.now()): Promise<FakeModelCatalogue> {
  const deprecated = await sdkDeprecatedModels();
  return {
    models: sdkModels(),
    retired: Object.entries(deprecated)
      .filter(([, date]) => endOfLife(date) <= now)
      .map(([model]) => model),
  };
}
