import { createOfflineLlmClient, LlmError, type LlmClient } from '@leaseback/llm';
import type { ServiceConfig } from './service-config.js';

/** Injected I/O for the provider adapters (tests point them at a local fake server). */
export interface CreateLlmClientOptions {
  /** Passed to the adapter's SDK instead of the global `fetch`. */
  readonly fetch?: typeof globalThis.fetch;
}

/**
 * The LlmClient the configuration asks for: the deterministic offline client by
 * default (no key, no network), or the OpenAI / Anthropic adapter with its key
 * from `OPENAI_API_KEY` / `ANTHROPIC_API_KEY`. A missing key throws an
 * `LlmError` with code `llm_auth` naming the variable to set (never a key).
 *
 * Each provider's adapter (and its SDK) is imported only when that provider is
 * selected: the two SDKs are about half the modules a start would otherwise
 * load (some 180 ms of every CLI command), and the offline client needs neither.
 */
export async function createLlmClientFromConfig(config: ServiceConfig, options: CreateLlmClientOptions = {}): Promise<LlmClient> {
  switch (config.provider) {
    case 'offline':
      return createOfflineLlmClient();
    case 'openai': {
      const settings = config.llm.openai;
      if (settings.api_key === null) throw missingKey('openai', 'OPENAI_API_KEY');
      const { createOpenAiLlmClient } = await import('@leaseback/llm-openai');
      return createOpenAiLlmClient({
        apiKey: settings.api_key,
        ...(settings.model === null ? {} : { model: settings.model }),
        ...(settings.base_url === null ? {} : { baseURL: settings.base_url }),
        timeoutMs: config.llm.timeout_ms,
        deadlineMs: config.llm.deadline_ms,
        maxRetries: config.llm.max_retries,
        maxRepairs: config.llm.max_repairs,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
    }
    case 'anthropic': {
      const settings = config.llm.anthropic;
      if (settings.api_key === null) throw missingKey('anthropic', 'ANTHROPIC_API_KEY');
      const { createAnthropicLlmClient } = await import('@leaseback/llm-anthropic');
      return createAnthropicLlmClient({
        apiKey: settings.api_key,
        ...(settings.model === null ? {} : { model: settings.model }),
        ...(settings.base_url === null ? {} : { baseURL: settings.base_url }),
        timeoutMs: config.llm.timeout_ms,
        deadlineMs: config.llm.deadline_ms,
        maxRetries: config.llm.max_retries,
        maxRepairs: config.llm.max_repairs,
        structuredOutput: settings.structured_output,
        ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      });
    }
  }
}

function missingKey(provider: string, variable: string): LlmError {
  return new LlmError(
    'llm_auth',
    `provider "${provider}" needs an API key: set ${variable} in the environment (or choose --provider offline / LEASEBACK_PROVIDER=offline)`,
    { provider },
  );
}
