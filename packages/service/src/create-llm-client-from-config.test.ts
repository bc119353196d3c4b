import { LlmError } from '@leaseback/llm';
import { describe, expect, it } from 'vitest';
import { createLlmClientFromConfig } from './create-llm-client-from-config.js';
import { loadServiceConfig } from './service-config.js';

function thrown(run: () => unknown): LlmError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(LlmError);
    return error as LlmError;
  }
  throw new Error('expected an LlmError');
}

describe('createLlmClientFromConfig', () => {
  it('uses the offline client by default', () => {
    expect(createLlmClientFromConfig(loadServiceConfig({ env: {} })).provider).toBe('offline');
  });

  it('builds the OpenAI and Anthropic adapters when their keys are set, without calling out', () => {
    const openai = createLlmClientFromConfig(loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'openai', OPENAI_API_KEY: 'sk-test-openai' } }));
    expect(openai.provider).toBe('openai');
    const anthropic = createLlmClientFromConfig(
      loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'anthropic', ANTHROPIC_API_KEY: 'sk-ant-test' } }),
    );
    expect(anthropic.provider).toBe('anthropic');
  });

  it('names the variable to set when a key is missing, code llm_auth, and prints no key', () => {
    const openai = thrown(() =>
      createLlmClientFromConfig(loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'openai', ANTHROPIC_API_KEY: 'sk-ant-never-printed' } })),
    );
    expect(openai.code).toBe('llm_auth');
    expect(openai.message).toContain('OPENAI_API_KEY');
    expect(openai.message).not.toContain('sk-ant-never-printed');

    const anthropic = thrown(() =>
      createLlmClientFromConfig(loadServiceConfig({ env: { LEASEBACK_PROVIDER: 'anthropic', OPENAI_API_KEY: 'sk-openai-never-printed' } })),
    );
    expect(anthropic.code).toBe('llm_auth');
    expect(anthropic.message).toContain('ANTHROPIC_API_KEY');
    expect(anthropic.message).not.toContain('sk-openai-never-printed');
  });
});
