// Opt-in live check of the provider adapters: runs each LlmClient method once
// against the real OpenAI and Anthropic APIs when OPENAI_API_KEY /
// ANTHROPIC_API_KEY are set, and says what it checked. Without a key it says
// it skipped that provider and why. It spends real tokens, so it is never part
// of `npm test` or CI: run it by hand with `npm run smoke:llm` (after a build).
// Models: LEASEBACK_OPENAI_MODEL / LEASEBACK_ANTHROPIC_MODEL, else the adapters' defaults.
import { createAnthropicLlmClient } from '@leaseback/llm-anthropic';
import { createOpenAiLlmClient } from '@leaseback/llm-openai';
import type { LlmClient, LlmResult } from '@leaseback/llm';
import { planningInputs } from '@leaseback/llm/testing';

const { assetSummary, brief, nodes, outcome, revisionContext, spec } = planningInputs;

interface Provider {
  readonly name: string;
  readonly keyVariable: string;
  readonly create: () => LlmClient;
}

const optionalModel = (variable: string) => (process.env[variable] ? { model: process.env[variable] as string } : {});
const providers: Provider[] = [
  { name: 'openai', keyVariable: 'OPENAI_API_KEY', create: () => createOpenAiLlmClient(optionalModel('LEASEBACK_OPENAI_MODEL')) },
  {
    name: 'anthropic',
    keyVariable: 'ANTHROPIC_API_KEY',
    create: () => createAnthropicLlmClient(optionalModel('LEASEBACK_ANTHROPIC_MODEL')),
  },
];

// Each method once, with what its answer must satisfy beyond the schema the adapter already enforced.
const checks: readonly {
  method: string;
  run: (client: LlmClient) => Promise<LlmResult<unknown>>;
  expect: string;
  holds: (value: unknown) => boolean;
}[] = [
  {
    method: 'generateSelectorSpec',
    run: (client) => client.generateSelectorSpec(brief, assetSummary),
    expect: 'a spec with a positive target',
    holds: (value) => (value as { target_amount: number }).target_amount > 0,
  },
  {
    method: 'reviseSelectorSpec',
    run: (client) => client.reviseSelectorSpec(spec, outcome, revisionContext),
    expect: 'a spec whose target is not above the current one',
    holds: (value) => (value as { target_amount: number }).target_amount <= spec.target_amount,
  },
  {
    method: 'generateExplanationSummary',
    run: (client) => client.generateExplanationSummary(spec, outcome, nodes),
    expect: 'a non-empty summary',
    holds: (value) => typeof value === 'string' && value.trim().length > 0,
  },
  {
    method: 'generateScenarioDefinitions',
    run: (client) => client.generateScenarioDefinitions(brief, assetSummary, 3),
    expect: 'three scenarios, the first "base"',
    holds: (value) => Array.isArray(value) && value.length === 3 && (value[0] as { kind: string }).kind === 'base',
  },
  {
    method: 'extractFields',
    run: (client) =>
      client.extractFields('Make it $180M and leave out Dallas', ['target_amount', 'exclude_markets'], { markets: assetSummary.markets }),
    expect: 'target_amount 180000000',
    holds: (value) => (value as { target_amount?: number }).target_amount === 180_000_000,
  },
];

let failed = 0;
for (const provider of providers) {
  if (!process.env[provider.keyVariable]) {
    console.log(`${provider.name}: skipped — ${provider.keyVariable} is not set (this check calls the real API and needs a key).`);
    continue;
  }
  const client = provider.create();
  for (const check of checks) {
    try {
      const { value, metadata } = await check.run(client);
      const ok = check.holds(value);
      if (!ok) failed += 1;
      console.log(
        `${provider.name} ${check.method}: ${ok ? 'ok' : 'UNEXPECTED'} (${check.expect}) — model ${metadata.model}, ${metadata.attempts} attempt(s), ` +
          `${metadata.usage.input_tokens} in / ${metadata.usage.output_tokens} out tokens, ${Math.round(metadata.latency_ms)} ms`,
      );
    } catch (error) {
      failed += 1;
      const { code, message } = error as { code?: string; message?: string };
      console.log(`${provider.name} ${check.method}: FAILED ${code ?? 'error'} — ${message ?? String(error)}`);
    }
  }
}
process.exitCode = failed === 0 ? 0 : 1;
