import type { FundScope } from '../leaseback-service.js';

/**
 * The scope a session's own reads run under: the session's fund, intersected
 * with the caller's scope. A session belongs to one fund (or to none), and what
 * it reports on — the runs and scenario sets its messages name — must belong to
 * that fund too, whatever else the caller's key may see. An unrestricted caller
 * on a session without a fund reads without a fund filter; `belongsToSession`
 * then keeps only records without a fund.
 */
export function sessionReadScope(sessionFundId: string | null, callerScope: FundScope): FundScope {
  if (sessionFundId === null) return callerScope === undefined ? undefined : [];
  if (callerScope === undefined || callerScope.includes(sessionFundId)) return [sessionFundId];
  return [];
}

/** Whether a record read for a session belongs to the session's fund (both without a fund counts). */
export function belongsToSession(recordFundId: string | null, sessionFundId: string | null): boolean {
  return recordFundId === sessionFundId;
}
