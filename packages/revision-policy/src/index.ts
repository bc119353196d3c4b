export {
  enforceRevisionPolicy,
  resolveRevisionPolicyConfig,
  type RevisionPolicyConfigInput,
} from './enforce-revision-policy.js';
export { allowedTargetRange, revisionFloor, type TargetRange } from './revision-target.js';
export { numericFilterLimit, type NumericFilterLimit, type NumericFilterName } from './numeric-filter-rule.js';
export {
  DEFAULT_REVISION_POLICY_CONFIG,
  RevisionPolicyConfigSchema,
  type PolicyResult,
  type PolicyRule,
  type PolicyStatus,
  type PolicyViolation,
  type RevisionPolicyConfig,
} from '@leaseback/domain';
