import { describe, expect, it } from 'vitest';
import { createTestLlmClient } from '@leaseback/llm/testing';
import type { SelectorSpec } from '@leaseback/domain';
import { describePlannerProgress, type PlannerProgressEvent } from './planner-progress.js';
import { runProgram } from './run-program.js';
import { feasibleSpec, smallRequest } from './__fixtures__/portfolio.js';

describe('runProgram progress', () => {
  it('reports the spec read, each iteration of at most n, the revision and the explanation, in order', async () => {
    const first: SelectorSpec = { ...feasibleSpec, target_amount: 120 };
    const llm = createTestLlmClient({ generateSelectorSpec: first, reviseSelectorSpec: { ...first, target_amount: 100 }, generateExplanationSummary: 'ok' });
    const events: PlannerProgressEvent[] = [];
    const result = await runProgram(smallRequest, { llm, onProgress: (event) => events.push(event) });
    expect(result.status).toBe('completed');
    expect(events).toEqual([
      { kind: 'spec_read' },
      { kind: 'iteration', iteration: 1, max_iterations: 5 },
      { kind: 'revising', iteration: 1 },
      { kind: 'iteration', iteration: 2, max_iterations: 5 },
      { kind: 'explaining' },
    ]);
    expect(events.map((event) => describePlannerProgress(event))).toContain('iteration 2 of at most 5: selecting assets');
  });

  it('plans the same response with or without a progress listener', async () => {
    const llm = () => createTestLlmClient({ generateSelectorSpec: feasibleSpec, generateExplanationSummary: 'ok' });
    const now = () => new Date('2026-01-02T03:04:05.000Z');
    const quiet = await runProgram(smallRequest, { llm: llm(), now });
    const told = await runProgram(smallRequest, { llm: llm(), now, onProgress: () => undefined });
    expect(told).toEqual(quiet);
  });
});
