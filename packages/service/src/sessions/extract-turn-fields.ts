import type { JsonValue } from '@leaseback/domain';
import { EXTRACTABLE_FIELDS, type LlmClient } from '@leaseback/llm';
import { CONTROL_FIELDS, PROGRAM_FIELDS, SERVICE_FIELDS, fieldRule } from './session-fields.js';

/** A user signal about the conversation flow. */
export type LifecycleSignal = 'pause' | 'cancel' | 'resume' | 'exit';

const SIGNALS: readonly LifecycleSignal[] = ['pause', 'cancel', 'resume', 'exit'];

/** A field value the message stated but the session cannot use, and why. */
export interface IgnoredField {
  readonly field: string;
  readonly value: JsonValue;
  readonly reason: string;
}

/** What one message says, as the session reads it. */
export interface ExtractedTurn {
  /** Playbook fields the message states, validated. */
  readonly fields: Record<string, JsonValue>;
  /** Stated values that were out of bounds or of the wrong kind. */
  readonly ignored: IgnoredField[];
  readonly signal: LifecycleSignal | null;
  /** `true` for "yes, run it", `false` for "no", `null` when the message says neither. */
  readonly confirmation: boolean | null;
  /** True when the message was read as a bare answer to the previous question ("150M"). */
  readonly answeredQuestion: boolean;
  /** Phrases of the message the extractor could not read (said back to the user). */
  readonly unrecognized: readonly string[];
}

/** What `extractTurnFields` needs besides the client and the message. */
export interface ExtractTurnFieldsOptions {
  /** The playbook fields worth reading (see `orchestrator.wantedFields`). */
  readonly wanted: readonly string[];
  /** Fields already known, so a model can resolve "same as before". */
  readonly knownFields: Readonly<Record<string, unknown>>;
  /** The portfolio's markets, for place names. */
  readonly markets: readonly string[];
  /** The field the previous reply asked for, if it asked one. */
  readonly askedField: string | null;
  readonly signal?: AbortSignal;
}

/**
 * Reads one message with the client's `extractFields`: the wanted playbook
 * fields plus `lifecycle_signal` and `confirmation`. Values are checked against
 * the field rules (out-of-bounds values are reported in `ignored`, never used).
 * When the message states nothing at all and the previous reply asked for one
 * field, it is read once more as a bare answer to that question ("150M" →
 * "raise 150M"), so short answers work with the offline parser too.
 */
export async function extractTurnFields(llm: LlmClient, message: string, options: ExtractTurnFieldsOptions): Promise<ExtractedTurn> {
  // The program's fields are read at every step: a constraint stated at the confirm step still counts.
  const wanted = [...new Set([...options.wanted, ...PROGRAM_FIELDS, 'num_scenarios'])].filter((field) => !SERVICE_FIELDS.includes(field));
  const requested = [...wanted, CONTROL_FIELDS.lifecycleSignal, CONTROL_FIELDS.confirmation];
  const callOptions = options.signal === undefined ? {} : { signal: options.signal };
  const context = {
    known_fields: options.knownFields,
    field_descriptions: describeFields(requested),
    markets: options.markets,
  };
  const { value, metadata } = await llm.extractFields(message, requested, context, callOptions);
  const unrecognized = [...(metadata.unrecognized ?? [])];
  const fields: Record<string, JsonValue> = {};
  const ignored: IgnoredField[] = [];
  let signal: LifecycleSignal | null = null;
  let confirmation: boolean | null = null;
  for (const [name, raw] of Object.entries(value)) {
    if (raw === undefined || raw === null) continue;
    if (name === CONTROL_FIELDS.lifecycleSignal) {
      signal =
        typeof raw === 'string' && (SIGNALS as readonly string[]).includes(raw.trim().toLowerCase())
          ? (raw.trim().toLowerCase() as LifecycleSignal)
          : null;
      continue;
    }
    if (name === CONTROL_FIELDS.confirmation) {
      confirmation = typeof raw === 'boolean' ? raw : null;
      continue;
    }
    // A model may answer fields nobody asked for; only the requested ones count.
    if (!wanted.includes(name)) continue;
    acceptField(name, raw as JsonValue, fields, ignored);
  }

  const asked = options.askedField;
  const rule = asked === null ? undefined : fieldRule(asked);
  const statedNothing = Object.keys(fields).length === 0 && ignored.length === 0 && signal === null && confirmation === null;
  if (statedNothing && asked !== null && rule?.frameAnswer !== undefined && wanted.includes(asked)) {
    const framed = await llm.extractFields(
      rule.frameAnswer(message.trim()),
      [asked],
      { ...context, field_descriptions: describeFields([asked]) },
      callOptions,
    );
    const answer = framed.value[asked];
    if (answer !== undefined && answer !== null) {
      acceptField(asked, answer as JsonValue, fields, ignored);
      const answered = Object.hasOwn(fields, asked);
      return { fields, ignored, signal, confirmation, answeredQuestion: answered, unrecognized: answered ? [] : unrecognized };
    }
  }
  return { fields, ignored, signal, confirmation, answeredQuestion: false, unrecognized };
}

function acceptField(name: string, raw: JsonValue, fields: Record<string, JsonValue>, ignored: IgnoredField[]): void {
  const rule = fieldRule(name);
  if (rule === undefined) {
    fields[name] = raw;
    return;
  }
  let parsed = rule.schema.safeParse(raw);
  // Models sometimes answer numbers as text ("3.5").
  if (!parsed.success && typeof raw === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(raw)) parsed = rule.schema.safeParse(Number(raw));
  if (parsed.success) fields[name] = parsed.data as JsonValue;
  else ignored.push({ field: name, value: raw, reason: parsed.error.issues[0]?.message ?? 'not a valid value' });
}

function describeFields(names: readonly string[]): Record<string, string> {
  const descriptions: Record<string, string> = {};
  for (const name of names) {
    const description =
      fieldRule(name)?.description ??
      (Object.hasOwn(EXTRACTABLE_FIELDS, name) ? EXTRACTABLE_FIELDS[name as keyof typeof EXTRACTABLE_FIELDS] : undefined);
    if (description !== undefined) descriptions[name] = description;
  }
  return descriptions;
}
