import { describe, expect, it } from 'vitest';
import { LlmError } from '@leaseback/llm';
import { createTestLlmClient } from '@leaseback/llm/testing';
import { runProgram } from './run-program.js';
import { runScenarioSet } from './run-scenario-set.js';
import { smallRequest } from './__fixtures__/portfolio.js';

describe('the cause of an internal failure', () => {
  it('is handed to onInternalError while the result keeps only the code and a generic message', async () => {
    const bug = new TypeError('cannot read properties of undefined (reading "cap_rate")');
    const llm = createTestLlmClient({ generateSelectorSpec: bug });
    const causes: unknown[] = [];
    const result = await runProgram(smallRequest, { llm, onInternalError: (cause) => causes.push(cause) });
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.error).toEqual({ code: 'internal_error', message: 'an internal error occurred' });
    expect(JSON.stringify(result)).not.toContain('cap_rate');
    expect(causes).toEqual([bug]);
  });

  it('is not reported for failures that are not Leaseback’s fault, and a throwing reporter changes nothing', async () => {
    const causes: unknown[] = [];
    const timedOut = createTestLlmClient({ generateSelectorSpec: new LlmError('llm_timeout', 'slow', { provider: 'test' }) });
    const result = await runProgram(smallRequest, { llm: timedOut, onInternalError: (cause) => causes.push(cause) });
    expect(result.status === 'failed' && result.error.code).toBe('llm_timeout');
    expect(causes).toEqual([]);
    const broken = createTestLlmClient({ generateSelectorSpec: new RangeError('boom') });
    const still = await runProgram(smallRequest, {
      llm: broken,
      onInternalError: () => {
        throw new Error('the reporter failed');
      },
    });
    expect(still.status === 'failed' && still.error.code).toBe('internal_error');
  });

  it('is reported once for a scenario set whose shared reading of the brief failed', async () => {
    const bug = new TypeError('shared spec bug');
    const llm = createTestLlmClient({
      generateSelectorSpec: bug,
      generateScenarioDefinitions: [
        [
          { kind: 'base', label: 'Base', rationale: 'as asked', target_amount: 100 },
          { kind: 'risk_off', label: 'Safer', rationale: 'tighter', target_amount: 50 },
        ],
      ],
    });
    const causes: unknown[] = [];
    const set = await runScenarioSet('Raise $100M', smallRequest, { llm, numScenarios: 2, onInternalError: (cause) => causes.push(cause) });
    expect(set.runs.map((run) => run.error_code)).toEqual(['internal_error', 'internal_error']);
    expect(causes).toEqual([bug]);
  });
});
