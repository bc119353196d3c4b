import { createOfflineLlmClient } from '@leaseback/llm';
import { createTestLlmClient, type TestLlmClient, type TestLlmClientConfig } from '@leaseback/llm/testing';

/**
 * The `@leaseback/llm/testing` double, answering every method as the offline
 * client does unless `overrides` says otherwise (a failure, a wait at a gate).
 */
export function offlineTestLlm(overrides: TestLlmClientConfig = {}): TestLlmClient {
  const offline = createOfflineLlmClient();
  return createTestLlmClient({
    generateSelectorSpec: async (brief, summary, options) => (await offline.generateSelectorSpec(brief, summary, options)).value,
    reviseSelectorSpec: async (spec, outcome, context, options) =>
      (await offline.reviseSelectorSpec(spec, outcome, context, options)).value,
    generateExplanationSummary: async (spec, outcome, nodes, options) =>
      (await offline.generateExplanationSummary(spec, outcome, nodes, options)).value,
    generateScenarioDefinitions: async (brief, summary, count, options) =>
      (await offline.generateScenarioDefinitions(brief, summary, count, options)).value,
    extractFields: async (message, fieldNames, context, options) =>
      (await offline.extractFields(message, fieldNames, context, options)).value,
    ...overrides,
  });
}

/** An offline-behaving double whose spec reading waits at `gate` before answering. */
export function gatedOfflineTestLlm(gate: Gate): TestLlmClient {
  const offline = createOfflineLlmClient();
  return offlineTestLlm({
    generateSelectorSpec: async (brief, summary, options) => {
      await gate.wait();
      return (await offline.generateSelectorSpec(brief, summary, options)).value;
    },
  });
}

/** A promise a test opens when it chooses, and a signal that someone is waiting on it. */
export interface Gate {
  /** Resolves when the first caller starts waiting. */
  readonly entered: Promise<void>;
  /** Waits until `open` is called. */
  wait(): Promise<void>;
  open(): void;
}

/** Creates a closed gate. */
export function createGate(): Gate {
  let markEntered: () => void = () => {};
  let release: () => void = () => {};
  const entered = new Promise<void>((resolve) => {
    markEntered = resolve;
  });
  const opened = new Promise<void>((resolve) => {
    release = resolve;
  });
  return {
    entered,
    wait: () => {
      markEntered();
      return opened;
    },
    open: () => release(),
  };
}
