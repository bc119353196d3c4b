import { greedyMissedReachableTarget, type ExplanationNode, type ProgramOutcome, type SelectorSpec } from '@leaseback/domain';
import { formatMoney, formatRatio } from '../offline/format-figures.js';
import { JSON_ANSWER_RULE, jsonBlock } from './prompt-formatting.js';
import { SummaryOutputSchema, type SummaryOutput } from './output-schemas.js';
import { defineStructuredTask, type StructuredTask } from './structured-task.js';

/** One fact per line: kind, what it concerns, and the engine's message with its numbers. */
function describeNode(node: ExplanationNode): string {
  const subjects = [node.asset_id === null ? null : `asset ${node.asset_id}`, node.constraint].filter((subject) => subject !== null);
  return `- ${node.kind}${subjects.length > 0 ? ` (${subjects.join(', ')})` : ''}: ${node.message}`;
}

/**
 * The `generateExplanationSummary` task: a short plain-English summary written
 * only from the engine's explanation nodes and the outcome's figures.
 */
export function explanationSummaryTask(
  spec: SelectorSpec,
  outcome: ProgramOutcome,
  nodes: readonly ExplanationNode[],
): StructuredTask<SummaryOutput, string> {
  // Figures are written the way the summary must write them, so the one money rule and the inputs agree.
  const covenants = outcome.constraint_checks.map(
    (check) =>
      `- ${check.name}: limit ${formatRatio(check.limit)}, before ${formatRatio(check.before)}, after ${formatRatio(check.after)}, ${check.passed ? 'kept' : 'broken'}${check.binding ? ', binding' : ''}`,
  );
  const binding = outcome.constraint_checks.filter((check) => check.binding).map((check) => check.name);
  const capacity = outcome.capacity;
  // A greedy shortfall that another set avoids is the method's, so the alternative to name is the exact strategy.
  const alternative =
    capacity === null
      ? 'Capacity: not computed; name no alternative.'
      : `Capacity: at most ${formatMoney(capacity.max_proceeds)} can be raised under these covenants and filters (${capacity.asset_ids.length} asset${capacity.asset_ids.length === 1 ? '' : 's'})${
          greedyMissedReachableTarget(outcome)
            ? `; that set meets the ${formatMoney(outcome.target_amount)} target greedy missed, so the exact strategy would meet it`
            : ''
        }.`;
  return defineStructuredTask({
    method: 'generateExplanationSummary',
    name: 'explanation_summary',
    description: 'A plain-English summary of the outcome.',
    schema: SummaryOutputSchema,
    toValue: (answer) => answer.summary,
    system: [
      'You explain the outcome of a sale-leaseback asset selection to a corporate finance audience.',
      'Write 2 to 6 plain sentences, no markdown or lists. Say whether the target was met and the proceeds against the target; when a covenant is marked binding, name it with its value before and after; say why notable assets were left out.',
      'End with the alternative the capacity line gives, when it gives one.',
      'Use only the facts and numbers given; never invent assets or figures, and never call a covenant binding unless it is marked so.',
      'Money format: write amounts as they are written in the inputs ($52.3M, $1.25B, $750K), never as raw digits; multiples as 3.50x.',
      JSON_ANSWER_RULE,
    ].join('\n\n'),
    user: [
      `Spec:\n${jsonBlock(spec)}`,
      `Outcome: ${outcome.status}; proceeds ${formatMoney(outcome.proceeds)} against a target of ${formatMoney(outcome.target_amount)} (shortfall ${formatMoney(outcome.shortfall)}); ${outcome.selected_asset_ids.length} assets selected, ${outcome.excluded_assets.length} excluded by filters.`,
      covenants.length > 0 ? `Covenants:\n${covenants.join('\n')}` : 'Covenants: none checked.',
      binding.length > 0
        ? `Binding covenant${binding.length === 1 ? '' : 's'}: ${binding.join(', ')}.`
        : 'No covenant binds: do not name one as binding.',
      alternative,
      nodes.length > 0 ? `Facts:\n${nodes.map(describeNode).join('\n')}` : 'Facts: none.',
    ].join('\n\n'),
  });
}
