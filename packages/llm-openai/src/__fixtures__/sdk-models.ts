import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FakeModelCatalogue } from '@leaseback/llm/testing';

const require = createRequire(import.meta.url);
// The installed SDK's folder, found from its resolved entry (its package.json is not exported).
const sdkFolder = dirname(require.resolve('openai'));

/** The chat model ids of the installed `openai` SDK (its `ChatModel` type), read from its declarations. */
export function sdkChatModels(): string[] {
  const declarations = readFileSync(join(sdkFolder, 'resources', 'shared.d.ts'), 'utf8');
  const match = /export type ChatModel = ([^;]+);/.exec(declarations);
  if (match === null) throw new Error('the installed openai SDK no longer declares ChatModel in resources/shared.d.ts');
  return [...(match[1] as string).matchAll(/'([^']+)'/g)].map((found) => found[1] as string);
}

/**
 * Chat models OpenAI has shut down although the SDK's type still lists them
 * (the SDK keeps no deprecation list), from OpenAI's deprecations page.
 */
export const OPENAI_RETIRED_MODELS = [
  'gpt-4-32k',
  'gpt-4-32k-0314',
  'gpt-4-32k-0613',
  'gpt-4-vision-preview',
  'o1-preview',
  'o1-preview-2024-09-12',
  'o1-mini',
  'o1-mini-2024-09-12',
];

/** The catalogue the strict fake Chat Completions API serves. */
export function openAiCatalogue(): FakeModelCatalogue {
  return { models: sdkChatModels(), retired: OPENAI_RETIRED_MODELS };
}
