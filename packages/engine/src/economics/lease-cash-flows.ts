/**
 * The cash flows of one leaseback (`docs/domain.md`, "Program economics"): rent
 * paid annually in arrears, year t's rent `market_rent x (1 + g)^(t-1)` for
 * t = 1..T, and the buyer's residual `market_rent x (1 + g)^T / cap_rate` at T.
 * The lease liability uses the growing-annuity closed form (it runs for every
 * eligible asset under IFRS 16) except when g is within 1e-4 of the rate, where
 * the closed form would lose digits and the loop over at most 50 years runs.
 */

/** The lease of one asset as the formulas need it. */
export interface LeaseTerms {
  /** First-year rent (the market rent). */
  readonly rent: number;
  /** Annual escalator g. */
  readonly escalator: number;
  /** Term T in whole years. */
  readonly years: number;
}

/** Below this gap between rate and escalator the closed form loses digits; the loop is used instead. */
const CLOSED_FORM_MIN_GAP = 1e-4;

/**
 * Present value at `rate` of a lease whose first-year rent is 1: the growing
 * annuity factor. A lease's present value is its rent times this factor, which
 * depends only on (escalator, term, rate), so a program computes it once per
 * distinct lease (`lease-valuation.ts`).
 */
export function rentAnnuityFactor(escalator: number, years: number, rate: number): number {
  if (Math.abs(rate - escalator) > CLOSED_FORM_MIN_GAP) {
    const ratio = (1 + escalator) / (1 + rate);
    return (1 - ratio ** years) / (rate - escalator);
  }
  const growth = 1 + escalator;
  const discount = 1 / (1 + rate);
  let payment = 1;
  let factor = discount;
  let total = 0;
  for (let year = 1; year <= years; year += 1) {
    total += payment * factor;
    payment *= growth;
    factor *= discount;
  }
  return total;
}

/** Present value at `rate` of the lease payments: the lease liability when `rate` is the IBR. */
export function presentValueOfRents(lease: LeaseTerms, rate: number): number {
  return lease.rent * rentAnnuityFactor(lease.escalator, lease.years, rate);
}

/** What the buyer holds at lease end: the next year's rent capitalised at the cap rate. */
export function residualValueOf(lease: LeaseTerms, capRate: number): number {
  return (lease.rent * (1 + lease.escalator) ** lease.years) / capRate;
}

/** Present value at `rate` of everything the company gives up: the rents and the residual at T. */
export function presentValueOfLeaseback(lease: LeaseTerms, residualValue: number, rate: number): number {
  return presentValueOfRents(lease, rate) + residualValue / (1 + rate) ** lease.years;
}

/**
 * The yearly outflows of a leaseback (index t = 1..T; index 0 unused), added
 * into `flows` so that a program's flows are the sum of its assets' flows.
 */
export function addLeasebackFlows(flows: Float64Array, lease: LeaseTerms, residualValue: number): void {
  addLeasebackFlowsOf(flows, lease.rent, lease.escalator, lease.years, residualValue);
}

/** `addLeasebackFlows` from the lease's numbers, for loops that do not build a lease object. */
export function addLeasebackFlowsOf(flows: Float64Array, rent: number, escalator: number, years: number, residualValue: number): void {
  const growth = 1 + escalator;
  let payment = rent;
  for (let year = 1; year <= years; year += 1) {
    flows[year] = (flows[year] as number) + payment;
    payment *= growth;
  }
  flows[years] = (flows[years] as number) + residualValue;
}

/** The precision the IRR is solved to (`docs/domain.md`: 1e-10). */
const RATE_PRECISION = 1e-12;
/** The highest rate searched; a leaseback dearer than this (selling costs near 100 %) has no implied cost reported. */
const HIGHEST_RATE = 1e6;
const MAX_ITERATIONS = 400;

/**
 * The rate r at which `inflow` (received at time 0) equals the present value of
 * `flows[t]` (paid at t = 1..n): the implied cost of the funding. The root is
 * unique when every flow is >= 0 and some is > 0 (one inflow, then outflows: the
 * present value falls strictly as r rises). Solved by Newton's method kept
 * inside a bracket that bisection shrinks whenever a Newton step would leave it
 * (a bracketing method: it always converges), to 1e-12 in r. Returns null when
 * there is no root in (-1, 1e6): no inflow, no outflow, or costs beyond any
 * meaningful rate.
 */
export function internalRate(inflow: number, flows: Float64Array): number | null {
  if (!(inflow > 0)) return null;
  let last = flows.length - 1;
  while (last > 0 && (flows[last] as number) === 0) last -= 1;
  if (last === 0) return null;
  // excess(r) = PV(r) - inflow: strictly decreasing in r.
  const evaluate = (rate: number): { excess: number; slope: number } => {
    const discount = 1 / (1 + rate);
    let factor = discount;
    let value = 0;
    let slope = 0;
    for (let year = 1; year <= last; year += 1) {
      const flow = flows[year] as number;
      value += flow * factor;
      slope -= year * flow * factor * discount;
      factor *= discount;
    }
    return { excess: value - inflow, slope };
  };
  let low = -0.999_999;
  let high = 1;
  if (evaluate(low).excess <= 0) return null;
  while (evaluate(high).excess > 0) {
    high *= 4;
    if (high > HIGHEST_RATE) return null;
  }
  let rate = (low + high) / 2;
  for (let iteration = 0; iteration < MAX_ITERATIONS && high - low > RATE_PRECISION; iteration += 1) {
    const { excess, slope } = evaluate(rate);
    if (excess === 0) return rate;
    if (excess > 0) low = rate;
    else high = rate;
    const newton = slope < 0 ? rate - excess / slope : Number.NaN;
    const next = newton > low && newton < high ? newton : (low + high) / 2;
    if (Math.abs(next - rate) <= RATE_PRECISION * Math.max(1, Math.abs(rate))) return next;
    rate = next;
  }
  return rate;
}

/**
 * The implied cost of one leaseback: the rate at which its rents and residual
 * are worth `gross`. Starts Newton's method at `start`, a rate known to be at
 * or below the root (for a leaseback, `cap_rate + g`: the exact answer with no
 * selling cost, and any selling cost only raises it). The present value is
 * convex and decreasing in the rate, so from the left Newton's steps never
 * overshoot and converge quadratically: a few steps, no bracket search, no
 * allocation (this runs once per selected asset). Falls back to
 * `internalRate` if the start is not at or left of the root.
 */
export function leasebackRate(lease: LeaseTerms, residualValue: number, gross: number, start: number): number | null {
  const growth = 1 + lease.escalator;
  const years = lease.years;
  let rate = start;
  for (let iteration = 0; iteration < 100; iteration += 1) {
    const discount = 1 / (1 + rate);
    let factor = discount;
    let payment = lease.rent;
    let value = 0;
    let slope = 0;
    for (let year = 1; year <= years; year += 1) {
      value += payment * factor;
      slope -= year * payment * factor * discount;
      payment *= growth;
      factor *= discount;
    }
    const residualFactor = factor / discount; // (1 + rate)^-years
    value += residualValue * residualFactor;
    slope -= years * residualValue * residualFactor * discount;
    const excess = value - gross;
    if (excess < 0 && iteration === 0) break; // the start is right of the root: use the bracketing solver
    if (!(slope < 0)) break;
    const step = -excess / slope;
    rate += step;
    if (Math.abs(step) <= RATE_PRECISION * Math.max(1, Math.abs(rate))) return rate;
  }
  const flows = new Float64Array(years + 1);
  addLeasebackFlows(flows, lease, residualValue);
  return internalRate(gross, flows);
}
