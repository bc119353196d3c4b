import { ASSET_TYPES } from './asset.js';
import { AccountingBasisSchema, SelectionObjectiveSchema, findObjectiveProblem } from './program-economics.js';
import { ProgramRequestSchema, type ProgramRequest } from './program.js';
import { ProgramTypeSchema, SelectionStrategySchema } from './selector-spec.js';
import { findUnstorableText } from './storable-text.js';
import { type ParseResult, problemsFromZodError } from './validation.js';

/*
 * A request read without zod when it surely passes `ProgramRequestSchema`: the
 * same value the schema gives (trimmed strings, defaults filled, keys in the
 * schema's order, an optional key given as `undefined` kept as such), built by
 * hand. Anything this reader is not sure of (a wrong type, a value out of
 * range, an unknown key, a duplicate id, a conflicting objective) goes to the
 * schema, which gives its own value or problems. Why: zod's parse of a
 * 34-asset request was about 2.5 % of a write's CPU and a seventh of its
 * allocation; a property test holds the two to the same answer.
 */

/** Returned by a field reader that is not sure of a value. */
const UNSURE = Symbol('unsure');
type Reader = (value: unknown) => unknown;

interface Field {
  readonly read: Reader;
  /** `required`, `optional` (left out when absent), or the default given for an absent or undefined value. */
  readonly absent: 'required' | 'optional' | { readonly value: unknown };
}

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const numberWhere =
  (test: (value: number) => boolean): Reader =>
  (value) =>
    isNumber(value) && test(value) ? value : UNSURE;
const anyNumber = numberWhere(() => true);
const positive = numberWhere((value) => value > 0);
const nonNegative = numberWhere((value) => value >= 0);
const unit = numberWhere((value) => value >= 0 && value <= 1);
const belowOne = numberWhere((value) => value > 0 && value < 1);
const costRate = numberWhere((value) => value >= 0 && value < 1);
const escalator = numberWhere((value) => value >= 0 && value < 0.25);
const years = numberWhere((value) => Number.isInteger(value) && value >= 1 && value <= 50);
const text: Reader = (value) => (typeof value === 'string' ? value : UNSURE);
const trimmedText =
  (maxLength: number): Reader =>
  (value) => {
    if (typeof value !== 'string') return UNSURE;
    const trimmed = value.trim();
    return trimmed.length >= 1 && trimmed.length <= maxLength ? trimmed : UNSURE;
  };
const nonEmpty = trimmedText(Number.POSITIVE_INFINITY);
const oneOf = (options: readonly string[]): Reader => {
  const allowed = new Set(options);
  return (value) => (typeof value === 'string' && allowed.has(value) ? value : UNSURE);
};
const nullable =
  (read: Reader): Reader =>
  (value) =>
    value === null ? null : read(value);
const listOf =
  (read: Reader): Reader =>
  (value) => {
    if (!Array.isArray(value)) return UNSURE;
    const items: unknown[] = [];
    for (let index = 0; index < value.length; index += 1) {
      const item = read(value[index]);
      if (item === UNSURE) return UNSURE;
      items.push(item);
    }
    return items;
  };

const required = (read: Reader): Field => ({ read, absent: 'required' });
const optional = (read: Reader): Field => ({ read, absent: 'optional' });
const withDefault = (read: Reader, value: unknown): Field => ({ read, absent: { value } });

/** An object with exactly the known keys, read field by field in the schema's order. */
function objectOf(fields: Readonly<Record<string, Field>>): Reader {
  const entries = Object.entries(fields);
  const known = new Set(Object.keys(fields));
  return (value) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value) || Object.getPrototypeOf(value) !== Object.prototype)
      return UNSURE;
    const input = value as Record<string, unknown>;
    for (const key in input) if (!known.has(key)) return UNSURE;
    const output: Record<string, unknown> = {};
    for (const [key, field] of entries) {
      const present = Object.hasOwn(input, key);
      const given = input[key];
      if (!present || given === undefined) {
        if (field.absent === 'required') return UNSURE;
        if (field.absent !== 'optional') output[key] = field.absent.value;
        else if (present) output[key] = undefined;
        continue;
      }
      const read = field.read(given);
      if (read === UNSURE) return UNSURE;
      output[key] = read;
    }
    return output;
  };
}

