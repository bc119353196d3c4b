// The test double and the fake provider servers, from their own entry
// (`@leaseback/llm/testing`) so that production code never pulls them in.
export {
  TEST_MODEL,
  TEST_PROVIDER,
  createTestLlmClient,
  type TestLlmCall,
  type TestLlmClient,
  type TestLlmClientConfig,
  type TestLlmResponse,
} from './test-llm-client.js';
export {
  startFakeApiServer,
  type FakeApiServer,
  type FakeApiServerOptions,
  type FakeProviderProtocol,
  type FakeResponse,
  type ProtocolRejection,
  type RecordedRequest,
} from './fake-api-server.js';
export {
  anthropicMessagesProtocol,
  openAiChatCompletionsProtocol,
  type AnthropicProtocolOptions,
  type FakeModelCatalogue,
} from './fake-provider-protocols.js';
export { measureBoundedWaits, type BoundedWaitFigure, type ClientFactory } from './measure-bounded-waits.js';
// Recorded planning inputs (brief, portfolio summary, spec, outcome) for adapter tests.
export * as planningInputs from './testing/planning-inputs.js';
export { MUST_CONFIRM, MUST_NOT_CONFIRM } from './confirmation-replies.js';
