import { LlmCallRecordSchema } from '@leaseback/domain';
import { LlmError } from '@leaseback/llm';
import type {
  AuditStep,
  AuditTrace,
  AuditTraceEntry,
  ErrorInfo,
  LlmCallRecord,
  LlmMethod,
  OutcomeSnapshot,
  PolicyStatus,
  PolicyViolation,
  ProgramOutcome,
  SelectorSpec,
} from '@leaseback/domain';
import type { LlmCallMetadata } from '@leaseback/llm';

/** The fields of one entry a step may set; the rest default to null / empty. */
export interface AuditEntryInput {
  readonly step: AuditStep;
  readonly iteration: number;
  readonly spec?: SelectorSpec | null;
  readonly outcome?: ProgramOutcome | null;
  readonly policyStatus?: PolicyStatus | null;
  readonly violations?: readonly PolicyViolation[];
  readonly llmCall?: LlmCallRecord | null;
  readonly message?: string | null;
  readonly error?: ErrorInfo | null;
}

/** A compact, comparable view of an outcome for the trace. */
export function snapshotOutcome(outcome: ProgramOutcome): OutcomeSnapshot {
  return {
    status: outcome.status,
    proceeds: outcome.proceeds,
    shortfall: outcome.shortfall,
    target_amount: outcome.target_amount,
    selected_asset_ids: [...outcome.selected_asset_ids],
    binding_constraints: outcome.constraint_checks.filter((check) => check.binding).map((check) => check.name),
  };
}

/**
 * Joins a method name to the metadata a client returned, as the trace stores it.
 * The metadata is checked against the trace's schema here, at the boundary with
 * the client, so a faulty client cannot put a shape into the trace that a stored
 * run or a replay would later refuse.
 */
export function llmCallRecord(method: LlmMethod, metadata: LlmCallMetadata): LlmCallRecord {
  const checked = LlmCallRecordSchema.safeParse({ method, ...metadata });
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new LlmError('llm_invalid_output', `${method} returned invalid call metadata: ${problems}`, {
      provider: String(metadata.provider),
    });
  }
  return {
    method,
    provider: metadata.provider,
    model: metadata.model,
    latency_ms: metadata.latency_ms,
    usage: { ...metadata.usage },
    ...(checked.data.attempt_usage === undefined ? {} : { attempt_usage: checked.data.attempt_usage.map((usage) => ({ ...usage })) }),
    attempts: metadata.attempts,
    raw_output: metadata.raw_output,
    unrecognized: [...(metadata.unrecognized ?? [])],
    assumptions: [...(metadata.assumptions ?? [])],
  };
}

/**
 * Builds an audit trace one step at a time. Specs are deep-copied when recorded
 * so later changes to a working spec can never rewrite history.
 */
export class AuditRecorder {
  readonly #entries: AuditTraceEntry[] = [];
  readonly #now: () => Date;
  readonly #onRecord: ((entry: AuditTraceEntry) => void) | undefined;

  /** `onRecord` is told of every entry as it is appended (progress display). */
  constructor(now: () => Date, onRecord?: (entry: AuditTraceEntry) => void) {
    this.#now = now;
    this.#onRecord = onRecord;
  }

  /** Appends one entry stamped with the injected clock. */
  record(input: AuditEntryInput): void {
    const entry: AuditTraceEntry = {
      step: input.step,
      timestamp: this.#now().toISOString(),
      iteration: input.iteration,
      spec: input.spec ? structuredClone(input.spec) : null,
      outcome: input.outcome ? snapshotOutcome(input.outcome) : null,
      policy_status: input.policyStatus ?? null,
      violations: input.violations ? structuredClone([...input.violations]) : [],
      llm_call: input.llmCall ?? null,
      message: input.message ?? null,
      error: input.error ?? null,
    };
    this.#entries.push(entry);
    this.#onRecord?.(entry);
  }

  /** The trace so far (a copy). */
  trace(): AuditTrace {
    return { entries: structuredClone(this.#entries) };
  }
}
