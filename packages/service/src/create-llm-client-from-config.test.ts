import { readFile } from 'node:fs/promises';
import { LlmError } from '@leaseback/llm';
import { describe, expect, it } from 'vitest';
import { createLlmClientFromConfig } from './create-llm-client-from-config.js';
import { loadServiceConfig } from './service-config.js';

async function thrown(run: () => Promise<unknown>): Promise<LlmError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected an LlmError');
}

describe('createLlmClientFromConfig', () => {
  it('uses the offline client by default', async () => {
    expect((await createLlmClientFromConfig(loadServiceConfig({ env: {} }))).provider).toBe('offline');
  });

  it('builds the OpenAI and Anthropic adapters when their keys are set, without calling out', async () => {
    const openai = await createLlmClientFromConfig(
      loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test-openai' } }),
    );
    expect(openai.provider).toBe('openai');
    const anthropic = await createLlmClientFromConfig(
      loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'sk-ant-test' } }),
    );
    expect(anthropic.provider).toBe('anthropic');
  });

  it('loads neither provider SDK for the offline client', async () => {
    const source = await readFile(new URL('./create-llm-client-from-config.ts', import.meta.url), 'utf8');
    // The adapters are imported inside their own case only, never at the top of the module.
    expect(source).not.toMatch(/^import .*@leaseback\/llm-(openai|anthropic)/m);
    expect(source).toMatch(/await import\('@leaseback\/llm-openai'\)/);
    expect(source).toMatch(/await import\('@leaseback\/llm-anthropic'\)/);
  });

  it('names the variable to set when a key is missing, code llm_auth, and prints no key', async () => {
    const openai = await thrown(() =>
      createLlmClientFromConfig(loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'openai', ANTHROPIC_API_KEY: 'sk-ant-never-printed' } })),
    );
    expect(openai.code).toBe('llm_auth');
    expect(openai.message).toContain('OPENAI_API_KEY');
    expect(openai.message).not.toContain('sk-ant-never-printed');

    const anthropic = await thrown(() =>
      createLlmClientFromConfig(loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'anthropic', OPENAI_API_KEY: 'sk-openai-never-printed' } })),
    );
    expect(anthropic.code).toBe('llm_auth');
    expect(anthropic.message).toContain('ANTHROPIC_API_KEY');
    expect(anthropic.message).not.toContain('sk-openai-never-printed');
  });
});
