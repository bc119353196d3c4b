import {
  DEFAULT_REVISION_POLICY_CONFIG,
  RevisionPolicyConfigSchema,
  parseInput,
  type AssetFilters,
  type PolicyResult,
  type PolicyViolation,
  type RevisionPolicyConfig,
  type SelectorSpec,
} from '@leaseback/domain';
import { enforceHardConstraints } from './hard-constraint-rule.js';
import { enforceGrowingList, enforceShrinkingList } from './list-filter-rule.js';
import { enforceNumericFilter } from './numeric-filter-rule.js';
import { policyViolation } from './policy-violation.js';
import { enforceFloor, enforceTarget } from './revision-target.js';

/** The revision policy's numbers as a caller may give them: any field left out takes its documented default. */
export type RevisionPolicyConfigInput = Partial<RevisionPolicyConfig>;

/**
 * Validates a policy configuration with the domain schema and fills in the
 * defaults. Throws `InvalidInputError` (code `invalid_input`) listing every
 * problem, e.g. `max_filter_step: Too big: expected number to be <=1`.
 */
export function resolveRevisionPolicyConfig(config?: RevisionPolicyConfigInput): RevisionPolicyConfig {
  if (config === undefined) return DEFAULT_REVISION_POLICY_CONFIG;
  return parseInput(RevisionPolicyConfigSchema, config, { subject: 'revision policy config' });
}

/**
 * Bounds how a revision may change the selection spec within one run.
 *
 * `original` is the run's first spec, `previous` the spec of the last
 * iteration, `proposed` the revision on the table. The result's `spec` is the
 * one to use next:
 * - a change of `program_type` makes the proposal `invalid` and `spec` is
 *   `previous` unchanged;
 * - otherwise every rule is applied and each field that had to be cut back is
 *   recorded as a violation (`clamped`), or the proposal passes untouched
 *   (`accepted`).
 *
 * Rules (numbers from `config`): covenants never looser than the ORIGINAL's;
 * the target never above the previous target, at most `max_target_step_fraction`
 * below it and never below the floor; `floor_amount` and `strategy` unchanged;
 * numeric filters loosen at most `max_filter_step` per iteration versus the
 * PREVIOUS spec and never past `max_criticality_ceiling` / `min_leaseability_floor`;
 * exclusion lists (and `exclude_mortgaged`) only grow and allow-lists only shrink;
 * `max_rent_added` is a covenant like the others (it may only tighten). Markets compare
 * case-insensitively.
 *
 * Pure: the inputs are never mutated and the result shares no objects with them.
 */
export function enforceRevisionPolicy(
  original: SelectorSpec,
  previous: SelectorSpec,
  proposed: SelectorSpec,
  config?: RevisionPolicyConfigInput,
): PolicyResult {
  const resolved = resolveRevisionPolicyConfig(config);

  if (proposed.program_type !== previous.program_type || proposed.program_type !== original.program_type) {
    return {
      status: 'invalid',
      spec: cloneSpec(previous),
      violations: [
        policyViolation(
          'program_type_immutable',
          'program_type',
          proposed.program_type,
          previous.program_type,
          `the program type may not change during revision (proposed ${String(proposed.program_type)}, the run is ${previous.program_type}); the proposal is refused`,
        ),
      ],
    };
  }

  const violations: PolicyViolation[] = [];
  const record = (violation: PolicyViolation | undefined): void => {
    if (violation !== undefined) violations.push(violation);
  };

  const target = enforceTarget(original, previous, proposed, resolved);
  record(target.violation);
  const floor = enforceFloor(original, proposed);
  record(floor.violation);
  const hardConstraints = enforceHardConstraints(original.hard_constraints, proposed.hard_constraints);
  violations.push(...hardConstraints.violations);
  const assetFilters = enforceAssetFilters(previous.asset_filters, proposed.asset_filters, resolved, record);

  let strategy = proposed.strategy;
  if (strategy !== previous.strategy) {
    record(
      policyViolation(
        'strategy_changed',
        'strategy',
        proposed.strategy,
        previous.strategy,
        `the selection strategy may not change during revision: kept ${previous.strategy}`,
      ),
    );
    strategy = previous.strategy;
  }

  const spec: SelectorSpec = {
    program_type: proposed.program_type,
    target_amount: target.target,
    ...(floor.floor === undefined ? {} : { floor_amount: floor.floor }),
    hard_constraints: hardConstraints.hardConstraints,
    asset_filters: assetFilters,
    strategy,
  };
  return { status: violations.length === 0 ? 'accepted' : 'clamped', spec, violations };
}

/** Applies the numeric and list filter rules, in the schema's field order. */
function enforceAssetFilters(
  previous: AssetFilters,
  proposed: AssetFilters,
  config: RevisionPolicyConfig,
  record: (violation: PolicyViolation | undefined) => void,
): AssetFilters {
  const maxCriticality = enforceNumericFilter('max_criticality', previous.max_criticality, proposed.max_criticality, config);
  record(maxCriticality.violation);
  const minLeaseability = enforceNumericFilter('min_leaseability', previous.min_leaseability, proposed.min_leaseability, config);
  record(minLeaseability.violation);
  const assetTypes = enforceShrinkingList('asset_filters.asset_types', previous.asset_types, proposed.asset_types, 'exact');
  record(assetTypes.violation);
  const includeMarkets = enforceShrinkingList(
    'asset_filters.include_markets',
    previous.include_markets,
    proposed.include_markets,
    'case_insensitive',
  );
  record(includeMarkets.violation);
  const excludeMarkets = enforceGrowingList(
    'asset_filters.exclude_markets',
    previous.exclude_markets,
    proposed.exclude_markets,
    'case_insensitive',
  );
  record(excludeMarkets.violation);
  const excludeAssetIds = enforceGrowingList(
    'asset_filters.exclude_asset_ids',
    previous.exclude_asset_ids,
    proposed.exclude_asset_ids,
    'exact',
  );
  record(excludeAssetIds.violation);

  const filters: AssetFilters = {};
  if (maxCriticality.value !== undefined) filters.max_criticality = maxCriticality.value;
  if (minLeaseability.value !== undefined) filters.min_leaseability = minLeaseability.value;
  if (assetTypes.list !== undefined) filters.asset_types = assetTypes.list;
  if (includeMarkets.list !== undefined) filters.include_markets = includeMarkets.list;
  if (excludeMarkets.list !== undefined) filters.exclude_markets = excludeMarkets.list;
  if (excludeAssetIds.list !== undefined) filters.exclude_asset_ids = excludeAssetIds.list;
  // Excluding mortgaged assets is an exclusion like the lists: a revision may add it, never drop it.
  if (previous.exclude_mortgaged === true && proposed.exclude_mortgaged !== true) {
    record(
      policyViolation(
        'list_filter_relaxed',
        'asset_filters.exclude_mortgaged',
        proposed.exclude_mortgaged === undefined ? undefined : String(proposed.exclude_mortgaged),
        'true',
        'mortgaged assets were excluded and may not be re-admitted by a revision: kept excluded',
      ),
    );
  }
  if (previous.exclude_mortgaged === true || proposed.exclude_mortgaged === true) filters.exclude_mortgaged = true;
  return filters;
}

/** A deep copy of a spec, so that a result never aliases an input. */
function cloneSpec(spec: SelectorSpec): SelectorSpec {
  return structuredClone(spec);
}
