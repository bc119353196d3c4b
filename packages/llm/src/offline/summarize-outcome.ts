import { COVENANTS, type ConstraintCheck, type ConstraintName, type ExplanationNode, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import { formatMoney, formatRatio, formatScore, formatShare } from './format-figures.js';

// Names and directions come from the domain's covenant table; only the word for the limit is prose.
function covenantWords(name: ConstraintName): { name: string; limit: string } {
  return { name: COVENANTS[name].label, limit: COVENANTS[name].direction === 'min' ? 'minimum' : 'limit' };
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

function formatCovenantValue(name: ConstraintName, value: number | null): string {
  if (value === null) return 'n/a';
  return name === 'max_market_share' ? formatShare(value) : formatRatio(value);
}

function describeCheck(check: ConstraintCheck): string {
  const label = covenantWords(check.name);
  const verdict = check.passed ? '' : ', not met';
  return `${label.name} ${formatCovenantValue(check.name, check.before)} before and ${formatCovenantValue(check.name, check.after)} after (${label.limit} ${formatCovenantValue(check.name, check.limit)}${verdict})`;
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 12);
  const more = ids.length - shown.length;
  return `${shown.join(', ')}${more > 0 ? ` and ${more} more` : ''}`;
}

/**
 * A plain-English summary of an outcome, templated from the outcome's figures
 * and its explanation nodes: status, proceeds against the target, assets sold,
 * each covenant before and after, the binding covenant, and for an infeasible
 * or failed outcome the shortfall and the engine's reasons. Deterministic.
 */
export function summarizeOutcome(spec: SelectorSpec, outcome: ProgramOutcome, nodes: readonly ExplanationNode[]): string {
  const sentences: string[] = [];
  const sold = outcome.selected_asset_ids;
  const soldText = sold.length === 0 ? 'selling no assets' : `selling ${plural(sold.length, 'asset')} (${listIds(sold)})`;
  const strategy = outcome.strategy === 'exact' ? 'exact' : 'greedy';

  if (outcome.status === 'ok') {
    sentences.push(
      `Status: ok. The program raises ${formatMoney(outcome.proceeds)} against a target of ${formatMoney(outcome.target_amount)} by ${soldText}, using the ${strategy} strategy.`,
    );
  } else if (outcome.status === 'infeasible') {
    sentences.push(
      `Status: infeasible. The program raises ${formatMoney(outcome.proceeds)} against a target of ${formatMoney(outcome.target_amount)}, a shortfall of ${formatMoney(outcome.shortfall)}, ${soldText}, using the ${strategy} strategy.`,
    );
  } else {
    sentences.push(`Status: numeric error. The program could not be evaluated for a target of ${formatMoney(outcome.target_amount)}.`);
  }

  if (outcome.constraint_checks.length > 0) {
    sentences.push(`Covenants: ${outcome.constraint_checks.map(describeCheck).join('; ')}.`);
    const binding = outcome.constraint_checks.filter((check) => check.binding).map((check) => covenantWords(check.name).name);
    sentences.push(binding.length === 0 ? 'No covenant binds.' : `Binding covenant: ${binding.join(' and ')}.`);
  }

  const rejected = nodes.filter((node) => node.kind === 'asset_rejected').length;
  if (rejected > 0) sentences.push(`${plural(rejected, 'asset')} ${rejected === 1 ? 'was' : 'were'} passed over because a covenant would have broken.`);

  if (outcome.excluded_assets.length > 0) {
    const byReason = new Map<string, number>();
    for (const excluded of outcome.excluded_assets) byReason.set(excluded.reason, (byReason.get(excluded.reason) ?? 0) + 1);
    const reasons = [...byReason.entries()]
      .sort(([left], [right]) => (left < right ? -1 : left > right ? 1 : 0))
      .map(([reason, count]) => `${count} for ${reason.replaceAll('_', ' ')}`)
      .join(', ');
    sentences.push(`${plural(outcome.excluded_assets.length, 'asset')} ${outcome.excluded_assets.length === 1 ? 'was' : 'were'} filtered out (${reasons}).`);
  }

  const filters: string[] = [];
  if (spec.asset_filters.max_criticality !== undefined) filters.push(`criticality at most ${formatScore(spec.asset_filters.max_criticality)}`);
  if (spec.asset_filters.min_leaseability !== undefined) filters.push(`leaseability at least ${formatScore(spec.asset_filters.min_leaseability)}`);
  if (filters.length > 0) sentences.push(`Filters: ${filters.join(', ')}.`);

  if (outcome.status !== 'ok' && outcome.reasons.length > 0) {
    sentences.push(`Reasons: ${outcome.reasons.map((reason) => reason.message.replace(/\.$/, '')).join('; ')}.`);
  }
  if (outcome.capacity !== null && outcome.status !== 'ok') {
    sentences.push(`The most the portfolio can raise under these covenants and filters is ${formatMoney(outcome.capacity.max_proceeds)}.`);
  }
  for (const node of nodes) {
    if (node.kind === 'covenant_violated_at_baseline' || node.kind === 'optimality') sentences.push(node.message.replace(/\.?$/, '.'));
  }
  return sentences.join(' ');
}
