import {
  LlmCallRecordSchema,
  formatProblem,
  parseInput,
  problemsFromZodError,
  type AuditTrace,
  type JsonValue,
  type LlmCallRecord,
  type LlmMethod,
  type ScenarioDefinition,
  type SelectorSpec,
} from '@leaseback/domain';
import { z } from 'zod';
import { throwIfAborted } from './call-guard.js';
import type { LlmCallMetadata, LlmClient, LlmResult } from './llm-client.js';
import { LlmError } from './llm-error.js';
import { METHOD_OUTPUT_SCHEMAS } from './method-output-schemas.js';

/** Provider name on errors the replay client raises itself. */
export const REPLAY_PROVIDER = 'replay';

/** The replay client: an `LlmClient` that also tells how many recorded calls are left. */
export interface ReplayLlmClient extends LlmClient {
  /** Recorded calls not yet replayed. */
  readonly remaining: number;
}

/** The LLM calls of a trace, in order: every entry's `llm_call`, skipping entries without one. */
function recordsOf(source: AuditTrace | readonly LlmCallRecord[]): unknown[] {
  if (Array.isArray(source)) return [...source];
  const trace = source as AuditTrace;
  return trace.entries.flatMap((entry) => (entry.llm_call === null ? [] : [entry.llm_call]));
}

/**
 * Answers each call from the next recorded LLM call, in order: the recorded
 * `raw_output`, validated again with the method's schema, and the recorded
 * metadata unchanged (provider, model, latency, usage, attempts), so a run
 * replayed through it yields the same response byte for byte. A call to a
 * different method than recorded, or a call after the records run out, throws
 * `llm_replay_mismatch` naming what was expected and what was asked. The
 * client reports the provider of the first recorded call (`replay` when none).
 * Records are validated when the client is created (`InvalidInputError`).
 */
export function createReplayLlmClient(source: AuditTrace | readonly LlmCallRecord[]): ReplayLlmClient {
  const records = parseInput(z.array(LlmCallRecordSchema), recordsOf(source), { root: 'records', subject: 'replay records' });
  let next = 0;

  function replay<Value>(method: LlmMethod, signal: AbortSignal | undefined): LlmResult<Value> {
    throwIfAborted(signal, REPLAY_PROVIDER);
    const callNumber = next + 1;
    const record = records[next];
    if (record === undefined) {
      throw new LlmError(
        'llm_replay_mismatch',
        `replay: call ${callNumber} asked for ${method}, but the recording holds only ${records.length} call${records.length === 1 ? '' : 's'}`,
        { provider: REPLAY_PROVIDER },
      );
    }
    if (record.method !== method) {
      throw new LlmError('llm_replay_mismatch', `replay: call ${callNumber} was recorded as ${record.method}, but ${method} was called`, {
        provider: REPLAY_PROVIDER,
      });
    }
    const schema = METHOD_OUTPUT_SCHEMAS[method] as z.ZodType;
    const parsed = schema.safeParse(record.raw_output);
    if (!parsed.success) {
      const problems = problemsFromZodError(parsed.error).map(formatProblem).join('; ');
      throw new LlmError('llm_invalid_output', `replay: the recorded output of call ${callNumber} (${method}) is invalid: ${problems}`, {
        provider: record.provider,
        cause: parsed.error,
      });
    }
    next += 1;
    const { method: _method, ...recorded } = record;
    // A copy, so that a caller changing the metadata cannot change the recording.
    const metadata = JSON.parse(JSON.stringify(recorded)) as LlmCallMetadata & { raw_output: JsonValue };
    return { value: parsed.data as Value, metadata };
  }

  return {
    provider: records[0]?.provider ?? REPLAY_PROVIDER,
    get remaining() {
      return records.length - next;
    },
    async generateSelectorSpec(_brief, _assetSummary, options) {
      return replay<SelectorSpec>('generateSelectorSpec', options?.signal);
    },
    async reviseSelectorSpec(_spec, _outcome, _context, options) {
      return replay<SelectorSpec>('reviseSelectorSpec', options?.signal);
    },
    async generateExplanationSummary(_spec, _outcome, _nodes, options) {
      return replay<string>('generateExplanationSummary', options?.signal);
    },
    async generateScenarioDefinitions(_brief, _assetSummary, _count, options) {
      return replay<ScenarioDefinition[]>('generateScenarioDefinitions', options?.signal);
    },
    async extractFields(_message, _fieldNames, _context, options) {
      return replay<Record<string, unknown>>('extractFields', options?.signal);
    },
  };
}
