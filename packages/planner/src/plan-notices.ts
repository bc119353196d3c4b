import { greedyMissedReachableTarget, type Notice, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import { formatMoney, formatRatio } from '@leaseback/engine';
import type { LlmCallMetadata } from '@leaseback/llm';

/** Greedy proceeds above the target by more than this share earn a `greedy_overshoot` notice. */
export const OVERSHOOT_SHARE = 0.1;

/** Whether the reading call says the target was not read but defaulted. */
export function targetWasDefaulted(metadata: LlmCallMetadata): boolean {
  if ((metadata.notices ?? []).some((notice) => notice.code === 'target_defaulted')) return true;
  return (metadata.assumptions ?? []).some((assumption) => /^target (?:amount )?not (?:stated|given)/i.test(assumption));
}

/**
 * The notices of reading the brief: what the client reported (a state resolved,
 * a covenant defaulted, an unknown place) and each phrase it did not understand,
 * quoted. `target_defaulted` is left out: a plan never runs on a defaulted target.
 */
export function readingNotices(metadata: LlmCallMetadata): Notice[] {
  const notices = (metadata.notices ?? []).filter((notice) => notice.code !== 'target_defaulted');
  for (const phrase of metadata.unrecognized ?? []) {
    notices.push({ code: 'clause_not_understood', severity: 'warning', message: `not understood, so not applied: "${phrase}"` });
  }
  return notices;
}

/** A floor notice: the default floor used, or a brief's floor above the target lowered to it. */
export function floorNotice(kind: 'defaulted' | 'capped', spec: SelectorSpec, detail: { fraction?: number; stated?: number }): Notice {
  if (kind === 'defaulted') {
    return {
      code: 'floor_defaulted',
      severity: 'info',
      message: `no floor stated: a revision may lower the target to ${formatMoney(spec.floor_amount ?? 0)}, ${Math.round((detail.fraction ?? 0) * 100)} % of the target (default)`,
      field: 'floor_amount',
    };
  }
  return {
    code: 'floor_capped',
    severity: 'warning',
    message: `the brief's floor of ${formatMoney(detail.stated ?? 0)} is above its target of ${formatMoney(spec.target_amount)}: the floor is the target`,
    field: 'floor_amount',
  };
}

type Direction = 'max' | 'min';
interface BoundField {
  readonly path: readonly [string, string];
  readonly label: string;
  /** `max`: raising it loosens; `min`: lowering it loosens. */
  readonly direction: Direction;
  readonly format: (value: number) => string;
  readonly code: 'filter_relaxed' | 'covenant_relaxed';
}

const BOUND_FIELDS: readonly BoundField[] = [
  {
    path: ['hard_constraints', 'max_net_leverage'],
    label: 'net leverage limit',
    direction: 'max',
    format: formatRatio,
    code: 'covenant_relaxed',
  },
  {
    path: ['hard_constraints', 'min_fixed_charge_coverage'],
    label: 'fixed-charge coverage minimum',
    direction: 'min',
    format: formatRatio,
    code: 'covenant_relaxed',
  },
  {
    path: ['hard_constraints', 'max_lease_adjusted_leverage'],
    label: 'lease-adjusted leverage limit',
    direction: 'max',
    format: formatRatio,
    code: 'covenant_relaxed',
  },
  {
    path: ['hard_constraints', 'max_market_share'],
    label: 'single-market share cap',
    direction: 'max',
    format: (value) => `${Math.round(value * 1000) / 10} %`,
    code: 'covenant_relaxed',
  },
  { path: ['hard_constraints', 'max_rent_added'], label: 'new rent cap', direction: 'max', format: formatMoney, code: 'covenant_relaxed' },
  { path: ['asset_filters', 'max_criticality'], label: 'criticality', direction: 'max', format: formatTwo, code: 'filter_relaxed' },
  { path: ['asset_filters', 'min_leaseability'], label: 'leaseability', direction: 'min', format: formatTwo, code: 'filter_relaxed' },
];

function formatTwo(value: number): string {
  return value.toFixed(2);
}

function specValue(spec: SelectorSpec, path: readonly [string, string]): unknown {
  return (spec as unknown as Record<string, Record<string, unknown>>)[path[0]]?.[path[1]];
}

/**
 * What one accepted revision loosened, compared with the spec before it: the
 * target lowered, a covenant or filter loosened or dropped, a list filter
 * widened. Each notice says from -> to and at which iteration.
 */
export function revisionNotices(before: SelectorSpec, after: SelectorSpec, iteration: number): Notice[] {
  const notices: Notice[] = [];
  const at = `(revision ${iteration})`;
  if (after.target_amount < before.target_amount) {
    notices.push({
      code: 'target_relaxed',
      severity: 'warning',
      message: `target lowered from ${formatMoney(before.target_amount)} to ${formatMoney(after.target_amount)} ${at}`,
      field: 'target_amount',
    });
  }
  for (const field of BOUND_FIELDS) {
    const old = specValue(before, field.path);
    const next = specValue(after, field.path);
    if (typeof old !== 'number') continue;
    const loosened = typeof next !== 'number' || (field.direction === 'max' ? next > old : next < old);
    if (!loosened) continue;
    notices.push({
      code: field.code,
      severity: 'warning',
      message:
        typeof next === 'number'
          ? `${field.label} relaxed from ${field.format(old)} to ${field.format(next)} ${at}`
          : `${field.label} limit of ${field.format(old)} dropped ${at}`,
      field: field.path.join('.'),
    });
  }
  const listChange = (field: 'asset_types' | 'include_markets', label: string): void => {
    const old = before.asset_filters[field] as readonly string[] | undefined;
    const next = after.asset_filters[field] as readonly string[] | undefined;
    if (old === undefined) return;
    if (next === undefined)
      notices.push({
        code: 'filter_relaxed',
        severity: 'warning',
        message: `${label} filter (${old.join(', ')}) dropped ${at}`,
        field: `asset_filters.${field}`,
      });
    else {
      const added = next.filter((item) => !old.includes(item));
      if (added.length > 0)
        notices.push({
          code: 'filter_relaxed',
          severity: 'warning',
          message: `${label} widened to include ${added.join(', ')} ${at}`,
          field: `asset_filters.${field}`,
        });
    }
  };
  listChange('asset_types', 'asset types');
  listChange('include_markets', 'markets');
  const exclusionChange = (field: 'exclude_markets' | 'exclude_asset_ids', label: string): void => {
    const old = before.asset_filters[field] ?? [];
    const next = after.asset_filters[field] ?? [];
    const readmitted = old.filter((item) => !next.includes(item));
    if (readmitted.length > 0)
      notices.push({
        code: 'filter_relaxed',
        severity: 'warning',
        message: `${label} ${readmitted.join(', ')} no longer excluded ${at}`,
        field: `asset_filters.${field}`,
      });
  };
  exclusionChange('exclude_markets', 'markets');
  exclusionChange('exclude_asset_ids', 'assets');
  if (before.asset_filters.exclude_mortgaged === true && after.asset_filters.exclude_mortgaged !== true) {
    notices.push({
      code: 'filter_relaxed',
      severity: 'warning',
      message: `mortgaged assets no longer excluded ${at}`,
      field: 'asset_filters.exclude_mortgaged',
    });
  }
  return notices;
}

/** What exact would raise for the same spec, when it was cheap to find out. */
export interface ExactAlternative {
  readonly proceeds: number;
  readonly assetCount: number;
}

/**
 * Notices about the answer itself: an infeasible outcome measured against the
 * original ask (and the last revised target when it moved), a greedy shortfall
 * that the capacity run proved another set avoids, a greedy overshoot
 * above `OVERSHOOT_SHARE` of the target (with what exact would raise, when
 * known), and net cash after the program (why net leverage reads negative).
 */
export function outcomeNotices(original: SelectorSpec, outcome: ProgramOutcome, exact: ExactAlternative | null): Notice[] {
  const notices: Notice[] = [];
  const asked = original.target_amount;
  if (outcome.status === 'infeasible') {
    const againstAsk = Math.max(0, asked - outcome.proceeds);
    const revised =
      outcome.target_amount !== asked
        ? `; against the revised target of ${formatMoney(outcome.target_amount)} the shortfall is ${formatMoney(outcome.shortfall)}`
        : '';
    notices.push({
      code: 'infeasible_shortfall',
      severity: 'warning',
      message: `infeasible: ${formatMoney(outcome.proceeds)} raised against the ${formatMoney(asked)} asked, short by ${formatMoney(againstAsk)}${revised}`,
      field: 'target_amount',
    });
  }
  const capacity = outcome.capacity;
  if (capacity !== null && greedyMissedReachableTarget(outcome)) {
    // Greedy takes assets in a fixed order and stops at the first limit it meets; the capacity run proved that
    // another set clears the same limits and filters, so the shortfall is the method's, not the portfolio's.
    const count = capacity.asset_ids.length;
    const reach =
      capacity.max_proceeds >= asked
        ? `enough for the ${formatMoney(asked)} asked`
        : `the most any set can raise, ${outcome.target_amount !== asked ? 'enough for the revised target' : 'short of the ask'}`;
    notices.push({
      code: 'greedy_short_of_capacity',
      severity: 'warning',
      message: `greedy stopped at ${formatMoney(outcome.proceeds)}, but ${count} asset${count === 1 ? '' : 's'} can raise ${formatMoney(capacity.max_proceeds)} under the same limits and filters (${reach}): the exact strategy (--strategy exact) finds a set that meets the target of ${formatMoney(outcome.target_amount)}.`,
      field: 'strategy',
    });
  }
  if (outcome.status === 'ok' && outcome.strategy === 'greedy' && outcome.proceeds > outcome.target_amount * (1 + OVERSHOOT_SHARE)) {
    const over = outcome.proceeds - outcome.target_amount;
    const share = Math.round((over / outcome.target_amount) * 100);
    const alternative =
      exact === null
        ? ' The exact strategy (--strategy exact) finds the smallest set that meets the target.'
        : exact.proceeds < outcome.proceeds
          ? ` The exact strategy would raise ${formatMoney(exact.proceeds)} from ${exact.assetCount} asset${exact.assetCount === 1 ? '' : 's'} (--strategy exact).`
          : ' The exact strategy finds no smaller program.';
    notices.push({
      code: 'greedy_overshoot',
      severity: 'warning',
      message: `greedy raises ${formatMoney(outcome.proceeds)}, ${formatMoney(over)} (${share} %) above the target of ${formatMoney(outcome.target_amount)}.${alternative}`,
      field: 'strategy',
    });
  }
  const after = outcome.metrics_after;
  if (after !== null && outcome.status !== 'numeric_error' && after.net_debt < 0) {
    const leverage = after.net_leverage === null ? '' : `, so net leverage reads ${formatRatio(after.net_leverage)}`;
    notices.push({
      code: 'net_cash_after',
      severity: 'info',
      message: `proceeds exceed net debt: the company holds ${formatMoney(-after.net_debt)} of net cash after the program${leverage} (a negative ratio means net cash, not a breach)`,
    });
  }
  return notices;
}

/** Orders notices for display: warnings first, then information, each in the order produced. */
export function orderNotices(notices: readonly Notice[]): Notice[] {
  return [...notices.filter((notice) => notice.severity === 'warning'), ...notices.filter((notice) => notice.severity === 'info')];
}