// Each field as `asset.ts`, `corporate-state.ts` and `program.ts` define it.
const readAsset = objectOf({
  asset_id: required(nonEmpty),
  name: required(nonEmpty),
  asset_type: required(oneOf(ASSET_TYPES)),
  market: required(nonEmpty),
  market_rent: required(positive),
  cap_rate: required(belowOne),
  book_value: required(nonNegative),
  criticality: required(unit),
  leaseability: required(unit),
  mortgage_balance: withDefault(nonNegative, 0),
  transaction_cost_rate: optional(costRate),
  lease_term_years: optional(years),
  rent_escalator: optional(escalator),
});

const readCorporateState = objectOf({
  ebitda: required(positive),
  net_debt: required(anyNumber),
  interest_expense: required(nonNegative),
  rent_expense: required(nonNegative),
  cost_of_debt: optional(unit),
  debt_paydown_share: withDefault(unit, 1),
  transaction_cost_rate: withDefault(costRate, 0.02),
  lease_adjustment_multiple: withDefault(nonNegative, 8),
  default_lease_term_years: optional(years),
  default_rent_escalator: optional(escalator),
  incremental_borrowing_rate: optional(unit),
  tax_rate: optional(unit),
  accounting_basis: optional(oneOf(AccountingBasisSchema.options)),
});

/** A non-empty asset list whose (trimmed) ids are unique. */
const readAssets: Reader = (value) => {
  const assets = listOf(readAsset)(value);
  if (assets === UNSURE || (assets as unknown[]).length === 0) return UNSURE;
  const ids = new Set<string>();
  for (const asset of assets as Array<{ asset_id: string }>) {
    if (ids.has(asset.asset_id)) return UNSURE;
    ids.add(asset.asset_id);
  }
  return assets;
};

const readRequest = objectOf({
  company: optional(text),
  description: optional(text),
  assets: required(readAssets),
  corporate_state: required(readCorporateState),
  program_type: withDefault(oneOf(ProgramTypeSchema.options), 'slb'),
  program_description: required(trimmedText(10_000)),
  fund_id: optional(nullable(nonEmpty)),
  target_override: optional(nullable(positive)),
  floor_override: optional(nullable(positive)),
  max_leverage_override: optional(nullable(numberWhere((value) => value > 0 && value < 10))),
  min_coverage_override: optional(nullable(numberWhere((value) => value > 0 && value < 20))),
  max_criticality_override: optional(nullable(unit)),
  min_leaseability_override: optional(nullable(unit)),
  exclude_markets_override: optional(nullable(listOf(nonEmpty))),
  strategy: optional(nullable(oneOf(SelectionStrategySchema.options))),
  objective: optional(nullable(oneOf(SelectionObjectiveSchema.options))),
  lease_term_override: optional(nullable(years)),
  rent_escalator_override: optional(nullable(escalator)),
  accounting_basis_override: optional(nullable(oneOf(AccountingBasisSchema.options))),
  tax_rate_override: optional(nullable(unit)),
});

/**
 * `ProgramRequestSchema`'s value for `input` when the hand-written reader is
 * sure the schema accepts it, else `undefined` (the schema must judge).
 * Does not look for unstorable text: see `safeParseProgramRequest`.
 */
export function readPlainProgramRequest(input: unknown): ProgramRequest | undefined {
  const request = readRequest(input);
  if (request === UNSURE) return undefined;
  const { objective, strategy } = request as ProgramRequest;
  // The schema's own refinement, by the same function.
  if (findObjectiveProblem(objective, strategy ?? 'exact', '') !== null) return undefined;
  return request as ProgramRequest;
}

/**
 * `safeParseInput(ProgramRequestSchema, input, root)`, the same answer, with
 * the schema left out for a request it surely accepts (`readPlainProgramRequest`).
 */
export function safeParseProgramRequest(input: unknown, root = ''): ParseResult<ProgramRequest> {
  const unstorable = findUnstorableText(input, root);
  if (unstorable.length > 0) return { ok: false, problems: unstorable };
  const plain = readPlainProgramRequest(input);
  if (plain !== undefined) return { ok: true, value: plain };
  const result = ProgramRequestSchema.safeParse(input);
  return result.success ? { ok: true, value: result.data } : { ok: false, problems: problemsFromZodError(result.error, root) };
}
