import { InvalidInputError } from '@leaseback/domain';
import type { FundScope } from '../leaseback-service.js';
import { NotFoundError } from '../service-errors.js';

/**
 * The fund a write goes to. Unrestricted callers write where they say (or to no
 * fund). A scoped caller writes to a fund of its scope: the one it names, or its
 * only fund when it names none. A fund outside the scope is reported as not
 * found, like any other fund's record.
 */
export function resolveWriteFund(requested: string | null | undefined, scope: FundScope, path: string): string | null {
  if (scope === undefined) return requested ?? null;
  if (requested !== null && requested !== undefined) {
    if (scope.includes(requested)) return requested;
    throw new NotFoundError('fund', requested);
  }
  const [only, ...others] = scope;
  if (only !== undefined && others.length === 0) return only;
  throw new InvalidInputError([{ path, message: 'is required: the caller may write to several funds' }]);
}

/** The fund of a scenario set: the set's own, or its base request's; the two may not disagree. */
export function scenarioSetFund(setFund: string | null | undefined, baseFund: string | null | undefined): string | null | undefined {
  if (setFund && baseFund && setFund !== baseFund)
    throw new InvalidInputError([
      { path: 'request.base_request.fund_id', message: `must be absent or equal to request.fund_id ("${setFund}")` },
    ]);
  return setFund ?? baseFund;
}
