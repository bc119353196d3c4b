import type { SelectionObjective } from '@leaseback/domain';
import { statedObjectives } from './stated-objectives.js';

/**
 * Two objectives argued for by two people and the winner named after them ("Ray wanted min proceeds, Jo wanted NPV
 * cost. Jo won."; "the CFO preferred the cheapest capital while the treasurer pushed for minimum proceeds; the
 * treasurer prevailed"): the winner's objective is the brief's, and the loser's is no objective at all.
 */

/** An objective as argued for: sell no more than needed, or the cheapest capital counted in present value. */
const ARGUED_OBJECTIVE = String.raw`(?:the\s+)?(?:(min(?:imum|imal)?[-\s]proceeds|sell(?:ing)?\s+no\s+more\s+than\s+needed)|((?:(?:lowest|min(?:imum)?|cheapest)[-\s]+)?(?:npv|present[-\s]value)(?:[-\s]+cost)?|(?:the\s+)?cheapest\s+capital))(?:\s+objective)?`;
/** Who argues: a name or a role of one or two words ("Jo", "the CFO", "our treasurer"). */
const PERSON = String.raw`((?:the\s+|our\s+)?[a-z]+(?:\s+[a-z]+)?)`;
/** Arguing for: "wanted", "preferred", "pushed for", "argued for". */
const ARGUED_FOR = String.raw`\s+(?:wanted|preferred|pushed\s+for|argued\s+for|favou?red)\s+`;

const DEBATE = new RegExp(
  String.raw`\b${PERSON}${ARGUED_FOR}${ARGUED_OBJECTIVE}\s*[,;]?\s+(?:and\s+|but\s+|while\s+|whereas\s+)?${PERSON}${ARGUED_FOR}${ARGUED_OBJECTIVE}\s*[.;,]\s*(?:in\s+the\s+end,?\s+|finally,?\s+)?${PERSON}\s+(?:won|prevailed|got\s+(?:their|his|her)\s+way)(?![a-z])`,
  'g',
);

/** Every debate read here names its winner with one of these words: a brief with none skips the pattern. */
const WINNING_WORD = /\b(?:won|prevailed|got\s+(?:their|his|her)\s+way)\b/;

/** A debate read: where it is in the lower-cased text, and the winning objective. */
export interface DebatedObjective {
  readonly start: number;
  readonly end: number;
  readonly objective: SelectionObjective;
}

/**
 * Finds debates over the objective whose winner is named, in the lower-cased text (a winner who is neither debater
 * decides nothing and is skipped), and the objectives stated in working words (`stated-objectives.ts`), which are
 * read the same way: the span whole, for the objective it states.
 */
export function debatedObjectives(lower: string): DebatedObjective[] {
  const debates: DebatedObjective[] = statedObjectives(lower);
  if (!WINNING_WORD.test(lower)) return debates;
  DEBATE.lastIndex = 0;
  for (let match = DEBATE.exec(lower); match !== null; match = DEBATE.exec(lower)) {
    const [, first, firstProceeds, , second, secondProceeds, , winner] = match;
    const objectiveOf = (proceeds: string | undefined): SelectionObjective => (proceeds !== undefined ? 'min_proceeds' : 'min_npv_cost');
    const name = (person: string | undefined): string => (person ?? '').replace(/^(?:the|our)\s+/, '');
    let objective: SelectionObjective | undefined;
    if (name(winner) === name(first)) objective = objectiveOf(firstProceeds);
    else if (name(winner) === name(second)) objective = objectiveOf(secondProceeds);
    if (objective !== undefined) debates.push({ start: match.index, end: match.index + match[0].length, objective });
  }
  return debates;
}
