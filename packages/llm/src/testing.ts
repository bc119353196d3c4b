// The test double, from its own entry (`@leaseback/llm/testing`) so that
// production code never pulls it in.
export {
  TEST_MODEL,
  TEST_PROVIDER,
  createTestLlmClient,
  type TestLlmCall,
  type TestLlmClient,
  type TestLlmClientConfig,
  type TestLlmResponse,
} from './test-llm-client.js';
export { startFakeApiServer, type FakeApiServer, type FakeResponse, type RecordedRequest } from './fake-api-server.js';
// Recorded planning inputs (brief, portfolio summary, spec, outcome) for adapter tests.
export * as planningInputs from './testing/planning-inputs.js';
