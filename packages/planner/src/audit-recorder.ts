import { LlmCallRecordSchema, NoticeCodeSchema, NoticeSeveritySchema } from '@leaseback/domain';
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
import { copyPlainData } from './copy-plain-data.js';

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
  if (isPlainCallMetadata(metadata)) return callRecord(method, metadata, metadata.attempt_usage);
  const checked = LlmCallRecordSchema.safeParse({ method, ...metadata });
  if (!checked.success) {
    const problems = checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new LlmError('llm_invalid_output', `${method} returned invalid call metadata: ${problems}`, {
      provider: String(metadata.provider),
    });
  }
  return callRecord(method, metadata, checked.data.attempt_usage);
}

function callRecord(method: LlmMethod, metadata: LlmCallMetadata, attemptUsage: LlmCallRecord['attempt_usage']): LlmCallRecord {
  return {
    method,
    provider: metadata.provider,
    model: metadata.model,
    latency_ms: metadata.latency_ms,
    usage: { ...metadata.usage },
    ...(attemptUsage === undefined ? {} : { attempt_usage: attemptUsage.map((usage) => ({ ...usage })) }),
    attempts: metadata.attempts,
    raw_output: metadata.raw_output,
    unrecognized: [...(metadata.unrecognized ?? [])],
    assumptions: [...(metadata.assumptions ?? [])],
  };
}

/** The fields `LlmCallRecordSchema` allows in call metadata (the method is the planner's own). */
const METADATA_KEYS = new Set([
  'provider',
  'model',
  'latency_ms',
  'usage',
  'attempt_usage',
  'attempts',
  'raw_output',
  'unrecognized',
  'assumptions',
  'notices',
]);
const USAGE_KEYS = ['input_tokens', 'output_tokens', 'total_tokens'] as const;
const NOTICE_KEYS = new Set(['code', 'severity', 'message', 'field']);
const NOTICE_CODES = new Set<unknown>(NoticeCodeSchema.options);
const NOTICE_SEVERITIES = new Set<unknown>(NoticeSeveritySchema.options);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

function isCount(value: unknown, minimum: number): boolean {
  return Number.isSafeInteger(value) && (value as number) >= minimum;
}

/** `Array.prototype.every` skips holes, which the schema reads as undefined: this does not. */
function isListOf(value: unknown, isItem: (item: unknown) => boolean): boolean {
  if (!Array.isArray(value)) return false;
  for (let index = 0; index < value.length; index += 1) if (!(index in value) || !isItem(value[index])) return false;
  return true;
}

function isTokenUsage(value: unknown): boolean {
  return isPlainObject(value) && Object.keys(value).length === USAGE_KEYS.length && USAGE_KEYS.every((key) => isCount(value[key], 0));
}

function isNotice(value: unknown): boolean {
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) if (!NOTICE_KEYS.has(key)) return false;
  return (
    NOTICE_CODES.has(value['code']) &&
    NOTICE_SEVERITIES.has(value['severity']) &&
    typeof value['message'] === 'string' &&
    (value['field'] === undefined || typeof value['field'] === 'string')
  );
}

function isStringList(value: unknown): boolean {
  return value === undefined || isListOf(value, (item) => typeof item === 'string');
}

/**
 * Whether `value` is surely a JSON value `JsonValueSchema` accepts: finite
 * numbers, strings, booleans, null, dense arrays and plain objects with only
 * enumerable string keys. Anything unusual answers false and goes to the schema.
 */
function isPlainJson(value: unknown): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (Array.isArray(value)) return isListOf(value, isPlainJson);
      if (!isPlainObject(value)) return false;
      // Symbol and non-enumerable keys are for the schema to judge.
      const keys = Reflect.ownKeys(value);
      if (keys.length !== Object.keys(value).length) return false;
      for (const key of keys) if (!isPlainJson(value[key as string])) return false;
      return true;
    }
    default:
      return false;
  }
}

/**
 * The cheap check of call metadata: true only when `LlmCallRecordSchema` would
 * surely accept (no field it would refuse; the record is built from the
 * metadata itself either way). Why: parsing the raw output against the recursive JSON
 * schema was a fiftieth of a write's CPU for what a well-behaved client always
 * returns; anything else is parsed as before, with the schema's own messages.
 */
function isPlainCallMetadata(metadata: LlmCallMetadata): boolean {
  if (!isPlainObject(metadata)) return false;
  for (const key of Object.keys(metadata)) if (!METADATA_KEYS.has(key)) return false;
  return (
    typeof metadata.provider === 'string' &&
    typeof metadata.model === 'string' &&
    Number.isFinite(metadata.latency_ms) &&
    metadata.latency_ms >= 0 &&
    isTokenUsage(metadata.usage) &&
    (metadata.attempt_usage === undefined || isListOf(metadata.attempt_usage, isTokenUsage)) &&
    isCount(metadata.attempts, 1) &&
    isStringList(metadata.unrecognized) &&
    isStringList(metadata.assumptions) &&
    (metadata.notices === undefined || isListOf(metadata.notices, isNotice)) &&
    isPlainJson(metadata.raw_output)
  );
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
      spec: input.spec ? copyPlainData(input.spec) : null,
      outcome: input.outcome ? snapshotOutcome(input.outcome) : null,
      policy_status: input.policyStatus ?? null,
      violations: input.violations ? copyPlainData([...input.violations]) : [],
      llm_call: input.llmCall ?? null,
      message: input.message ?? null,
      error: input.error ?? null,
    };
    this.#entries.push(entry);
    this.#onRecord?.(entry);
  }

  /** The trace so far (a copy). */
  trace(): AuditTrace {
    return { entries: copyPlainData(this.#entries) };
  }
}
