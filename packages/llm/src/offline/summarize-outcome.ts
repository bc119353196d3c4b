import {
  COVENANTS,
  greedyMissedReachableTarget,
  type ConstraintCheck,
  type ConstraintName,
  type ExplanationNode,
  type ProgramOutcome,
  type SelectorSpec,
} from '@leaseback/domain';
import { formatMoney, formatRatio, formatScore, formatShare } from './format-figures.js';

// Names and directions come from the domain's covenant table; only the word for the limit is prose.
function covenantWords(name: ConstraintName): { name: string; limit: string } {
  if (name === 'max_rent_added') return { name: COVENANTS[name].label, limit: 'cap' };
  return { name: COVENANTS[name].label, limit: COVENANTS[name].direction === 'min' ? 'minimum' : 'limit' };
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function formatCovenantValue(name: ConstraintName, value: number | null): string {
  if (value === null) return 'n/a';
  if (name === 'max_rent_added') return formatMoney(value);
  return name === 'max_market_share' ? formatShare(value) : formatRatio(value);
}

/** `net leverage 3.00x before and 2.38x after (limit 4.00x, headroom 1.62x)`. */
function describeCheck(check: ConstraintCheck): string {
  const label = covenantWords(check.name);
  const verdict = check.passed ? '' : ', not met';
  let headroom = '';
  if (check.passed && check.after !== null && check.name !== 'max_market_share') {
    const room = check.name.startsWith('min_') ? check.after - check.limit : check.limit - check.after;
    headroom = `, headroom ${formatCovenantValue(check.name, Math.max(0, room))}`;
  }
  return `${label.name} ${formatCovenantValue(check.name, check.before)} before and ${formatCovenantValue(check.name, check.after)} after (${label.limit} ${formatCovenantValue(check.name, check.limit)}${headroom}${verdict})`;
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 12);
  const more = ids.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/** What was asked, in one phrase: the target, the floor and the covenants and filters that shape the answer. */
function describeAsk(spec: SelectorSpec, asked: number, revised: ReadonlySet<string>): string {
  const terms = [
    `net leverage at most ${formatRatio(spec.hard_constraints.max_net_leverage)}`,
    `${COVENANTS.min_fixed_charge_coverage.label} at least ${formatRatio(spec.hard_constraints.min_fixed_charge_coverage)}`,
  ];
  if (spec.hard_constraints.max_rent_added !== undefined)
    terms.push(`new rent under ${formatMoney(spec.hard_constraints.max_rent_added)} a year`);
  const filters = spec.asset_filters;
  if (filters.asset_types !== undefined)
    terms.push(`from ${filters.asset_types.map((type) => type.replaceAll('_', ' ')).join(', ')} assets`);
  if (filters.include_markets !== undefined) terms.push(`in ${filters.include_markets.join(', ')}`);
  if (filters.exclude_markets !== undefined && filters.exclude_markets.length > 0)
    terms.push(`outside ${filters.exclude_markets.join(', ')}`);
  if (filters.exclude_asset_ids !== undefined && filters.exclude_asset_ids.length > 0)
    terms.push(`keeping ${filters.exclude_asset_ids.join(', ')}`);
  if (filters.exclude_mortgaged === true) terms.push('no mortgaged assets');
  // A filter a revision moved is told in the relaxation sentence, from what was asked to what was used.
  if (filters.max_criticality !== undefined && !revised.has('asset_filters.max_criticality'))
    terms.push(`criticality at most ${formatScore(filters.max_criticality)}`);
  if (filters.min_leaseability !== undefined && !revised.has('asset_filters.min_leaseability'))
    terms.push(`leaseability at least ${formatScore(filters.min_leaseability)}`);
  return `${formatMoney(asked)} with ${terms.join(', ')}`;
}

/** Why these assets: the rule of the strategy that chose them. */
function whyTheseAssets(spec: SelectorSpec, outcome: ProgramOutcome): string {
  if (outcome.selected_asset_ids.length === 0) return '';
  const them = outcome.selected_asset_ids.length === 1 ? 'it' : 'them';
  if (outcome.strategy === 'exact') {
    const proof =
      outcome.solver === null ? '' : outcome.solver.proven_optimal ? ' (proven optimal)' : ' (the best found, not proven optimal)';
    // The objective decides what "best" meant: the cheapest capital, or selling no more than needed.
    if (spec.objective === 'min_npv_cost')
      return ` The exact strategy chose ${them} as the cheapest capital (the smallest summed NPV cost of the leases) that meets the target within every covenant${proof}.`;
    return ` The exact strategy chose ${them} as the smallest proceeds that meet the target within every covenant${proof}.`;
  }
  return ` The greedy rule took ${them} in order of least critical first, then most re-lettable, then largest cash, until the target was reached.`;
}

/**
 * The explanation summary as a short memo paragraph a CFO can read without the
 * tables: what was asked; what is proposed and why these assets; proceeds against
 * the ask (the original target first when a revision moved it); covenant headroom
 * and what binds; what was relaxed and why (from the planner's `spec_revised`
 * nodes); what it costs in new rent; the alternative (capacity, exact). Templated
 * from the outcome and its nodes only. Deterministic.
 */
export function summarizeOutcome(spec: SelectorSpec, outcome: ProgramOutcome, nodes: readonly ExplanationNode[]): string {
  const sentences: string[] = [];
  const sold = outcome.selected_asset_ids;
  const asked = outcome.requested_target_amount ?? outcome.target_amount;
  const revised = outcome.target_amount !== asked;

  if (outcome.status === 'numeric_error') {
    sentences.push(`Status: numeric error. The program could not be evaluated for a target of ${formatMoney(outcome.target_amount)}.`);
    if (outcome.reasons.length > 0)
      sentences.push(`Reasons: ${outcome.reasons.map((reason) => reason.message.replace(/\.$/, '')).join('; ')}.`);
    return sentences.join(' ');
  }

  const revisedFields = new Set(nodes.filter((node) => node.kind === 'spec_revised').map((node) => String(node.values['field'] ?? '')));
  sentences.push(`Status: ${outcome.status}. Asked: ${describeAsk(spec, asked, revisedFields)}.`);
  const proposal =
    sold.length === 0
      ? 'Proposed: no sale; no asset can be sold within the covenants and filters.'
      : `Proposed: sell ${plural(sold.length, 'asset')} (${listIds(sold)}) for ${formatMoney(outcome.proceeds)} of cash proceeds, using the ${outcome.strategy} strategy.`;
  sentences.push(proposal + whyTheseAssets(spec, outcome));

  if (outcome.status === 'ok') {
    const over = outcome.proceeds - outcome.target_amount;
    sentences.push(
      `Proceeds meet the ${formatMoney(outcome.target_amount)} ${revised ? 'revised target' : 'target'}${over > 0 ? `, ${formatMoney(over)} above it` : ''}${revised ? `; against the ${formatMoney(asked)} first asked they are ${formatMoney(Math.max(0, asked - outcome.proceeds))} short` : ''}.`,
    );
  } else {
    const againstAsk = outcome.shortfall_against_request ?? Math.max(0, asked - outcome.proceeds);
    sentences.push(
      `Proceeds fall ${formatMoney(againstAsk)} short of the ${formatMoney(asked)} asked${revised ? ` (and ${formatMoney(outcome.shortfall)} short of the revised target of ${formatMoney(outcome.target_amount)})` : ''}.`,
    );
  }

  if (outcome.constraint_checks.length > 0) {
    sentences.push(`Covenants: ${outcome.constraint_checks.map(describeCheck).join('; ')}.`);
    const binding = outcome.constraint_checks.filter((check) => check.binding).map((check) => covenantWords(check.name).name);
    if (binding.length > 0) sentences.push(`Binding: ${binding.join(' and ')}, which stopped the selection from taking more.`);
  }

  const revisions = nodes.filter((node) => node.kind === 'spec_revised').map((node) => node.message.replace(/\.$/, ''));
  if (revisions.length > 0) sentences.push(`Relaxed to find a program: ${revisions.join('; ')}.`);

  if (outcome.excluded_assets.length > 0) {
    const byReason = new Map<string, number>();
    for (const excluded of outcome.excluded_assets) byReason.set(excluded.reason, (byReason.get(excluded.reason) ?? 0) + 1);
    const reasons = [...byReason.entries()]
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
      .map(([reason, count]) => `${count} for ${reason.replaceAll('_', ' ')}`)
      .join(', ');
    sentences.push(
      `${plural(outcome.excluded_assets.length, 'asset')} ${outcome.excluded_assets.length === 1 ? 'was' : 'were'} left out by the filters (${reasons}).`,
    );
  }

  // What it costs: the rent the company takes on for the assets it sells (the economics of the leases, when present, add to this).
  const before = outcome.metrics_before;
  const after = outcome.metrics_after;
  if (before !== null && after !== null && sold.length > 0 && after.rent_expense > before.rent_expense) {
    const rent = `Cost: ${formatMoney(after.rent_expense - before.rent_expense)} a year of new rent`;
    const economics = outcome.economics;
    // Under IFRS 16 the rent stays out of EBITDA: what the leases do instead is add their liability to net debt.
    if (economics?.accounting_basis === 'ifrs16') {
      sentences.push(
        `${rent}; under IFRS 16 EBITDA keeps the rent (${formatMoney(after.ebitda)}) and the leases add ${formatMoney(economics.lease_liability_added)} of lease liability to net debt (${formatMoney(before.net_debt)} before, ${formatMoney(after.net_debt)} after the proceeds repay debt).`,
      );
    } else {
      sentences.push(`${rent}, lowering EBITDA from ${formatMoney(before.ebitda)} to ${formatMoney(after.ebitda)}.`);
    }
  }

  if (outcome.status !== 'ok' && outcome.reasons.length > 0) {
    sentences.push(`Reasons: ${outcome.reasons.map((reason) => reason.message.replace(/\.$/, '')).join('; ')}.`);
  }
  if (outcome.capacity !== null) {
    const capacity = outcome.capacity;
    // Greedy's fixed order can stop short of a target that another set reaches: then the alternative is a method, not a smaller ask.
    const count = capacity.asset_ids.length;
    sentences.push(
      `Alternative: the most the portfolio can raise under these covenants and filters is ${formatMoney(capacity.max_proceeds)}${
        greedyMissedReachableTarget(outcome)
          ? `, from ${count} asset${count === 1 ? '' : 's'}, which meets the ${formatMoney(outcome.target_amount)} target that greedy missed: the exact strategy finds such a set`
          : ''
      }.`,
    );
  } else if (outcome.status === 'ok' && outcome.strategy === 'greedy' && outcome.proceeds > outcome.target_amount * 1.1) {
    sentences.push('Alternative: the exact strategy finds the smallest set of assets that meets the target.');
  }
  for (const node of nodes) {
    if (node.kind === 'covenant_violated_at_baseline' || node.kind === 'optimality') sentences.push(node.message.replace(/\.?$/, '.'));
  }
  return sentences.join(' ');
}
