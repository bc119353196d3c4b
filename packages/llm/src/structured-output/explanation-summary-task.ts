import type { ExplanationNode, ProgramOutcome, SelectorSpec } from '@leaseback/domain';
import { ANSWER_FORMAT_RULES, formatMultiple, formatUsd, jsonBlock } from './prompt-formatting.js';
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
  const covenants = outcome.constraint_checks.map(
    (check) =>
      `- ${check.name}: limit ${check.limit}, before ${check.before === null ? 'n/a' : formatMultiple(check.before)}, after ${check.after === null ? 'n/a' : formatMultiple(check.after)}, ${check.passed ? 'kept' : 'broken'}${check.binding ? ', binding' : ''}`,
  );
  return defineStructuredTask({
    method: 'generateExplanationSummary',
    name: 'explanation_summary',
    description: 'A plain-English summary of the outcome.',
    schema: SummaryOutputSchema,
    toValue: (answer) => answer.summary,
    system: [
      'You explain the outcome of a sale-leaseback asset selection to a corporate finance audience.',
      'Write 2 to 6 plain sentences, no markdown or lists. Say whether the target was met, the proceeds against the target, which covenant binds and its value before and after, and why notable assets were left out.',
      'Use only the facts and numbers given; never invent assets or figures. Write money as $12.5M or $1.2bn and multiples as 3.4x.',
      ANSWER_FORMAT_RULES,
    ].join('\n\n'),
    user: [
      `Spec:\n${jsonBlock(spec)}`,
      `Outcome: ${outcome.status}; proceeds ${formatUsd(outcome.proceeds)} against a target of ${formatUsd(outcome.target_amount)} (shortfall ${formatUsd(outcome.shortfall)}); ${outcome.selected_asset_ids.length} assets selected, ${outcome.excluded_assets.length} excluded by filters.`,
      covenants.length > 0 ? `Covenants:\n${covenants.join('\n')}` : 'Covenants: none checked.',
      nodes.length > 0 ? `Facts:\n${nodes.map(describeNode).join('\n')}` : 'Facts: none.',
    ].join('\n\n'),
  });
}
