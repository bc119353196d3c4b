import {
  InvalidInputError,
  RunListItemSchema,
  RunStatusSchema,
  ScenarioKindSchema,
  type InputProblem,
  type RunRecord,
} from '@leaseback/domain';
import { checkValue, type CheckResult } from './validate-stored-value.js';

/** The scalar fields of a run, checked in full against the schema on every write. */
const LISTED_KEYS = Object.keys(RunListItemSchema.shape) as ReadonlyArray<keyof RunRecord>;
/** The payload fields, trusted in shape: objects (or null) built and validated by the service. */
const PAYLOAD_KEYS = ['response', 'audit_trace', 'request'] as const;
const TEXT_KEYS = ['error', 'error_code'] as const;
const KNOWN_KEYS = new Set<string>([...LISTED_KEYS, ...PAYLOAD_KEYS, ...TEXT_KEYS]);

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const RUN_STATUSES = new Set<string>(RunStatusSchema.options);
const SCENARIO_KINDS = new Set<string>(ScenarioKindSchema.options);
const ISO_TIMESTAMP_SHAPE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

function isTextOrNull(value: unknown): boolean {
  return value === null || typeof value === 'string';
}

/**
 * Whether the scalar fields surely pass `RunListItemSchema` unchanged, without
 * parsing: strings where the schema wants strings (or null where nullable), an
 * enumerated status and kind, and `created_at` exactly as `toISOString` writes
 * a real date (the form the service stores, which the schema's timestamp
 * accepts). Why: parsing them and comparing the result with the input was about
 * 1 % of a write's CPU; a record this check does not clear is parsed as before,
 * so the problems reported are the schema's own.
 */
function isPlainListedFields(fields: Record<string, unknown>): boolean {
  const createdAt = fields['created_at'];
  if (typeof createdAt !== 'string' || !ISO_TIMESTAMP_SHAPE.test(createdAt)) return false;
  const time = Date.parse(createdAt);
  return (
    Number.isFinite(time) &&
    new Date(time).toISOString() === createdAt &&
    typeof fields['run_id'] === 'string' &&
    isTextOrNull(fields['fund_id']) &&
    typeof fields['program_description'] === 'string' &&
    RUN_STATUSES.has(fields['status'] as string) &&
    isTextOrNull(fields['scenario_set_id']) &&
    (fields['scenario_kind'] === null || SCENARIO_KINDS.has(fields['scenario_kind'] as string)) &&
    isTextOrNull(fields['scenario_label'])
  );
}

/**
 * The cheap guard on a run about to be written. The service validates a request
 * once at the boundary and builds the run from typed values, so the store does
 * not parse the (large) response, trace and request again: re-validating every
 * record cost a sixth of a write's CPU. It checks what the store itself relies
 * on: the scalar columns against the schema (ids, status, timestamps, scenario
 * fields), the payloads are objects or null, the error texts are strings or
 * null, and no unknown field. Problem paths are prefixed with `root`.
 */
export function guardRunForWrite(record: unknown, root = ''): CheckResult<RunRecord> {
  const path = (key: string): string => (root === '' ? key : `${root}.${key}`);
  if (!isPlainObject(record)) return { ok: false, problems: [{ path: root, message: 'must be a run record (an object)' }] };
  const fields = record as Record<string, unknown>;
  const problems: InputProblem[] = [];
  let checked: CheckResult<unknown> = { ok: true, value: fields };
  if (!isPlainListedFields(fields)) {
    const listed: Record<string, unknown> = {};
    for (const key of LISTED_KEYS) listed[key] = fields[key];
    const parsed = checkValue(RunListItemSchema, listed, root);
    checked = parsed.ok && parsed.value === listed ? { ok: true, value: fields } : parsed;
    if (!parsed.ok) problems.push(...parsed.problems);
  }
  for (const key of PAYLOAD_KEYS) {
    const value = fields[key];
    // `request` may be left out (the schema's default is null).
    if (value === null || (key === 'request' && value === undefined) || isPlainObject(value)) continue;
    problems.push({ path: path(key), message: 'must be an object or null' });
  }
  for (const key of TEXT_KEYS) {
    const value = fields[key];
    if (value !== null && typeof value !== 'string') problems.push({ path: path(key), message: 'must be a string or null' });
  }
  for (const key of Object.keys(fields)) {
    if (!KNOWN_KEYS.has(key)) problems.push({ path: path(key), message: 'is not a field of a run record' });
  }
  if (problems.length > 0 || !checked.ok) return { ok: false, problems };
  // The schema may have normalised a scalar field; the payloads are the caller's own objects.
  const value = checked.value === fields ? (record as RunRecord) : ({ ...fields, ...(checked.value as object) } as RunRecord);
  return { ok: true, value };
}

/**
 * The guard `createRun` applies before it writes: `guardRunForWrite` on the
 * record, and the serialised response, when given, a string (its content is
 * trusted like the typed record it came from). Returns the record to write;
 * throws `InvalidInputError` (subject `run`) listing every problem.
 */
export function guardRunCreation(record: unknown, responseJson: unknown): RunRecord {
  const guarded = guardRunForWrite(record);
  if (!guarded.ok) throw new InvalidInputError(guarded.problems, { subject: 'run' });
  if (responseJson !== undefined && typeof responseJson !== 'string')
    throw new InvalidInputError([{ path: 'response', message: 'the serialised response must be a string' }], { subject: 'run' });
  return guarded.value;
}
