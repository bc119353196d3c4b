/**
 * How many records a list answers: the default when the caller names no limit,
 * and the most it may ask for. Defined once here and used by the store, the
 * service, the API's OpenAPI document and the CLI's help text.
 */
export interface ListLimits {
  readonly default: number;
  readonly max: number;
}

/** Runs, newest first. */
export const RUN_LIST_LIMITS: ListLimits = Object.freeze({ default: 20, max: 100 });

/** Scenario sets, newest first. */
export const SCENARIO_SET_LIST_LIMITS: ListLimits = Object.freeze({ default: 10, max: 100 });
